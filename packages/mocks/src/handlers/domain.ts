import {
  agencyDuties,
  contentDutyErrors,
  countedUnitErrors,
  type DutyIds,
  disaggregationErrors,
  jurisdictionUnitIds,
  measureValueErrors,
  type Period,
  type ReportContent,
  readPlanPeriod,
  reportObligations,
  reportReferenceDate,
  reviewingAgencyId,
} from '@kehoach/sdk';
import type { DemoUser } from '../fixtures/users.js';
import { MESSAGES, MockHttpError, validationFailed } from './respond.js';
import type { MockPlan, MockState } from './state.js';

/** The plan `planId` of the state; 404 when the mocks serve no such plan. */
export function planOf(state: MockState, planId: string): MockPlan {
  const p = state.plans.get(planId);
  if (!p) throw new MockHttpError('not_found', MESSAGES.plan_not_found);
  return p;
}

/** The period a report route names, of the plan's cadence and within its years; 400 otherwise, as the server. */
export function planPeriodOf(p: MockPlan, key: string | number, path = 'params.year'): Period {
  const { period, error } = readPlanPeriod(p.plan, key, path);
  if (error) throw validationFailed([error]);
  return period;
}

/** Agency reviewing the plan's reports of `year` (a period key, or a year). */
export const reviewerAgencyId = (p: MockPlan, year: string | number): string =>
  reviewingAgencyId(p.plan, p.registry, year);

/** Reviewers act only for the agency that receives the period's reports; admins may read. */
export function assertReviewerOf(p: MockPlan, user: DemoUser, year: string | number, acting: boolean): void {
  if (user.role === 'admin' && !acting) return;
  if (user.role !== 'reviewer') throw new MockHttpError('forbidden');
  if (user.agencyId !== reviewerAgencyId(p, year))
    throw new MockHttpError('forbidden', MESSAGES.not_reviewer);
}

/** What a reporter's agency answers for in `year`; 403 when it owes no report. */
export interface Duties extends DutyIds {
  agencyId: string;
  /** Units the agency may give figures for (sdk `jurisdictionUnitIds` at the due date). */
  jurisdiction: ReadonlySet<string>;
}

/** Whether `agencyId` owes the plan's report of `year` (a period key, or a year; at its due date). */
export function owes(p: MockPlan, agencyId: string, year: string | number): boolean {
  const { owing } = reportObligations(p.plan, p.registry, reportReferenceDate(p.plan, year));
  return owing.some((o) => o.agencyId === agencyId);
}

/** The signed-in reporter's duties for the plan's period (sdk `agencyDuties` at the due date). */
export function reporterDuties(p: MockPlan, user: DemoUser, year: string | number): Duties {
  if (user.role !== 'reporter' || !user.agencyId) throw new MockHttpError('forbidden');
  if (!owes(p, user.agencyId, year)) throw new MockHttpError('forbidden', MESSAGES.owes_nothing);
  const date = reportReferenceDate(p.plan, year);
  const d = agencyDuties({ ...p, agencyId: user.agencyId, date });
  return {
    agencyId: user.agencyId,
    taskIds: new Set(d.tasks.map((t) => t.task.id)),
    measureIds: new Set(d.measures.map((m) => m.measure.id)),
    fundingIds: new Set((p.plan.funding ?? []).filter((f) => f.isSource).map((f) => f.id)),
    jurisdiction: jurisdictionUnitIds({ registry: p.registry, agencyId: user.agencyId, date }),
  };
}

/**
 * 400 for entries the agency does not answer for, units not in the registry or outside its
 * jurisdiction, figures its measures' units do not allow: the sdk's checks, as the server runs them.
 */
export function assertContentFitsDuties(
  p: MockPlan,
  content: ReportContent,
  duties: Duties,
  year: number,
): void {
  const units = new Set(p.registry.units.map((u) => u.id));
  const errors = [
    ...contentDutyErrors(content, duties, units, duties.jurisdiction),
    ...measureValueErrors({ content, catalog: p.catalog, pathPrefix: 'content.' }),
    // Categories the measure declares, additive parts within their whole (disaggregation).
    ...disaggregationErrors({ content, catalog: p.catalog, pathPrefix: 'content.' }),
    ...countedUnitErrors({
      content,
      catalog: p.catalog,
      registry: p.registry,
      year,
      agencyUnitId: p.registry.agencies.find((a) => a.id === duties.agencyId)?.unitId,
      pathPrefix: 'content.',
    }),
  ];
  if (errors.length > 0) throw validationFailed(errors);
}
