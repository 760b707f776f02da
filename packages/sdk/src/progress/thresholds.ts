import type { ProgressStatus } from '../schemas/progress.js';

/** Ratio thresholds (observed / required growth) of the Open SDG method, after Statistics Canada. */
export const TARGET_THRESHOLDS = { substantial: 0.95, moderate: 0.6, limited: 0 } as const;

/** Growth-rate thresholds used when a measure has no target: 1.5 %, 0.5 %, 0 a year. */
export const NO_TARGET_THRESHOLDS = { substantial: 0.015, moderate: 0.005, limited: 0 } as const;

// A growth of exactly 1.5 % comes back from pow() as 0.014999999999999; a status must not
// flip on the last bit, so thresholds are met within this tolerance.
const TOLERANCE = 1e-12;

/** Map a signed ratio (or growth rate) to a status by the given thresholds (met within 1e-12). */
export function statusFromRatio(
  ratio: number,
  t: { substantial: number; moderate: number; limited: number },
): ProgressStatus {
  if (ratio >= t.substantial - TOLERANCE) return 'substantial_progress';
  if (ratio >= t.moderate - TOLERANCE) return 'moderate_progress';
  if (ratio >= t.limited - TOLERANCE) return 'limited_progress';
  return 'deterioration';
}
