/**
 * The random cases of the batch tests, shared with the golden test: measures covering every
 * target kind, a series spec reaching every path of the method (broken points, edge values,
 * unsorted years) and the options worth trying.
 */
import type { AssessColumnsOptions, Measure, SeriesColumns, SeriesPoint, Target } from '../../src/index.js';
import { measure } from '../fixtures/reform-2025.js';
import { type RandomSeriesSpec, randomSeries } from './random-series.js';

export const level = (year: number, comparator: '<' | '≤' | '≥' | '=', value: number): Target => ({
  kind: 'level',
  year,
  comparator,
  value,
});
export const yearly: Target = {
  kind: 'yearly_change',
  fromYear: 2020,
  toYear: 2030,
  minPercent: 2,
  aimPercent: 3,
};

export const measures: Measure[] = [
  measure('m.1', '1', { targets: [level(2030, '≥', 75), level(2025, '≥', 65)] }),
  measure('m.3a', '3a', {
    unit: { kind: 'per_1000' },
    direction: 'decrease',
    targets: [level(2025, '<', 9.5), level(2030, '<', 9)],
  }),
  measure('m.7', '7', {
    targets: [level(2025, '=', 100), { kind: 'maintain', year: 2030, comparator: '=', value: 100 }],
  }),
  measure('m.13', '13', { unit: { kind: 'count' }, direction: 'decrease', targets: [yearly] }),
  measure('m.13b', '13b', { unit: { kind: 'count' }, targets: [{ ...yearly, minPercent: 1 }] }),
  measure('m.c', 'c', { unit: { kind: 'count' } }),
  measure('m.p', 'p', { unit: { kind: 'per_100000' }, targets: [level(2019, '≤', 50)] }),
];

/** Random series, sorted or not, with broken points and edge values: every path of `assessProgress`. */
export const seriesSpec: RandomSeriesSpec = {
  maxPoints: 8,
  firstYear: 2016,
  firstYearSpan: 6,
  values: [
    [0.02, Number.NaN],
    [0.03, Number.POSITIVE_INFINITY],
    [0.06, -5],
    [0.12, 0],
    [0.16, 100],
    [0.18, 1e6],
    [0.19, -0],
    [0.2, 1e-300],
    [0.21, 1e300],
    [0.23, 9.5],
  ],
  steps: [
    [0.04, 0],
    [0.09, -1],
    [0.11, 0.5],
    [0.12, 300],
    [0.7, 1],
  ],
  otherStep: 2,
};

export const options: Array<AssessColumnsOptions | undefined> = [
  undefined,
  { year: 2022 },
  { year: 2019 },
  { baseYear: 2020 },
  { baseYear: 2030 },
  { target: level(2030, '≥', 50) },
  { target: yearly },
  { target: { kind: 'maintain', year: 2024, comparator: '≥', value: 40 } },
  { year: 1800 },
  { year: 2021.5, baseYear: 2018 },
];

/** Random series in columns (some empty), with a gap before the first one. */
export function randomColumns(next: () => number, count: number) {
  const series: SeriesPoint[][] = [];
  const measureIds: string[] = [];
  const start = new Int32Array(count + 1);
  const pad = 2;
  let n = pad;
  for (let s = 0; s < count; s++) {
    const points = randomSeries(next, seriesSpec);
    series.push(points);
    measureIds.push(measures[Math.floor(next() * measures.length)]!.id);
    start[s] = n;
    n += points.length;
  }
  start[count] = n;
  const years = new Float64Array(n).fill(1234);
  const values = new Float64Array(n).fill(-1);
  series.forEach((points, s) => {
    points.forEach((p, j) => {
      years[start[s]! + j] = p.year;
      values[start[s]! + j] = p.value;
    });
  });
  const columns: SeriesColumns = {
    unitIds: series.map((_, s) => `u.${s}`),
    measureIds,
    start,
    years,
    values,
  };
  return { columns, series };
}
