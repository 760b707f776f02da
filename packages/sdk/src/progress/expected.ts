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
  if (year <= base.year) return base.value;
  if (year >= target.year) return target.value;
  return base.value + ((target.value - base.value) * (year - base.year)) / (target.year - base.year);
}
