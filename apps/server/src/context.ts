import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database, UsersTable } from './db/schema.js';
import type { BundleStore } from './services/bundles.js';
import type { ProgressStore } from './services/progress-store.js';
import type { TokenBucket } from './services/rate-limit.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface AppConfig {
  /** Origins allowed to make cross-origin writes (POST/PUT/DELETE). GETs are open to any origin. */
  corsWriteOrigins: string[];
  /** Largest accepted request body in bytes (default 256 KiB). */
  bodyLimitBytes: number;
  /** Lifetime of a bearer token (default 12 h). */
  tokenTtlMs: number;
  /** Failed sign-ins allowed per client address within the window, whatever the username. */
  loginRateLimit: { max: number; windowMs: number };
  /**
   * Per-account delay: failures before each further attempt waits, and the longest wait (the
   * wait doubles from 1 s per failure up to `maxDelayMs`). See `services/sign-in-throttle.ts`.
   */
  loginDelay: { freeFailures: number; maxDelayMs: number };
  /**
   * How many reverse proxies of our own stand in front of the server: the client address is
   * that many `X-Forwarded-For` entries from the right; 0 ignores the header.
   */
  trustProxy: number;
  /**
   * Public reads (GETs of public routes) per client address: a token bucket of `burst` requests
   * refilled at `perSecond` (default 2 per second, bursts of 20: a portal page makes 4 public
   * reads, and polls progress far less often); `perSecond` 0 turns it off.
   */
  publicReadRateLimit: { perSecond: number; burst: number };
}

export const defaultConfig: AppConfig = {
  corsWriteOrigins: [],
  bodyLimitBytes: 256 * 1024,
  tokenTtlMs: 12 * 60 * 60 * 1000,
  loginRateLimit: { max: 20, windowMs: 60_000 },
  loginDelay: { freeFailures: 5, maxDelayMs: 60_000 },
  trustProxy: 0,
  publicReadRateLimit: { perSecond: 2, burst: 20 },
};

/** What every handler can reach. */
export interface Services {
  db: Kysely<Database>;
  clock: Clock;
  config: AppConfig;
  logger: Logger;
  bundles: BundleStore;
  /** Progress computed when data change (services/progress-store.ts). */
  progress: ProgressStore;
  /** Public reads per client address. */
  publicReads: TokenBucket;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    user: UsersTable | null;
    token: string | null;
  };
};
