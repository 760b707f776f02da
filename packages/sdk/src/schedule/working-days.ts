import { isoDay } from '../periods/window.js';
import type { ReportingRule } from '../schemas/plan.js';

const DAY = 86_400_000;

/**
 * Whether a calendar day is a Saturday or a Sunday (thứ Bảy, Chủ nhật). The day is a UTC-midnight
 * time or YYYY-MM-DD, a day of the plan's calendar as `isoDay` writes it: its weekday is read in
 * UTC because the label, not an instant, is what it names (14 March 2026 is a Saturday in every
 * time zone). Sunday is 0 and Saturday 6, the two multiples of 6.
 */
export const isWeekend = (day: number | string): boolean => new Date(day).getUTCDay() % 6 === 0;

/**
 * The `n`-th working day (ngày làm việc) after `day` (a UTC-midnight time), as a UTC-midnight
 * time: Monday to Friday but the plan's `holidays`, and its `workingWeekends` (ngày làm bù). The
 * days off are the plan's data, as it states them for its years: none is built in.
 */
export function workingDaysAfter(
  day: number,
  n: number,
  calendar: Pick<ReportingRule, 'holidays' | 'workingWeekends'>,
): number {
  const off = new Set(calendar.holidays);
  const worked = new Set(calendar.workingWeekends);
  // Ends: the lists are finite, so past their last day every weekday counts.
  while (n > 0) {
    day += DAY;
    const iso = isoDay(day);
    if (worked.has(iso) || !(isWeekend(day) || off.has(iso))) n -= 1;
  }
  return day;
}
