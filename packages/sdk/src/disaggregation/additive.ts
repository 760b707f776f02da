import type { Categories } from '../schemas/dimension.js';
import { seriesKey } from '../schemas/series-key.js';

/** A figure of one series of a measure, for one unit and year: what the additive check reads. */
export interface PartFigure {
  categories?: Categories | undefined;
  value: number | null;
  numerator?: number | null | undefined;
  denominator?: number | null | undefined;
}

/** Parts of one dimension whose sum exceeds the figure they break down. */
export interface AdditiveExcess {
  /** Index (in the input) of the figure the parts break down: the total, or a coarser part. */
  whole: number;
  /** The dimension the parts split it by. */
  dimension: string;
  /** Indexes of the parts. */
  parts: number[];
  /** Which sum exceeds: the values (counts), or a rate's numerators or denominators. */
  field: 'value' | 'numerator' | 'denominator';
  sum: number;
  limit: number;
}

/** Sums are compared with this relative slack, so decimals typed as published do not trip it. */
const SLACK = 1e-9;

/**
 * The additive rule (cộng dồn) on the figures of one additive measure for one unit and year:
 * for each figure W with categories C and each dimension d that C leaves out, the figures with
 * exactly C plus a category of d are W's parts by d; their sum may not exceed W — for a count the
 * values, for a rate (`rate`) the numerators and the denominators (a rate's values do not add).
 * Parts without numerator and denominator, and wholes without a figure, are not judged. The
 * same function for reports (rejected) and progress (flagged).
 */
export function additiveExcess(figures: readonly PartFigure[], rate: boolean): AdditiveExcess[] {
  const byKey = new Map<string, number>();
  for (const [i, f] of figures.entries()) byKey.set(seriesKey(f.categories), i);
  // Parts grouped by (whole key, dimension).
  const groups = new Map<string, { whole: number; dimension: string; parts: number[] }>();
  figures.forEach((f, i) => {
    const cats = f.categories ?? {};
    for (const d of Object.keys(cats)) {
      const rest = { ...cats };
      delete rest[d];
      const whole = byKey.get(seriesKey(rest));
      if (whole === undefined) continue;
      const g = `${whole}\n${d}`;
      const group = groups.get(g) ?? { whole, dimension: d, parts: [] };
      groups.set(g, group);
      group.parts.push(i);
    }
  });
  const out: AdditiveExcess[] = [];
  for (const { whole, dimension, parts } of groups.values()) {
    const w = figures[whole]!;
    const fields = rate ? (['numerator', 'denominator'] as const) : (['value'] as const);
    for (const field of fields) {
      const limit = w[field];
      if (typeof limit !== 'number') continue;
      let sum = 0;
      let judged = 0;
      for (const p of parts) {
        const v = figures[p]![field];
        if (typeof v === 'number') {
          sum += v;
          judged++;
        }
      }
      if (judged > 0 && sum > limit * (1 + SLACK) + SLACK)
        out.push({ whole, dimension, parts, field, sum, limit });
    }
  }
  return out;
}
