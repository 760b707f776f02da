import type { Comparator } from '../schemas/indicator.js';

/**
 * Relative tolerance for comparing with a threshold. Values computed from numerator and
 * denominator carry float error (7 / 100 × 100 = 7.000000000000001), and a target of "≤ 7"
 * must not fail on that; the tolerance is far below any figure a report rounds to.
 */
export const COMPARE_EPSILON = 1e-9;

/**
 * Does `value` satisfy `comparator threshold` (dưới <, xuống ≤, đạt ≥, duy trì =)?
 * A value within {@link COMPARE_EPSILON} (relative, at least absolute 1e-9) of the threshold
 * counts as equal to it: so `<` fails and `≤`, `≥`, `=` hold at the edge.
 */
export function compare(value: number, comparator: Comparator, threshold: number): boolean {
  const eps = COMPARE_EPSILON * Math.max(1, Math.abs(threshold));
  switch (comparator) {
    case '<':
      return value < threshold - eps;
    case '≤':
      return value <= threshold + eps;
    case '≥':
      return value >= threshold - eps;
    case '=':
      return Math.abs(value - threshold) <= eps;
  }
}
