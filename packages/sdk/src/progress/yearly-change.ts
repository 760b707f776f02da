import type { YearlyChangeTarget } from '../schemas/indicator.js';
import type { SeriesPoint } from '../schemas/observation.js';
import type { YearlyChangeResult } from '../schemas/progress.js';
import { compare } from './compare.js';

/**
 * Compare each observed year with the one before (so sánh với năm trước) against a yearly-change
 * target. A gap of several years is annualised, so "−2 % a year" is judged fairly across it.
 * `met`: the change in the desired direction (`sign` −1: a fall) is at least `minPercent`.
 * A year counts toward the target when fromYear ≤ year ≤ toYear ("from 2025 to 2030": six cuts).
 * A change from zero has no percentage: 0 → 0 is listed as 0 % (met when the count should fall,
 * nothing is left to cut); 0 → more is left out and returned as `null` in its slot.
 */
export function yearlyChanges(
  points: readonly SeriesPoint[],
  target: YearlyChangeTarget,
  sign: 1 | -1,
): Array<YearlyChangeResult | null> {
  const out: Array<YearlyChangeResult | null> = [];
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1]!;
    const cur = points[i]!;
    if (!hasChange(prev.value, cur.value)) {
      out.push(null);
      continue;
    }
    const changePercent = yearlyChange(prev.year, prev.value, cur.year, cur.value);
    out.push({
      year: cur.year,
      changePercent,
      met: changeMet(prev.value, changePercent, sign, target.minPercent),
      inTargetPeriod: cur.year >= target.fromYear && cur.year <= target.toYear,
    });
  }
  return out;
}

/** A change from `pv` to `v` has a percentage, unless it is from zero to more. */
export function hasChange(pv: number, v: number): boolean {
  return pv !== 0 || v === 0;
}

/** Annualised change in percent from (`py`, `pv`) to (`y`, `v`) when {@link hasChange}; 0 → 0 is 0. */
export function yearlyChange(py: number, pv: number, y: number, v: number): number {
  return pv === 0 ? 0 : ((v / pv) ** (1 / (y - py)) - 1) * 100;
}

/** Was a change met: in the desired direction by at least `minPercent` (0 → 0: when it should fall). */
export function changeMet(pv: number, changePercent: number, sign: number, minPercent: number): boolean {
  return pv === 0 ? sign < 0 : compare(sign * changePercent, '≥', minPercent);
}

/**
 * The value the assessment year should not pass: the previous observed value (`py`, `pv`)
 * moved by `minPercent` a year in the desired direction.
 */
export function yearlyExpected(
  py: number,
  pv: number,
  sign: number,
  minPercent: number,
  year: number,
): number {
  return pv * (1 + (sign * minPercent) / 100) ** (year - py);
}
