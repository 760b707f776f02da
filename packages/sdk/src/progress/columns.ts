import type { Measure, Target, YearlyChangeTarget } from '../schemas/indicator.js';
import type { SeriesPoint } from '../schemas/observation.js';
import type {
  Assessment,
  MilestoneResult,
  NotAvailableReason,
  YearlyChangeResult,
} from '../schemas/progress.js';
import { type AssessInput, assessProgress } from './assess.js';
import { unitBounds } from './bounds.js';
import { compare } from './compare.js';
import { expectedValue } from './expected.js';
import { chooseTarget, measureTargets } from './measure-targets.js';
import type { MilestoneTarget } from './milestones.js';
import { NO_TARGET_THRESHOLDS, statusFromRatio, TARGET_THRESHOLDS } from './thresholds.js';
import { signedGrowth, trajectoryRatio } from './trajectory.js';

/** Options of `assessColumns`, as in `assessProgress`. */
export type AssessColumnsOptions = Pick<AssessInput, 'year' | 'target' | 'baseYear'>;

/**
 * `assessProgress` for a series held in numeric columns (đánh giá nhanh theo cột): the points
 * are `years[i]`, `values[i]` for `from ≤ i < to`, as `observationColumns` and `columnsFromCells`
 * give them. The result is exactly what `assessProgress` returns for those points.
 *
 * Made for aggregation consumers assessing a hundred thousand series: when the years are
 * strictly ascending whole numbers in 1900–2100 and every value is finite, of one sign and
 * within the unit's bounds (checked in one pass over the columns, nothing is trusted), it needs
 * no point objects, no copy and no sort. Any other series (unsorted, duplicate year, broken
 * value, no data) is handed to `assessProgress`, so its reason comes from the one place.
 */
export function assessColumns(
  measure: Measure,
  years: ArrayLike<number>,
  values: ArrayLike<number>,
  from = 0,
  to: number = years.length,
  options?: AssessColumnsOptions,
): Assessment {
  const asOf = options?.year;
  if (to <= from || (asOf !== undefined && !validYear(asOf)))
    return slow(measure, years, values, from, to, options);
  const { min, max } = unitBounds(measure.unit.kind);
  let prev = Number.NEGATIVE_INFINITY;
  let neg = false;
  let pos = false;
  for (let i = from; i < to; i++) {
    const y = years[i]!;
    const v = values[i]!;
    // Also false for NaN: a broken point takes the checked path.
    if (!(y > prev && y >= 1900 && y <= 2100 && v >= min && v <= max && v - v === 0) || y % 1 !== 0) {
      return slow(measure, years, values, from, to, options);
    }
    prev = y;
    if (v < 0) neg = true;
    else if (v > 0) pos = true;
  }
  if (neg && pos) return slow(measure, years, values, from, to, options);
  let hi = to;
  if (asOf !== undefined) while (hi > from && years[hi - 1]! > asOf) hi--;
  if (hi === from) return slow(measure, years, values, from, to, options);
  const year = asOf ?? years[to - 1]!;
  const targets = measureTargets(measure);
  const milestones = judgeColumns(targets.milestones, years, values, from, hi, year);
  const baseYear = options?.baseYear;
  let b = from;
  if (baseYear !== undefined) {
    b = hi;
    for (let i = from; i < hi; i++) {
      if (years[i]! >= baseYear) {
        b = i;
        break;
      }
    }
  }
  const base: SeriesPoint | null = b < hi ? { year: years[b]!, value: values[b]! } : null;
  const latest: SeriesPoint = { year: years[hi - 1]!, value: values[hi - 1]! };
  const sign = measure.direction === 'decrease' ? -1 : 1;
  const target = chooseTarget(targets, year, options?.target);
  if (target === null) {
    const growth = signedGrowth(base, latest, sign);
    if (typeof growth === 'string') return unavailable(growth, null, milestones, base, latest, undefined);
    return result(
      statusFromRatio(growth, NO_TARGET_THRESHOLDS),
      'no_target',
      growth,
      base,
      latest,
      null,
      null,
      milestones,
    );
  }
  if (target.kind === 'yearly_change') {
    return byYearlyChange(target, years, values, from, hi, year, sign, base, latest, milestones);
  }
  const met =
    target.kind === 'maintain'
      ? maintainedColumns(values, from, hi - 1, target)
      : compare(latest.value, target.comparator, target.value);
  const ratio = trajectoryRatio(base, latest, target, sign);
  if (!met && typeof ratio === 'string')
    return unavailable(ratio, target, milestones, base, latest, undefined);
  const r = typeof ratio === 'number' ? ratio : null;
  const expected = base === null ? null : { year, value: expectedValue(base, target, year) };
  const status = met ? 'target_achieved' : statusFromRatio(r!, TARGET_THRESHOLDS);
  return result(status, 'target', r, base, latest, target, expected, milestones);
}

function slow(
  measure: Measure,
  years: ArrayLike<number>,
  values: ArrayLike<number>,
  from: number,
  to: number,
  options: AssessColumnsOptions | undefined,
): Assessment {
  const series: SeriesPoint[] = [];
  for (let i = from; i < to; i++) series.push({ year: years[i]!, value: values[i]! });
  return assessProgress({
    measure,
    series,
    year: options?.year,
    target: options?.target,
    baseYear: options?.baseYear,
  });
}

function validYear(y: number): boolean {
  return Number.isInteger(y) && y >= 1900 && y <= 2100;
}

/** One literal, one key order: the same object shape as `assessProgress` builds. */
function result(
  status: Assessment['status'],
  method: Assessment['method'],
  ratio: number | null,
  base: SeriesPoint | null,
  latest: SeriesPoint,
  target: Target | null,
  expected: SeriesPoint | null,
  milestones: MilestoneResult[],
): Assessment {
  return {
    status,
    reason: undefined,
    method,
    ratio,
    base,
    latest,
    target,
    expected,
    milestones,
    yearlyChanges: undefined,
  };
}

function unavailable(
  reason: NotAvailableReason,
  target: Target | null,
  milestones: MilestoneResult[],
  base: SeriesPoint | null,
  latest: SeriesPoint,
  changes: YearlyChangeResult[] | undefined,
): Assessment {
  return {
    status: 'not_available',
    reason,
    method: target === null ? 'no_target' : target.kind === 'yearly_change' ? 'yearly_change' : 'target',
    ratio: null,
    base,
    latest,
    target,
    expected: null,
    milestones,
    yearlyChanges: changes,
  };
}

/** `judgeMilestones` over columns `from .. hi` (ascending, already cut at `year`). */
function judgeColumns(
  targets: readonly MilestoneTarget[],
  years: ArrayLike<number>,
  values: ArrayLike<number>,
  from: number,
  hi: number,
  year: number,
): MilestoneResult[] {
  const out: MilestoneResult[] = new Array(targets.length);
  for (let j = 0; j < targets.length; j++) {
    const t = targets[j]!;
    const cutoff = Math.min(t.year, year);
    let idx = hi - 1;
    while (idx >= from && years[idx]! > cutoff) idx--;
    let observed: MilestoneResult['observed'] = null;
    let achieved: boolean | null = null;
    if (idx >= from) {
      const v = values[idx]!;
      observed = { year: years[idx]!, value: v };
      achieved =
        t.kind === 'maintain' ? maintainedColumns(values, from, idx, t) : compare(v, t.comparator, t.value);
    }
    out[j] = {
      year: t.year,
      kind: t.kind,
      comparator: t.comparator,
      value: t.value,
      observed,
      achieved,
      due: t.year <= year,
    };
  }
  return out;
}

/** `maintained` over columns: met at some point up to `last` and held in every year since. */
function maintainedColumns(
  values: ArrayLike<number>,
  from: number,
  last: number,
  t: MilestoneTarget,
): boolean {
  let first = from;
  while (first <= last && !compare(values[first]!, t.comparator, t.value)) first++;
  if (first > last) return false;
  for (let i = first + 1; i <= last; i++) if (!compare(values[i]!, t.comparator, t.value)) return false;
  return true;
}

/** `byYearlyChange` of `assessProgress` over columns (see `yearlyChanges`). */
function byYearlyChange(
  target: YearlyChangeTarget,
  years: ArrayLike<number>,
  values: ArrayLike<number>,
  from: number,
  hi: number,
  year: number,
  sign: 1 | -1,
  base: SeriesPoint | null,
  latest: SeriesPoint,
  milestones: MilestoneResult[],
): Assessment {
  const changes: YearlyChangeResult[] = [];
  let last: YearlyChangeResult | null = null;
  for (let i = from + 1; i < hi; i++) {
    const y = years[i]!;
    const pv = values[i - 1]!;
    const v = values[i]!;
    const inTargetPeriod = y >= target.fromYear && y <= target.toYear;
    if (pv === 0) {
      last = v === 0 ? { year: y, changePercent: 0, met: sign < 0, inTargetPeriod } : null;
    } else {
      const changePercent = ((v / pv) ** (1 / (y - years[i - 1]!)) - 1) * 100;
      last = {
        year: y,
        changePercent,
        met: compare(sign * changePercent, '≥', target.minPercent),
        inTargetPeriod,
      };
    }
    if (last !== null) changes.push(last);
  }
  if (hi - from < 2) return unavailable('too_few_points', target, milestones, base, latest, changes);
  if (last === null) return unavailable('zero_base', target, milestones, base, latest, changes);
  const ratio = (sign * last.changePercent) / target.minPercent;
  // The last value observed before the assessment year is what this year is measured from.
  const p = latest.year < year ? hi - 1 : hi - 2;
  const expected = values[p]! * (1 + (sign * target.minPercent) / 100) ** (year - years[p]!);
  return {
    status: last.met ? 'target_achieved' : statusFromRatio(ratio, TARGET_THRESHOLDS),
    reason: undefined,
    method: 'yearly_change',
    ratio,
    base,
    latest,
    target,
    expected: { year, value: expected },
    milestones,
    yearlyChanges: changes,
  };
}
