import type { Plan } from '../schemas/plan.js';

/** Number of days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Day the yearly report for `year` is due (hạn nộp báo cáo), as YYYY-MM-DD, from
 * `plan.reporting.due` (15 December for the Đắk Nông plan); null when the plan sets no
 * deadline. A day past the month's end (31 in a 30-day month, 29 February in a common year)
 * falls back to the month's last day.
 */
export function reportDueDate(plan: Pick<Plan, 'reporting'>, year: number): string | null {
  const due = plan.reporting.due;
  // Years are 1900–2100 (YearSchema): four digits already.
  return due
    ? `${year}-${String(due.month).padStart(2, '0')}-${String(Math.min(due.day, daysInMonth(year, due.month))).padStart(2, '0')}`
    : null;
}

/**
 * The day the registry is read at for the report of `year` (who owes it, who reviews it, whose
 * duties): its due date, or the year's last day when the plan sets no deadline.
 */
export function reportReferenceDate(plan: Pick<Plan, 'reporting'>, year: number): string {
  return reportDueDate(plan, year) ?? `${year}-12-31`;
}
