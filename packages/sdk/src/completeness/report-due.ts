import type { ReportDue } from '../api/schemas/my-reports.js';
import { periodOf, reportDueDate } from '../schedule/due-date.js';
import { localDate } from '../schedule/local-date.js';
import { isOverdue } from '../schedule/overdue.js';
import type { Plan } from '../schemas/plan.js';

/**
 * The year an agency reports on now for `plan`: this year in the plan's time zone, when the
 * plan's period covers it; null before the period starts and after it ends.
 */
export function currentReportYear(plan: Pick<Plan, 'period' | 'reporting'>, now: Date): number | null {
  const year = Number(localDate(now, plan.reporting.timeZone).slice(0, 4));
  return year >= plan.period.from && year <= plan.period.to ? year : null;
}

/**
 * One line of "the reports my agency owes" (`listMyReports`): the plan, the period (a key, or a
 * year for the yearly report), its deadline
 * and overdue flag counted in the plan's time zone, and the state of the agency's report
 * (`missing` when it has none). The server and the mocks both build their answer with it.
 */
export function reportDue(
  plan: Pick<Plan, 'id' | 'title' | 'reporting'>,
  period: string | number,
  now: Date,
  report: { id: string; status: ReportDue['status']; submittedAt: string | null } | null,
): ReportDue {
  return {
    planId: plan.id,
    planTitle: plan.title,
    year: periodOf(period).year,
    period: String(period),
    dueDate: reportDueDate(plan, period),
    // The submission tracker's rule (`reportCompleteness`), so both say the same.
    overdue: isOverdue(plan, period, now, report?.submittedAt ?? null),
    status: report?.status ?? 'missing',
    reportId: report?.id ?? null,
  };
}
