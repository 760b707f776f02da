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
 * PostgreSQL), CORS_WRITE_ORIGINS (comma-separated origins allowed to write), TRUST_PROXY (1 to
 * read X-Forwarded-For), TOKEN_TTL_HOURS (12), LOGIN_RATE_LIMIT (10 per minute), BODY_LIMIT_KB
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
      trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
      tokenTtlMs: int(env.TOKEN_TTL_HOURS, 12) * 3_600_000,
      bodyLimitBytes: int(env.BODY_LIMIT_KB, 256) * 1024,
      loginRateLimit: { max: int(env.LOGIN_RATE_LIMIT, 10), windowMs: 60_000 },
      publicReadRateLimit: {
        perSecond: int(env.PUBLIC_READ_RATE_LIMIT, defaultConfig.publicReadRateLimit.perSecond),
        burst: int(env.PUBLIC_READ_BURST, defaultConfig.publicReadRateLimit.burst),
      },
    },
  };
}
