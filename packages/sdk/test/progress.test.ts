import { describe, expect, it } from 'vitest';
import {
  type Assessment,
  AssessmentSchema,
  assessProgress,
  compare,
  expectedValue,
  type Measure,
  type SeriesPoint,
  type Target,
} from '../src/index.js';
import { measure } from './fixtures/reform-2025.js';

const level = (year: number, comparator: '<' | '≤' | '≥' | '=', value: number): Target => ({
  kind: 'level',
  year,
  comparator,
  value,
});
const pts = (...pairs: Array<[number, number]>): SeriesPoint[] =>
  pairs.map(([year, value]) => ({ year, value }));
const cagr = (a: number, b: number, years: number) => (b / a) ** (1 / years) - 1;

/** Assess and check the result has exactly the schema's shape. */
function assess(input: Parameters<typeof assessProgress>[0]): Assessment {
  const a = assessProgress(input);
  expect(AssessmentSchema.safeParse(a).success).toBe(true);
  return a;
}

// Indicator 1: communes meeting the child-friendly standard, ≥ 65 % by 2025, ≥ 75 % by 2030.
const childFriendly = measure('m.1', '1', { targets: [level(2025, '≥', 65), level(2030, '≥', 75)] });
// Indicator 3a: neonatal mortality per 1,000, < 9.5 by 2025, < 9 by 2030.
const neonatal = measure('m.3a', '3a', {
  unit: { kind: 'per_1000' },
  direction: 'decrease',
  targets: [level(2025, '<', 9.5), level(2030, '<', 9)],
});

describe('compare', () => {
  it('treats < and ≤ differently at the edge', () => {
    expect(compare(9.5, '<', 9.5)).toBe(false);
    expect(compare(9.49, '<', 9.5)).toBe(true);
    expect(compare(9.5, '≤', 9.5)).toBe(true);
    expect(compare(9.51, '≤', 9.5)).toBe(false);
  });
  it('holds ≥ at the edge and = only at the value', () => {
    expect(compare(97, '≥', 97)).toBe(true);
    expect(compare(96.99, '≥', 97)).toBe(false);
    expect(compare(100, '=', 100)).toBe(true);
    expect(compare(99.9, '=', 100)).toBe(false);
  });
  it('absorbs float error from numerator/denominator', () => {
    const v = (7 / 100) * 100; // 7.000000000000001
    expect(v).not.toBe(7);
    expect(compare(v, '≤', 7)).toBe(true);
    expect(compare(v, '<', 7)).toBe(false);
    expect(compare(v, '=', 7)).toBe(true);
  });
});

describe('expectedValue', () => {
  it('lies on the straight line and stays at the ends', () => {
    expect(expectedValue({ year: 2021, value: 50 }, { year: 2025, value: 65 }, 2023)).toBe(57.5);
    expect(expectedValue({ year: 2021, value: 50 }, { year: 2025, value: 65 }, 2020)).toBe(50);
    expect(expectedValue({ year: 2021, value: 50 }, { year: 2025, value: 65 }, 2027)).toBe(65);
  });
});

describe('assessProgress — target method, increase', () => {
  const required = cagr(50, 65, 4);
  const latestFor = (ratio: number) => 50 * (1 + ratio * required) ** 2;

  it.each([
    [1.1, 'substantial_progress'],
    [0.95, 'substantial_progress'],
    [0.8, 'moderate_progress'],
    [0.6, 'moderate_progress'],
    [0.3, 'limited_progress'],
    [0, 'limited_progress'],
    [-0.2, 'deterioration'],
  ] as const)('ratio %s → %s', (ratio, status) => {
    const a = assess({ measure: childFriendly, series: pts([2021, 50], [2023, latestFor(ratio)]) });
    expect(a.status).toBe(status);
    expect(a.method).toBe('target');
    expect(a.ratio).toBeCloseTo(ratio, 9);
    expect(a.target).toEqual(level(2025, '≥', 65));
    expect(a.expected).toEqual({ year: 2023, value: 57.5 });
    expect(a.base).toEqual({ year: 2021, value: 50 });
    expect(a.latest?.year).toBe(2023);
  });

  it('says target_achieved when the latest value meets the comparator (edge included for ≥)', () => {
    const a = assess({ measure: childFriendly, series: pts([2021, 50], [2023, 65]) });
    expect(a.status).toBe('target_achieved');
    expect(a.reason).toBeUndefined();
    expect(a.ratio).toBeGreaterThan(1);
  });

  it('judges against the next milestone at or after the assessment year, else the last', () => {
    const s = pts([2021, 50], [2025, 66], [2026, 67]);
    expect(assess({ measure: childFriendly, series: s }).target).toEqual(level(2030, '≥', 75));
    expect(assess({ measure: childFriendly, series: s, year: 2025 }).status).toBe('target_achieved');
    const late = assess({ measure: childFriendly, series: pts([2021, 50], [2031, 80]) });
    expect(late.target).toEqual(level(2030, '≥', 75));
    expect(late.status).toBe('target_achieved');
  });

  it('takes a target override and a base year', () => {
    const s = pts([2019, 10], [2021, 50], [2023, 55]);
    const a = assess({ measure: childFriendly, series: s, baseYear: 2020, target: level(2025, '≥', 60) });
    expect(a.base).toEqual({ year: 2021, value: 50 });
    expect(a.target).toEqual(level(2025, '≥', 60));
    expect(a.ratio).toBeCloseTo(cagr(50, 55, 2) / cagr(50, 60, 4), 12);
  });

  it('cuts the series at the assessment year', () => {
    const a = assess({
      measure: childFriendly,
      series: pts([2021, 50], [2022, 52.5], [2024, 70]),
      year: 2022,
    });
    expect(a.latest).toEqual({ year: 2022, value: 52.5 });
    expect(a.status).toBe('moderate_progress');
    expect(assess({ measure: childFriendly, series: pts([2021, 50]), year: 2020 }).reason).toBe('no_data');
  });

  it('gives the same result for unsorted input and leaves the input alone', () => {
    const sorted = pts([2021, 50], [2022, 53], [2023, 55], [2024, 60]);
    const shuffled = [sorted[2]!, sorted[0]!, sorted[3]!, sorted[1]!];
    const copy = shuffled.slice();
    expect(assess({ measure: childFriendly, series: shuffled })).toEqual(
      assess({ measure: childFriendly, series: sorted }),
    );
    expect(shuffled).toEqual(copy);
  });
});

describe('assessProgress — target method, decrease', () => {
  it('counts a fall as progress', () => {
    const a = assess({ measure: neonatal, series: pts([2021, 12], [2023, 10.5]) });
    expect(a.ratio).toBeCloseTo(-cagr(12, 10.5, 2) / Math.abs(cagr(12, 9.5, 4)), 12);
    expect(a.status).toBe('substantial_progress');
  });
  it('counts a rise as deterioration', () => {
    expect(assess({ measure: neonatal, series: pts([2021, 12], [2023, 13]) }).status).toBe('deterioration');
  });
  it('does not call a value at a strict (<) threshold achieved', () => {
    const a = assess({ measure: neonatal, series: pts([2021, 12], [2023, 9.5]) });
    expect(a.status).toBe('substantial_progress');
    expect(a.milestones[0]).toMatchObject({ year: 2025, achieved: false, due: false });
    expect(assess({ measure: neonatal, series: pts([2021, 12], [2023, 9.4]) }).status).toBe(
      'target_achieved',
    );
  });
  it('achieves a non-strict (≤) threshold at the edge', () => {
    const m = measure('m.3b', '3b', {
      unit: { kind: 'per_1000' },
      direction: 'decrease',
      targets: [level(2025, '≤', 12.5)],
    });
    expect(assess({ measure: m, series: pts([2021, 14], [2023, 12.5]) }).status).toBe('target_achieved');
  });
});

describe('milestones', () => {
  // Indicator 7: sanitation in schools, = 100 by 2025, maintained to 2030.
  const sanitation = measure('m.7', '7', {
    targets: [level(2025, '=', 100), { kind: 'maintain', year: 2030, comparator: '=', value: 100 }],
  });

  it('judges each milestone at its year or the latest before it, due or not', () => {
    const a = assess({ measure: childFriendly, series: pts([2021, 50], [2024, 64], [2026, 70]), year: 2026 });
    expect(a.milestones).toEqual([
      {
        year: 2025,
        kind: 'level',
        comparator: '≥',
        value: 65,
        observed: { year: 2024, value: 64 },
        achieved: false,
        due: true,
      },
      {
        year: 2030,
        kind: 'level',
        comparator: '≥',
        value: 75,
        observed: { year: 2026, value: 70 },
        achieved: false,
        due: false,
      },
    ]);
  });

  it('has no observation to judge a milestone before any data', () => {
    const m = measure('m.x', '2', { targets: [level(2020, '≥', 1), level(2025, '≥', 90)] });
    const a = assess({ measure: m, series: pts([2021, 80], [2022, 85]) });
    expect(a.milestones[0]).toMatchObject({ observed: null, achieved: null, due: true });
  });

  it('keeps a maintain target only while every year since it was first met holds', () => {
    const held = assess({ measure: sanitation, series: pts([2021, 96], [2022, 100], [2023, 100]) });
    expect(held.status).toBe('target_achieved');
    expect(held.milestones.map((x) => x.achieved)).toEqual([true, true]);
    const lapsed = assess({ measure: sanitation, series: pts([2021, 100], [2022, 98], [2023, 100]) });
    expect(lapsed.status).toBe('target_achieved'); // the 2025 level is met now
    expect(lapsed.milestones.map((x) => x.achieved)).toEqual([true, false]);
  });

  it('judges status against a maintain target with its lapses', () => {
    const s = pts([2021, 90], [2024, 100], [2025, 99], [2026, 100]);
    const a = assess({ measure: sanitation, series: s, year: 2026 });
    expect(a.target?.kind).toBe('maintain');
    expect(a.status).toBe('substantial_progress');
    const ok = assess({
      measure: sanitation,
      series: pts([2024, 100], [2025, 100], [2026, 100]),
      year: 2026,
    });
    expect(ok.status).toBe('target_achieved');
  });
});

describe('assessProgress — yearly change (indicator 13)', () => {
  const marriages = measure('m.13', '13', {
    unit: { kind: 'count' },
    direction: 'decrease',
    targets: [{ kind: 'yearly_change', fromYear: 2025, toYear: 2030, minPercent: 2, aimPercent: 3 }],
  });

  it('achieves the target with a fall of at least 2 %, listing every change', () => {
    const a = assess({ measure: marriages, series: pts([2024, 100], [2025, 97], [2026, 95.06]) });
    expect(a.method).toBe('yearly_change');
    expect(a.status).toBe('target_achieved');
    expect(a.yearlyChanges).toHaveLength(2);
    expect(a.yearlyChanges?.[0]).toMatchObject({ year: 2025, met: true, inTargetPeriod: true });
    expect(a.yearlyChanges?.[0]?.changePercent).toBeCloseTo(-3, 10);
    expect(a.yearlyChanges?.[1]?.changePercent).toBeCloseTo(-2, 10);
    expect(a.expected?.value).toBeCloseTo(97 * 0.98, 10);
  });

  it.each([
    [98.1, 'substantial_progress'],
    [98.7, 'moderate_progress'],
    [99, 'limited_progress'],
    [100, 'limited_progress'],
    [101, 'deterioration'],
  ] as const)('2025 100 → 2026 %s is %s', (v, status) => {
    const a = assess({ measure: marriages, series: pts([2025, 100], [2026, v]) });
    expect(a.status).toBe(status);
    expect(a.ratio).toBeCloseTo((100 - v) / 2, 9);
  });

  it('marks changes outside the target period and annualises gaps', () => {
    const a = assess({ measure: marriages, series: pts([2022, 50], [2023, 51], [2025, 48.9804]) });
    expect(a.yearlyChanges?.map((c) => c.inTargetPeriod)).toEqual([false, true]);
    expect(a.yearlyChanges?.[1]?.changePercent).toBeCloseTo(-2, 3);
    expect(a.status).toBe('target_achieved');
  });

  it('treats a count staying at zero as met, and a rise from zero as not assessable', () => {
    expect(assess({ measure: marriages, series: pts([2025, 0], [2026, 0]) }).status).toBe('target_achieved');
    const a = assess({ measure: marriages, series: pts([2025, 0], [2026, 3]) });
    expect(a).toMatchObject({ status: 'not_available', reason: 'zero_base', method: 'yearly_change' });
    expect(assess({ measure: marriages, series: pts([2025, 10]) }).reason).toBe('too_few_points');
  });
});

describe('assessProgress — no target', () => {
  const plain = measure('m.nt', '99');
  const down = measure('m.nd', '98', { direction: 'decrease' });
  it.each([
    [0.02, 'substantial_progress'],
    [0.015, 'substantial_progress'],
    [0.01, 'moderate_progress'],
    [0.002, 'limited_progress'],
    [-0.01, 'deterioration'],
  ] as const)('growth %s a year → %s', (g, status) => {
    const a = assess({ measure: plain, series: pts([2021, 40], [2024, 40 * (1 + g) ** 3]) });
    expect(a.method).toBe('no_target');
    expect(a.status).toBe(status);
    expect(a.ratio).toBeCloseTo(g, 12);
    expect(a.target).toBeNull();
    expect(a.expected).toBeNull();
  });
  it('signs growth by direction', () => {
    const a = assess({ measure: down, series: pts([2021, 40], [2023, 40 * 0.98 ** 2]) });
    expect(a.ratio).toBeCloseTo(0.02, 12);
    expect(a.status).toBe('substantial_progress');
  });
});

describe('assessProgress — not available', () => {
  const cases: Array<[string, Measure, SeriesPoint[], number | undefined]> = [
    ['no_data', childFriendly, [], undefined],
    ['not_finite', childFriendly, pts([2021, 50], [2022, Number.NaN]), undefined],
    ['not_finite', childFriendly, pts([2021, 50], [2022, Number.POSITIVE_INFINITY]), undefined],
    ['not_finite', childFriendly, pts([Number.NaN, 50], [2022, 51]), undefined],
    ['year_out_of_range', childFriendly, pts([1899, 50], [2022, 51]), undefined],
    ['year_out_of_range', childFriendly, pts([2021, 50], [2101, 51]), undefined],
    ['year_out_of_range', childFriendly, pts([2021.5, 50], [2022, 51]), undefined],
    ['year_out_of_range', childFriendly, pts([2021, 50], [2022, 51]), 2200],
    ['duplicate_year', childFriendly, pts([2022, 50], [2021, 40], [2022, 51]), undefined],
    ['out_of_bounds', childFriendly, pts([2021, 50], [2022, 100.5]), undefined],
    ['out_of_bounds', neonatal, pts([2021, 12], [2022, 1000.1]), undefined],
    [
      'out_of_bounds',
      measure('m.11', '11a', { unit: { kind: 'per_100000' } }),
      pts([2021, 100001]),
      undefined,
    ],
    [
      'out_of_bounds',
      measure('m.c', '13', { unit: { kind: 'count' } }),
      pts([2021, -1], [2022, 0]),
      undefined,
    ],
    ['sign_change', childFriendly, pts([2021, -1], [2022, 5]), undefined],
    ['zero_base', childFriendly, pts([2021, 0], [2022, 5]), undefined],
    ['too_few_points', childFriendly, pts([2021, 50]), undefined],
    ['target_not_applicable', childFriendly, pts([2030, 60], [2031, 70]), undefined],
    ['no_required_growth', neonatal, pts([2021, 9.5], [2023, 9.7]), undefined],
  ];
  it.each(cases)('%s', (reason, m, series, year) => {
    const a = assess({ measure: m, series, year });
    expect(a.status).toBe('not_available');
    expect(a.reason).toBe(reason);
    expect(a.ratio).toBeNull();
  });

  it('still calls a single point achieved and judges milestones with one point', () => {
    const a = assess({ measure: childFriendly, series: pts([2023, 70]) });
    expect(a.status).toBe('target_achieved');
    const b = assess({ measure: childFriendly, series: pts([2023, 60]) });
    expect(b.reason).toBe('too_few_points');
    expect(b.milestones.map((x) => x.achieved)).toEqual([false, false]);
  });

  it('lists milestones unjudged when the data are broken', () => {
    const a = assess({ measure: childFriendly, series: pts([2021, Number.NaN]), year: 2026 });
    expect(a.milestones.map((x) => [x.achieved, x.due])).toEqual([
      [null, true],
      [null, false],
    ]);
    expect(a.target).toEqual(level(2030, '≥', 75));
  });

  it('prefers target_achieved over a zero base', () => {
    const hiv = measure('m.6', '6', { direction: 'decrease', targets: [level(2030, '≤', 2)] });
    expect(assess({ measure: hiv, series: pts([2021, 0], [2022, 1]) }).status).toBe('target_achieved');
  });
});
