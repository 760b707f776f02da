import type { MeasureUnit } from '../schemas/indicator.js';
import type { SeriesPoint } from '../schemas/observation.js';
import type { NotAvailableReason } from '../schemas/progress.js';
import { unitBounds } from './bounds.js';

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
 * on a copy; the caller's array is never mutated.
 */
export function checkSeries(
  series: readonly SeriesPoint[],
  unit: MeasureUnit['kind'],
  year?: number,
): CheckedSeries | RejectedSeries {
  const n = series.length;
  if (n === 0) return { ok: false, reason: 'no_data' };
  if (year !== undefined && !validYear(year)) return { ok: false, reason: 'year_out_of_range' };
  const { min, max } = unitBounds(unit);
  let sorted = true;
  let yearOut = false;
  let neg = false;
  let pos = false;
  let outOfBounds = false;
  let prev = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const p = series[i]!;
    const v = p.value;
    const y = p.year;
    if (!Number.isFinite(v) || !Number.isFinite(y)) return { ok: false, reason: 'not_finite' };
    if (!validYear(y)) yearOut = true;
    if (y < prev) sorted = false;
    prev = y;
    if (v < 0) neg = true;
    else if (v > 0) pos = true;
    if (v < min || v > max) outOfBounds = true;
  }
  if (yearOut) return { ok: false, reason: 'year_out_of_range' };
  const points = sorted ? series : series.slice().sort(byYear);
  for (let i = 1; i < n; i++) {
    if (points[i]!.year === points[i - 1]!.year) return { ok: false, reason: 'duplicate_year' };
  }
  if (neg && pos) return { ok: false, reason: 'sign_change' };
  if (outOfBounds) return { ok: false, reason: 'out_of_bounds' };
  if (year === undefined) return { ok: true, points, year: points[n - 1]!.year };
  let cut = n;
  while (cut > 0 && points[cut - 1]!.year > year) cut--;
  if (cut === 0) return { ok: false, reason: 'no_data' };
  return { ok: true, points: cut === n ? points : points.slice(0, cut), year };
}

function validYear(y: number): boolean {
  return Number.isInteger(y) && y >= 1900 && y <= 2100;
}
