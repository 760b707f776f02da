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
