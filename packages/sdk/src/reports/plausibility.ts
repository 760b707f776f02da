import type { MeasureUnit } from '../schemas/indicator.js';

// Separate constants so a bundler inlines them into `implausibleChange` (the form's budget is tight).
const PERCENT_POINTS = 15;
const RELATIVE = 0.3;

/** Largest move from last year that passes without a question: points for percentages, a share otherwise. */
export const PLAUSIBLE = { percentPoints: PERCENT_POINTS, relative: RELATIVE } as const;

/**
 * Whether `value` moved implausibly far from last year's `previous` (biến động bất thường): more
 * than 15 points for a percentage, more than 30% of last year's value for anything else (any
 * move away from 0). The report form warns and asks for an explanation, never blocks on it; the
 * reviewer's desk flags the same values beside the officer's explanation. NaN never counts.
 */
export function implausibleChange(previous: number, value: number, unit: MeasureUnit['kind']): boolean {
  const delta = Math.abs(value - previous);
  if (unit === 'percent') return delta > PERCENT_POINTS;
  return previous === 0 ? delta > 0 : delta / Math.abs(previous) > RELATIVE;
}
