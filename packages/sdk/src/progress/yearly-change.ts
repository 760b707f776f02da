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
    const inTargetPeriod = cur.year >= target.fromYear && cur.year <= target.toYear;
    if (prev.value === 0) {
      out.push(cur.value === 0 ? { year: cur.year, changePercent: 0, met: sign < 0, inTargetPeriod } : null);
      continue;
    }
    const changePercent = ((cur.value / prev.value) ** (1 / (cur.year - prev.year)) - 1) * 100;
    const met = compare(sign * changePercent, '≥', target.minPercent);
    out.push({ year: cur.year, changePercent, met, inTargetPeriod });
  }
  return out;
}
