import { describe, expect, it } from 'vitest';
import {
  aggregateObservations,
  buildProgressResponse,
  bundleMessages,
  catalogRuleErrors,
  countedUnitErrors,
  type IndicatorCatalog,
  IndicatorCatalogSchema,
  type Observation,
  type OrganizationRegistry,
  validate,
} from '../src/index.js';
import { measure } from './fixtures/reform-2025.js';

const text = (vi: string) => ({ vi, en: vi });
const unit = (
  id: string,
  level: 'province' | 'district' | 'commune',
  parentId?: string,
  validTo?: string,
) => ({
  id,
  name: text(id),
  level,
  ...(parentId ? { parentId } : {}),
  ...(validTo ? { validTo } : {}),
});
/** A province, two districts, five communes in force in 2025 and one abolished on 1 January 2025. */
const registry: OrganizationRegistry = {
  agencies: [
    { id: 'p.ubnd', name: text('UBND tỉnh P'), kind: 'peoples_committee', level: 'province', unitId: 'p' },
    {
      id: 'd2.ubnd',
      name: text('UBND huyện D2'),
      kind: 'peoples_committee',
      level: 'district',
      unitId: 'd2',
    },
    { id: 'c1.ubnd', name: text('UBND xã c1'), kind: 'peoples_committee', level: 'commune', unitId: 'c1' },
  ],
  units: [
    unit('p', 'province'),
    unit('d1', 'district', 'p'),
    unit('d2', 'district', 'p'),
    unit('c1', 'commune', 'd1'),
    unit('c2', 'commune', 'd1'),
    unit('c3', 'commune', 'd1'),
    unit('c4', 'commune', 'd2'),
    unit('c5', 'commune', 'd2'),
    unit('c6', 'commune', 'd2', '2025-01-01'),
  ],
  agencySuccessions: [],
  unitSuccessions: [],
};
/** "Share of communes meeting the child-friendly standard": counts communes. */
const share = measure('m.xa', '16', { unitsCounted: { level: 'commune' } });
const answer = (unitId: string, yes: 0 | 1, year = 2025): Observation => ({
  measureId: share.id,
  unitId,
  year,
  value: yes * 100,
  numerator: yes,
  denominator: 1,
});
const count = (unitId: string, n: number, of: number, year = 2025): Observation => ({
  measureId: share.id,
  unitId,
  year,
  value: (n / of) * 100,
  numerator: n,
  denominator: of,
});
const cellOf = (observations: Observation[], target = 'p') => {
  const r = aggregateObservations({
    registry,
    measures: [share],
    observations,
    targets: [target],
    asOf: '2026-01-01',
  });
  return { cell: r.cells[0]!, skipped: r.skipped };
};

describe('a measure that counts units (issue 8, point 4)', () => {
  it('takes its denominator from the registry, not from who reported: one yes of five communes is 20 %, not 100 %', () => {
    const { cell } = cellOf([answer('c1', 1)]);
    expect(cell.value).toBe(20);
    expect(cell.numerator).toBe(1);
    expect(cell.denominator).toBe(5);
    expect(cell.coverage).toEqual({ reported: 1, expected: 5 });
  });

  it('adds yes answers and a district’s count, counting each commune once', () => {
    // D2 answers for its two communes; c4's own answer is inside that count and is not added again.
    const { cell, skipped } = cellOf([answer('c1', 1), answer('c2', 0), count('d2', 2, 2), answer('c4', 1)]);
    expect(cell.value).toBeCloseTo(60, 10);
    expect(cell.coverage).toEqual({ reported: 4, expected: 5 });
    expect(skipped.notCounted).toBe(1);
  });

  it('counts only the units in force at the year’s end: an abolished commune’s answer is left out', () => {
    const { cell, skipped } = cellOf([answer('c1', 1), answer('c6', 1)]);
    expect(cell.value).toBe(20);
    expect(skipped.notCounted).toBe(1);
    // In 2024 the sixth commune still existed: six in force.
    const earlier = cellOf([answer('c1', 1, 2024), answer('c6', 1, 2024)]);
    expect(earlier.cell.coverage).toEqual({ reported: 2, expected: 6 });
    expect(earlier.cell.value).toBeCloseTo(100 / 3, 10);
  });

  it('keeps a parent’s own figure as the value, its units’ aggregate beside it, never added together', () => {
    const { cell } = cellOf([count('p', 4, 5), answer('c1', 1), answer('c2', 1)]);
    expect(cell.value).toBe(80);
    expect(cell.computed).toEqual({ value: 40, numerator: 2, denominator: 5, figures: 2 });
    expect(cell.coverage).toEqual({ reported: 2, expected: 5 });
  });

  it('a district as target counts its own communes', () => {
    const { cell } = cellOf([answer('c4', 1)], 'd2');
    expect(cell.value).toBe(50);
    expect(cell.coverage).toEqual({ reported: 1, expected: 2 });
  });

  it('says it in the progress answer: the share, and N of M beside it', () => {
    const catalog: IndicatorCatalog = {
      id: 'cat',
      decision: { number: '1/QĐ', date: '2021-01-01', issuer: text('UBND'), title: text('Chương trình') },
      period: { from: 2021, to: 2030 },
      objectives: [
        {
          id: 'o1',
          number: 1,
          title: text('Mục tiêu'),
          indicators: [{ id: 'i16', number: 16, title: text('Xã'), measures: [share] }],
        },
      ],
      source: { title: 'Nguồn' },
    };
    const body = buildProgressResponse({
      plan: {
        id: 'plan',
        issuer: { agencyId: 'p.ubnd', unitId: 'p' },
        reporting: { timeZone: 'Asia/Ho_Chi_Minh' } as never,
      },
      catalog,
      registry,
      observations: [answer('c1', 1), count('p', 4, 5), answer('c2', 0)],
      year: 2025,
      now: new Date('2026-01-10T00:00:00Z'),
    });
    expect(body.measures[0]!.series).toEqual([
      {
        year: 2025,
        value: 80,
        numerator: 4,
        denominator: 5,
        computed: { value: 20, denominator: 5, figures: 2 },
        coverage: { reported: 2, expected: 5 },
      },
    ]);
  });

  it('is a percentage: the catalog refuses another unit, naming the field in both languages', () => {
    const catalog = {
      id: 'cat',
      decision: { number: '1/QĐ', date: '2021-01-01', issuer: text('UBND'), title: text('Chương trình') },
      period: { from: 2021, to: 2030 },
      objectives: [
        {
          id: 'o1',
          number: 1,
          title: text('Mục tiêu'),
          indicators: [
            { id: 'i16', number: 16, title: text('Xã'), measures: [{ ...share, unit: { kind: 'count' } }] },
          ],
        },
      ],
      source: { title: 'Nguồn' },
    };
    const r = validate(IndicatorCatalogSchema, catalog, bundleMessages);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(catalogRuleErrors(r.data)).toEqual([
      {
        path: 'objectives.0.indicators.0.measures.0.unit.kind',
        code: 'units_counted_percent',
        message: {
          vi: 'Trường objectives.0.indicators.0.measures.0.unit.kind: cần đơn vị đo phần trăm cho chỉ số tính tỷ lệ đơn vị hành chính',
          en: 'Field objectives.0.indicators.0.measures.0.unit.kind: expected a percentage unit for a share of administrative units',
        },
      },
    ]);
  });
});

describe('answers to a share of units in a report', () => {
  const catalog = {
    objectives: [{ indicators: [{ number: 16, measures: [share] }] }],
  } as unknown as IndicatorCatalog;
  const errors = (rows: object[], agencyUnitId = 'p') =>
    countedUnitErrors({
      content: { measures: rows as never },
      catalog,
      registry,
      year: 2025,
      agencyUnitId,
      pathPrefix: 'content.',
    });

  it('takes a commune’s yes or no and a parent’s count of its units in force', () => {
    expect(errors([{ measureId: share.id, unitId: 'c1', numerator: 1, denominator: 1 }])).toEqual([]);
    expect(errors([{ measureId: share.id, unitId: 'c2', numerator: 0, denominator: 1 }])).toEqual([]);
    expect(errors([{ measureId: share.id, numerator: 3, denominator: 5 }])).toEqual([]);
    expect(errors([{ measureId: share.id, unitId: 'd2', numerator: 1, denominator: 2 }])).toEqual([]);
  });

  it('takes a line with no figure yet (value null, its note says why), for a commune or a parent', () => {
    expect(errors([{ measureId: share.id, value: null, note: 'Chưa có số liệu.' }])).toEqual([]);
    expect(errors([{ measureId: share.id, unitId: 'c1', value: null, note: 'Chưa có số liệu.' }])).toEqual(
      [],
    );
    // A figure without its count is still refused: the parts are how units are counted.
    expect(errors([{ measureId: share.id, value: 60 }]).map((x) => x.code)).toEqual([
      'units_counted_denominator',
    ]);
  });

  it('refuses a commune answering anything but yes or no', () => {
    const e = errors([{ measureId: share.id, unitId: 'c1', numerator: 3, denominator: 4 }]);
    expect(e.map((x) => [x.path, x.code])).toEqual([
      ['content.measures.0.numerator', 'units_counted_answer'],
    ]);
    expect(e[0]!.message.vi).toContain('có (tử số 1, mẫu số 1) hoặc không');
    expect(e[0]!.message.en).toContain('yes (numerator 1, denominator 1) or no');
  });

  it('refuses a count whose denominator is not the registry’s, saying the right number', () => {
    // The province had six communes in 2024 but five are in force at the end of 2025.
    const e = errors([{ measureId: share.id, numerator: 3, denominator: 6 }]);
    expect(e.map((x) => [x.path, x.code])).toEqual([
      ['content.measures.0.denominator', 'units_counted_denominator'],
    ]);
    expect(e[0]!.message.vi).toContain('2025-12-31: 5');
    expect(e[0]!.message.en).toContain('on 2025-12-31: 5');
  });

  it('refuses an answer for a unit below the counted level or unknown to the registry', () => {
    const districts = measure('m.huyen', '17', { unitsCounted: { level: 'district' } });
    const cat = {
      objectives: [{ indicators: [{ number: 17, measures: [districts] }] }],
    } as unknown as IndicatorCatalog;
    const e = countedUnitErrors({
      content: {
        measures: [
          { measureId: districts.id, unitId: 'c1', numerator: 1, denominator: 1 },
          { measureId: districts.id, unitId: 'nowhere' },
        ],
      },
      catalog: cat,
      registry,
      year: 2025,
      agencyUnitId: 'p',
    });
    expect(e.map((x) => [x.path, x.code])).toEqual([
      ['measures.0.unitId', 'units_counted_level'],
      ['measures.1.unitId', 'units_counted_level'],
    ]);
    expect(e[0]!.message.en).toContain('district level or above');
  });
});
