import { RateLimiter } from './rate-limit.js';

/** How sign-in attempts are slowed down (see docs/operations.md, "Sign-in limits"). */
export interface SignInLimits {
  /** Failed sign-ins allowed per client address within `windowMs`, whatever the username. */
  perAddress: { max: number; windowMs: number };
  /** Failed sign-ins of one account before each further attempt has to wait. */
  freeFailures: number;
  /** The longest an account ever has to wait (the cap of the doubling delay). */
  maxDelayMs: number;
}

/** Why an attempt has to wait: the account's delay, or the address's limit. */
export type ThrottleReason = 'account' | 'address';

interface AccountFailures {
  count: number;
  lastMs: number;
}

/** An account's failures are forgotten this long after its last one. */
const FORGET_MS = 60 * 60 * 1000;
/** Accounts remembered at most (unknown usernames count too); the least recently failed go first. */
const MAX_ACCOUNTS = 100_000;

/**
 * Giới hạn đăng nhập — the sign-in throttle, in memory (one process).
 *
 * Per account: the first `freeFailures` failures cost nothing; after that each attempt must wait
 * 2^(failures − freeFailures) seconds after the last failure, at most `maxDelayMs`. Attempts made
 * while the account waits are refused without being counted and without moving the clock, so an
 * attacker's guesses buy at most one guess per `maxDelayMs` and never a lock: the account's owner
 * waits at most the cap after the last counted guess, and a success clears the account's
 * failures. Unknown usernames are treated exactly like accounts, so the answers do not tell which
 * usernames exist.
 *
 * Per client address: at most `perAddress.max` failures a window, across usernames (spraying one
 * password over many accounts). Only failures count: a busy office behind one address signing in
 * correctly is never limited.
 */
export class SignInThrottle {
  private readonly accounts = new Map<string, AccountFailures>();
  private readonly addresses: RateLimiter;

  private readonly limits: SignInLimits;

  constructor(limits: SignInLimits) {
    this.limits = limits;
    this.addresses = new RateLimiter(limits.perAddress.max, limits.perAddress.windowMs);
  }

  /**
   * Start an attempt: the wait when `username` (or `address`) has to wait first, else null and
   * the attempt is counted as a failure until {@link succeeded} says otherwise. Counting before
   * the password is checked means parallel guesses cannot all slip through while the first
   * ones are still being verified.
   */
  begin(
    address: string,
    username: string,
    nowMs: number,
  ): { seconds: number; reason: ThrottleReason } | null {
    const account = this.accountWaitMs(username, nowMs);
    if (account > 0) return { seconds: Math.max(1, Math.ceil(account / 1000)), reason: 'account' };
    const byAddress = this.addresses.peek(address, nowMs);
    if (byAddress > 0) return { seconds: byAddress, reason: 'address' };
    this.addresses.hit(address, nowMs);
    const prior = this.accounts.get(username);
    const count = prior && nowMs - prior.lastMs < FORGET_MS ? prior.count + 1 : 1;
    // Re-inserted so that the map's order is least recently failed first.
    this.accounts.delete(username);
    this.accounts.set(username, { count, lastMs: nowMs });
    if (this.accounts.size > MAX_ACCOUNTS) this.evict(nowMs);
    return null;
  }

  /** The attempt begun for `username` from `address` had the right password: it starts afresh. */
  succeeded(address: string, username: string): void {
    this.addresses.refund(address);
    this.accounts.delete(username);
  }

  /** Milliseconds `username` still has to wait, 0 when it may try. */
  private accountWaitMs(username: string, nowMs: number): number {
    const f = this.accounts.get(username);
    if (!f || f.count < this.limits.freeFailures) return 0;
    const delay = Math.min(2 ** (f.count - this.limits.freeFailures) * 1000, this.limits.maxDelayMs);
    return Math.max(0, f.lastMs + delay - nowMs);
  }

  private evict(nowMs: number): void {
    for (const [k, v] of this.accounts) {
      if (this.accounts.size <= MAX_ACCOUNTS && nowMs - v.lastMs < FORGET_MS) break;
      this.accounts.delete(k);
    }
  }
}
