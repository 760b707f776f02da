import type { Measure, Target } from '../schemas/indicator.js';
import type { SeriesPoint } from '../schemas/observation.js';
import type { Assessment } from '../schemas/progress.js';
import { assessSeries, engineOptions, measurePlan } from './engine.js';
import { materialize } from './out.js';
import { pointColumns, scratchRow } from './scratch.js';

/** What `assessProgress` needs: one measure and one unit's yearly values. */
export interface AssessInput {
  measure: Measure;
  /** Yearly values in any order; values of rates already scaled (a percentage is 0–100). */
  series: readonly SeriesPoint[];
  /** Assessment year (năm đánh giá); default the latest observed. Later points are left out. */
  year?: number;
  /** Target to judge against instead of the measure's own. */
  target?: Target;
  /** Base year (năm gốc); default the first observed. The first point at or after it is the base. */
  baseYear?: number;
}

/**
 * Assess one series of a measure (đánh giá tiến độ) with the Open SDG method after Statistics
 * Canada. Status `target_achieved` when the latest value meets the applicable target (a single
 * point suffices: it says where the level stands; a trajectory needs two), otherwise the ratio
 * of observed to required compound annual growth, signed by the desired direction:
 * ≥ 0.95 substantial, ≥ 0.6 moderate, ≥ 0 limited, below 0 deterioration. Without a target the
 * signed growth itself against 1.5 % / 0.5 % / 0 (`method: 'no_target'`). A yearly-change target
 * (indicator 13) is judged on the latest year-on-year change (`method: 'yearly_change'`).
 * An unusable series gives `not_available` with the reason, never a guessed status; milestones
 * are judged whenever the data themselves are sound (also with one point, a zero base …).
 * Pure and allocation-light: no schema parsing, safe in hot loops. The method itself is the
 * engine's (`engine.ts`), shared with `assessColumns` and `assessBatch`.
 */
export function assessProgress(input: AssessInput): Assessment {
  const plan = measurePlan(input.measure);
  const out = scratchRow(plan.targets.milestones.length);
  const { years, values } = pointColumns(input.series);
  assessSeries(out, 0, plan, years, values, 0, input.series.length, engineOptions(input));
  return materialize(out, 0, plan.targets, input.target);
}
