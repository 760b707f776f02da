import { bundleMessages } from '../i18n/bundle-messages.js';
import { type FieldError, toFieldErrors } from '../i18n/validation.js';
import { catalogRuleErrors } from '../schemas/catalog-rules.js';
import type { IndicatorCatalog } from '../schemas/indicator.js';
import { IndicatorCatalogSchema } from '../schemas/indicator.js';
import type { OrganizationRegistry } from '../schemas/organization.js';
import { OrganizationRegistrySchema } from '../schemas/organization.js';
import { type Plan, PlanSchema } from '../schemas/plan.js';
import { reportingCalendarErrors } from './calendar-rules.js';
import { planTargetErrors } from './target-rules.js';

/** The three parts of a plan bundle (bộ dữ liệu kế hoạch), as files or as an API body names them. */
export type BundlePart = 'plan' | 'catalog' | 'registry';

/** A field error in one part of a bundle (its path is inside that part). */
export interface BundleError {
  part: BundlePart;
  error: FieldError;
}

/** A bundle each of whose parts passed its schema. */
export interface CheckedBundle {
  plan: Plan;
  registry: OrganizationRegistry;
  catalog?: IndicatorCatalog;
}

/**
 * Where a part's paths start: nothing for files (`plan.json` holds the plan), `[part]`
 * for an API request whose body holds the parts.
 */
export type PartPrefix = (part: BundlePart) => (string | number)[];
const noPrefix: PartPrefix = () => [];

/** A field error of one of the bundle rules' codes (texts in `bundleMessages`), worded as every field error. */
export function bundleFieldError(
  part: BundlePart,
  path: (string | number)[],
  code: string,
  prefix: PartPrefix = noPrefix,
): BundleError {
  const [error] = toFieldErrors(
    [{ code: 'custom', path: [...prefix(part), ...path], message: code }],
    bundleMessages,
  );
  return { part, error: error! };
}

/**
 * What no schema of one part can say: the plan's references into the registry (issuer agency
 * and unit, every assigned agency, the report's recipient and channel: `unknown_agency`,
 * `unknown_unit`) and into the catalog (its id, `catalog_mismatch`; every measure link,
 * `unknown_measure_link`, which may also name the plan's own measures), the plan's own targets
 * and measures against the catalog (`planTargetErrors`), and its weekends worked
 * (`reportingCalendarErrors`). Without a catalog (one already stored,
 * checked later) only the registry and the plan's own lists are read. Pure; every error, in plan order.
 */
export function bundleReferenceErrors(bundle: CheckedBundle, prefix: PartPrefix = noPrefix): BundleError[] {
  const { plan, registry, catalog } = bundle;
  const ref = (part: BundlePart, path: (string | number)[], code: string) =>
    bundleFieldError(part, path, code, prefix);
  const agencies = new Set(registry.agencies.map((a) => a.id));
  const units = new Set(registry.units.map((u) => u.id));
  const out: BundleError[] = [];
  const agency = (id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !agencies.has(id)) out.push(ref('plan', path, 'unknown_agency'));
  };
  agency(plan.issuer?.agencyId, ['issuer', 'agencyId']);
  if (plan.issuer?.unitId !== undefined && !units.has(plan.issuer.unitId))
    out.push(ref('plan', ['issuer', 'unitId'], 'unknown_unit'));
  if (catalog && plan.catalogId !== catalog.id) out.push(ref('plan', ['catalogId'], 'catalog_mismatch'));
  const measures = catalog
    ? new Set(
        [...catalog.objectives, ...(plan.ownObjectives ?? [])].flatMap((o) =>
          o.indicators.flatMap((i) => i.measures.map((m) => m.id)),
        ),
      )
    : undefined;
  (plan.assignments ?? []).forEach((a, i) => {
    a.agencyIds.forEach((id, j) => {
      agency(id, ['assignments', i, 'agencyIds', j]);
    });
    if (measures)
      a.measureLinks.forEach((l, j) => {
        if (!measures.has(l.measureId))
          out.push(ref('plan', ['assignments', i, 'measureLinks', j, 'measureId'], 'unknown_measure_link'));
      });
  });
  agency(plan.reporting?.recipientAgencyId, ['reporting', 'recipientAgencyId']);
  agency(plan.reporting?.viaAgencyId, ['reporting', 'viaAgencyId']);
  for (const { path, code } of planTargetErrors(plan, catalog)) out.push(ref('plan', path, code));
  for (const { path, code } of reportingCalendarErrors(plan.reporting)) out.push(ref('plan', path, code));
  return out;
}

/**
 * Validate a bundle's parts with their schemas, then (when all pass) their references to one
 * another. `catalog` undefined: the plan's catalog is not part of the bundle (one already stored).
 */
export function validateBundle(
  input: { plan: unknown; registry: unknown; catalog?: unknown },
  prefix: PartPrefix = noPrefix,
): { success: true; data: CheckedBundle } | { success: false; errors: BundleError[] } {
  const errors: BundleError[] = [];
  const parse = <T>(
    part: BundlePart,
    schema: { safeParse(v: unknown): unknown },
    v: unknown,
  ): T | undefined => {
    const r = schema.safeParse(v) as { success: boolean; data?: T; error?: { issues: never[] } };
    if (r.success) return r.data;
    const issues = r.error!.issues.map((i: { path: PropertyKey[] }) => ({
      ...i,
      path: [...prefix(part), ...i.path],
    }));
    for (const error of toFieldErrors(issues as never[], bundleMessages)) errors.push({ part, error });
    return undefined;
  };
  const plan = parse<Plan>('plan', PlanSchema, input.plan);
  const registry = parse<OrganizationRegistry>('registry', OrganizationRegistrySchema, input.registry);
  const catalog =
    input.catalog === undefined
      ? undefined
      : parse<IndicatorCatalog>('catalog', IndicatorCatalogSchema, input.catalog);
  if (catalog)
    for (const error of catalogRuleErrors(catalog, prefix('catalog')))
      errors.push({ part: 'catalog', error });
  if (errors.length > 0 || !plan || !registry) return { success: false, errors };
  const data: CheckedBundle = catalog ? { plan, registry, catalog } : { plan, registry };
  const refs = bundleReferenceErrors(data, prefix);
  return refs.length > 0 ? { success: false, errors: refs } : { success: true, data };
}
