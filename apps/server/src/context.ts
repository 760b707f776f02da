import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database, UsersTable } from './db/schema.js';
import type { BundleStore } from './services/bundles.js';

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
}

export const defaultConfig: AppConfig = {
  corsWriteOrigins: [],
  bodyLimitBytes: 256 * 1024,
  tokenTtlMs: 12 * 60 * 60 * 1000,
  loginRateLimit: { max: 10, windowMs: 60_000 },
  trustProxy: false,
};

/** What every handler can reach. */
export interface Services {
  db: Kysely<Database>;
  clock: Clock;
  config: AppConfig;
  logger: Logger;
  bundles: BundleStore;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    user: UsersTable | null;
    token: string | null;
  };
};
