import type { Measure } from '../schemas/indicator.js';
import type { Accumulator } from './accumulator.js';

/** One aggregated value: a target unit, a measure, a year. */
export interface AggregateCell {
  unitId: string;
  measureId: string;
  year: number;
  /** Σnum / Σden × factor for rates, Σvalue for counts; null when not aggregable. */
  value: number | null;
  /** Sums for rates; null for counts and when not aggregable. */
  numerator: number | null;
  denominator: number | null;
  /** Units whose observations were combined, in input order. */
  contributors: string[];
  /** Former units (merged away by the as-of date) through which data reached this unit. */
  mergedFrom: string[];
  /** True when a contributor gave a rate without numerator and denominator. */
  notAggregable: boolean;
  /** Those contributors. */
  unpaired: string[];
}

interface Layout {
  targets: readonly string[];
  measures: ReadonlyArray<Pick<Measure, 'id'>>;
  unitIds: readonly string[];
  rate: Uint8Array;
  factors: Float64Array;
  y0: number;
  Y: number;
}

/** Turn the column store into cells, skipping cells nobody reported for. */
export function materialize(acc: Accumulator, l: Layout): AggregateCell[] {
  const g = acc.grouped();
  const { unitIds, Y } = l;
  const cells: AggregateCell[] = [];
  const M = l.measures.length;
  for (let t = 0; t < l.targets.length; t++) {
    const unitId = l.targets[t]!;
    for (let m = 0; m < M; m++) {
      const measureId = l.measures[m]!.id;
      const isRate = l.rate[m] === 1;
      for (let y = 0; y < Y; y++) {
        const cell = (t * M + m) * Y + y;
        const from = g.start[cell]!;
        const to = g.start[cell + 1]!;
        if (from === to) continue;
        const contributors: string[] = new Array(to - from);
        const mergedFrom: string[] = [];
        const unpaired: string[] = [];
        for (let j = from; j < to; j++) {
          const id = unitIds[g.unit[j]!]!;
          contributors[j - from] = id;
          const v = g.via[j]!;
          if (v >= 0 && !mergedFrom.includes(unitIds[v]!)) mergedFrom.push(unitIds[v]!);
          if (g.unpaired[j] === 1) unpaired.push(id);
        }
        const bad = acc.unpaired[cell] === 1;
        const num = acc.num[cell]!;
        const den = acc.den[cell]!;
        const value = bad ? null : isRate ? (den > 0 ? (num / den) * l.factors[m]! : null) : num;
        cells.push({
          unitId,
          measureId,
          year: l.y0 + y,
          value,
          numerator: value === null || !isRate ? null : num,
          denominator: value === null || !isRate ? null : den,
          contributors,
          mergedFrom,
          notAggregable: value === null,
          unpaired,
        });
      }
    }
  }
  return cells;
}
