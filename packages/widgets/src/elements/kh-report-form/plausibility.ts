import type { MeasureUnit } from '@kehoach/sdk';

/** Largest move from last year that passes without a question: points for percentages, a share otherwise. */
export const PLAUSIBLE = { percentPoints: 15, relative: 0.3 } as const;

/**
 * Whether `value` moved implausibly far from last year's `previous`: more than 15 points for a
 * percentage, more than 30% of last year's value for anything else (any move away from 0).
 * The form warns and asks for an explanation; it never blocks on this.
 */
export function implausibleChange(previous: number, value: number, unit: MeasureUnit['kind']): boolean {
  const delta = Math.abs(value - previous);
  if (unit === 'percent') return delta > PLAUSIBLE.percentPoints;
  return previous === 0 ? delta > 0 : delta / Math.abs(previous) > PLAUSIBLE.relative;
}
