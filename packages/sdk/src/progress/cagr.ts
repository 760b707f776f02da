/**
 * Compound annual growth rate from `v0` in year `t0` to `v1` in year `t1`:
 * (v1 / v0)^(1 / (t1 − t0)) − 1. Callers guarantee v0 ≠ 0, same signs and t1 > t0.
 */
export function cagr(v0: number, t0: number, v1: number, t1: number): number {
  return (v1 / v0) ** (1 / (t1 - t0)) - 1;
}
