import type { ReportingRule } from '../schemas/plan.js';
import type { Period } from './key.js';
import { REGIME_WINDOW } from './regime.js';

/** A period's data cut-off window: first and last day (YYYY-MM-DD), both included. */
export interface PeriodWindow {
  from: string;
  to: string;
}

const DAY = 86_400_000;

/**
 * UTC midnight of day `day` (clamped to the month's last) of month `m` of `year` (0 = January;
 * past 11 or below 0 it runs into the next or previous years, as `Date.UTC` does).
 */
export function dayOfMonth(year: number, m: number, day: number): number {
  return Date.UTC(year, m, Math.min(day, new Date(Date.UTC(year, m + 1, 0)).getUTCDate()));
}

/** YYYY-MM-DD of a UTC-midnight time. */
export function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Last day of the window of the period `shift` periods after `period` (−1: the one before), as a
 * UTC-midnight time. The plan's own window when it sets one, else the regime's.
 */
function windowEnd(rule: Pick<ReportingRule, 'window'>, period: Period, shift: number): number {
  const last = (period.index + shift) * period.months - 1;
  return dayOfMonth(period.year, last, (rule.window ?? REGIME_WINDOW).endDay);
}

/** The last day of a period's window as a UTC-midnight time (what due dates count from). */
export function windowEndTime(rule: Pick<ReportingRule, 'window'>, period: Period): number {
  return windowEnd(rule, period, 0);
}

/**
 * The data cut-off window of `period` under the plan's rule (its own `window`, else the
 * regime's): the yearly window of 2026 is 2025-12-15 → 2026-12-14.
 * Windows of one cadence follow each other without gap or overlap.
 */
export function periodWindow(rule: Pick<ReportingRule, 'window'>, period: Period): PeriodWindow {
  return { from: isoDay(windowEnd(rule, period, -1) + DAY), to: isoDay(windowEnd(rule, period, 0)) };
}
