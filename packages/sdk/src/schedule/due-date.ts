import { type Period, parsePeriod } from '../periods/key.js';
import { dayOfMonth, isoDay, windowEndTime } from '../periods/window.js';
import type { Plan } from '../schemas/plan.js';
import { workingDaysAfter } from './working-days.js';

const DAY = 86_400_000;

/** Number of days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a period key, or a year (the yearly key), as {@link parsePeriod}.
 * @throws {RangeError} when it is not a period key.
 */
export function periodOf(period: string | number): Period {
  const p = parsePeriod(period);
  if (!p) throw new RangeError(`period ${period}`);
  return p;
}

/**
 * Day the report for `period` (a key such as `2026-H1`, or a year for the yearly report) is due
 * (hạn nộp báo cáo), as YYYY-MM-DD, from `plan.reporting.due`; null when the plan sets no
 * deadline. A fixed day (15 December for the Đắk Nông plan) is in the period's year; a day past
 * the month's end (31 in a 30-day month, 29 February in a common year) falls back to the month's
 * last day. `daysAfterWindow` counts calendar days and `workingDaysAfterWindow` working days
 * (ngày làm việc: Monday to Friday but the plan's `holidays`, and its `workingWeekends`) from the
 * last day of the period's cut-off window, so a deadline may fall in the next calendar year. Days
 * are the plan's calendar days (in `reporting.timeZone`), never instants.
 * @throws {RangeError} when `period` is not a period key.
 */
export function reportDueDate(plan: Pick<Plan, 'reporting'>, period: string | number): string | null {
  const due = plan.reporting.due;
  if (!due) return null;
  const p = periodOf(period);
  if ('month' in due) return isoDay(dayOfMonth(p.year, due.month - 1, due.day));
  const end = windowEndTime(plan.reporting, p);
  if ('daysAfterWindow' in due) return isoDay(end + due.daysAfterWindow * DAY);
  return isoDay(workingDaysAfter(end, due.workingDaysAfterWindow, plan.reporting));
}

/**
 * The day the registry is read at for the report of `period` (who owes it, who reviews it, whose
 * duties): its due date, or the period's last calendar day when the plan sets no deadline.
 * @throws {RangeError} when `period` is not a period key.
 */
export function reportReferenceDate(plan: Pick<Plan, 'reporting'>, period: string | number): string {
  const due = reportDueDate(plan, period);
  if (due !== null) return due;
  const p = periodOf(period);
  // Day 0 of the month after the period: its last day.
  return isoDay(Date.UTC(p.year, p.index * p.months, 0));
}
