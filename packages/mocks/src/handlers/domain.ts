import {
  agencyDuties,
  contentDutyErrors,
  countedUnitErrors,
  type DutyIds,
  disaggregationErrors,
  jurisdictionUnitIds,
  measureValueErrors,
  planYearError,
  type ReportContent,
  reportObligations,
  reportReferenceDate,
  reviewingAgencyId,
} from '@kehoach/sdk';
import type { DemoUser } from '../fixtures/users.js';
import { MESSAGES, MockHttpError, validationFailed } from './respond.js';
import type { MockState } from './state.js';

/** 404 unless `planId` is the state's plan. */
export function assertPlan(state: MockState, planId: string): void {
  if (planId !== state.plan.id) throw new MockHttpError('not_found', MESSAGES.plan_not_found);
}

/** 400 when `year` is outside the plan's period, worded like the server. */
export function assertYearInPlan(state: MockState, year: number): void {
  const error = planYearError(state.plan, year);
  if (error) throw validationFailed([error]);
}

/** Agency reviewing the reports of `year`. */
export const reviewerAgencyId = (state: MockState, year: number): string =>
  reviewingAgencyId(state.plan, state.registry, year);

/** Reviewers act only for the agency that receives the year's reports; admins may read. */
export function assertReviewerOf(state: MockState, user: DemoUser, year: number, acting: boolean): void {
  if (user.role === 'admin' && !acting) return;
  if (user.role !== 'reviewer') throw new MockHttpError('forbidden');
  if (user.agencyId !== reviewerAgencyId(state, year))
    throw new MockHttpError('forbidden', MESSAGES.not_reviewer);
}

/** What a reporter's agency answers for in `year`; 403 when it owes no report. */
export interface Duties extends DutyIds {
  agencyId: string;
  /** Units the agency may give figures for (sdk `jurisdictionUnitIds` at the due date). */
  jurisdiction: ReadonlySet<string>;
}

/** The signed-in reporter's duties for the year (sdk `agencyDuties` at the due date). */
export function reporterDuties(state: MockState, user: DemoUser, year: number): Duties {
  if (user.role !== 'reporter' || !user.agencyId) throw new MockHttpError('forbidden');
  const date = reportReferenceDate(state.plan, year);
  const { owing } = reportObligations(state.plan, state.registry, date);
  if (!owing.some((o) => o.agencyId === user.agencyId))
    throw new MockHttpError('forbidden', MESSAGES.owes_nothing);
  const d = agencyDuties({ ...state, agencyId: user.agencyId, date });
  return {
    agencyId: user.agencyId,
    taskIds: new Set(d.tasks.map((t) => t.task.id)),
    measureIds: new Set(d.measures.map((m) => m.measure.id)),
    fundingIds: new Set((state.plan.funding ?? []).filter((f) => f.isSource).map((f) => f.id)),
    jurisdiction: jurisdictionUnitIds({ registry: state.registry, agencyId: user.agencyId, date }),
  };
}

/**
 * 400 for entries the agency does not answer for, units not in the registry or outside its
 * jurisdiction, figures its measures' units do not allow: the sdk's checks, as the server runs them.
 */
export function assertContentFitsDuties(
  state: MockState,
  content: ReportContent,
  duties: Duties,
  year: number,
): void {
  const units = new Set(state.registry.units.map((u) => u.id));
  const errors = [
    ...contentDutyErrors(content, duties, units, duties.jurisdiction),
    ...measureValueErrors({ content, catalog: state.catalog, pathPrefix: 'content.' }),
    // Categories the measure declares, additive parts within their whole (disaggregation).
    ...disaggregationErrors({ content, catalog: state.catalog, pathPrefix: 'content.' }),
    ...countedUnitErrors({
      content,
      catalog: state.catalog,
      registry: state.registry,
      year,
      agencyUnitId: state.registry.agencies.find((a) => a.id === duties.agencyId)?.unitId,
      pathPrefix: 'content.',
    }),
  ];
  if (errors.length > 0) throw validationFailed(errors);
}
