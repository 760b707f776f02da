import { describe, expect, it } from 'vitest';
import {
  aggregateBySeries,
  buildProgressResponse,
  catalogMeasures,
  type Observation,
  ProgressResponseSchema,
} from '../src/index.js';
import { catalog } from './fixtures/disaggregated.js';
import { plan, registry } from './fixtures/reform-2025.js';

const now = new Date('2026-03-01T03:00:00Z');
const rate = (
  unitId: string,
  year: number,
  num: number,
  den: number,
  categories?: Record<string, string>,
): Observation => ({
  measureId: 'm.obese',
  unitId,
  year,
  value: (num / den) * 100,
  numerator: num,
  denominator: den,
  ...(categories ? { categories } : {}),
});
const count = (
  unitId: string,
  year: number,
  value: number,
  categories?: Record<string, string>,
): Observation => ({
  measureId: 'm.births',
  unitId,
  year,
  value,
  ...(categories ? { categories } : {}),
});

const build = (observations: Observation[]) =>
  buildProgressResponse({ plan, catalog, registry, observations, year: 2026, now });

describe('aggregateBySeries', () => {
  it('aggregates the total and each category on its own, never into one another', () => {
    const { series } = aggregateBySeries({
      registry,
      measures: catalogMeasures(catalog),
      observations: [
        count('c.ab', 2025, 10),
        count('c.x', 2025, 5, { sex: 'female' }),
        count('c.ab', 2025, 4, { sex: 'female' }),
        count('c.x', 2025, 7),
        count('c.x', 2025, 2, { sex: 'male', area: 'rural' }),
      ],
      targets: ['p.ld'],
      asOf: '2026-03-01',
    });
    expect(series.map((s) => [s.key, s.categories, s.cells.map((c) => c.value)])).toEqual([
      ['', {}, [17]],
      ['sex=female', { sex: 'female' }, [9]],
      ['area=rural;sex=male', { area: 'rural', sex: 'male' }, [2]],
    ]);
  });
});

describe('buildProgressResponse with categories', () => {
  it('serves each category series, assessed against its own target, beside the total', () => {
    const body = build([
      rate('c.ab', 2024, 12, 100),
      rate('c.ab', 2026, 9, 100),
      rate('c.ab', 2024, 5, 40, { area: 'urban' }),
      rate('c.ab', 2026, 3, 40, { area: 'urban' }),
      rate('c.ab', 2024, 7, 60, { area: 'rural' }),
      rate('c.ab', 2026, 6, 60, { area: 'rural' }),
    ]);
    expect(ProgressResponseSchema.safeParse(body).success).toBe(true);
    const m = body.measures.find((x) => x.measureId === 'm.obese')!;
    expect(m.series.map((p) => p.value)).toEqual([12, 9]);
    // The total against its target < 10; each area against its own.
    expect(m.assessment.target).toMatchObject({ value: 10 });
    expect(m.assessment.status).toBe('target_achieved');
    expect(
      m.breakdown!.map((b) => [
        b.categories,
        b.series.map((p) => p.value),
        (b.assessment.target as { value?: number } | null)?.value,
      ]),
    ).toEqual([
      [{ area: 'urban' }, [12.5, 7.5], 8],
      [{ area: 'rural' }, [(7 / 60) * 100, 10], 12],
    ]);
    expect(m.breakdown![0]!.assessment.status).toBe('target_achieved');
    expect(m.breakdown![0]!.contributors).toEqual(['c.ab']);
    expect(m.partsExceed).toBeUndefined();
    // Measures without categories have no breakdown.
    expect(body.measures.find((x) => x.measureId === 'm.3a')).not.toHaveProperty('breakdown');
  });

  it("flags additive parts that exceed the total's, for rates and counts", () => {
    const body = build([
      rate('c.ab', 2026, 9, 100),
      rate('c.ab', 2026, 5, 60, { area: 'urban' }),
      rate('c.ab', 2026, 6, 50, { area: 'rural' }),
      count('c.ab', 2026, 10),
      count('c.ab', 2026, 6, { sex: 'male' }),
      count('c.x', 2026, 5, { sex: 'female' }),
      count('c.x', 2026, 3, { sex: 'male', area: 'rural' }),
    ]);
    const obese = body.measures.find((x) => x.measureId === 'm.obese')!;
    expect(obese.partsExceed).toEqual([
      { year: 2026, categories: {}, dimension: 'area', field: 'numerator', sum: 11, limit: 9 },
      { year: 2026, categories: {}, dimension: 'area', field: 'denominator', sum: 110, limit: 100 },
    ]);
    const births = body.measures.find((x) => x.measureId === 'm.births')!;
    // male + female = 11 > 10; the male × rural part (3) stays within male (6).
    expect(births.partsExceed).toEqual([
      { year: 2026, categories: {}, dimension: 'sex', field: 'value', sum: 11, limit: 10 },
    ]);
    expect(births.breakdown!.map((b) => b.categories)).toEqual([
      { sex: 'male' },
      { sex: 'female' },
      { area: 'rural', sex: 'male' },
    ]);
  });

  it('keeps the body as before when no observation has categories', () => {
    const body = build([rate('c.ab', 2026, 9, 100)]);
    const m = body.measures.find((x) => x.measureId === 'm.obese')!;
    // No breakdown nor partsExceed: only the fields every measure has (with its targets in force).
    expect(Object.keys(m).sort()).toEqual([
      'assessment',
      'contributors',
      'illustrative',
      'measureId',
      'series',
      'targets',
      'unitId',
    ]);
  });
});
