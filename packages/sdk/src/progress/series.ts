import type { MeasureUnit } from '../schemas/indicator.js';
import type { SeriesPoint } from '../schemas/observation.js';
import type { NotAvailableReason } from '../schemas/progress.js';
import { unitBounds } from './bounds.js';
import { check, view } from './check.js';
import { REASON_CODES } from './codes.js';
import { engineOptions } from './engine.js';
import { pointColumns } from './scratch.js';

/** A series that passed every check: sorted by year, cut at the assessment year. */
export interface CheckedSeries {
  ok: true;
  /** Points with year ≤ the assessment year, ascending. May be the caller's array when already so. */
  points: readonly SeriesPoint[];
  /** The assessment year: the one asked for, else the latest observed. */
  year: number;
}

/** Why a series cannot be assessed. */
export interface RejectedSeries {
  ok: false;
  reason: NotAvailableReason;
}

const byYear = (a: SeriesPoint, b: SeriesPoint) => a.year - b.year;

/**
 * Check a series before assessing it (kiểm tra chuỗi số liệu). Reasons, most fundamental first:
 * `no_data` (empty, or nothing at or before the assessment year), `not_finite` (NaN, ±Infinity
 * in a year or value), `year_out_of_range` (a year that is not a whole number in 1900–2100, or
 * such an assessment year), `duplicate_year`, `sign_change` (values on both sides of zero — a
 * change typed in place of a level, not this quantity at all), `out_of_bounds` (outside the
 * unit's range). The whole series is checked, even points after the assessment year: a broken
 * series is fixed at the source, not assessed around. Points after the assessment year are then
 * left out, so a year picker shows the status as it stood that year. Unsorted input is sorted
 * on a copy; the caller's array is never mutated. The checks are the engine's (`check`).
 */
export function checkSeries(
  series: readonly SeriesPoint[],
  unit: MeasureUnit['kind'],
  year?: number,
): CheckedSeries | RejectedSeries {
  const n = series.length;
  const { min, max } = unitBounds(unit);
  const { years, values } = pointColumns(series);
  const reason = check(years, values, 0, n, min, max, engineOptions({ year }));
  if (reason >= 0) return { ok: false, reason: REASON_CODES[reason]! };
  const points = view.sorted ? series : series.slice().sort(byYear);
  const cut = view.to - view.from;
  return { ok: true, points: cut === n ? points : points.slice(0, cut), year: year ?? points[n - 1]!.year };
}
