import type { SeriesColumns } from '../aggregate/series.js';
import type { Measure, Target } from '../schemas/indicator.js';
import {
  type Assessment,
  AssessmentSchema,
  type MilestoneResult,
  type NotAvailableReason,
  NotAvailableReasonSchema,
  type ProgressStatus,
  ProgressStatusSchema,
  type YearlyChangeResult,
} from '../schemas/progress.js';
import { unitBounds } from './bounds.js';
import { type AssessColumnsOptions, assessColumns } from './columns.js';
import { compare } from './compare.js';
import { type MeasureTargets, measureTargets } from './measure-targets.js';
import type { MilestoneTarget } from './milestones.js';
import { NO_TARGET_THRESHOLDS, statusFromRatio, TARGET_THRESHOLDS } from './thresholds.js';

/** Status codes of an {@link AssessmentTable}: `statusCode[i]` is an index into this list. */
export const STATUS_CODES: readonly ProgressStatus[] = ProgressStatusSchema.options;

/** Reason codes of an {@link AssessmentTable}: `reasonCode[i]` indexes this list, 255 for none. */
export const REASON_CODES: readonly NotAvailableReason[] = NotAvailableReasonSchema.options;

/** Method codes of an {@link AssessmentTable}: `methodCode[i]` indexes this list. */
export const METHOD_CODES: readonly Assessment['method'][] = AssessmentSchema.shape.method.options;

const NOT_AVAILABLE = 5;
const NO_REASON = 255;
/** `targetCode`: none, the `target` option, the measure's yearly-change target; ≥ 0 a milestone. */
const TARGET_NONE = -1;
const TARGET_OVERRIDE = -2;
const TARGET_YEARLY = -3;
/** `flags` bits: which nullable fields hold a value. */
const HAS_RATIO = 1;
const HAS_BASE = 2;
const HAS_LATEST = 4;
const HAS_EXPECTED = 8;
const HAS_CHANGES = 16;

// Status codes by the thresholds, as `statusFromRatio` grades (tolerance 1e-12).
const STATUS_INDEX = new Map<ProgressStatus, number>(STATUS_CODES.map((s, i) => [s, i]));
const REASON_INDEX = new Map<NotAvailableReason, number>(REASON_CODES.map((r, i) => [r, i]));
const METHOD_INDEX = new Map<Assessment['method'], number>(METHOD_CODES.map((m, i) => [m, i]));
const gradeTarget = (r: number) => STATUS_INDEX.get(statusFromRatio(r, TARGET_THRESHOLDS))!;
const gradeGrowth = (r: number) => STATUS_INDEX.get(statusFromRatio(r, NO_TARGET_THRESHOLDS))!;

/** Below this the required growth is treated as zero (as in `trajectoryRatio`). */
const NO_GROWTH = 1e-12;

/**
 * Assessments of many series held in typed arrays (bảng kết quả đánh giá): what
 * {@link assessBatch} returns. Series `i` is series `i` of the columns it was built from.
 * The accessors read single fields without building objects; {@link AssessmentTable.get}
 * materialises exactly the `Assessment` that `assessProgress` returns for the series.
 *
 * The columns are public for consumers who stream them (nullable numbers are flagged in
 * `flags`; a field without its flag holds NaN). Treat them as read-only.
 */
export class AssessmentTable {
  /** Number of series. */
  readonly size: number;
  readonly unitIds: readonly string[];
  readonly measureIds: readonly string[];
  /** Index into {@link STATUS_CODES}. */
  readonly statusCode: Uint8Array;
  /** Index into {@link REASON_CODES}; 255 when the status is not `not_available`. */
  readonly reasonCode: Uint8Array;
  /** Index into {@link METHOD_CODES}. */
  readonly methodCode: Uint8Array;
  readonly flags: Uint8Array;
  readonly ratio: Float64Array;
  /**
   * Assessment year (năm đánh giá): the `year` option, else the latest observed year of a sound
   * series; NaN for a series that failed its checks without a `year` option.
   */
  readonly year: Float64Array;
  readonly baseYear: Float64Array;
  readonly baseValue: Float64Array;
  readonly latestYear: Float64Array;
  readonly latestValue: Float64Array;
  /** Expected value (giá trị kỳ vọng) for the assessment year. */
  readonly expectedValue: Float64Array;
  /** −1 none, −2 the `target` option, −3 the yearly-change target, else a milestone's index. */
  readonly targetCode: Int16Array;
  /** Milestones (mốc) of series i are entries `milestoneStart[i] .. milestoneStart[i + 1]`. */
  readonly milestoneStart: Int32Array;
  /** −1 not judged (null), 0 missed, 1 achieved. */
  readonly milestoneAchieved: Int8Array;
  readonly milestoneDue: Uint8Array;
  /** Observed point of each milestone; NaN when none. */
  readonly milestoneObservedYear: Float64Array;
  readonly milestoneObservedValue: Float64Array;
  /** Year-on-year changes of series i are entries `changeStart[i] .. changeStart[i + 1]`. */
  readonly changeStart: Int32Array;
  changeYear: Float64Array;
  changePercent: Float64Array;
  changeMet: Uint8Array;
  changeInTargetPeriod: Uint8Array;
  /** Yearly changes met (năm đạt mức giảm), per series. */
  readonly changesMet: Int32Array;
  /** Measure of each series, and its targets. */
  readonly #measures: readonly Measure[];
  readonly #targets: readonly MeasureTargets[];
  readonly #measureIndex: Int32Array;
  readonly #override: Target | undefined;

  constructor(
    measures: readonly Measure[],
    measureIndex: Int32Array,
    columns: Pick<SeriesColumns, 'unitIds' | 'measureIds'>,
    milestoneCount: number,
    changeCapacity: number,
    override: Target | undefined,
  ) {
    const n = measureIndex.length;
    this.size = n;
    this.unitIds = columns.unitIds;
    this.measureIds = columns.measureIds;
    this.#measures = measures;
    this.#targets = measures.map(measureTargets);
    this.#measureIndex = measureIndex;
    this.#override = override;
    this.statusCode = new Uint8Array(n);
    this.reasonCode = new Uint8Array(n);
    this.methodCode = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.ratio = new Float64Array(n);
    this.year = new Float64Array(n);
    this.baseYear = new Float64Array(n);
    this.baseValue = new Float64Array(n);
    this.latestYear = new Float64Array(n);
    this.latestValue = new Float64Array(n);
    this.expectedValue = new Float64Array(n);
    this.targetCode = new Int16Array(n);
    this.milestoneStart = new Int32Array(n + 1);
    this.milestoneAchieved = new Int8Array(milestoneCount);
    this.milestoneDue = new Uint8Array(milestoneCount);
    this.milestoneObservedYear = new Float64Array(milestoneCount);
    this.milestoneObservedValue = new Float64Array(milestoneCount);
    this.changeStart = new Int32Array(n + 1);
    const c = Math.max(16, changeCapacity);
    this.changeYear = new Float64Array(c);
    this.changePercent = new Float64Array(c);
    this.changeMet = new Uint8Array(c);
    this.changeInTargetPeriod = new Uint8Array(c);
    this.changesMet = new Int32Array(n);
  }

  /** Status (tình trạng) of series i. */
  status(i: number): ProgressStatus {
    return STATUS_CODES[this.statusCode[i]!]!;
  }

  /** Why series i is `not_available`, else undefined. */
  reason(i: number): NotAvailableReason | undefined {
    const r = this.reasonCode[i]!;
    return r === NO_REASON ? undefined : REASON_CODES[r];
  }

  method(i: number): Assessment['method'] {
    return METHOD_CODES[this.methodCode[i]!]!;
  }

  /** Ratio (tỷ lệ tiến độ) or signed growth of series i, null when none. */
  ratioAt(i: number): number | null {
    return (this.flags[i]! & HAS_RATIO) === 0 ? null : this.ratio[i]!;
  }

  /** Expected value of series i for its assessment year, null when none. */
  expectedAt(i: number): number | null {
    return (this.flags[i]! & HAS_EXPECTED) === 0 ? null : this.expectedValue[i]!;
  }

  /** The measure series i was assessed against. */
  measure(i: number): Measure {
    return this.#measures[this.#measureIndex[i]!]!;
  }

  /** The target series i was judged against (mục tiêu áp dụng), null when none. */
  target(i: number): Target | null {
    const code = this.targetCode[i]!;
    if (code === TARGET_NONE) return null;
    if (code === TARGET_OVERRIDE) return this.#override!;
    const t = this.#targets[this.#measureIndex[i]!]!;
    return code === TARGET_YEARLY ? t.yearlyChange! : t.milestones[code]!;
  }

  /** Number of milestones of series i (the measure's level and maintain targets). */
  milestoneCount(i: number): number {
    return this.milestoneStart[i + 1]! - this.milestoneStart[i]!;
  }

  /** Milestone j of series i (ascending by year): achieved, missed, or null when not judged. */
  milestone(i: number, j: number): boolean | null {
    const a = this.milestoneAchieved[this.milestoneStart[i]! + j]!;
    return a < 0 ? null : a === 1;
  }

  /** Number of yearly changes met (undefined yearly changes count 0). */
  yearlyChangesMet(i: number): number {
    return this.changesMet[i]!;
  }

  /** Exactly the `Assessment` `assessProgress` returns for series i (a fresh object graph). */
  get(i: number): Assessment {
    const f = this.flags[i]!;
    const year = this.year[i]!;
    const r = this.reasonCode[i]!;
    const targets = this.#targets[this.#measureIndex[i]!]!.milestones;
    const m0 = this.milestoneStart[i]!;
    const milestones: MilestoneResult[] = new Array(targets.length);
    for (let j = 0; j < targets.length; j++) {
      const t = targets[j]!;
      const a = this.milestoneAchieved[m0 + j]!;
      milestones[j] = {
        year: t.year,
        kind: t.kind,
        comparator: t.comparator,
        value: t.value,
        observed:
          a < 0
            ? null
            : { year: this.milestoneObservedYear[m0 + j]!, value: this.milestoneObservedValue[m0 + j]! },
        achieved: a < 0 ? null : a === 1,
        due: this.milestoneDue[m0 + j] === 1,
      };
    }
    let yearlyChanges: YearlyChangeResult[] | undefined;
    if ((f & HAS_CHANGES) !== 0) {
      const from = this.changeStart[i]!;
      const to = this.changeStart[i + 1]!;
      yearlyChanges = new Array(to - from);
      for (let k = from; k < to; k++) {
        yearlyChanges[k - from] = {
          year: this.changeYear[k]!,
          changePercent: this.changePercent[k]!,
          met: this.changeMet[k] === 1,
          inTargetPeriod: this.changeInTargetPeriod[k] === 1,
        };
      }
    }
    return {
      status: STATUS_CODES[this.statusCode[i]!]!,
      reason: r === NO_REASON ? undefined : REASON_CODES[r],
      method: METHOD_CODES[this.methodCode[i]!]!,
      ratio: (f & HAS_RATIO) === 0 ? null : this.ratio[i]!,
      base: (f & HAS_BASE) === 0 ? null : { year: this.baseYear[i]!, value: this.baseValue[i]! },
      latest: (f & HAS_LATEST) === 0 ? null : { year: this.latestYear[i]!, value: this.latestValue[i]! },
      target: this.target(i),
      expected: (f & HAS_EXPECTED) === 0 ? null : { year, value: this.expectedValue[i]! },
      milestones,
      yearlyChanges,
    };
  }

  /** @internal Make room for yearly changes up to entry `need` (used while filling). */
  reserveChanges(need: number): void {
    if (need <= this.changeYear.length) return;
    const cap = Math.max(need, this.changeYear.length * 2);
    this.changeYear = grow(this.changeYear, cap);
    this.changePercent = grow(this.changePercent, cap);
    this.changeMet = grow(this.changeMet, cap);
    this.changeInTargetPeriod = grow(this.changeInTargetPeriod, cap);
  }
}

function grow<T extends Float64Array | Uint8Array>(a: T, cap: number): T {
  const b = new (a.constructor as new (n: number) => T)(cap);
  b.set(a);
  return b;
}

/**
 * Assess every series of `columns` (đánh giá hàng loạt), as `observationColumns` and
 * `columnsFromCells` give them, against the measure named by `columns.measureIds[i]` (from
 * `measures`; an unknown id throws). The results go into typed arrays — no object per series —
 * and `table.get(i)` gives exactly what `assessProgress` (and `assessColumns`) returns for series
 * i with the same options. Made for integrators assessing a whole country (a hundred thousand
 * series): well-formed series (years whole, 1900–2100, strictly ascending; values finite, of one
 * sign, within the unit's bounds — checked, not trusted) are assessed in place; any other is
 * handed to `assessProgress` through `assessColumns` and its result copied in, so reasons come
 * from the one place.
 */
export function assessBatch(
  measures: readonly Measure[],
  columns: SeriesColumns,
  options?: AssessColumnsOptions,
): AssessmentTable {
  const { measureIds, start, years, values } = columns;
  const n = measureIds.length;
  const byId = new Map<string, number>();
  for (let m = 0; m < measures.length; m++) if (!byId.has(measures[m]!.id)) byId.set(measures[m]!.id, m);
  const measureIndex = new Int32Array(n);
  const targets = measures.map(measureTargets);
  let milestoneCount = 0;
  let changeCapacity = 0;
  let lastId: string | undefined;
  let m = -1;
  for (let i = 0; i < n; i++) {
    const id = measureIds[i]!;
    if (id !== lastId) {
      const found = byId.get(id);
      if (found === undefined) throw new Error(`assessBatch: no measure '${id}' among the measures given`);
      lastId = id;
      m = found;
    }
    measureIndex[i] = m;
    const t = targets[m]!;
    milestoneCount += t.milestones.length;
    if (t.yearlyChange !== undefined) changeCapacity += Math.max(0, start[i + 1]! - start[i]! - 1);
  }
  const override = options?.target;
  const table = new AssessmentTable(
    measures,
    measureIndex,
    columns,
    milestoneCount,
    changeCapacity,
    override,
  );
  const kernel = new Kernel(measures, measureIndex, targets, table, years, values, options);
  for (let i = 0; i < n; i++) kernel.assess(i, start[i]!, start[i + 1]!);
  return table;
}

/** Per-measure constants and the loop body of `assessBatch`. */
class Kernel {
  private readonly min: Float64Array;
  private readonly max: Float64Array;
  private readonly sign: Int8Array;
  private readonly asOf: number | undefined;
  private readonly asOfValid: boolean;
  private readonly baseYearOpt: number | undefined;
  private readonly override: Target | undefined;

  private readonly measures: readonly Measure[];
  private readonly measureIndex: Int32Array;
  private readonly targets: readonly MeasureTargets[];
  private readonly t: AssessmentTable;
  private readonly years: ArrayLike<number>;
  private readonly values: ArrayLike<number>;
  private readonly options: AssessColumnsOptions | undefined;

  constructor(
    measures: readonly Measure[],
    measureIndex: Int32Array,
    targets: readonly MeasureTargets[],
    t: AssessmentTable,
    years: ArrayLike<number>,
    values: ArrayLike<number>,
    options: AssessColumnsOptions | undefined,
  ) {
    this.measures = measures;
    this.measureIndex = measureIndex;
    this.targets = targets;
    this.t = t;
    this.years = years;
    this.values = values;
    this.options = options;
    const M = measures.length;
    this.min = new Float64Array(M);
    this.max = new Float64Array(M);
    this.sign = new Int8Array(M);
    for (let m = 0; m < M; m++) {
      const b = unitBounds(measures[m]!.unit.kind);
      this.min[m] = b.min;
      this.max[m] = b.max;
      this.sign[m] = measures[m]!.direction === 'decrease' ? -1 : 1;
    }
    this.asOf = options?.year;
    this.asOfValid =
      this.asOf === undefined || (Number.isInteger(this.asOf) && this.asOf >= 1900 && this.asOf <= 2100);
    this.baseYearOpt = options?.baseYear;
    this.override = options?.target;
  }

  assess(i: number, from: number, to: number): void {
    const m = this.measureIndex[i]!;
    const { years, values, t } = this;
    const ms = this.targets[m]!.milestones;
    const m0 = t.milestoneStart[i]!;
    t.milestoneStart[i + 1] = m0 + ms.length;
    t.changeStart[i + 1] = t.changeStart[i]!;
    t.reasonCode[i] = NO_REASON;
    t.ratio[i] = Number.NaN;
    t.expectedValue[i] = Number.NaN;
    if (to <= from || !this.asOfValid) {
      this.slow(i, m, from, to);
      return;
    }
    const min = this.min[m]!;
    const max = this.max[m]!;
    let prev = Number.NEGATIVE_INFINITY;
    let neg = false;
    let pos = false;
    for (let k = from; k < to; k++) {
      const y = years[k]!;
      const v = values[k]!;
      // Also false for NaN: a broken point takes the checked path. `y | 0` is exact once y is
      // known to lie in 1900–2100, and far cheaper than `y % 1` (a call to fmod per point).
      if (!(y > prev && y >= 1900 && y <= 2100 && v >= min && v <= max && v - v === 0) || (y | 0) !== y) {
        this.slow(i, m, from, to);
        return;
      }
      prev = y;
      if (v < 0) neg = true;
      else if (v > 0) pos = true;
    }
    if (neg && pos) {
      this.slow(i, m, from, to);
      return;
    }
    const asOf = this.asOf;
    let hi = to;
    if (asOf !== undefined) while (hi > from && years[hi - 1]! > asOf) hi--;
    if (hi === from) {
      this.slow(i, m, from, to);
      return;
    }
    const year = asOf ?? years[to - 1]!;
    t.year[i] = year;
    // Milestones: the value at the milestone's year or the latest before it.
    for (let j = 0; j < ms.length; j++) {
      const mt = ms[j]!;
      const cutoff = Math.min(mt.year, year);
      let idx = hi - 1;
      while (idx >= from && years[idx]! > cutoff) idx--;
      const e = m0 + j;
      t.milestoneDue[e] = mt.year <= year ? 1 : 0;
      if (idx >= from) {
        const v = values[idx]!;
        t.milestoneObservedYear[e] = years[idx]!;
        t.milestoneObservedValue[e] = v;
        const ok =
          mt.kind === 'maintain' ? maintained(values, from, idx, mt) : compare(v, mt.comparator, mt.value);
        t.milestoneAchieved[e] = ok ? 1 : 0;
      } else {
        t.milestoneAchieved[e] = -1;
        t.milestoneObservedYear[e] = Number.NaN;
        t.milestoneObservedValue[e] = Number.NaN;
      }
    }
    const baseYear = this.baseYearOpt;
    let b = from;
    if (baseYear !== undefined) {
      b = hi;
      for (let k = from; k < hi; k++) {
        if (years[k]! >= baseYear) {
          b = k;
          break;
        }
      }
    }
    const hasBase = b < hi;
    const by = hasBase ? years[b]! : Number.NaN;
    const bv = hasBase ? values[b]! : Number.NaN;
    const ly = years[hi - 1]!;
    const lv = values[hi - 1]!;
    t.baseYear[i] = by;
    t.baseValue[i] = bv;
    t.latestYear[i] = ly;
    t.latestValue[i] = lv;
    let flags = HAS_LATEST | (hasBase ? HAS_BASE : 0);
    const sign = this.sign[m]!;
    // Target: the option, else the next milestone at or after the year, else the last, else the yearly change.
    let code = TARGET_NONE;
    let target: Target | null = null;
    if (this.override !== undefined) {
      code = TARGET_OVERRIDE;
      target = this.override;
    } else {
      for (let j = 0; j < ms.length; j++) {
        if (ms[j]!.year >= year) {
          code = j;
          break;
        }
      }
      if (code === TARGET_NONE && ms.length > 0) code = ms.length - 1;
      if (code >= 0) target = ms[code]!;
      else if (this.targets[m]!.yearlyChange !== undefined) {
        code = TARGET_YEARLY;
        target = this.targets[m]!.yearlyChange!;
      }
    }
    t.targetCode[i] = code;
    // Signed observed growth (CAGR) from base to latest, or why there is none (`signedGrowth`).
    let growth = Number.NaN;
    let why = -1;
    if (!hasBase || ly <= by) why = 1;
    else if (bv === 0) why = 6;
    else if (lv !== 0 && bv < 0 !== lv < 0) why = 7;
    else growth = sign * ((lv / bv) ** (1 / (ly - by)) - 1);
    if (target === null) {
      t.methodCode[i] = 1;
      if (why >= 0) {
        this.na(i, why, flags);
        return;
      }
      t.ratio[i] = growth;
      t.statusCode[i] = gradeGrowth(growth);
      t.flags[i] = flags | HAS_RATIO;
      return;
    }
    if (target.kind === 'yearly_change') {
      t.methodCode[i] = 2;
      this.yearly(i, from, hi, year, sign, target.fromYear, target.toYear, target.minPercent, flags);
      return;
    }
    t.methodCode[i] = 0;
    const met =
      target.kind === 'maintain'
        ? maintained(values, from, hi - 1, target)
        : compare(lv, target.comparator, target.value);
    // `trajectoryRatio`: observed over the absolute required growth.
    let ratio = Number.NaN;
    if (why < 0) {
      if (target.year <= by || target.value / bv < 0) why = 8;
      else {
        const required = (target.value / bv) ** (1 / (target.year - by)) - 1;
        if (Math.abs(required) < NO_GROWTH) why = 9;
        else ratio = growth / Math.abs(required);
      }
    }
    if (!met && why >= 0) {
      this.na(i, why, flags);
      return;
    }
    if (why < 0) {
      t.ratio[i] = ratio;
      flags |= HAS_RATIO;
    }
    t.statusCode[i] = met ? 0 : gradeTarget(ratio);
    if (hasBase) {
      // `expectedValue`: linear from the base to the target, held before and after.
      t.expectedValue[i] =
        year <= by
          ? bv
          : year >= target.year
            ? target.value
            : bv + ((target.value - bv) * (year - by)) / (target.year - by);
      flags |= HAS_EXPECTED;
    }
    t.flags[i] = flags;
  }

  private na(i: number, reason: number, flags: number): void {
    const t = this.t;
    t.statusCode[i] = NOT_AVAILABLE;
    t.reasonCode[i] = reason;
    t.ratio[i] = Number.NaN;
    t.flags[i] = flags;
  }

  /** `byYearlyChange` over columns; `flags` so far (base, latest). */
  private yearly(
    i: number,
    from: number,
    hi: number,
    year: number,
    sign: number,
    fromYear: number,
    toYear: number,
    minPercent: number,
    flags: number,
  ): void {
    const { years, values, t } = this;
    let c = t.changeStart[i]!;
    t.reserveChanges(c + hi - from);
    let met = 0;
    let lastNull = false;
    let lastMet = false;
    let lastChange = Number.NaN;
    for (let k = from + 1; k < hi; k++) {
      const y = years[k]!;
      const pv = values[k - 1]!;
      const v = values[k]!;
      let change: number;
      let ok: boolean;
      if (pv === 0) {
        if (v !== 0) {
          lastNull = true;
          continue;
        }
        change = 0;
        ok = sign < 0;
      } else {
        change = ((v / pv) ** (1 / (y - years[k - 1]!)) - 1) * 100;
        ok = compare(sign * change, '≥', minPercent);
      }
      lastNull = false;
      lastMet = ok;
      lastChange = change;
      t.changeYear[c] = y;
      t.changePercent[c] = change;
      t.changeMet[c] = ok ? 1 : 0;
      t.changeInTargetPeriod[c] = y >= fromYear && y <= toYear ? 1 : 0;
      c++;
      if (ok) met++;
    }
    t.changeStart[i + 1] = c;
    t.changesMet[i] = met;
    const f = flags | HAS_CHANGES;
    if (hi - from < 2) {
      this.na(i, 1, f);
      return;
    }
    if (lastNull) {
      this.na(i, 6, f);
      return;
    }
    const ratio = (sign * lastChange) / minPercent;
    // The last value observed before the assessment year is what this year is measured from.
    const p = years[hi - 1]! < year ? hi - 1 : hi - 2;
    t.expectedValue[i] = values[p]! * (1 + (sign * minPercent) / 100) ** (year - years[p]!);
    t.ratio[i] = ratio;
    t.statusCode[i] = lastMet ? 0 : gradeTarget(ratio);
    t.flags[i] = f | HAS_RATIO | HAS_EXPECTED;
  }

  /** Not well-formed: `assessProgress` (through `assessColumns`) decides; copy its result in. */
  private slow(i: number, m: number, from: number, to: number): void {
    const a = assessColumns(this.measures[m]!, this.years, this.values, from, to, this.options);
    const t = this.t;
    const mt = this.targets[m]!;
    t.statusCode[i] = STATUS_INDEX.get(a.status)!;
    t.reasonCode[i] = a.reason === undefined ? NO_REASON : REASON_INDEX.get(a.reason)!;
    t.methodCode[i] = METHOD_INDEX.get(a.method)!;
    let flags = 0;
    if (a.ratio !== null) {
      flags |= HAS_RATIO;
      t.ratio[i] = a.ratio;
    }
    // The assessment year: the one asked for, else (a sound series) the latest observed.
    let year = this.asOf ?? Number.NaN;
    if (this.asOf === undefined && a.latest !== null) {
      year = Number.NEGATIVE_INFINITY;
      for (let k = from; k < to; k++) if (this.years[k]! > year) year = this.years[k]!;
    }
    t.year[i] = year;
    if (a.base !== null) {
      flags |= HAS_BASE;
      t.baseYear[i] = a.base.year;
      t.baseValue[i] = a.base.value;
    }
    if (a.latest !== null) {
      flags |= HAS_LATEST;
      t.latestYear[i] = a.latest.year;
      t.latestValue[i] = a.latest.value;
    }
    if (a.expected !== null) {
      flags |= HAS_EXPECTED;
      t.expectedValue[i] = a.expected.value;
    }
    const tg = a.target;
    t.targetCode[i] =
      tg === null
        ? TARGET_NONE
        : this.override !== undefined && tg === this.override
          ? TARGET_OVERRIDE
          : tg === mt.yearlyChange
            ? TARGET_YEARLY
            : mt.milestones.indexOf(tg as MilestoneTarget);
    const m0 = t.milestoneStart[i]!;
    for (let j = 0; j < a.milestones.length; j++) {
      const r = a.milestones[j]!;
      t.milestoneDue[m0 + j] = r.due ? 1 : 0;
      t.milestoneAchieved[m0 + j] = r.achieved === null ? -1 : r.achieved ? 1 : 0;
      t.milestoneObservedYear[m0 + j] = r.observed === null ? Number.NaN : r.observed.year;
      t.milestoneObservedValue[m0 + j] = r.observed === null ? Number.NaN : r.observed.value;
    }
    if (a.yearlyChanges !== undefined) {
      flags |= HAS_CHANGES;
      const ch = a.yearlyChanges;
      let c = t.changeStart[i]!;
      t.reserveChanges(c + ch.length);
      let met = 0;
      for (const x of ch) {
        t.changeYear[c] = x.year;
        t.changePercent[c] = x.changePercent;
        t.changeMet[c] = x.met ? 1 : 0;
        t.changeInTargetPeriod[c] = x.inTargetPeriod ? 1 : 0;
        c++;
        if (x.met) met++;
      }
      t.changeStart[i + 1] = c;
      t.changesMet[i] = met;
    }
    t.flags[i] = flags;
  }
}

/** `maintained` over columns: met at some point up to `last` and held in every year since. */
function maintained(values: ArrayLike<number>, from: number, last: number, t: MilestoneTarget): boolean {
  let first = from;
  while (first <= last && !compare(values[first]!, t.comparator, t.value)) first++;
  if (first > last) return false;
  for (let i = first + 1; i <= last; i++) if (!compare(values[i]!, t.comparator, t.value)) return false;
  return true;
}
