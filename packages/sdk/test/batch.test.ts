import { describe, expect, it } from 'vitest';
import {
  type AssessColumnsOptions,
  AssessmentSchema,
  assessBatch,
  assessProgress,
  METHOD_CODES,
  type Measure,
  observationColumns,
  REASON_CODES,
  type SeriesColumns,
  type SeriesPoint,
  STATUS_CODES,
  type Target,
} from '../src/index.js';
import { measure } from './fixtures/reform-2025.js';
import { type RandomSeriesSpec, randomSeries, rng } from './helpers/random-series.js';

const level = (year: number, comparator: '<' | '≤' | '≥' | '=', value: number): Target => ({
  kind: 'level',
  year,
  comparator,
  value,
});
const yearly: Target = { kind: 'yearly_change', fromYear: 2020, toYear: 2030, minPercent: 2, aimPercent: 3 };

const measures: Measure[] = [
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
const seriesSpec: RandomSeriesSpec = {
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

const options: Array<AssessColumnsOptions | undefined> = [
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
function randomColumns(next: () => number, count: number) {
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

const byId = new Map(measures.map((m) => [m.id, m]));

describe('assessBatch', () => {
  it('materialises exactly what assessProgress returns, whatever the series and options', () => {
    const next = rng(7);
    let checked = 0;
    for (const opts of options) {
      const { columns, series } = randomColumns(next, 1500);
      const table = assessBatch(measures, columns, opts);
      expect(table.size).toBe(series.length);
      for (let i = 0; i < series.length; i++) {
        const m = byId.get(columns.measureIds[i]!)!;
        const expected = assessProgress({ measure: m, series: series[i]!, ...opts });
        expect(table.get(i)).toStrictEqual(expected);
        checked++;
      }
    }
    expect(checked).toBe(15_000);
  });

  it('reads single fields through the accessors, as the object has them', () => {
    const next = rng(99);
    const { columns, series } = randomColumns(next, 3000);
    const table = assessBatch(measures, columns);
    const seen = new Set<string>();
    for (let i = 0; i < series.length; i++) {
      const a = table.get(i);
      expect(AssessmentSchema.safeParse(a).success || a.ratio === null || !Number.isFinite(a.ratio)).toBe(
        true,
      );
      seen.add(a.reason ?? a.status);
      expect(table.status(i)).toBe(a.status);
      expect(STATUS_CODES[table.statusCode[i]!]).toBe(a.status);
      expect(table.reason(i)).toBe(a.reason);
      expect(table.reasonCode[i]).toBe(a.reason === undefined ? 255 : REASON_CODES.indexOf(a.reason));
      expect(table.method(i)).toBe(a.method);
      expect(METHOD_CODES[table.methodCode[i]!]).toBe(a.method);
      expect(table.ratioAt(i)).toBe(a.ratio);
      expect(table.expectedAt(i)).toBe(a.expected?.value ?? null);
      expect(table.target(i)).toBe(a.target);
      expect(table.measure(i).id).toBe(columns.measureIds[i]);
      expect(table.unitIds[i]).toBe(`u.${i}`);
      expect(table.milestoneCount(i)).toBe(a.milestones.length);
      a.milestones.forEach((x, j) => {
        expect(table.milestone(i, j)).toBe(x.achieved);
      });
      expect(table.yearlyChangesMet(i)).toBe(a.yearlyChanges?.filter((c) => c.met).length ?? 0);
      if (a.expected !== null) expect(table.year[i]).toBe(a.expected.year);
    }
    // The random series reach every status and most reasons.
    for (const s of STATUS_CODES.slice(0, 5)) expect(seen).toContain(s);
    for (const r of ['no_data', 'too_few_points', 'not_finite', 'duplicate_year', 'year_out_of_range'])
      expect(seen).toContain(r);
    for (const r of ['out_of_bounds', 'zero_base', 'sign_change', 'target_not_applicable'])
      expect(seen).toContain(r);
  });

  it('returns a target by reference and a fresh object graph on every get', () => {
    const m = measures[0]!;
    const table = assessBatch(measures, {
      unitIds: ['u'],
      measureIds: ['m.1'],
      start: Int32Array.from([0, 3]),
      years: Float64Array.from([2020, 2021, 2022]),
      values: Float64Array.from([50, 55, 60]),
    });
    const a = table.get(0);
    expect(a.target).toBe(m.targets[1]);
    expect(table.get(0)).not.toBe(a);
    expect(table.get(0).milestones).not.toBe(a.milestones);
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

  it('takes the columns of observationColumns, and an empty set', () => {
    const cols = observationColumns([
      { unitId: 'c.a', measureId: 'm.c', year: 2021, value: 3 },
      { unitId: 'c.a', measureId: 'm.c', year: 2020, value: 2 },
      { unitId: 'c.b', measureId: 'm.13', year: 2020, value: 10 },
      { unitId: 'c.b', measureId: 'm.13', year: 2021, value: 9 },
    ]);
    const table = assessBatch(measures, cols);
    expect(table.size).toBe(2);
    expect(table.get(0)).toStrictEqual(
      assessProgress({
        measure: byId.get('m.c')!,
        series: [
          { year: 2021, value: 3 },
          { year: 2020, value: 2 },
        ],
      }),
    );
    expect(table.status(1)).toBe('target_achieved');
    expect(table.yearlyChangesMet(1)).toBe(1);
    expect(assessBatch(measures, observationColumns([])).size).toBe(0);
  });

  it('rejects a series of an unknown measure', () => {
    expect(() =>
      assessBatch(measures, {
        unitIds: ['u'],
        measureIds: ['m.none'],
        start: Int32Array.from([0, 0]),
        years: new Float64Array(0),
        values: new Float64Array(0),
      }),
    ).toThrow(/m\.none/);
  });
});
