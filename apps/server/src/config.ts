import { type AppConfig, defaultConfig } from './context.js';

export interface ServerEnv {
  port: number;
  host: string;
  databaseUrl: string;
  app: AppConfig;
  seedDemo: boolean;
  sqliteSynchronous: 'FULL' | 'NORMAL';
  /** Directory of a built portal to serve at `/` (absolute, or relative to the working directory). */
  portalDir: string | null;
}

/**
 * Configuration from the environment:
 * PORT (8787), HOST (127.0.0.1), DATABASE_URL (file:./data/kehoach.sqlite; postgres://… for
 * PostgreSQL), CORS_WRITE_ORIGINS (comma-separated origins allowed to write), TRUST_PROXY (the
 * number of reverse proxies in front, 0), TOKEN_TTL_HOURS (12), LOGIN_RATE_LIMIT (20 failed sign-ins
 * per minute per address), LOGIN_FREE_FAILURES (5), LOGIN_MAX_DELAY_SECONDS (60), BODY_LIMIT_KB
 * (256), PUBLIC_READ_RATE_LIMIT (public reads per second per client address, 2; 0 turns the
 * limit off), PUBLIC_READ_BURST (20), SEED_DEMO (1 to load the demo data at start), SQLITE_SYNCHRONOUS (FULL or NORMAL), PORTAL_DIR
 * (a built portal to serve at `/`), LOG_LEVEL. See docs/operations.md.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const int = (v: string | undefined, d: number) => (v && /^\d+$/.test(v) ? Number(v) : d);
  return {
    port: int(env.PORT, 8787),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || 'file:./data/kehoach.sqlite',
    seedDemo: env.SEED_DEMO === '1' || env.SEED_DEMO === 'true',
    sqliteSynchronous: env.SQLITE_SYNCHRONOUS === 'NORMAL' ? 'NORMAL' : 'FULL',
    portalDir: env.PORTAL_DIR?.trim() || null,
    app: {
      ...defaultConfig,
      corsWriteOrigins: (env.CORS_WRITE_ORIGINS ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      trustProxy: trustedHops(env.TRUST_PROXY),
      tokenTtlMs: int(env.TOKEN_TTL_HOURS, 12) * 3_600_000,
      bodyLimitBytes: int(env.BODY_LIMIT_KB, 256) * 1024,
      loginRateLimit: { max: int(env.LOGIN_RATE_LIMIT, defaultConfig.loginRateLimit.max), windowMs: 60_000 },
      loginDelay: {
        freeFailures: int(env.LOGIN_FREE_FAILURES, defaultConfig.loginDelay.freeFailures),
        maxDelayMs: int(env.LOGIN_MAX_DELAY_SECONDS, defaultConfig.loginDelay.maxDelayMs / 1000) * 1000,
      },
      publicReadRateLimit: {
        perSecond: int(env.PUBLIC_READ_RATE_LIMIT, defaultConfig.publicReadRateLimit.perSecond),
        burst: int(env.PUBLIC_READ_BURST, defaultConfig.publicReadRateLimit.burst),
      },
    },
  };
}

/**
 * `TRUST_PROXY`: how many proxies of our own are in front (0 when unset or `false`). `true` is
 * read as 1, what it used to mean for a single proxy. Anything else stops the start: guessing
 * wrong here would let clients choose their own address.
 */
export function trustedHops(value: string | undefined): number {
  const v = value?.trim().toLowerCase() ?? '';
  if (v === '' || v === 'false') return 0;
  if (v === 'true') return 1;
  if (/^\d{1,2}$/.test(v)) return Number(v);
  throw new Error(
    `TRUST_PROXY phải là số proxy đứng trước máy chủ (0, 1, 2…), không phải "${value}". / ` +
      `TRUST_PROXY must be the number of proxies in front of the server (0, 1, 2…), not "${value}".`,
  );
}
