import { describe, expect, it } from 'vitest';
import {
  type AssessColumnsOptions,
  aggregateObservations,
  assessColumns,
  assessProgress,
  columnsFromCells,
  groupObservations,
  type Measure,
  type Observation,
  observationColumns,
  seriesFromCells,
  type Target,
} from '../src/index.js';
import { measure, registry } from './fixtures/reform-2025.js';
import { type RandomSeriesSpec, randomSeries, rng } from './helpers/random-series.js';

const level = (year: number, comparator: '<' | '≤' | '≥' | '=', value: number): Target => ({
  kind: 'level',
  year,
  comparator,
  value,
});

const measures: Measure[] = [
  measure('m.1', '1', { targets: [level(2025, '≥', 65), level(2030, '≥', 75)] }),
  measure('m.3a', '3a', {
    unit: { kind: 'per_1000' },
    direction: 'decrease',
    targets: [level(2025, '<', 9.5), level(2030, '<', 9)],
  }),
  measure('m.7', '7', {
    targets: [level(2025, '=', 100), { kind: 'maintain', year: 2030, comparator: '=', value: 100 }],
  }),
  measure('m.13', '13', {
    unit: { kind: 'count' },
    direction: 'decrease',
    targets: [{ kind: 'yearly_change', fromYear: 2025, toYear: 2030, minPercent: 2, aimPercent: 3 }],
  }),
  measure('m.c', 'c', { unit: { kind: 'count' } }),
];

/** Random series, sorted or not, with the odd broken point: every path of `assessProgress`. */
const seriesSpec: RandomSeriesSpec = {
  maxPoints: 7,
  firstYear: 2018,
  firstYearSpan: 4,
  values: [
    [0.03, Number.NaN],
    [0.06, -5],
    [0.1, 0],
    [0.14, 100],
    [0.17, 1e6],
  ],
  steps: [
    [0.05, 0],
    [0.1, -1],
    [0.12, 0.5],
    [0.7, 1],
  ],
  otherStep: 2,
};

const options: Array<AssessColumnsOptions | undefined> = [
  undefined,
  { year: 2022 },
  { year: 2019 },
  { baseYear: 2020 },
  { target: level(2030, '≥', 50) },
  { year: 1800 },
];

describe('assessColumns', () => {
  it('gives exactly what assessProgress gives, whatever the series', () => {
    const next = rng(42);
    for (let i = 0; i < 3000; i++) {
      const series = randomSeries(next, seriesSpec);
      const m = measures[i % measures.length]!;
      const opts = options[Math.floor(i / measures.length) % options.length];
      const pad = Math.floor(next() * 3);
      const years = new Float64Array(pad + series.length + 1).fill(1234);
      const values = new Float64Array(pad + series.length + 1).fill(-1);
      series.forEach((p, j) => {
        years[pad + j] = p.year;
        values[pad + j] = p.value;
      });
      const fast = assessColumns(m, years, values, pad, pad + series.length, opts);
      expect(fast).toStrictEqual(assessProgress({ measure: m, series, ...opts }));
    }
  });

  it('defaults to the whole columns', () => {
    const m = measures[0]!;
    const a = assessColumns(m, [2020, 2021, 2022], [50, 55, 60]);
    expect(a).toStrictEqual(
      assessProgress({
        measure: m,
        series: [
          { year: 2020, value: 50 },
          { year: 2021, value: 55 },
          { year: 2022, value: 60 },
        ],
      }),
    );
  });
});

const obs = (unitId: string, measureId: string, year: number, value: number): Observation => ({
  unitId,
  measureId,
  year,
  value,
});

describe('observationColumns', () => {
  it('groups like groupObservations, runs or not', () => {
    const list = [
      obs('c.a', 'm.1', 2020, 1),
      obs('c.a', 'm.1', 2021, 2),
      obs('c.a', 'm.c', 2020, 3),
      obs('c.b', 'm.1', 2020, 4),
      obs('c.a', 'm.1', 2019, 5),
      obs('c.b', 'm.c', 2021, 6),
      obs('c.b', 'm.1', 2022, 7),
    ];
    for (const input of [list, list.slice(0, 4)]) {
      const cols = observationColumns(input);
      const groups = groupObservations(input);
      expect(cols.unitIds).toEqual(groups.map((g) => g.unitId));
      expect(cols.measureIds).toEqual(groups.map((g) => g.measureId));
      groups.forEach((g, s) => {
        const from = cols.start[s]!;
        const to = cols.start[s + 1]!;
        expect(Array.from(cols.years.subarray(from, to))).toEqual(g.points.map((p) => p.year));
        expect(Array.from(cols.values.subarray(from, to))).toEqual(g.points.map((p) => p.value));
      });
    }
    expect(observationColumns([]).start).toEqual(new Int32Array([0]));
  });
});

describe('columnsFromCells and lazy provenance', () => {
  const rate = (unitId: string, year: number, num: number, den: number): Observation => ({
    measureId: 'm.1',
    unitId,
    year,
    value: (num / den) * 100,
    numerator: num,
    denominator: den,
  });
  const input = [
    rate('c.a', 2024, 10, 100),
    rate('c.b', 2024, 30, 200),
    { measureId: 'm.1', unitId: 'c.b', year: 2023, value: 20 },
    rate('c.a', 2023, 10, 100),
    rate('c.ab', 2026, 50, 300),
  ];
  const run = () =>
    aggregateObservations({
      registry,
      measures: [measures[0]!],
      observations: input,
      targets: ['p.ld'],
      asOf: '2026-01-01',
    });

  it('holds the series of seriesFromCells', () => {
    const { cells } = run();
    const cols = columnsFromCells(cells);
    const series = seriesFromCells(cells);
    expect(cols.unitIds).toEqual(series.map((s) => s.unitId));
    series.forEach((s, i) => {
      const from = cols.start[i]!;
      const to = cols.start[i + 1]!;
      expect(Array.from(cols.years.subarray(from, to))).toEqual(s.points.map((p) => p.year));
      expect(Array.from(cols.values.subarray(from, to))).toEqual(s.points.map((p) => p.value));
    });
  });

  it('resolves contributors on first read, keeps them, and serialises every field', () => {
    const { cells } = run();
    const c = cells.find((x) => x.year === 2023)!;
    expect(c.contributors).toBe(c.contributors);
    expect(c.unpaired).toEqual(['c.b']);
    c.contributors = ['x'];
    expect(c.contributors).toEqual(['x']);
    const json = JSON.parse(JSON.stringify(cells.find((x) => x.year === 2024)));
    expect(Object.keys(json)).toEqual([
      'unitId',
      'measureId',
      'year',
      'value',
      'numerator',
      'denominator',
      'computed',
      'coverage',
      'contributors',
      'mergedFrom',
      'notAggregable',
      'unpaired',
    ]);
    expect(json).toMatchObject({ contributors: ['c.a', 'c.b'], mergedFrom: ['p.dn'], unpaired: [] });
  });
});
