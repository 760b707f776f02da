/**
 * Deterministic synthetic country for the benchmark: 63 former provinces merged into 34,
 * 3,321 communes, 35 measures, 10 years (2016–2025) ≈ 1.16 M observations. Invented numbers.
 */

/** Small fast PRNG (mulberry32): the same seed gives the same country on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const src = { title: 'benchmark (illustrative)' };
const COMMUNES = 3321;
const NEW_PROVINCES = 34;
const OLD_PROVINCES = 63;
export const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

/** 35 measures: 28 percentages, 3 per 1,000, 2 per 100,000, 2 counts (one with a yearly-change target). */
export function makeMeasures() {
  const measures = [];
  for (let i = 0; i < 35; i++) {
    const kind = i < 28 ? 'percent' : i < 31 ? 'per_1000' : i < 33 ? 'per_100000' : 'count';
    const direction = i % 3 === 0 ? 'decrease' : 'increase';
    const targets =
      kind === 'count'
        ? i === 34
          ? [{ kind: 'yearly_change', fromYear: 2025, toYear: 2030, minPercent: 2, aimPercent: 3 }]
          : []
        : [
            {
              kind: 'level',
              year: 2025,
              comparator: direction === 'decrease' ? '<' : '≥',
              value: bound(kind, direction, 0),
            },
            {
              kind: 'level',
              year: 2030,
              comparator: direction === 'decrease' ? '≤' : '≥',
              value: bound(kind, direction, 1),
            },
          ];
    measures.push({
      id: `m.${i + 1}`,
      code: String(i + 1),
      title: { vi: `Chỉ số ${i + 1}` },
      unit: { kind },
      direction,
      targets,
    });
  }
  return measures;
}

function bound(kind, direction, later) {
  const f = kind === 'percent' ? 1 : kind === 'per_1000' ? 1 : 100;
  if (direction === 'decrease') return (later ? 8 : 9.5) * f;
  return kind === 'percent' ? (later ? 95 : 90) : (later ? 30 : 25) * f;
}

/** Registry: old provinces → new provinces on 2025-07-01; communes under their old province. */
export function makeRegistry() {
  const units = [];
  const unitSuccessions = [];
  for (let p = 0; p < NEW_PROVINCES; p++)
    units.push({ id: `P${p}`, name: { vi: `Tỉnh ${p}` }, level: 'province' });
  for (let p = 0; p < OLD_PROVINCES; p++) {
    units.push({ id: `OP${p}`, name: { vi: `Tỉnh cũ ${p}` }, level: 'province', validTo: '2025-07-01' });
    unitSuccessions.push({
      fromId: `OP${p}`,
      toId: `P${p % NEW_PROVINCES}`,
      effective: '2025-07-01',
      kind: 'merger',
      source: src,
    });
  }
  for (let c = 0; c < COMMUNES; c++) {
    units.push({
      id: `C${c}`,
      name: { vi: `Xã ${c}` },
      level: 'commune',
      parentId: `OP${c % OLD_PROVINCES}`,
    });
  }
  return { agencies: [], units, agencySuccessions: [], unitSuccessions };
}

/** Observations ordered by commune, measure, year; rates carry numerator and denominator. */
export function makeObservations(measures) {
  const next = rng(20250701);
  const obs = [];
  for (let c = 0; c < COMMUNES; c++) {
    const unitId = `C${c}`;
    for (const m of measures) {
      const kind = m.unit.kind;
      const factor =
        kind === 'percent' ? 100 : kind === 'per_1000' ? 1000 : kind === 'per_100000' ? 100_000 : 1;
      let p =
        kind === 'percent'
          ? 0.3 + next() * 0.6
          : kind === 'per_1000'
            ? 0.005 + next() * 0.01
            : 0.0002 + next() * 0.005;
      let n = 5 + Math.floor(next() * 40);
      for (const year of YEARS) {
        if (kind === 'count') {
          obs.push({ measureId: m.id, unitId, year, value: n });
          n = Math.max(1, n + Math.floor(next() * 5) - 2);
          continue;
        }
        const denominator =
          kind === 'per_100000' ? 2000 + Math.floor(next() * 8000) : 50 + Math.floor(next() * 450);
        const numerator = Math.max(1, Math.round(denominator * p));
        obs.push({
          measureId: m.id,
          unitId,
          year,
          value: (numerator / denominator) * factor,
          numerator,
          denominator,
        });
        p = Math.min(0.99, Math.max(0.0001, p * (0.97 + next() * 0.07)));
      }
    }
  }
  return obs;
}
