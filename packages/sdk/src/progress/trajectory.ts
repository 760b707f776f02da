import type { SeriesPoint } from '../schemas/observation.js';
import type { NotAvailableReason } from '../schemas/progress.js';
import { cagr } from './cagr.js';
import type { YearValue } from './expected.js';

/** Below this the required growth is treated as zero: the base already sits at the target. */
const NO_GROWTH = 1e-12;

/** Observed growth without a target: the signed CAGR from base to latest, or why there is none. */
export function signedGrowth(
  base: SeriesPoint | null,
  latest: SeriesPoint,
  sign: 1 | -1,
): number | NotAvailableReason {
  if (base === null || latest.year <= base.year) return 'too_few_points';
  if (base.value === 0) return 'zero_base';
  if (latest.value !== 0 && base.value < 0 !== latest.value < 0) return 'sign_change';
  return sign * cagr(base.value, base.year, latest.value, latest.year);
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
  const b = base!;
  if (target.year <= b.year || target.value / b.value < 0) return 'target_not_applicable';
  const required = cagr(b.value, b.year, target.value, target.year);
  if (Math.abs(required) < NO_GROWTH) return 'no_required_growth';
  return observed / Math.abs(required);
}
