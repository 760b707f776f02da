import type { Target } from '../schemas/indicator.js';
import type { Assessment, MilestoneResult, YearlyChangeResult } from '../schemas/progress.js';
import {
  HAS_BASE,
  HAS_CHANGES,
  HAS_EXPECTED,
  HAS_LATEST,
  HAS_RATIO,
  METHOD_CODES,
  NO_REASON,
  REASON_CODES,
  STATUS_CODES,
} from './codes.js';
import { type MeasureTargets, resolveTarget } from './measure-targets.js';
import { milestoneResult } from './milestones.js';

/**
 * Where the engine writes assessments: one row per series in typed arrays (the columns of an
 * `AssessmentTable`; `assessProgress` uses a one-row scratch copy). A nullable number holds
 * NaN unless its bit in `flags` is set.
 */
export interface AssessmentColumns {
  statusCode: Uint8Array;
  reasonCode: Uint8Array;
  methodCode: Uint8Array;
  flags: Uint8Array;
  ratio: Float64Array;
  year: Float64Array;
  baseYear: Float64Array;
  baseValue: Float64Array;
  latestYear: Float64Array;
  latestValue: Float64Array;
  expectedValue: Float64Array;
  targetCode: Int16Array;
  milestoneStart: Int32Array;
  milestoneAchieved: Int8Array;
  milestoneDue: Uint8Array;
  milestoneObservedYear: Float64Array;
  milestoneObservedValue: Float64Array;
  changeStart: Int32Array;
  changeYear: Float64Array;
  changePercent: Float64Array;
  changeMet: Uint8Array;
  changeInTargetPeriod: Uint8Array;
  changesMet: Int32Array;
}

/** Columns for `n` series, `milestones` milestone entries and room for `changes` yearly changes. */
export function allocateColumns(n: number, milestones: number, changes: number): AssessmentColumns {
  const c = Math.max(16, changes);
  return {
    statusCode: new Uint8Array(n),
    reasonCode: new Uint8Array(n),
    methodCode: new Uint8Array(n),
    flags: new Uint8Array(n),
    ratio: new Float64Array(n),
    year: new Float64Array(n),
    baseYear: new Float64Array(n),
    baseValue: new Float64Array(n),
    latestYear: new Float64Array(n),
    latestValue: new Float64Array(n),
    expectedValue: new Float64Array(n),
    targetCode: new Int16Array(n),
    milestoneStart: new Int32Array(n + 1),
    milestoneAchieved: new Int8Array(milestones),
    milestoneDue: new Uint8Array(milestones),
    milestoneObservedYear: new Float64Array(milestones),
    milestoneObservedValue: new Float64Array(milestones),
    changeStart: new Int32Array(n + 1),
    changeYear: new Float64Array(c),
    changePercent: new Float64Array(c),
    changeMet: new Uint8Array(c),
    changeInTargetPeriod: new Uint8Array(c),
    changesMet: new Int32Array(n),
  };
}

/** Make room for yearly changes up to entry `need`. */
export function reserveChanges(t: AssessmentColumns, need: number): void {
  if (need <= t.changeYear.length) return;
  const cap = Math.max(need, t.changeYear.length * 2);
  t.changeYear = grow(t.changeYear, cap);
  t.changePercent = grow(t.changePercent, cap);
  t.changeMet = grow(t.changeMet, cap);
  t.changeInTargetPeriod = grow(t.changeInTargetPeriod, cap);
}

/** Make room for milestone entries up to `need` (a scratch row; a table has them all). */
export function reserveMilestones(t: AssessmentColumns, need: number): void {
  if (need <= t.milestoneDue.length) return;
  t.milestoneAchieved = new Int8Array(need);
  t.milestoneDue = new Uint8Array(need);
  t.milestoneObservedYear = new Float64Array(need);
  t.milestoneObservedValue = new Float64Array(need);
}

function grow<T extends Float64Array | Uint8Array>(a: T, cap: number): T {
  const b = new (a.constructor as new (n: number) => T)(cap);
  b.set(a);
  return b;
}

/**
 * The `Assessment` of row i (a fresh object graph; the target by reference), given the
 * targets of its measure and the `target` option it was assessed with.
 */
export function materialize(
  t: AssessmentColumns,
  i: number,
  targets: MeasureTargets,
  override: Target | undefined,
): Assessment {
  const f = t.flags[i]!;
  const r = t.reasonCode[i]!;
  const ms = targets.milestones;
  const m0 = t.milestoneStart[i]!;
  const milestones: MilestoneResult[] = new Array(ms.length);
  for (let j = 0; j < ms.length; j++) {
    const e = m0 + j;
    milestones[j] = milestoneResult(
      ms[j]!,
      t.milestoneObservedYear[e]!,
      t.milestoneObservedValue[e]!,
      t.milestoneAchieved[e]!,
      t.milestoneDue[e] === 1,
    );
  }
  let yearlyChanges: YearlyChangeResult[] | undefined;
  if ((f & HAS_CHANGES) !== 0) {
    const from = t.changeStart[i]!;
    const to = t.changeStart[i + 1]!;
    yearlyChanges = new Array(to - from);
    for (let k = from; k < to; k++) {
      yearlyChanges[k - from] = {
        year: t.changeYear[k]!,
        changePercent: t.changePercent[k]!,
        met: t.changeMet[k] === 1,
        inTargetPeriod: t.changeInTargetPeriod[k] === 1,
      };
    }
  }
  return {
    status: STATUS_CODES[t.statusCode[i]!]!,
    reason: r === NO_REASON ? undefined : REASON_CODES[r],
    method: METHOD_CODES[t.methodCode[i]!]!,
    ratio: (f & HAS_RATIO) === 0 ? null : t.ratio[i]!,
    base: (f & HAS_BASE) === 0 ? null : { year: t.baseYear[i]!, value: t.baseValue[i]! },
    latest: (f & HAS_LATEST) === 0 ? null : { year: t.latestYear[i]!, value: t.latestValue[i]! },
    target: resolveTarget(targets, t.targetCode[i]!, override),
    expected: (f & HAS_EXPECTED) === 0 ? null : { year: t.year[i]!, value: t.expectedValue[i]! },
    milestones,
    yearlyChanges,
  };
}
