/**
 * The one implementation of the Open SDG progress method (after Statistics Canada) in the
 * SDK, on numeric columns: `assessProgress`, `assessColumns` and `assessBatch` are adapters
 * that feed it a series and read its row (see docs/sdk.md for the method itself).
 */
import type { Measure, Target } from '../schemas/indicator.js';
import { unitBounds } from './bounds.js';
import { cagr } from './cagr.js';
import { check, checkedValues, checkedYears, view } from './check.js';
import {
  HAS_BASE,
  HAS_CHANGES,
  HAS_EXPECTED,
  HAS_LATEST,
  HAS_RATIO,
  METHOD_NO_TARGET,
  METHOD_TARGET,
  METHOD_YEARLY_CHANGE,
  NO_REASON,
  NOT_AVAILABLE,
  TARGET_ACHIEVED,
  TARGET_NONE,
  TARGET_OVERRIDE,
  TARGET_YEARLY,
  TOO_FEW_POINTS,
  ZERO_BASE,
} from './codes.js';
import { compare } from './compare.js';
import { linearExpected } from './expected.js';
import { type MeasureTargets, measureTargets, resolveTarget, targetCode } from './measure-targets.js';
import { lastColumnAtOrBefore, milestoneMet } from './milestones.js';
import { type AssessmentColumns, reserveChanges } from './out.js';
import { gradeGrowth, gradeTarget } from './thresholds.js';
import { growthProblem, ratioOf } from './trajectory.js';
import { changeMet, hasChange, yearlyChange, yearlyExpected } from './yearly-change.js';

/** What the engine needs of a measure, computed once per measure object. */
export interface MeasurePlan {
  targets: MeasureTargets;
  /** The unit's bounds (`unitBounds`). */
  min: number;
  max: number;
  /** 1 when the measure should rise, −1 when it should fall. */
  sign: 1 | -1;
}

const plans = new WeakMap<Measure, MeasurePlan>();

/** The plan of a measure; cached per measure object (treat measures as immutable). */
export function measurePlan(measure: Measure): MeasurePlan {
  let p = plans.get(measure);
  if (p === undefined) {
    const { min, max } = unitBounds(measure.unit.kind);
    p = { targets: measureTargets(measure), min, max, sign: measure.direction === 'decrease' ? -1 : 1 };
    plans.set(measure, p);
  }
  return p;
}

/** The options of an assessment (`year`, `baseYear`, `target`), checked once. */
export interface EngineOptions {
  asOf: number | undefined;
  /** `asOf` is absent or a whole year in 1900–2100. */
  asOfValid: boolean;
  baseYear: number | undefined;
  override: Target | undefined;
}

/** A whole year the method accepts (1900–2100). */
export function validYear(y: number): boolean {
  return Number.isInteger(y) && y >= 1900 && y <= 2100;
}

/** The options of `assessProgress` and the others as the engine takes them. */
export function engineOptions(
  o: { year?: number; baseYear?: number; target?: Target } | undefined,
): EngineOptions {
  const asOf = o?.year;
  return {
    asOf,
    asOfValid: asOf === undefined || validYear(asOf),
    baseYear: o?.baseYear,
    override: o?.target,
  };
}

/**
 * Assess series `i` of `out` (đánh giá tiến độ): the points `years[k]`, `values[k]` for
 * `from ≤ k < to`, in any order, against the measure of `plan`. Status `target_achieved` when the
 * latest value meets the applicable target (a single point suffices), otherwise the ratio of
 * observed to required compound annual growth, signed by the desired direction: ≥ 0.95
 * substantial, ≥ 0.6 moderate, ≥ 0 limited, below 0 deterioration. Without a target the signed
 * growth itself against 1.5 % / 0.5 % / 0 (`no_target`). A yearly-change target is judged on
 * the latest year-on-year change (`yearly_change`). An unusable series gives `not_available`
 * with the reason, never a guessed status; milestones are judged whenever the data are sound.
 * Writes row i (and its milestone and change entries, which start where row i − 1's end).
 */
export function assessSeries(
  out: AssessmentColumns,
  i: number,
  plan: MeasurePlan,
  years: ArrayLike<number>,
  values: ArrayLike<number>,
  from: number,
  to: number,
  o: EngineOptions,
): void {
  const ms = plan.targets.milestones;
  const m0 = out.milestoneStart[i]!;
  out.milestoneStart[i + 1] = m0 + ms.length;
  out.changeStart[i + 1] = out.changeStart[i]!;
  out.changesMet[i] = 0;
  out.reasonCode[i] = NO_REASON;
  out.ratio[i] = Number.NaN;
  out.expectedValue[i] = Number.NaN;
  const reason = check(years, values, from, to, plan.min, plan.max, o);
  if (reason >= 0) {
    unusable(out, i, plan, reason, o);
    return;
  }
  const ys = checkedYears(years);
  const vs = checkedValues(values);
  const f = view.from;
  const h = view.to;
  const year = o.asOf ?? ys[h - 1]!;
  out.year[i] = year;
  // Milestones: the value at the milestone's year or the latest before it.
  for (let j = 0; j < ms.length; j++) {
    const t = ms[j]!;
    const idx = lastColumnAtOrBefore(ys, f, h, Math.min(t.year, year));
    const e = m0 + j;
    out.milestoneDue[e] = t.year <= year ? 1 : 0;
    if (idx >= f) {
      out.milestoneObservedYear[e] = ys[idx]!;
      out.milestoneObservedValue[e] = vs[idx]!;
      out.milestoneAchieved[e] = milestoneMet(t, vs, f, idx) ? 1 : 0;
    } else {
      out.milestoneAchieved[e] = -1;
      out.milestoneObservedYear[e] = Number.NaN;
      out.milestoneObservedValue[e] = Number.NaN;
    }
  }
  // Base (năm gốc): the first point, or the first at or after the `baseYear` option.
  let b = f;
  const baseYear = o.baseYear;
  if (baseYear !== undefined) {
    b = h;
    for (let k = f; k < h; k++) {
      if (ys[k]! >= baseYear) {
        b = k;
        break;
      }
    }
  }
  const hasBase = b < h;
  const by = hasBase ? ys[b]! : Number.NaN;
  const bv = hasBase ? vs[b]! : Number.NaN;
  const ly = ys[h - 1]!;
  const lv = vs[h - 1]!;
  out.baseYear[i] = by;
  out.baseValue[i] = bv;
  out.latestYear[i] = ly;
  out.latestValue[i] = lv;
  const flags = HAS_LATEST | (hasBase ? HAS_BASE : 0);
  const sign = plan.sign;
  const code = targetCode(plan.targets, year, o.override !== undefined);
  out.targetCode[i] = code;
  // Signed observed growth (CAGR) from base to latest, or why there is none.
  const why = growthProblem(hasBase, by, bv, ly, lv);
  const growth = why < 0 ? sign * cagr(bv, by, lv, ly) : Number.NaN;
  if (code === TARGET_NONE) {
    out.methodCode[i] = METHOD_NO_TARGET;
    if (why >= 0) notAvailable(out, i, why, flags);
    else {
      out.ratio[i] = growth;
      out.statusCode[i] = gradeGrowth(growth);
      out.flags[i] = flags | HAS_RATIO;
    }
    return;
  }
  const target =
    code === TARGET_OVERRIDE ? o.override! : code === TARGET_YEARLY ? plan.targets.yearlyChange! : ms[code]!;
  if (target.kind === 'yearly_change') {
    out.methodCode[i] = METHOD_YEARLY_CHANGE;
    byYearlyChange(
      out,
      i,
      ys,
      vs,
      f,
      h,
      year,
      sign,
      target.fromYear,
      target.toYear,
      target.minPercent,
      flags,
    );
    return;
  }
  out.methodCode[i] = METHOD_TARGET;
  const met =
    target.kind === 'maintain'
      ? milestoneMet(target, vs, f, h - 1)
      : compare(lv, target.comparator, target.value);
  let problem = why;
  let ratio = Number.NaN;
  if (why < 0) {
    ratio = ratioOf(growth, by, bv, target.year, target.value, whyRatio);
    problem = whyRatio[0]!;
  }
  if (!met && problem >= 0) {
    notAvailable(out, i, problem, flags);
    return;
  }
  let f2 = flags;
  if (problem < 0) {
    out.ratio[i] = ratio;
    f2 |= HAS_RATIO;
  }
  out.statusCode[i] = met ? TARGET_ACHIEVED : gradeTarget(ratio);
  if (hasBase) {
    out.expectedValue[i] = linearExpected(by, bv, target.year, target.value, year);
    f2 |= HAS_EXPECTED;
  }
  out.flags[i] = f2;
}

const whyRatio = new Int8Array(1);

/** A series that failed its checks: no points, milestones listed unjudged, the target still chosen. */
function unusable(
  out: AssessmentColumns,
  i: number,
  plan: MeasurePlan,
  reason: number,
  o: EngineOptions,
): void {
  const asOf = o.asOf;
  const code = targetCode(plan.targets, asOf ?? Number.POSITIVE_INFINITY, o.override !== undefined);
  const target = resolveTarget(plan.targets, code, o.override);
  out.targetCode[i] = code;
  out.methodCode[i] =
    target === null
      ? METHOD_NO_TARGET
      : target.kind === 'yearly_change'
        ? METHOD_YEARLY_CHANGE
        : METHOD_TARGET;
  out.year[i] = asOf ?? Number.NaN;
  out.baseYear[i] = Number.NaN;
  out.baseValue[i] = Number.NaN;
  out.latestYear[i] = Number.NaN;
  out.latestValue[i] = Number.NaN;
  const ms = plan.targets.milestones;
  const m0 = out.milestoneStart[i]!;
  for (let j = 0; j < ms.length; j++) {
    out.milestoneAchieved[m0 + j] = -1;
    out.milestoneDue[m0 + j] = asOf !== undefined && ms[j]!.year <= asOf ? 1 : 0;
    out.milestoneObservedYear[m0 + j] = Number.NaN;
    out.milestoneObservedValue[m0 + j] = Number.NaN;
  }
  notAvailable(out, i, reason, 0);
}

function notAvailable(out: AssessmentColumns, i: number, reason: number, flags: number): void {
  out.statusCode[i] = NOT_AVAILABLE;
  out.reasonCode[i] = reason;
  out.ratio[i] = Number.NaN;
  out.flags[i] = flags;
}

/**
 * Yearly change (indicator 13): every year-on-year change, the status from the latest — met →
 * target achieved, else the change in the desired direction over `minPercent` on the usual
 * thresholds. `expected` is the value the assessment year should not pass.
 */
function byYearlyChange(
  out: AssessmentColumns,
  i: number,
  ys: ArrayLike<number>,
  vs: ArrayLike<number>,
  f: number,
  h: number,
  year: number,
  sign: number,
  fromYear: number,
  toYear: number,
  minPercent: number,
  flags: number,
): void {
  let c = out.changeStart[i]!;
  reserveChanges(out, c + h - f);
  let met = 0;
  let lastDefined = true;
  let lastMet = false;
  let lastChange = Number.NaN;
  for (let k = f + 1; k < h; k++) {
    const y = ys[k]!;
    const pv = vs[k - 1]!;
    const v = vs[k]!;
    lastDefined = hasChange(pv, v);
    if (!lastDefined) continue;
    const change = yearlyChange(ys[k - 1]!, pv, y, v);
    const ok = changeMet(pv, change, sign, minPercent);
    lastMet = ok;
    lastChange = change;
    out.changeYear[c] = y;
    out.changePercent[c] = change;
    out.changeMet[c] = ok ? 1 : 0;
    out.changeInTargetPeriod[c] = y >= fromYear && y <= toYear ? 1 : 0;
    c++;
    if (ok) met++;
  }
  out.changeStart[i + 1] = c;
  out.changesMet[i] = met;
  const f2 = flags | HAS_CHANGES;
  if (h - f < 2) notAvailable(out, i, TOO_FEW_POINTS, f2);
  else if (!lastDefined) notAvailable(out, i, ZERO_BASE, f2);
  else {
    const ratio = (sign * lastChange) / minPercent;
    // The last value observed before the assessment year is what this year is measured from.
    const p = ys[h - 1]! < year ? h - 1 : h - 2;
    out.expectedValue[i] = yearlyExpected(ys[p]!, vs[p]!, sign, minPercent, year);
    out.ratio[i] = ratio;
    out.statusCode[i] = lastMet ? TARGET_ACHIEVED : gradeTarget(ratio);
    out.flags[i] = f2 | HAS_RATIO | HAS_EXPECTED;
  }
}
