import type { MeasureUnit } from '../schemas/indicator.js';

/**
 * Lowest and highest value a measure's unit allows: a percentage is 0–100, a rate per 1,000
 * is 0–1,000, per 100,000 is 0–100,000, a count is never negative.
 */
export function unitBounds(kind: MeasureUnit['kind']): { min: number; max: number } {
  switch (kind) {
    case 'percent':
      return { min: 0, max: 100 };
    case 'per_1000':
      return { min: 0, max: 1000 };
    case 'per_100000':
      return { min: 0, max: 100_000 };
    case 'count':
      return { min: 0, max: Number.POSITIVE_INFINITY };
  }
}

/** Factor a rate's numerator/denominator is scaled by (tỷ lệ %, ‰, trên 100.000); 1 for counts. */
export function unitFactor(kind: MeasureUnit['kind']): number {
  switch (kind) {
    case 'percent':
      return 100;
    case 'per_1000':
      return 1000;
    case 'per_100000':
      return 100_000;
    case 'count':
      return 1;
  }
}
