import { periodMessages } from '../i18n/messages.js';
import type { FieldError } from '../i18n/validation.js';
import { reportDueDate } from '../schedule/due-date.js';
import { localDate } from '../schedule/local-date.js';
import { planYearError } from '../schedule/plan-year.js';
import type { Plan } from '../schemas/plan.js';
import { CADENCE_MONTHS, formatPeriod, type Period, parsePeriod } from './key.js';

/** Every period a plan is reported on, in order: its cadence's periods of each year of `plan.period`. */
export function planPeriods(plan: Pick<Plan, 'period' | 'reporting'>): string[] {
  const cadence = plan.reporting.frequency;
  const n = 12 / CADENCE_MONTHS[cadence];
  const out: string[] = [];
  for (let y = plan.period.from; y <= plan.period.to; y++)
    for (let i = 1; i <= n; i++) out.push(formatPeriod(y, cadence, i));
  return out;
}

/**
 * The period a report route or body names, read against the plan: a field error when `key` is
 * not a period key (`period_key`), not of the plan's cadence (`period_cadence`: `2026-Q1` for a
 * six-monthly plan) or outside its years (`year_out_of_range`); else the period. `path` names
 * the field, by default the `year` path parameter of the report routes (which `2026` keeps
 * meaning the yearly report).
 */
export function readPlanPeriod(
  plan: Pick<Plan, 'period' | 'reporting'>,
  key: string | number,
  path = 'params.year',
): { period: Period; error: null } | { period: null; error: FieldError } {
  const period = parsePeriod(key);
  const cadence = plan.reporting.frequency;
  if (!period || period.cadence !== cadence) {
    const t = periodMessages[period ? cadence : 'period_key'];
    return {
      period: null,
      error: {
        path,
        code: period ? 'period_cadence' : 'period_key',
        message: { vi: `Trường ${path}: cần ${t.vi}`, en: `Field ${path}: expected ${t.en}` },
      },
    };
  }
  const error = planYearError(plan, period.year, path);
  return error ? { period: null, error } : { period, error: null };
}

/**
 * The periods an agency reports on at `now` (kỳ phải báo cáo), in order: those of this year in
 * the plan's time zone, and earlier ones whose deadline is still to come (the report on 2025 due
 * 15 January 2026) — within the plan's period. For a yearly plan due within its year, this year
 * alone, as before periods existed.
 */
export function currentReportPeriods(plan: Pick<Plan, 'period' | 'reporting'>, now: Date): string[] {
  const today = localDate(now, plan.reporting.timeZone);
  const year = Number(today.slice(0, 4));
  return planPeriods(plan).filter((k) => {
    const y = Number(k.slice(0, 4));
    if (y === year) return true;
    if (y > year) return false;
    const due = reportDueDate(plan, k);
    return due !== null && due >= today;
  });
}
