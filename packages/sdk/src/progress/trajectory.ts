import type { SeriesPoint } from '../schemas/observation.js';
import type { NotAvailableReason } from '../schemas/progress.js';
import { cagr } from './cagr.js';
import {
  NO_REQUIRED_GROWTH,
  REASON_CODES,
  SIGN_CHANGE,
  TARGET_NOT_APPLICABLE,
  TOO_FEW_POINTS,
  ZERO_BASE,
} from './codes.js';
import type { YearValue } from './expected.js';

/** Below this the required growth is treated as zero: the base already sits at the target. */
export const NO_GROWTH = 1e-12;

/**
 * Why there is no observed growth from the base (`by`, `bv`; `hasBase` false when there is
 * none) to the latest point: a reason code, or −1 when `sign · cagr` is the growth.
 */
export function growthProblem(hasBase: boolean, by: number, bv: number, ly: number, lv: number): number {
  if (!hasBase || ly <= by) return TOO_FEW_POINTS;
  if (bv === 0) return ZERO_BASE;
  if (lv !== 0 && bv < 0 !== lv < 0) return SIGN_CHANGE;
  return -1;
}

/**
 * The Open SDG ratio once the observed growth exists: observed over the absolute growth
 * required from the base to the target (`ty`, `tv`). Returns the ratio, and writes to `why[0]`
 * the reason code when there is none (else −1).
 */
export function ratioOf(
  growth: number,
  by: number,
  bv: number,
  ty: number,
  tv: number,
  why: Int8Array,
): number {
  if (ty <= by || tv / bv < 0) {
    why[0] = TARGET_NOT_APPLICABLE;
    return Number.NaN;
  }
  const required = cagr(bv, by, tv, ty);
  if (Math.abs(required) < NO_GROWTH) {
    why[0] = NO_REQUIRED_GROWTH;
    return Number.NaN;
  }
  why[0] = -1;
  return growth / Math.abs(required);
}

const why = new Int8Array(1);

/** Observed growth without a target: the signed CAGR from base to latest, or why there is none. */
export function signedGrowth(
  base: SeriesPoint | null,
  latest: SeriesPoint,
  sign: 1 | -1,
): number | NotAvailableReason {
  const by = base === null ? Number.NaN : base.year;
  const bv = base === null ? Number.NaN : base.value;
  const p = growthProblem(base !== null, by, bv, latest.year, latest.value);
  return p >= 0 ? REASON_CODES[p]! : sign * cagr(bv, by, latest.value, latest.year);
}

/**
 * Open SDG ratio (tỷ lệ tiến độ): observed CAGR from base to latest over the absolute CAGR
 * required from base to the target, signed by the desired direction (`sign` −1 for a measure
 * that should fall, so a fall counts as progress). Returns the reason when it cannot be computed.
 */
export function trajectoryRatio(
  base: SeriesPoint | null,
  latest: SeriesPoint,
  target: YearValue,
  sign: 1 | -1,
): number | NotAvailableReason {
  const observed = signedGrowth(base, latest, sign);
  if (typeof observed === 'string') return observed;
  const ratio = ratioOf(observed, base!.year, base!.value, target.year, target.value, why);
  return why[0]! >= 0 ? REASON_CODES[why[0]!]! : ratio;
}
