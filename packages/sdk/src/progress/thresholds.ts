import type { ProgressStatus } from '../schemas/progress.js';
import { DETERIORATION, LIMITED, MODERATE, STATUS_CODES, SUBSTANTIAL } from './codes.js';

/** Ratio thresholds (observed / required growth) of the Open SDG method, after Statistics Canada. */
export const TARGET_THRESHOLDS = { substantial: 0.95, moderate: 0.6, limited: 0 } as const;

/** Growth-rate thresholds used when a measure has no target: 1.5 %, 0.5 %, 0 a year. */
export const NO_TARGET_THRESHOLDS = { substantial: 0.015, moderate: 0.005, limited: 0 } as const;

// A growth of exactly 1.5 % comes back from pow() as 0.014999999999999; a status must not
// flip on the last bit, so thresholds are met within this tolerance.
const TOLERANCE = 1e-12;

type Thresholds = { substantial: number; moderate: number; limited: number };

/** Status code (index into `STATUS_CODES`) of a signed ratio or growth rate; what the engine stores. */
export function gradeCode(ratio: number, t: Thresholds): number {
  return grade(ratio, t.substantial, t.moderate, t.limited);
}

/** {@link gradeCode} by the thresholds themselves (small enough for the engine to inline). */
export function grade(ratio: number, substantial: number, moderate: number, limited: number): number {
  if (ratio >= substantial - TOLERANCE) return SUBSTANTIAL;
  if (ratio >= moderate - TOLERANCE) return MODERATE;
  if (ratio >= limited - TOLERANCE) return LIMITED;
  return DETERIORATION;
}

/** The engine's two gradings. */
export const gradeTarget = (r: number) =>
  grade(r, TARGET_THRESHOLDS.substantial, TARGET_THRESHOLDS.moderate, TARGET_THRESHOLDS.limited);
export const gradeGrowth = (r: number) =>
  grade(r, NO_TARGET_THRESHOLDS.substantial, NO_TARGET_THRESHOLDS.moderate, NO_TARGET_THRESHOLDS.limited);

/** Map a signed ratio (or growth rate) to a status by the given thresholds (met within 1e-12). */
export function statusFromRatio(ratio: number, t: Thresholds): ProgressStatus {
  return STATUS_CODES[gradeCode(ratio, t)]!;
}
