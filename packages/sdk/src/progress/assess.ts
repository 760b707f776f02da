import type { Measure, Target, YearlyChangeTarget } from '../schemas/indicator.js';
import type { SeriesPoint } from '../schemas/observation.js';
import type {
  Assessment,
  MilestoneResult,
  NotAvailableReason,
  YearlyChangeResult,
} from '../schemas/progress.js';
import { compare } from './compare.js';
import { expectedValue } from './expected.js';
import { chooseTarget, measureTargets } from './measure-targets.js';
import { judgeMilestones, type MilestoneTarget, maintained } from './milestones.js';
import { checkSeries } from './series.js';
import { NO_TARGET_THRESHOLDS, statusFromRatio, TARGET_THRESHOLDS } from './thresholds.js';
import { signedGrowth, trajectoryRatio } from './trajectory.js';
import { yearlyChanges } from './yearly-change.js';

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

/** One assessment in the making: the checked series and what every method shares. */
interface Context {
  points: readonly SeriesPoint[];
  year: number;
  base: SeriesPoint | null;
  latest: SeriesPoint;
  sign: 1 | -1;
  milestones: MilestoneResult[];
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
 * Pure and allocation-light: no schema parsing, safe in hot loops.
 */
export function assessProgress(input: AssessInput): Assessment {
  const { measure } = input;
  const targets = measureTargets(measure);
  const checked = checkSeries(input.series, measure.unit.kind, input.year);
  if (!checked.ok) {
    const target = chooseTarget(targets, input.year ?? Number.POSITIVE_INFINITY, input.target);
    const milestones = judgeMilestones(targets.milestones, null, input.year);
    return unavailable(checked.reason, target, milestones, null, undefined);
  }
  const { points, year } = checked;
  const ctx: Context = {
    points,
    year,
    base: basePoint(points, input.baseYear),
    latest: points[points.length - 1]!,
    sign: measure.direction === 'decrease' ? -1 : 1,
    milestones: judgeMilestones(targets.milestones, points, year),
  };
  const target = chooseTarget(targets, year, input.target);
  if (target === null) return byGrowth(ctx);
  if (target.kind === 'yearly_change') return byYearlyChange(ctx, target);
  return byTarget(ctx, target);
}

function basePoint(points: readonly SeriesPoint[], baseYear: number | undefined): SeriesPoint | null {
  if (baseYear === undefined) return points[0]!;
  for (let i = 0; i < points.length; i++) if (points[i]!.year >= baseYear) return points[i]!;
  return null;
}

const point = (p: SeriesPoint | null) => (p === null ? null : { year: p.year, value: p.value });

function methodOf(target: Target | null): Assessment['method'] {
  if (target === null) return 'no_target';
  return target.kind === 'yearly_change' ? 'yearly_change' : 'target';
}

function unavailable(
  reason: NotAvailableReason,
  target: Target | null,
  milestones: MilestoneResult[],
  ctx: Context | null,
  changes: YearlyChangeResult[] | undefined,
): Assessment {
  return {
    status: 'not_available',
    reason,
    method: methodOf(target),
    ratio: null,
    base: ctx === null ? null : point(ctx.base),
    latest: ctx === null ? null : point(ctx.latest),
    target,
    expected: null,
    milestones,
    yearlyChanges: changes,
  };
}

/** Level or maintain target: met now, else the trajectory ratio. */
function byTarget(ctx: Context, target: MilestoneTarget): Assessment {
  const { latest, base, points, year } = ctx;
  const met =
    target.kind === 'maintain'
      ? maintained(points, points.length - 1, target)
      : compare(latest.value, target.comparator, target.value);
  const ratio = trajectoryRatio(base, latest, target, ctx.sign);
  if (!met && typeof ratio === 'string') return unavailable(ratio, target, ctx.milestones, ctx, undefined);
  return {
    status: met ? 'target_achieved' : statusFromRatio(ratio as number, TARGET_THRESHOLDS),
    reason: undefined,
    method: 'target',
    ratio: typeof ratio === 'number' ? ratio : null,
    base: point(base),
    latest: point(latest),
    target,
    expected: base === null ? null : { year, value: expectedValue(base, target, year) },
    milestones: ctx.milestones,
    yearlyChanges: undefined,
  };
}

/** No target at all: the signed growth rate against 1.5 % / 0.5 % / 0. */
function byGrowth(ctx: Context): Assessment {
  const growth = signedGrowth(ctx.base, ctx.latest, ctx.sign);
  if (typeof growth === 'string') return unavailable(growth, null, ctx.milestones, ctx, undefined);
  return {
    status: statusFromRatio(growth, NO_TARGET_THRESHOLDS),
    reason: undefined,
    method: 'no_target',
    ratio: growth,
    base: point(ctx.base),
    latest: point(ctx.latest),
    target: null,
    expected: null,
    milestones: ctx.milestones,
    yearlyChanges: undefined,
  };
}

/**
 * Yearly change (indicator 13): status from the latest change — met → target achieved, else
 * the change in the desired direction over `minPercent` on the usual thresholds. `expected` is
 * the value the assessment year should not pass: the previous observed value moved by
 * `minPercent` a year.
 */
function byYearlyChange(ctx: Context, target: YearlyChangeTarget): Assessment {
  const slots = yearlyChanges(ctx.points, target, ctx.sign);
  const changes = slots.filter((c): c is YearlyChangeResult => c !== null);
  if (slots.length === 0) return unavailable('too_few_points', target, ctx.milestones, ctx, changes);
  const last = slots[slots.length - 1]!;
  if (last === null) return unavailable('zero_base', target, ctx.milestones, ctx, changes);
  const ratio = (ctx.sign * last.changePercent) / target.minPercent;
  // The last value observed before the assessment year is what this year is measured from.
  const prev = ctx.latest.year < ctx.year ? ctx.latest : ctx.points[ctx.points.length - 2]!;
  const expected = prev.value * (1 + (ctx.sign * target.minPercent) / 100) ** (ctx.year - prev.year);
  return {
    status: last.met ? 'target_achieved' : statusFromRatio(ratio, TARGET_THRESHOLDS),
    reason: undefined,
    method: 'yearly_change',
    ratio,
    base: point(ctx.base),
    latest: point(ctx.latest),
    target,
    expected: { year: ctx.year, value: expected },
    milestones: ctx.milestones,
    yearlyChanges: changes,
  };
}
