/** A year and a value; structurally a `SeriesPoint`. */
export interface YearValue {
  year: number;
  value: number;
}

/**
 * Value on the straight line from `base` to `target` for `year` (giá trị kỳ vọng theo lộ trình
 * tuyến tính). Before the base year it is the base value, after the target year the target value:
 * the plan expects nothing before it starts and expects the level held once it is due.
 */
export function expectedValue(base: YearValue, target: YearValue, year: number): number {
  return linearExpected(base.year, base.value, target.year, target.value, year);
}

/** {@link expectedValue} on numbers: base (`by`, `bv`), target (`ty`, `tv`). */
export function linearExpected(by: number, bv: number, ty: number, tv: number, year: number): number {
  if (year <= by) return bv;
  if (year >= ty) return tv;
  return bv + ((tv - bv) * (year - by)) / (ty - by);
}
