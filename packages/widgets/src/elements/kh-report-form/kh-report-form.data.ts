import {
  type AgencyDuties,
  agencyDuties,
  formatPeriod,
  IdSchema,
  type IndicatorCatalog,
  IndicatorCatalogSchema,
  isApiError,
  type OrganizationRegistry,
  OrganizationsOutlineSchema,
  type Plan,
  PlanSchema,
  planCatalog,
  type Report,
  ReportSchema,
  reportReferenceDate,
} from '@kehoach/sdk';
import * as z from 'zod/mini';
import { planPeriod } from '../../internal/plan-period.js';
import type { ReportFormApi } from './report-form-api.js';

/**
 * A static snapshot for `src` (portals without a backend, offline demos): the plan bundle, the
 * agency, its report if any and last year's values. Edits are kept on the device only.
 */
export const ReportFormSnapshotSchema = z.object({
  plan: PlanSchema,
  catalog: IndicatorCatalogSchema,
  /** The `getOrganizations` body, read as its outline (`OrganizationsOutlineSchema`), as the API's is. */
  registry: OrganizationsOutlineSchema,
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
  /** The period's year. */
  year: number;
  /** The period reported on (kỳ báo cáo): `2026` for the yearly report, `2026-H1`, `2026-Q3`, `2026-07`. */
  period: string;
  /** What the agency answers for at the report's due date (sdk `agencyDuties`). */
  duties: AgencyDuties;
  report: Report | null;
  lastYear: Record<string, number>;
  /** Loaded from the API (drafts and submission go to the server) rather than a snapshot. */
  online: boolean;
}

export function modelFrom(
  s: ReportFormSnapshot,
  key: string,
  online: boolean,
  path = 'period',
): ReportFormModel {
  const { year, key: period } = planPeriod(s.plan, key, path);
  // The plan's measures: its catalog's with the targets in force, then its own (`planCatalog`).
  const catalog = planCatalog(s.plan, s.catalog);
  return {
    plan: s.plan,
    catalog,
    registry: s.registry,
    agencyId: s.agencyId,
    year,
    period,
    duties: agencyDuties({ ...s, catalog, date: reportReferenceDate(s.plan, period) }),
    report: s.report ?? null,
    lastYear: Object.fromEntries((s.lastYear ?? []).map((x) => [x.measureId, x.value])),
    online,
  };
}

/** No report yet (404), or none owed (403): the form starts empty, or shows nothing to report. */
const absent = (e: unknown) => isApiError(e) && (e.status === 404 || e.status === 403);

/**
 * Loads the plan bundle, the account, its report on period `key` and last year's values from the
 * API. Last year's: for the yearly report, the unit's published values of the year before (the
 * progress series); for a shorter period, the agency's own figures of the same period a year
 * earlier (`2025-H1` for `2026-H1`), from its report there once submitted or accepted — the
 * published series holds years only, and a half year's count set against a whole year's would
 * always look implausible.
 */
export async function loadFromApi(
  api: ReportFormApi,
  planId: string,
  key: string,
  path: string,
  signal: AbortSignal,
): Promise<ReportFormModel> {
  const o = { signal };
  const [me, plan, registry] = await Promise.all([
    api.me(o),
    api.getPlan({ planId }, o),
    api.getOrganizations({ planId }, o),
  ]);
  // Before anything else is asked for: a period the plan is not reported on is the page's mistake.
  const { year, key: period, cadence, index } = planPeriod(plan, key, path);
  const agencyId = me.agencyId ?? '';
  const unitId = registry.agencies.find((a) => a.id === agencyId)?.unitId;
  const yearly = cadence === 'yearly';
  const mine = (year: string) =>
    api.getMyReport({ planId, year }, o).catch((e) => (absent(e) ? null : Promise.reject(e)));
  const [catalog, report, before] = await Promise.all([
    api.getCatalog({ catalogId: plan.catalogId }, o),
    mine(period),
    // Last year's values only feed a warning: the form works without them.
    (yearly
      ? api.getProgress({ planId, year: year - 1, ...(unitId ? { unitId } : {}) }, o)
      : mine(formatPeriod(year - 1, cadence, index))
    ).catch(() => null),
  ]);
  const lastYear =
    before && 'measures' in before
      ? before.measures.flatMap((m) =>
          m.series
            .filter((x) => x.year === year - 1)
            .map((x) => ({ measureId: m.measureId, value: x.value })),
        )
      : before?.status === 'submitted' || before?.status === 'accepted'
        ? // The agency's own total (no unit, no category), as it filed it.
          before.content.measures.flatMap((m) =>
            m.value == null || m.unitId || m.categories ? [] : [{ measureId: m.measureId, value: m.value }],
          )
        : [];
  return modelFrom({ plan, catalog, registry, agencyId, report, lastYear }, period, true, path);
}
