import type { Measure } from '../schemas/indicator.js';
import type { Assessment } from '../schemas/progress.js';
import type { AssessInput } from './assess.js';
import { assessSeries, engineOptions, measurePlan } from './engine.js';
import { materialize } from './out.js';
import { scratchRow } from './scratch.js';

/** Options of `assessColumns`, as in `assessProgress`. */
export type AssessColumnsOptions = Pick<AssessInput, 'year' | 'target' | 'baseYear'>;

/**
 * `assessProgress` for a series held in numeric columns (đánh giá nhanh theo cột): the points
 * are `years[i]`, `values[i]` for `from ≤ i < to`, as `observationColumns` and `columnsFromCells`
 * give them. The result is exactly what `assessProgress` returns for those points: both run the
 * same engine, which reads the columns in place (no point objects; an unsorted series is sorted
 * on a copy, the columns are never mutated).
 */
export function assessColumns(
  measure: Measure,
  years: ArrayLike<number>,
  values: ArrayLike<number>,
  from = 0,
  to: number = years.length,
  options?: AssessColumnsOptions,
): Assessment {
  const plan = measurePlan(measure);
  const out = scratchRow(plan.targets.milestones.length);
  assessSeries(out, 0, plan, years, values, from, to, engineOptions(options));
  return materialize(out, 0, plan.targets, options?.target);
}
