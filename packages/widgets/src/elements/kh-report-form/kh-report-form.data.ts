import {
  type AgencyDuties,
  agencyDuties,
  IdSchema,
  type IndicatorCatalog,
  IndicatorCatalogSchema,
  isApiError,
  type OrganizationRegistry,
  OrganizationRegistrySchema,
  type Plan,
  PlanSchema,
  planCatalog,
  type Report,
  ReportSchema,
  reportReferenceDate,
} from '@kehoach/sdk';
import * as z from 'zod/mini';
import type { ReportFormApi } from './report-form-api.js';

/**
 * A static snapshot for `src` (portals without a backend, offline demos): the plan bundle, the
 * agency, its report if any and last year's values. Edits are kept on the device only.
 */
export const ReportFormSnapshotSchema = z.object({
  plan: PlanSchema,
  catalog: IndicatorCatalogSchema,
  registry: OrganizationRegistrySchema,
  agencyId: IdSchema,
  report: z.optional(z.nullable(ReportSchema)),
  /** Last year's published values. */
  lastYear: z.optional(z.array(z.object({ measureId: IdSchema, value: z.number() }))),
});
export type ReportFormSnapshot = z.infer<typeof ReportFormSnapshotSchema>;

/** Everything the form needs, however it was loaded. */
export interface ReportFormModel {
  plan: Plan;
  catalog: IndicatorCatalog;
  registry: OrganizationRegistry;
  agencyId: string;
  year: number;
  /** What the agency answers for at the report's due date (sdk `agencyDuties`). */
  duties: AgencyDuties;
  report: Report | null;
  lastYear: Record<string, number>;
  /** Loaded from the API (drafts and submission go to the server) rather than a snapshot. */
  online: boolean;
}

export function modelFrom(s: ReportFormSnapshot, year: number, online: boolean): ReportFormModel {
  // The plan's measures: its catalog's with the targets in force, then its own (`planCatalog`).
  const catalog = planCatalog(s.plan, s.catalog);
  return {
    plan: s.plan,
    catalog,
    registry: s.registry,
    agencyId: s.agencyId,
    year,
    duties: agencyDuties({ ...s, catalog, date: reportReferenceDate(s.plan, year) }),
    report: s.report ?? null,
    lastYear: Object.fromEntries((s.lastYear ?? []).map((x) => [x.measureId, x.value])),
    online,
  };
}

/** No report yet (404), or none owed (403): the form starts empty, or shows nothing to report. */
const absent = (e: unknown) => isApiError(e) && (e.status === 404 || e.status === 403);

/** Loads the plan bundle, the account, its report and last year's values from the API. */
export async function loadFromApi(
  api: ReportFormApi,
  planId: string,
  year: number,
  signal: AbortSignal,
): Promise<ReportFormModel> {
  const o = { signal };
  const [me, plan, registry] = await Promise.all([
    api.me(o),
    api.getPlan({ planId }, o),
    api.getOrganizations({ planId }, o),
  ]);
  const agencyId = me.agencyId ?? '';
  const unitId = registry.agencies.find((a) => a.id === agencyId)?.unitId;
  const [catalog, report, progress] = await Promise.all([
    api.getCatalog({ catalogId: plan.catalogId }, o),
    api.getMyReport({ planId, year }, o).catch((e) => (absent(e) ? null : Promise.reject(e))),
    // Last year's values only feed a warning: the form works without them.
    api.getProgress({ planId, year: year - 1, ...(unitId ? { unitId } : {}) }, o).catch(() => null),
  ]);
  const lastYear = (progress?.measures ?? []).flatMap((m) =>
    m.series.filter((x) => x.year === year - 1).map((x) => ({ measureId: m.measureId, value: x.value })),
  );
  return modelFrom({ plan, catalog, registry, agencyId, report, lastYear }, year, true);
}
