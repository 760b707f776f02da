import type { ReportingRule } from '../schemas/plan.js';
import { CADENCE_MONTHS, firstMonth, type Period } from './key.js';
import { REGIME_WINDOW } from './regime.js';

/** A period's data cut-off window: first and last day (YYYY-MM-DD), both included. */
export interface PeriodWindow {
  from: string;
  to: string;
}

const DAY = 86_400_000;

/** UTC midnight of day `day` (clamped to the month's last) of absolute month `m` (year × 12 + month − 1). */
export function dayOfMonth(m: number, day: number): number {
  const y = Math.floor(m / 12);
  const mo = m - y * 12;
  const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  return Date.UTC(y, mo, Math.min(day, last));
}

/** YYYY-MM-DD of a UTC-midnight time. */
export function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Last day of the window of the `period.cadence` period starting at absolute month `first`, as a
 * UTC-midnight time. The plan's own window when it sets one, else the regime's.
 */
function windowEnd(rule: Pick<ReportingRule, 'window'>, period: Period, first: number): number {
  const w = rule.window ?? REGIME_WINDOW;
  return dayOfMonth(first + CADENCE_MONTHS[period.cadence] - 1 - (w.monthsBefore ?? 0), w.endDay);
}

/** The last day of a period's window as a UTC-midnight time (what due dates count from). */
export function windowEndTime(rule: Pick<ReportingRule, 'window'>, period: Period): number {
  return windowEnd(rule, period, firstMonth(period));
}

/**
 * The data cut-off window of `period` under the plan's rule (its own `window`, else the
 * regime's): the yearly window of 2026 is 2025-12-15 → 2026-12-14.
 * Windows of one cadence follow each other without gap or overlap.
 */
export function periodWindow(rule: Pick<ReportingRule, 'window'>, period: Period): PeriodWindow {
  const first = firstMonth(period);
  const end = windowEnd(rule, period, first);
  const start = windowEnd(rule, period, first - CADENCE_MONTHS[period.cadence]) + DAY;
  return { from: isoDay(start), to: isoDay(end) };
}
