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

/**
 * Token bucket per key, in memory (one process): `burst` requests at once, then `perSecond` on
 * average. Limits public reads per client address, so that a client polling as fast as it can
 * gets 429 instead of taking the CPU that officers' writes need. `perSecond` 0 turns it off.
 */
export class TokenBucket {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  private readonly perSecond: number;
  private readonly burst: number;
  /** Keys kept at most; full buckets (the same as none) are dropped first. */
  private readonly maxKeys: number;

  constructor(perSecond: number, burst: number, maxKeys = 50_000) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.maxKeys = maxKeys;
  }

  /** Take a token for `key`; returns 0 when one was there, else the seconds until there is one. */
  take(key: string, nowMs: number): number {
    if (this.perSecond <= 0) return 0;
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.sweep(nowMs);
      b = { tokens: this.burst, at: nowMs };
      this.buckets.set(key, b);
    } else {
      b.tokens = Math.min(this.burst, b.tokens + (Math.max(0, nowMs - b.at) / 1000) * this.perSecond);
      b.at = nowMs;
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.perSecond));
  }

  private sweep(nowMs: number): void {
    for (const [k, b] of this.buckets)
      if (b.tokens + ((nowMs - b.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(k);
    // Still full (many clients at once): forget the oldest half rather than grow without bound.
    let drop = this.buckets.size >= this.maxKeys ? Math.ceil(this.buckets.size / 2) : 0;
    for (const k of this.buckets.keys()) {
      if (drop-- <= 0) break;
      this.buckets.delete(k);
    }
  }
}
