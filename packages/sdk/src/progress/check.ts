import {
  DUPLICATE_YEAR,
  NO_DATA,
  NOT_FINITE,
  OUT_OF_BOUNDS,
  SIGN_CHANGE,
  YEAR_OUT_OF_RANGE,
} from './codes.js';
import type { EngineOptions } from './engine.js';

/**
 * The series `check` accepted, ascending and cut at the assessment year: entries `from` to
 * `to` of the caller's columns when they were `sorted`, else of a sorted copy in scratch
 * ({@link checkedYears}). Numbers only, so that writing them costs no write barrier.
 */
export const view = { from: 0, to: 0, sorted: true };
let sortYears = new Float64Array(16);
let sortValues = new Float64Array(16);

/** The years and values {@link view} indexes, given the columns that were checked. */
export const checkedYears = (years: ArrayLike<number>) => (view.sorted ? years : sortYears);
export const checkedValues = (values: ArrayLike<number>) => (view.sorted ? values : sortValues);

/**
 * Check a series (kiểm tra chuỗi số liệu) in `years[from .. to)`, `values[…]`: −1 when sound
 * (then {@link view} holds it sorted and cut at `asOf`), else the reason code, most
 * fundamental first — no data (none, or none at or before `asOf`), a non-finite year or value,
 * a year (or `asOf`) that is not whole in 1900–2100, a duplicate year, values on both sides
 * of zero, a value outside the unit's bounds. The whole series is checked, also after `asOf`.
 */
export function check(
  years: ArrayLike<number>,
  values: ArrayLike<number>,
  from: number,
  to: number,
  min: number,
  max: number,
  o: EngineOptions,
): number {
  if (to <= from) return NO_DATA;
  if (!o.asOfValid) return YEAR_OUT_OF_RANGE;
  // The common case in one test per point: whole years in range, strictly ascending, values
  // finite and within bounds (also false for NaN). `y | 0` is exact once y is known to lie in
  // 1900–2100, and far cheaper than `y % 1` (a call to fmod per point).
  let prev = Number.NEGATIVE_INFINITY;
  let neg = false;
  let pos = false;
  for (let k = from; k < to; k++) {
    const y = years[k]!;
    const v = values[k]!;
    if (!(y > prev && y <= 2100 && y >= 1900 && v >= min && v <= max && v - v === 0) || (y | 0) !== y) {
      return checkSlowly(years, values, from, to, min, max, o);
    }
    prev = y;
    if (v < 0) neg = true;
    else if (v > 0) pos = true;
  }
  if (neg && pos) return SIGN_CHANGE;
  return cut(years, from, to, o.asOf, true);
}

/** {@link check} for a series that is not plainly sound: find the reason, or sort a copy. */
function checkSlowly(
  years: ArrayLike<number>,
  values: ArrayLike<number>,
  from: number,
  to: number,
  min: number,
  max: number,
  o: EngineOptions,
): number {
  let prev = Number.NEGATIVE_INFINITY;
  let yearOut = false;
  let unsorted = false;
  let duplicate = false;
  let neg = false;
  let pos = false;
  let outOfBounds = false;
  for (let k = from; k < to; k++) {
    const y = years[k]!;
    const v = values[k]!;
    // `x - x === 0` is Number.isFinite for numbers.
    if (!(v - v === 0 && y - y === 0)) return NOT_FINITE;
    if (!(y >= 1900 && y <= 2100) || (y | 0) !== y) yearOut = true;
    if (y <= prev) {
      if (y === prev) duplicate = true;
      else unsorted = true;
    }
    prev = y;
    if (v < 0) neg = true;
    else if (v > 0) pos = true;
    if (v < min || v > max) outOfBounds = true;
  }
  if (yearOut) return YEAR_OUT_OF_RANGE;
  if (unsorted && !duplicate) {
    sortCopy(years, values, from, to);
    for (let k = 1; k < to - from; k++) if (sortYears[k] === sortYears[k - 1]) duplicate = true;
  }
  if (duplicate) return DUPLICATE_YEAR;
  if (neg && pos) return SIGN_CHANGE;
  if (outOfBounds) return OUT_OF_BOUNDS;
  return unsorted ? cut(sortYears, 0, to - from, o.asOf, false) : cut(years, from, to, o.asOf, true);
}

/** Leave out the points after `asOf` and hold the rest in {@link view}; `NO_DATA` when none is left. */
function cut(
  years: ArrayLike<number>,
  from: number,
  to: number,
  asOf: number | undefined,
  sorted: boolean,
): number {
  let h = to;
  if (asOf !== undefined) while (h > from && years[h - 1]! > asOf) h--;
  if (h === from) return NO_DATA;
  view.from = from;
  view.to = h;
  view.sorted = sorted;
  return -1;
}

/** Insertion sort by year of a copy (series are short; years are distinct or rejected anyway). */
function sortCopy(years: ArrayLike<number>, values: ArrayLike<number>, from: number, to: number): void {
  const n = to - from;
  if (sortYears.length < n) {
    sortYears = new Float64Array(n * 2);
    sortValues = new Float64Array(n * 2);
  }
  const ys = sortYears;
  const vs = sortValues;
  for (let k = 0; k < n; k++) {
    const y = years[from + k]!;
    const v = values[from + k]!;
    let j = k;
    while (j > 0 && ys[j - 1]! > y) {
      ys[j] = ys[j - 1]!;
      vs[j] = vs[j - 1]!;
      j--;
    }
    ys[j] = y;
    vs[j] = v;
  }
}
