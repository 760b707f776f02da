import type { Observation, SeriesPoint } from '../schemas/observation.js';
import type { AggregateCell } from './cells.js';

/** One unit's yearly values of one measure. */
export interface UnitSeries<P extends SeriesPoint = SeriesPoint> {
  unitId: string;
  measureId: string;
  points: P[];
  /** Years left out because the value could not be aggregated. */
  notAggregableYears: number[];
}

/**
 * Series per target and measure from aggregated cells (ordered as `aggregateObservations`
 * returns them), ready for `assessProgress`. Years that could not be aggregated are left out of
 * `points` and listed, never filled in.
 */
export function seriesFromCells(cells: readonly AggregateCell[]): UnitSeries[] {
  const out: UnitSeries[] = [];
  let cur: UnitSeries | undefined;
  for (const c of cells) {
    if (cur === undefined || cur.unitId !== c.unitId || cur.measureId !== c.measureId) {
      cur = { unitId: c.unitId, measureId: c.measureId, points: [], notAggregableYears: [] };
      out.push(cur);
    }
    if (c.value === null) cur.notAggregableYears.push(c.year);
    else cur.points.push({ year: c.year, value: c.value });
  }
  return out;
}

/**
 * Group observations into one series per unit and measure, in order of first appearance; the
 * observations themselves are the points (no copies). Runs of the same unit and measure (the
 * usual layout of an export) are taken with one `slice`, so a million observations group quickly.
 */
export function groupObservations(observations: readonly Observation[]): UnitSeries<Observation>[] {
  const byUnit = new Map<string, Map<string, UnitSeries<Observation>>>();
  const out: UnitSeries<Observation>[] = [];
  const n = observations.length;
  let i = 0;
  while (i < n) {
    const first = observations[i]!;
    const unitId = first.unitId;
    const measureId = first.measureId;
    let j = i + 1;
    while (j < n) {
      const o = observations[j]!;
      if (o.unitId !== unitId || o.measureId !== measureId) break;
      j++;
    }
    let measures = byUnit.get(unitId);
    if (measures === undefined) {
      measures = new Map();
      byUnit.set(unitId, measures);
    }
    const series = measures.get(measureId);
    if (series === undefined) {
      const created = { unitId, measureId, points: observations.slice(i, j), notAggregableYears: [] };
      measures.set(measureId, created);
      out.push(created);
    } else {
      for (let k = i; k < j; k++) series.points.push(observations[k]!);
    }
    i = j;
  }
  return out;
}

/**
 * Series held in numeric columns, for `assessColumns`: series `s` is unit `unitIds[s]`, measure
 * `measureIds[s]`, with points `years[i]`, `values[i]` for `start[s] ≤ i < start[s + 1]`.
 */
export interface SeriesColumns {
  unitIds: string[];
  measureIds: string[];
  start: Int32Array;
  years: Float64Array;
  values: Float64Array;
}

/**
 * `groupObservations` into columns: one series per unit and measure in order of first
 * appearance, points in input order (`assessColumns` takes any other order through
 * `assessProgress`). One pass over the observations and no object per point: when every
 * series comes as one run (the usual layout of an export) the columns are the observations in
 * input order; otherwise they are regrouped once over the columns.
 */
export function observationColumns(observations: readonly Observation[]): SeriesColumns {
  const scan = scanRuns(observations);
  return scan.fragmented ? regroup(scan) : runsAsSeries(scan);
}

/** One pass: the columns in input order and the runs of one unit and measure. */
interface Scan {
  years: Float64Array;
  values: Float64Array;
  unitIds: string[];
  measureIds: string[];
  /** Run r starts at runStart[r] and belongs to series runSeries[r]. */
  runStart: Int32Array;
  runSeries: Int32Array;
  runs: number;
  /** Some series comes in more than one run. */
  fragmented: boolean;
}

// The pass, the run bookkeeping and the regrouping are separate functions so that the engine
// optimises each whole: a cold branch in or after a hot loop makes on-stack-replaced code bail
// out on every call, and the point reads then box every number.
function scanRuns(observations: readonly Observation[]): Scan {
  const n = observations.length;
  const years = new Float64Array(n);
  const values = new Float64Array(n);
  const runs = new RunTable();
  let lastUnitId = '';
  let lastMeasureId = '';
  for (let i = 0; i < n; i++) {
    const o = observations[i]!;
    years[i] = o.year;
    values[i] = o.value;
    if (o.measureId !== lastMeasureId || o.unitId !== lastUnitId) {
      lastUnitId = o.unitId;
      lastMeasureId = o.measureId;
      runs.start(lastUnitId, lastMeasureId, i);
    }
  }
  return {
    years,
    values,
    unitIds: runs.unitIds,
    measureIds: runs.measureIds,
    runStart: runs.runStart,
    runSeries: runs.runSeries,
    runs: runs.runs,
    fragmented: runs.fragmented,
  };
}

/** Runs of one unit and measure, and the series they belong to. */
class RunTable {
  unitIds: string[] = [];
  measureIds: string[] = [];
  runStart = new Int32Array(1024);
  runSeries = new Int32Array(1024);
  runs = 0;
  fragmented = false;
  private unitIndex = new Map<string, number>();
  private measureIndex = new Map<string, number>();
  // Series of unit u and measure m: bySeries[u][m], −1 or missing when none yet.
  private bySeries: number[][] = [];
  private lastUnitId = '';
  private u = -1;

  start(unitId: string, measureId: string, at: number): void {
    if (unitId !== this.lastUnitId) {
      this.lastUnitId = unitId;
      let u = this.unitIndex.get(unitId);
      if (u === undefined) {
        u = this.bySeries.length;
        this.unitIndex.set(unitId, u);
        this.bySeries.push([]);
      }
      this.u = u;
    }
    let m = this.measureIndex.get(measureId);
    if (m === undefined) {
      m = this.measureIndex.size;
      this.measureIndex.set(measureId, m);
    }
    const row = this.bySeries[this.u]!;
    while (row.length <= m) row.push(-1);
    let s = row[m]!;
    if (s < 0) {
      s = this.unitIds.length;
      row[m] = s;
      this.unitIds.push(unitId);
      this.measureIds.push(measureId);
    } else this.fragmented = true;
    if (this.runs === this.runStart.length) {
      this.runStart = grow(this.runStart);
      this.runSeries = grow(this.runSeries);
    }
    this.runStart[this.runs] = at;
    this.runSeries[this.runs++] = s;
  }
}

/** Every series is one run, in order: the columns stay as they are. */
function runsAsSeries(scan: Scan): SeriesColumns {
  const { runs, runStart } = scan;
  const start = new Int32Array(runs + 1);
  start.set(runStart.subarray(0, runs));
  start[runs] = scan.years.length;
  return {
    unitIds: scan.unitIds,
    measureIds: scan.measureIds,
    start,
    years: scan.years,
    values: scan.values,
  };
}

/** Gather the runs of each series (counting sort over the columns, input order kept). */
function regroup(scan: Scan): SeriesColumns {
  const { runs, runStart, runSeries, years, values } = scan;
  const n = years.length;
  const S = scan.unitIds.length;
  const start = new Int32Array(S + 1);
  for (let r = 0; r < runs; r++) {
    const to = r + 1 < runs ? runStart[r + 1]! : n;
    start[runSeries[r]! + 1]! += to - runStart[r]!;
  }
  for (let s = 0; s < S; s++) start[s + 1]! += start[s]!;
  const cursor = start.slice(0, S);
  const ys = new Float64Array(n);
  const vs = new Float64Array(n);
  for (let r = 0; r < runs; r++) {
    const to = r + 1 < runs ? runStart[r + 1]! : n;
    let pos = cursor[runSeries[r]!]!;
    for (let k = runStart[r]!; k < to; k++) {
      ys[pos] = years[k]!;
      vs[pos++] = values[k]!;
    }
    cursor[runSeries[r]!] = pos;
  }
  return { unitIds: scan.unitIds, measureIds: scan.measureIds, start, years: ys, values: vs };
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * `seriesFromCells` into columns: the same series in the same order (one per target and measure
 * with a cell), years ascending as the cells come. Years that could not be aggregated are left
 * out (a series may so be empty), as in `seriesFromCells`.
 */
export function columnsFromCells(cells: readonly AggregateCell[]): SeriesColumns {
  const unitIds: string[] = [];
  const measureIds: string[] = [];
  const starts: number[] = [];
  const years = new Float64Array(cells.length);
  const values = new Float64Array(cells.length);
  let n = 0;
  let unitId: string | undefined;
  let measureId: string | undefined;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.unitId !== unitId || c.measureId !== measureId) {
      unitId = c.unitId;
      measureId = c.measureId;
      unitIds.push(unitId);
      measureIds.push(measureId);
      starts.push(n);
    }
    if (c.value === null) continue;
    years[n] = c.year;
    values[n++] = c.value;
  }
  starts.push(n);
  return { unitIds, measureIds, start: Int32Array.from(starts), years, values };
}
