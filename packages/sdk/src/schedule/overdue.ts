import type { Plan } from '../schemas/plan.js';
import { reportDueDate } from './due-date.js';
import { localDate } from './local-date.js';

/**
 * Is the report for `period` (a key such as `2026-H1`, or a year) overdue (quá hạn) at `now`? Days are counted in
 * `plan.reporting.timeZone` (Asia/Ho_Chi_Minh): the report is overdue once the due day has
 * ended there without a submission. A report submitted on the due day, local time, is on time;
 * one submitted after it stays overdue (filed late), so trackers can still flag it. A plan
 * without a due date has no deadline, so no report of it is ever overdue.
 * @throws {RangeError} for an invalid `submittedAt`, time zone or period key.
 */
export function isOverdue(
  plan: Pick<Plan, 'reporting'>,
  period: string | number,
  now: Date,
  submittedAt?: string | null,
): boolean {
  const due = reportDueDate(plan, period);
  if (due === null) return false;
  const tz = plan.reporting.timeZone;
  if (submittedAt != null) return localDate(submittedAt, tz) > due;
  return localDate(now, tz) > due;
}
