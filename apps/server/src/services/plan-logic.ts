/**
 * The server's one adapter to the sdk's plan logic (succession, duties, deadlines). Every
 * question about "who answers for what, when" goes through here, memoised per parsed plan.
 * `year` is the report's period: a period key (`2026-H1`) or a year (the yearly report), read at
 * the period's reference date (`reportReferenceDate`).
 */
import {
  agencyDuties,
  type DutyIds,
  jurisdictionUnitIds,
  type Plan,
  planCatalog,
  planMeasures,
  reportObligations,
  reportReferenceDate,
  reviewingAgencyId,
} from '@kehoach/sdk';
import type { PlanBundle } from './bundles.js';

/** Ids in the order of the sdk's `agencyDuties` (the plan's order): readiness paths index into it. */
export type Duties = DutyIds;

/** Parsed plans are cached by the BundleStore, so their identity is a stable memo key. */
const memo = new WeakMap<Plan, Map<string, unknown>>();
function remember<T>(plan: Plan, key: string, make: () => T): T {
  let m = memo.get(plan);
  if (!m) {
    m = new Map();
    memo.set(plan, m);
  }
  if (!m.has(key)) m.set(key, make());
  return m.get(key) as T;
}

/** Ids of the registry's administrative units (a report's per-unit lines must name one of them). */
export function unitIdsOf(bundle: PlanBundle): ReadonlySet<string> {
  return remember(bundle.plan, 'unitIds', () => new Set(bundle.registry.units.map((u) => u.id)));
}

/** Agency that receives and reviews the plan's reports for `year`, at the year's due date. */
export function reviewerAgencyId(bundle: PlanBundle, year: string | number): string {
  return remember(bundle.plan, `reviewer:${year}`, () =>
    reviewingAgencyId(bundle.plan, bundle.registry, year),
  );
}

/** Agencies owing the report of `year` (successors at the due date of those the plan names). */
export function owingAgencies(bundle: PlanBundle, year: string | number): ReadonlySet<string> {
  return remember(bundle.plan, `owing:${year}`, () => {
    const { owing } = reportObligations(bundle.plan, bundle.registry, reportReferenceDate(bundle.plan, year));
    return new Set(owing.map((o) => o.agencyId));
  });
}

/**
 * What `agencyId` answers for in the report of `year`, at the year's due date: the tasks and
 * measures of the assignments whose named agencies (collectives through their listed members)
 * resolve to it, plus the plan's funding sources. Null when it owes no report.
 *
 * Same rule as the sdk's `agencyDuties` (a test checks they agree for every owing agency), but
 * computed for all agencies in one pass over `reportObligations`: `agencyDuties` walks every
 * assignment for one agency, which is quadratic when a collective lists 3,000 communes.
 */
export function dutiesOf(bundle: PlanBundle, agencyId: string, year: string | number): Duties | null {
  const all = remember(bundle.plan, `duties:${year}`, () => {
    const { owing } = reportObligations(bundle.plan, bundle.registry, reportReferenceDate(bundle.plan, year));
    // The order of the report's rows, as `agencyDuties` lists them: tasks as the plan lists
    // them, measures as the catalog does (2, 3a, 3b, 8a … 24), whatever order assignments link them.
    const taskOrder = (bundle.plan.taskGroups ?? []).flatMap((g) => g.tasks.map((t) => t.id));
    const measureOrder = planMeasures(bundle.plan, bundle.catalog).map((p) => p.measure.id);
    const fundingIds = new Set((bundle.plan.funding ?? []).filter((f) => f.isSource).map((f) => f.id));
    const assignments = bundle.plan.assignments ?? [];
    const position = new Map(assignments.map((a, i) => [a.id, i]));
    const cache = new Map<string, Duties>();
    const out = new Map<string, Duties>();
    for (const o of owing) {
      const ids = [...new Set(o.assignedAs.map((x) => x.assignmentId))].sort(
        (a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0),
      );
      const key = ids.join('|');
      let d = cache.get(key);
      if (!d) {
        const as = ids.map((id) => assignments[position.get(id) ?? -1]).filter((a) => a !== undefined);
        const tasks = new Set(as.flatMap((a) => a.taskLinks.map((l) => l.taskId)));
        const measures = new Set(as.flatMap((a) => a.measureLinks.map((l) => l.measureId)));
        d = {
          taskIds: new Set(taskOrder.filter((id) => tasks.has(id))),
          measureIds: new Set(measureOrder.filter((id) => measures.has(id))),
          fundingIds,
        };
        cache.set(key, d);
      }
      out.set(o.agencyId, d);
    }
    return out;
  });
  return all.get(agencyId) ?? null;
}

/**
 * Units `agencyId` may report figures for in the report of `year` (the sdk's
 * `jurisdictionUnitIds` at the year's due date; cached by the sdk per registry).
 */
export function jurisdictionOf(
  bundle: PlanBundle,
  agencyId: string,
  year: string | number,
): ReadonlySet<string> {
  return jurisdictionUnitIds({
    registry: bundle.registry,
    agencyId,
    date: reportReferenceDate(bundle.plan, year),
  });
}

/** The sdk's own answer for one agency, for checks and for views that show links. */
export function sdkDuties(bundle: PlanBundle, agencyId: string, year: string | number) {
  return agencyDuties({
    plan: bundle.plan,
    catalog: planCatalog(bundle.plan, bundle.catalog),
    registry: bundle.registry,
    agencyId,
    date: reportReferenceDate(bundle.plan, year),
  });
}
