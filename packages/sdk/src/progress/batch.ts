import type { SeriesColumns } from '../aggregate/series.js';
import type { Measure, Target } from '../schemas/indicator.js';
import type { Assessment, NotAvailableReason, ProgressStatus } from '../schemas/progress.js';
import { HAS_EXPECTED, HAS_RATIO, METHOD_CODES, NO_REASON, REASON_CODES, STATUS_CODES } from './codes.js';
import type { AssessColumnsOptions } from './columns.js';
import { assessSeries, type EngineOptions, engineOptions, type MeasurePlan, measurePlan } from './engine.js';
import { type MeasureTargets, resolveTarget } from './measure-targets.js';
import { type AssessmentColumns, allocateColumns, materialize, reserveChanges } from './out.js';

// The engine writes plain column objects only (one shape, so its property loads stay
// monomorphic whether a table or `assessProgress`'s scratch row is being filled).
let columnsOf: (t: AssessmentTable) => AssessmentColumns;

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
  /** The columns the engine writes (the fields above are the same arrays). */
  readonly #columns: AssessmentColumns;

  static {
    columnsOf = (t) => t.#columns;
  }

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
    this.#targets = measures.map((m) => measurePlan(m).targets);
    this.#measureIndex = measureIndex;
    this.#override = override;
    const c = allocateColumns(n, milestoneCount, changeCapacity);
    this.#columns = c;
    this.statusCode = c.statusCode;
    this.reasonCode = c.reasonCode;
    this.methodCode = c.methodCode;
    this.flags = c.flags;
    this.ratio = c.ratio;
    this.year = c.year;
    this.baseYear = c.baseYear;
    this.baseValue = c.baseValue;
    this.latestYear = c.latestYear;
    this.latestValue = c.latestValue;
    this.expectedValue = c.expectedValue;
    this.targetCode = c.targetCode;
    this.milestoneStart = c.milestoneStart;
    this.milestoneAchieved = c.milestoneAchieved;
    this.milestoneDue = c.milestoneDue;
    this.milestoneObservedYear = c.milestoneObservedYear;
    this.milestoneObservedValue = c.milestoneObservedValue;
    this.changeStart = c.changeStart;
    this.changeYear = c.changeYear;
    this.changePercent = c.changePercent;
    this.changeMet = c.changeMet;
    this.changeInTargetPeriod = c.changeInTargetPeriod;
    this.changesMet = c.changesMet;
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
    return resolveTarget(this.#targets[this.#measureIndex[i]!]!, this.targetCode[i]!, this.#override);
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
    return materialize(this.#columns, i, this.#targets[this.#measureIndex[i]!]!, this.#override);
  }

  /** @internal Make room for yearly changes up to entry `need` (used while filling). */
  reserveChanges(need: number): void {
    reserveChanges(this.#columns, need);
    this.syncChanges();
  }

  /** @internal The change arrays, after the engine may have grown them. */
  syncChanges(): void {
    const c = this.#columns;
    this.changeYear = c.changeYear;
    this.changePercent = c.changePercent;
    this.changeMet = c.changeMet;
    this.changeInTargetPeriod = c.changeInTargetPeriod;
  }
}

/**
 * Assess every series of `columns` (đánh giá hàng loạt), as `observationColumns` and
 * `columnsFromCells` give them, against the measure named by `columns.measureIds[i]` (from
 * `measures`; an unknown id throws). The results go into typed arrays — no object per series —
 * and `table.get(i)` gives exactly what `assessProgress` (and `assessColumns`) returns for series
 * i with the same options: all three run the same engine. Made for integrators assessing a
 * whole country (a hundred thousand series).
 */
export function assessBatch(
  measures: readonly Measure[],
  columns: SeriesColumns,
  options?: AssessColumnsOptions,
): AssessmentTable {
  const plans: MeasurePlan[] = measures.map(measurePlan);
  const measureIndex = new Int32Array(columns.measureIds.length);
  const room = indexMeasures(measures, plans, columns, measureIndex);
  const table = new AssessmentTable(measures, measureIndex, columns, room[0]!, room[1]!, options?.target);
  fill(columnsOf(table), plans, measureIndex, columns, engineOptions(options));
  table.syncChanges();
  return table;
}

// The two loops are functions of their own so that the engine optimises each whole: a cold
// statement after a hot loop makes on-stack-replaced code bail out on every call.

/** The measure of each series into `measureIndex`; returns [milestone entries, yearly-change room]. */
function indexMeasures(
  measures: readonly Measure[],
  plans: readonly MeasurePlan[],
  columns: SeriesColumns,
  measureIndex: Int32Array,
): [number, number] {
  const { measureIds, start } = columns;
  const byId = new Map<string, number>();
  const milestones = new Int32Array(measures.length);
  const yearly = new Int32Array(measures.length);
  for (let m = 0; m < measures.length; m++) {
    if (!byId.has(measures[m]!.id)) byId.set(measures[m]!.id, m);
    milestones[m] = plans[m]!.targets.milestones.length;
    yearly[m] = plans[m]!.targets.yearlyChange === undefined ? 0 : 1;
  }
  let milestoneCount = 0;
  let changeCapacity = 0;
  let lastId: string | undefined;
  let m = -1;
  for (let i = 0; i < measureIds.length; i++) {
    const id = measureIds[i]!;
    if (id !== lastId) {
      const found = byId.get(id);
      if (found === undefined) throw new Error(`assessBatch: no measure '${id}' among the measures given`);
      lastId = id;
      m = found;
    }
    measureIndex[i] = m;
    milestoneCount += milestones[m]!;
    // Branch-free: room for every year-on-year change of a measure with a yearly-change target.
    changeCapacity += yearly[m]! * Math.max(0, start[i + 1]! - start[i]! - 1);
  }
  return [milestoneCount, changeCapacity];
}

function fill(
  out: AssessmentColumns,
  plans: readonly MeasurePlan[],
  measureIndex: Int32Array,
  columns: SeriesColumns,
  o: EngineOptions,
): void {
  const { start, years, values } = columns;
  for (let i = 0; i < measureIndex.length; i++)
    assessSeries(out, i, plans[measureIndex[i]!]!, years, values, start[i]!, start[i + 1]!, o);
}
