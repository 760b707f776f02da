/**
 * The server's one adapter to the sdk's plan logic (succession, duties, deadlines). Every
 * question about "who answers for what, when" goes through here, memoised per parsed plan.
 */
import {
  agencyDuties,
  type FieldError,
  type IndicatorCatalog,
  type Plan,
  type ReportContent,
  reportDueDate,
  reportObligations,
  resolveAgency,
  toFieldErrors,
} from '@kehoach/sdk';
import type { PlanBundle } from './bundles.js';

export interface Duties {
  /** Ids in the order of the sdk's `agencyDuties` (the plan's order): readiness paths index into it. */
  taskIds: ReadonlySet<string>;
  measureIds: ReadonlySet<string>;
  fundingIds: ReadonlySet<string>;
}

export function allMeasureIds(catalog: IndicatorCatalog): string[] {
  return catalog.objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures.map((m) => m.id)));
}

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

/** Agency that receives and reviews the plan's reports for `year`, at the year's due date. */
export function reviewerAgencyId(bundle: PlanBundle, year: number): string {
  return remember(bundle.plan, `reviewer:${year}`, () => {
    const r = bundle.plan.reporting;
    const due = reportDueDate(bundle.plan, year);
    return resolveAgency(
      bundle.registry,
      r.viaAgencyId ?? r.recipientAgencyId,
      due,
      r.viaFunction === undefined ? undefined : { function: r.viaFunction },
    ).id;
  });
}

/** Agencies owing the report of `year` (successors at the due date of those the plan names). */
export function owingAgencies(bundle: PlanBundle, year: number): ReadonlySet<string> {
  return remember(bundle.plan, `owing:${year}`, () => {
    const { owing } = reportObligations(bundle.plan, bundle.registry, reportDueDate(bundle.plan, year));
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
export function dutiesOf(bundle: PlanBundle, agencyId: string, year: number): Duties | null {
  const all = remember(bundle.plan, `duties:${year}`, () => {
    const { owing } = reportObligations(bundle.plan, bundle.registry, reportDueDate(bundle.plan, year));
    const measureIds = new Set(allMeasureIds(bundle.catalog));
    const fundingIds = new Set(bundle.plan.funding.filter((f) => f.isSource).map((f) => f.id));
    const position = new Map(bundle.plan.assignments.map((a, i) => [a.id, i]));
    const cache = new Map<string, Duties>();
    const out = new Map<string, Duties>();
    for (const o of owing) {
      // In the plan's order, as `agencyDuties` lists them: the order of the report's rows.
      const ids = [...new Set(o.assignedAs.map((x) => x.assignmentId))].sort(
        (a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0),
      );
      const key = ids.join('|');
      let d = cache.get(key);
      if (!d) {
        const as = ids
          .map((id) => bundle.plan.assignments[position.get(id) ?? -1])
          .filter((a) => a !== undefined);
        d = {
          taskIds: new Set(as.flatMap((a) => a.taskLinks.map((l) => l.taskId))),
          measureIds: new Set(
            as.flatMap((a) => a.measureLinks.map((l) => l.measureId)).filter((m) => measureIds.has(m)),
          ),
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

/** The sdk's own answer for one agency, for checks and for views that show links. */
export function sdkDuties(bundle: PlanBundle, agencyId: string, year: number) {
  return agencyDuties({
    plan: bundle.plan,
    catalog: bundle.catalog,
    registry: bundle.registry,
    agencyId,
    date: reportDueDate(bundle.plan, year),
  });
}

/** Field errors for entries of `content` the agency does not answer for. */
export function checkContentAgainstDuties(
  content: ReportContent,
  duties: Duties,
  unitIds: ReadonlySet<string>,
): FieldError[] {
  const issues: { code: string; path: (string | number)[]; message: string }[] = [];
  content.tasks.forEach((t, i) => {
    if (!duties.taskIds.has(t.taskId))
      issues.push({ code: 'custom', path: ['content', 'tasks', i, 'taskId'], message: 'unknown_task' });
  });
  content.measures.forEach((m, i) => {
    if (!duties.measureIds.has(m.measureId))
      issues.push({
        code: 'custom',
        path: ['content', 'measures', i, 'measureId'],
        message: 'unknown_measure',
      });
  });
  content.budget.forEach((b, i) => {
    if (!duties.fundingIds.has(b.fundingId))
      issues.push({
        code: 'custom',
        path: ['content', 'budget', i, 'fundingId'],
        message: 'unknown_funding',
      });
  });
  const errors = toFieldErrors(issues);
  content.measures.forEach((m, i) => {
    if (m.unitId === undefined || unitIds.has(m.unitId)) return;
    const path = `content.measures.${i}.unitId`;
    errors.push({
      path,
      code: 'unknown_unit',
      message: {
        vi: `Trường ${path}: cần đơn vị hành chính có trong danh mục của kế hoạch`,
        en: `Field ${path}: expected an administrative unit of the plan's registry`,
      },
    });
  });
  return errors;
}
