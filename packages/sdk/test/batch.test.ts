import { describe, expect, it } from 'vitest';
import {
  AssessmentSchema,
  assessBatch,
  assessProgress,
  METHOD_CODES,
  observationColumns,
  REASON_CODES,
  STATUS_CODES,
} from '../src/index.js';
import { measures, options, randomColumns, yearly } from './helpers/random-cases.js';
import { rng } from './helpers/random-series.js';

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
  }, 60_000);

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
  }, 60_000);

  it('holds the yearly changes in its public columns, also when they had to grow', () => {
    // A yearly-change `target` option on measures without one: no room was reserved for them.
    const { columns } = randomColumns(rng(5), 3000);
    const table = assessBatch(measures, columns, { target: yearly });
    let changes = 0;
    for (let i = 0; i < table.size; i++) {
      const a = table.get(i);
      (a.yearlyChanges ?? []).forEach((c, k) => {
        const e = table.changeStart[i]! + k;
        expect([table.changeYear[e], table.changePercent[e], table.changeMet[e] === 1]).toEqual([
          c.year,
          c.changePercent,
          c.met,
        ]);
        changes++;
      });
      expect(table.changeStart[i + 1]! - table.changeStart[i]!).toBe(a.yearlyChanges?.length ?? 0);
    }
    expect(changes).toBeGreaterThan(2000);
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
