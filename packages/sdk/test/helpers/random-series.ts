import type { SeriesPoint } from '../../src/index.js';

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `[below, value]` rungs, first match wins; above the last rung, `otherwise`. */
type Ladder = readonly (readonly [below: number, value: number])[];

const pick = (r: number, ladder: Ladder, otherwise: () => number): number => {
  for (const [below, value] of ladder) if (r < below) return value;
  return otherwise();
};

export interface RandomSeriesSpec {
  /** Number of points: 0 to `maxPoints - 1`. */
  maxPoints: number;
  /** First year: `firstYear` plus 0 to `firstYearSpan - 1`. */
  firstYear: number;
  firstYearSpan: number;
  /** Edge values by one draw; otherwise a second draw gives a value in [0, 100] to 0.1. */
  values: Ladder;
  /** Year steps by one draw; otherwise `otherStep`. */
  steps: Ladder;
  otherStep: number;
}

/** Random series, sorted or not, with broken points and edge values as `spec` says. */
export function randomSeries(next: () => number, spec: RandomSeriesSpec): SeriesPoint[] {
  const n = Math.floor(next() * spec.maxPoints);
  const out: SeriesPoint[] = [];
  let year = spec.firstYear + Math.floor(next() * spec.firstYearSpan);
  for (let i = 0; i < n; i++) {
    const value = pick(next(), spec.values, () => Math.round(next() * 1000) / 10);
    out.push({ year, value });
    year += pick(next(), spec.steps, () => spec.otherStep);
  }
  return out;
}
