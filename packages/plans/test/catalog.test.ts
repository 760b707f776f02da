import type { Measure, Target } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { qd23 } from '../src/index.js';

/**
 * The indicator table of Decision 23/QĐ-TTg, Section I, Article 1, encoded a second time,
 * independently of the bundle: code, unit kind, direction, 2025 comparator and value, 2030
 * comparator and value (null where the decision sets no target for that year).
 * Indicators 7 and 12 keep 100 to 2030 (a `maintain` target); 13 is a yearly change.
 */
type Row = [
  code: string,
  unit: string,
  dir: 'up' | 'down',
  c25: string | null,
  v25: number | null,
  c30: string | null,
  v30: number | null,
];
const TABLE: Record<number, Row[]> = {
  1: [
    ['1', 'percent', 'up', '≥', 65, '≥', 75],
    ['2', 'percent', 'up', '≥', 90, '≥', 95],
    ['3a', 'per_1000', 'down', '<', 9.5, '<', 9],
    ['3b', 'per_1000', 'down', '≤', 12.5, '≤', 10],
    ['3c', 'per_1000', 'down', '<', 18.5, '<', 15],
    ['4a', 'percent', 'down', '<', 9, '<', 6],
    ['4b', 'percent', 'down', '≤', 17, '<', 15],
    ['4c', 'percent', 'down', '<', 5, '<', 5],
    ['4d', 'percent', 'down', '<', 10, '<', 10],
    ['5a', 'percent', 'up', '≥', 97, '≥', 98],
    ['5b', 'percent', 'up', null, null, '≥', 98],
    ['6', 'percent', 'down', null, null, '≤', 2],
    ['7', 'percent', 'up', '=', 100, '=', 100],
  ],
  2: [
    ['8a', 'percent', 'down', '<', 6.5, '<', 6],
    ['8b', 'percent', 'up', '≥', 90, '≥', 95],
    ['9', 'percent', 'down', '<', 4.5, '<', 4],
    ['10', 'percent', 'down', '≤', 4.9, '≤', 4.5],
    ['11a', 'per_100000', 'down', '≤', 550, '≤', 500],
    ['11b', 'per_100000', 'down', '≤', 16, '≤', 15],
    ['12', 'percent', 'up', '=', 100, '=', 100],
    ['13', 'count', 'down', null, null, null, null],
    ['14', 'percent', 'up', '≥', 98.5, '=', 100],
  ],
  3: [
    ['15', 'percent', 'up', '≥', 99.1, '≥', 99.3],
    ['16', 'percent', 'up', '≥', 99.1, '≥', 99.3],
    ['17a', 'percent', 'up', '≥', 97, '≥', 99],
    ['17b', 'percent', 'down', '<', 0.12, '<', 0.1],
    ['18a', 'percent', 'up', '≥', 88, '≥', 93],
    ['18b', 'percent', 'down', '<', 0.14, '<', 0.05],
    ['19', 'percent', 'up', '≥', 95, null, null],
    ['20a', 'percent', 'up', '≥', 55, '≥', 60],
    ['20b', 'percent', 'up', '≥', 80, '≥', 90],
    ['21', 'percent', 'up', '≥', 40, '≥', 45],
  ],
  4: [
    ['22', 'percent', 'up', '≥', 30, '≥', 35],
    ['23', 'percent', 'up', '≥', 85, '≥', 90],
    ['24', 'percent', 'up', '≥', 30, '≥', 35],
  ],
};
const MAINTAINED = new Set(['7', '12']);
const UNCONFIRMED = new Set(['15']);

const measures = qd23.objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures));
const byCode = new Map(measures.map((m) => [m.code, m]));
const targetFor = (m: Measure, year: number): Target | undefined =>
  m.targets.find((t) => (t.kind === 'yearly_change' ? false : t.year === year));

describe('qd23 holds the indicator table of Decision 23/QĐ-TTg', () => {
  it('has 4 objectives, 24 indicators, 35 measures', () => {
    expect(qd23.objectives).toHaveLength(4);
    expect(qd23.objectives.flatMap((o) => o.indicators)).toHaveLength(24);
    expect(measures).toHaveLength(35);
    expect(Object.values(TABLE).flat()).toHaveLength(35);
  });

  it('numbers objectives 1–4 and indicators 1–24 in order, each under its objective', () => {
    expect(qd23.objectives.map((o) => o.number)).toEqual([1, 2, 3, 4]);
    expect(qd23.objectives.flatMap((o) => o.indicators.map((i) => i.number))).toEqual(
      Array.from({ length: 24 }, (_, k) => k + 1),
    );
    for (const o of qd23.objectives) {
      expect(o.id).toBe(`qd23.o${o.number}`);
      const codes = o.indicators.flatMap((i) => i.measures.map((m) => m.code));
      expect(codes).toEqual(TABLE[o.number]!.map((r) => r[0]));
      for (const i of o.indicators) {
        expect(i.id).toBe(`qd23.i${i.number}`);
        for (const m of i.measures) {
          expect(Number.parseInt(m.code, 10)).toBe(i.number);
          expect(m.id).toBe(`qd23.${m.code}`);
        }
      }
    }
  });

  it.each(Object.values(TABLE).flat())(
    'measure %s: unit, direction and targets',
    (code, unit, dir, c25, v25, c30, v30) => {
      const m = byCode.get(code);
      expect(m, code).toBeDefined();
      if (!m) return;
      expect(m.unit.kind).toBe(unit);
      expect(m.direction).toBe(dir === 'up' ? 'increase' : 'decrease');
      expect(m.title.vi.trim()).not.toBe('');
      expect(m.title.en?.trim()).toBeTruthy();
      if (code === '13') return; // checked below
      const t25 = targetFor(m, 2025);
      const t30 = targetFor(m, 2030);
      if (c25 === null) expect(t25).toBeUndefined();
      else expect(t25).toMatchObject({ kind: 'level', comparator: c25, value: v25 });
      if (c30 === null) expect(t30).toBeUndefined();
      else
        expect(t30).toMatchObject({
          kind: MAINTAINED.has(code) ? 'maintain' : 'level',
          comparator: c30,
          value: v30,
        });
      expect(m.targets).toHaveLength((c25 === null ? 0 : 1) + (c30 === null ? 0 : 1));
    },
  );

  it('sets indicator 13 as a yearly fall of 2% (aim 3%) in the count of child marriages, 2025 to 2030', () => {
    const m = byCode.get('13')!;
    expect(m.unit).toEqual({ kind: 'count' });
    expect(m.targets).toEqual([
      expect.objectContaining({
        kind: 'yearly_change',
        fromYear: 2025,
        toYear: 2030,
        minPercent: 2,
        aimPercent: 3,
      }),
    ]);
  });

  it('marks indicator 15, and only 15, unconfirmed, on the measure and on every target, with a note', () => {
    for (const m of measures) {
      expect(Boolean(m.unconfirmed), m.code).toBe(UNCONFIRMED.has(m.code));
      for (const t of m.targets) expect(Boolean(t.unconfirmed), m.code).toBe(UNCONFIRMED.has(m.code));
    }
    const m15 = byCode.get('15')!;
    expect(m15.note?.vi).toMatch(/chỉ tiêu 16/);
    expect(m15.note?.en).toMatch(/indicator 16/);
  });

  it('names the denominator of the rates that count communes, live births and children', () => {
    for (const code of ['1', '21']) expect(byCode.get(code)!.unit.denominator?.en).toMatch(/communes/);
    for (const code of ['3a', '3b', '3c']) expect(byCode.get(code)!.unit.denominator?.en).toBe('live births');
    for (const code of ['11a', '11b']) expect(byCode.get(code)!.unit.denominator?.en).toBe('children');
  });

  it('says on every measure that its Vietnamese title is not a verified quotation', () => {
    for (const m of measures) expect(m.note?.vi, m.code).toMatch(/chưa đối chiếu nguyên văn/);
  });

  it('names the decision it transcribes', () => {
    expect(qd23.decision).toMatchObject({ number: '23/QĐ-TTg', date: '2021-01-07' });
    expect(qd23.period).toEqual({ from: 2021, to: 2030 });
    expect(qd23.source.title).toMatch(/23\/QĐ-TTg/);
  });
});
