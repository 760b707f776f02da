import type { SeriesPoint } from '../schemas/observation.js';
import { allocateColumns, reserveMilestones } from './out.js';

/**
 * One-row scratch columns for the single-series entry points, reused across calls: the engine
 * writes the row, the caller materialises it before returning (nothing is kept or shared).
 */
export const row = allocateColumns(1, 4, 16);

/** The scratch row with room for `milestones` entries. */
export function scratchRow(milestones: number) {
  reserveMilestones(row, milestones);
  return row;
}

let years = new Float64Array(16);
let values = new Float64Array(16);

/**
 * A series of points as columns (scratch, valid until the next call). A year or value that is
 * not a number becomes NaN, so the checks reject it as not finite rather than coerce it.
 */
export function pointColumns(series: readonly SeriesPoint[]): { years: Float64Array; values: Float64Array } {
  const n = series.length;
  if (years.length < n) {
    years = new Float64Array(n * 2);
    values = new Float64Array(n * 2);
  }
  for (let k = 0; k < n; k++) {
    const p = series[k]!;
    const y = p.year;
    const v = p.value;
    years[k] = typeof y === 'number' ? y : Number.NaN;
    values[k] = typeof v === 'number' ? v : Number.NaN;
  }
  return { years, values };
}
