import { describe, expect, it } from 'vitest';
import {
  type AggregateCell,
  aggregateObservations,
  groupObservations,
  type Observation,
  seriesFromCells,
} from '../src/index.js';
import { measure, registry } from './fixtures/reform-2025.js';

const pct = measure('m.pct', '1');
const per1000 = measure('m.pm', '3a', { unit: { kind: 'per_1000' } });
const cnt = measure('m.cnt', '13', { unit: { kind: 'count' } });

const rate = (
  unitId: string,
  year: number,
  num: number,
  den: number,
  measureId = 'm.pct',
  f = 100,
): Observation => ({
  measureId,
  unitId,
  year,
  value: (num / den) * f,
  numerator: num,
  denominator: den,
});
const count = (unitId: string, year: number, value: number): Observation => ({
  measureId: 'm.cnt',
  unitId,
  year,
  value,
});

const observations: Observation[] = [
  // 2024: before the reform, old communes of Đắk Nông and one Lâm Đồng commune.
  rate('c.a', 2024, 10, 100),
  rate('c.b', 2024, 30, 200),
  rate('c.c', 2024, 5, 50),
  rate('c.x', 2024, 1, 10),
  count('c.a', 2024, 3),
  count('c.b', 2024, 4),
  count('c.c', 2024, 1),
  count('c.x', 2024, 2),
  rate('c.a', 2024, 3, 1000, 'm.pm', 1000),
  rate('c.x', 2024, 9, 1000, 'm.pm', 1000),
  // 2023: one commune gives a percentage without numerator/denominator.
  rate('c.a', 2023, 10, 100),
  { measureId: 'm.pct', unitId: 'c.b', year: 2023, value: 20 },
  // 2026: after the reform.
  rate('c.ab', 2026, 50, 300),
  rate('c.c2', 2026, 10, 60),
  rate('c.x', 2026, 2, 10),
  count('c.ab', 2026, 6),
  // Not attributable.
  rate('zz', 2024, 1, 2),
  { measureId: 'm.unknown', unitId: 'c.a', year: 2024, value: 1 },
];

const run = (targets: string[]) =>
  aggregateObservations({
    registry,
    measures: [pct, per1000, cnt],
    observations,
    targets,
    asOf: '2026-01-01',
  });
const cell = (cells: AggregateCell[], unitId: string, measureId: string, year: number) =>
  cells.find((c) => c.unitId === unitId && c.measureId === measureId && c.year === year);

describe('aggregateObservations', () => {
  const { cells, skipped } = run(['p.ld', 'c.ab', 'p.dn', 'd.gn']);

  it('sums numerators and denominators of rates, never averaging percentages', () => {
    const c = cell(cells, 'p.ld', 'm.pct', 2024)!;
    expect(c.numerator).toBe(46);
    expect(c.denominator).toBe(360);
    expect(c.value).toBeCloseTo((46 / 360) * 100, 12);
    // The mean of the four percentages would be 12.5.
    expect(c.value).not.toBeCloseTo(12.5, 3);
    expect(c.notAggregable).toBe(false);
    const pm = cell(cells, 'p.ld', 'm.pm', 2024)!;
    expect(pm.value).toBeCloseTo(6, 12);
  });

  it('combines pre-merger units and says which units were merged', () => {
    const c = cell(cells, 'p.ld', 'm.pct', 2024)!;
    expect(c.contributors).toEqual(['c.a', 'c.b', 'c.c', 'c.x']);
    expect(c.mergedFrom).toEqual(['p.dn']);
    const ab = cell(cells, 'c.ab', 'm.pct', 2024)!;
    expect(ab.contributors).toEqual(['c.a', 'c.b']);
    expect(ab.mergedFrom).toEqual(['c.a', 'c.b']);
    expect(ab.value).toBeCloseTo((40 / 300) * 100, 12);
    const after = cell(cells, 'p.ld', 'm.pct', 2026)!;
    expect(after).toMatchObject({
      numerator: 62,
      denominator: 370,
      mergedFrom: [],
      contributors: ['c.ab', 'c.c2', 'c.x'],
    });
  });

  it('attributes data to the unit that existed that year', () => {
    const dn = cell(cells, 'p.dn', 'm.pct', 2024)!;
    expect(dn.contributors).toEqual(['c.a', 'c.b', 'c.c']);
    expect(dn.mergedFrom).toEqual([]);
    expect(cell(cells, 'p.dn', 'm.pct', 2026)).toBeUndefined();
    expect(cell(cells, 'd.gn', 'm.pct', 2024)?.contributors).toEqual(['c.a', 'c.b']);
  });

  it('sums counts', () => {
    expect(cell(cells, 'p.ld', 'm.cnt', 2024)).toMatchObject({
      value: 10,
      numerator: null,
      denominator: null,
    });
    expect(cell(cells, 'c.ab', 'm.cnt', 2024)?.value).toBe(7);
    expect(cell(cells, 'p.ld', 'm.cnt', 2026)?.value).toBe(6);
  });

  it('reports a year with a bare percentage as not aggregable, naming the unit', () => {
    const c = cell(cells, 'p.ld', 'm.pct', 2023)!;
    expect(c).toMatchObject({
      value: null,
      numerator: null,
      denominator: null,
      notAggregable: true,
      unpaired: ['c.b'],
    });
    expect(c.contributors).toEqual(['c.a', 'c.b']);
    const series = seriesFromCells(cells).find((s) => s.unitId === 'p.ld' && s.measureId === 'm.pct')!;
    expect(series.points.map((p) => p.year)).toEqual([2024, 2026]);
    expect(series.notAggregableYears).toEqual([2023]);
  });

  it('keeps a unit’s own bare percentage as published in its own cell, never in its parents’', () => {
    // c.b published 20 % for itself in 2023, without numerator and denominator: its own figure.
    const own = cell(run(['c.b', 'p.ld']).cells, 'c.b', 'm.pct', 2023)!;
    expect(own).toMatchObject({ value: 20, numerator: null, denominator: null, notAggregable: false });
    expect(own.contributors).toEqual(['c.b']);
    // Its parent cannot add it to c.a's parts: still not aggregable there.
    expect(cell(run(['c.b', 'p.ld']).cells, 'p.ld', 'm.pct', 2023)).toMatchObject({
      value: null,
      notAggregable: true,
    });
  });

  it('takes a unit’s own figure as its value and keeps its children’s aggregate beside it, never adding them', () => {
    // The nation publishes 9,3 ‰ for itself; its provinces' figures sum to another rate. Adding
    // the nation's parts to theirs gave 9,364 (issue 8).
    const { cells: both } = aggregateObservations({
      registry,
      measures: [pct, per1000],
      observations: [
        rate('p.ld', 2027, 93, 10_000, 'm.pm', 1000),
        rate('c.x', 2027, 30, 2_000, 'm.pm', 1000),
        rate('c.ab', 2027, 20, 3_000, 'm.pm', 1000),
        { measureId: 'm.pct', unitId: 'p.ld', year: 2027, value: 40 },
        rate('c.x', 2027, 1, 10),
      ],
      targets: ['p.ld'],
      asOf: '2026-01-01',
    });
    const own = cell(both, 'p.ld', 'm.pm', 2027)!;
    expect(own).toMatchObject({ numerator: 93, denominator: 10_000, notAggregable: false });
    expect(own.value).toBe((93 / 10_000) * 1000);
    expect(own.computed).toEqual({ value: 10, numerator: 50, denominator: 5_000, figures: 2 });
    expect(own.contributors).toEqual(['p.ld', 'c.x', 'c.ab']);
    // A bare own percentage stands too, its children's aggregate beside it.
    const bare = cell(both, 'p.ld', 'm.pct', 2027)!;
    expect(bare).toMatchObject({ value: 40, numerator: null, denominator: null, notAggregable: false });
    expect(bare.computed).toEqual({ value: 10, numerator: 1, denominator: 10, figures: 1 });
    // Without an own figure there is nothing beside: the aggregate is the value.
    expect(cell(cells, 'p.ld', 'm.pct', 2024)!.computed).toBeNull();
  });

  it('counts what it could not attribute', () => {
    expect(skipped).toEqual({
      unknownUnit: 1,
      unknownMeasure: 1,
      notAttributed: 0,
      badYear: 0,
      notCounted: 0,
    });
    expect(run(['c.ab']).skipped.notAttributed).toBe(7); // c.c ×2, c.x ×4, c.c2
  });

  it('skips years outside 1900–2100 instead of spilling into another cell', () => {
    const bad: Observation[] = [rate('c.x', 2101, 1, 2), rate('c.x', 2024.5, 1, 2), rate('c.x', 1899, 1, 2)];
    const r = aggregateObservations({
      registry,
      measures: [pct],
      observations: bad,
      targets: ['p.ld'],
      asOf: '2026-01-01',
    });
    expect(r.cells).toEqual([]);
    expect(r.skipped.badYear).toBe(3);
  });

  it('orders cells by target, measure, then year', () => {
    const keys = cells.map((c) => `${c.unitId}|${c.measureId}|${c.year}`);
    expect(keys.slice(0, 3)).toEqual(['p.ld|m.pct|2023', 'p.ld|m.pct|2024', 'p.ld|m.pct|2026']);
  });
});

describe('groupObservations', () => {
  it('groups by unit and measure in order of first appearance, keeping the observations', () => {
    const groups = groupObservations(observations);
    const a = groups.find((g) => g.unitId === 'c.a' && g.measureId === 'm.pct')!;
    expect(a.points.map((p) => p.year)).toEqual([2024, 2023]);
    expect(a.points[0]).toBe(observations[0]);
    expect(groups[0]).toMatchObject({ unitId: 'c.a', measureId: 'm.pct' });
  });
});
