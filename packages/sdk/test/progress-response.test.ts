import { describe, expect, it } from 'vitest';
import {
  assessProgress,
  buildProgressResponse,
  catalogMeasures,
  type Observation,
  ProgressResponseSchema,
  ProgressSeriesResponseSchema,
  planUnitId,
} from '../src/index.js';
import { catalog, plan, registry } from './fixtures/reform-2025.js';

const now = new Date('2026-03-01T03:00:00Z');
const rate = (unitId: string, year: number, num: number, den: number, illustrative = false): Observation => ({
  measureId: 'm.3a',
  unitId,
  year,
  value: (num / den) * 100,
  numerator: num,
  denominator: den,
  ...(illustrative ? { illustrative } : {}),
});
const observations: Observation[] = [
  rate('c.a', 2024, 10, 100),
  rate('c.x', 2024, 1, 10, true),
  rate('c.ab', 2026, 50, 300),
  rate('c.ab', 2027, 99, 100), // after the assessment year: left out
];
const build = (over: { unitId?: string; observations?: Observation[] } = {}) =>
  buildProgressResponse({ plan, catalog, registry, observations, year: 2026, now, ...over });

describe('catalogMeasures', () => {
  it('lists every measure in catalog order', () => {
    expect(catalogMeasures(catalog).map((m) => m.id)).toEqual(['m.3a', 'm.8a', 'm.10']);
  });
});

describe('planUnitId', () => {
  it("is the plan's unit as it is at `now` in the plan's time zone", () => {
    expect(planUnitId(plan, registry, new Date('2025-06-30T12:00:00Z'))).toBe('p.dn');
    expect(planUnitId(plan, registry, now)).toBe('p.ld');
  });
});

describe('buildProgressResponse', () => {
  it('aggregates observations up to the year to the plan unit of today and assesses each series', () => {
    const body = build();
    expect(ProgressResponseSchema.safeParse(body).success).toBe(true);
    // The series-only check a page uses passes every body, and keeps each measure's series.
    const series = ProgressSeriesResponseSchema.parse(body);
    expect(series.measures.map((m) => [m.measureId, m.series.map((p) => [p.year, p.value])])).toEqual(
      body.measures.map((m) => [m.measureId, m.series.map((p) => [p.year, p.value])]),
    );
    expect(body).toMatchObject({ planId: plan.id, year: 2026, unitId: 'p.ld', illustrative: true });
    expect(body.measures.map((m) => m.measureId)).toEqual(['m.3a', 'm.8a', 'm.10']);
    const m3a = body.measures[0]!;
    expect(m3a.series).toEqual([
      { year: 2024, value: 10, numerator: 11, denominator: 110 },
      { year: 2026, value: (50 / 300) * 100, numerator: 50, denominator: 300 },
    ]);
    expect(m3a.contributors).toEqual(['c.a', 'c.x', 'p.dn', 'c.ab']);
    expect(m3a.illustrative).toBe(true);
    expect(m3a.assessment).toEqual(
      assessProgress({
        measure: catalogMeasures(catalog)[0]!,
        series: m3a.series.map((p) => ({ year: p.year, value: p.value })),
        year: 2026,
      }),
    );
  });

  it('gives a measure without data an empty series and no illustrative flag', () => {
    const m8a = build().measures[1]!;
    expect(m8a).toMatchObject({ measureId: 'm.8a', unitId: 'p.ld', series: [], contributors: [] });
    expect(m8a.illustrative).toBe(false);
    expect(m8a.assessment.status).toBe('not_available');
  });

  it('aggregates to the unit asked for, and is illustrative only when a contributor is', () => {
    const body = build({ unitId: 'c.ab' });
    expect(body.unitId).toBe('c.ab');
    expect(body.measures[0]!.series.map((p) => p.year)).toEqual([2024, 2026]);
    expect(body.measures[0]!.contributors).toEqual(['c.a', 'c.ab']);
    expect(body.illustrative).toBe(false);
  });
});
