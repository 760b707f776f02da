/** Fixed-window counter per key, in memory (one process). */
export class RateLimiter {
  private readonly hits = new Map<string, { start: number; count: number }>();

  private readonly max: number;
  private readonly windowMs: number;

  constructor(max: number, windowMs: number) {
    this.max = max;
    this.windowMs = windowMs;
  }

  /** Count one attempt; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, nowMs: number): number {
    if (this.hits.size > 10_000) this.sweep(nowMs);
    const entry = this.hits.get(key);
    if (!entry || nowMs - entry.start >= this.windowMs) {
      this.hits.set(key, { start: nowMs, count: 1 });
      return 0;
    }
    entry.count += 1;
    if (entry.count <= this.max) return 0;
    return this.secondsLeft(entry, nowMs);
  }

  /** The seconds to wait when `key` has used up its window, else 0; counts nothing. */
  peek(key: string, nowMs: number): number {
    const entry = this.hits.get(key);
    if (!entry || nowMs - entry.start >= this.windowMs || entry.count < this.max) return 0;
    return this.secondsLeft(entry, nowMs);
  }

  /** Take back one counted attempt of the current window (it turned out not to count). */
  refund(key: string): void {
    const entry = this.hits.get(key);
    if (entry && entry.count > 0) entry.count -= 1;
  }

  private secondsLeft(entry: { start: number }, nowMs: number): number {
    return Math.max(1, Math.ceil((entry.start + this.windowMs - nowMs) / 1000));
  }

  private sweep(nowMs: number): void {
    for (const [k, v] of this.hits) if (nowMs - v.start >= this.windowMs) this.hits.delete(k);
  }
}
