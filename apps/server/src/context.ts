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
  /** Sign-in attempts allowed per client IP and username within the window. */
  loginRateLimit: { max: number; windowMs: number };
  /** Read the client IP from X-Forwarded-For (only behind a trusted reverse proxy). */
  trustProxy: boolean;
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
  loginRateLimit: { max: 10, windowMs: 60_000 },
  trustProxy: false,
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
