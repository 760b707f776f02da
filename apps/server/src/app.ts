import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import {
  type AppConfig,
  type AppEnv,
  type Clock,
  defaultConfig,
  type Services,
  systemClock,
} from './context.js';
import type { Database } from './db/schema.js';
import { docsRoutes } from './docs/routes.js';
import { compression } from './http/compress.js';
import { HttpError } from './http/errors.js';
import { createLogger } from './logger.js';
import { authRoutes } from './routes/auth.js';
import { exportRoutes } from './routes/exports.js';
import { observationRoutes } from './routes/observations.js';
import { planRoutes } from './routes/plans.js';
import { readRoutes } from './routes/reads.js';
import { reportRoutes } from './routes/reports.js';
import { BundleStore } from './services/bundles.js';
import { ProgressStore } from './services/progress-store.js';
import { TokenBucket } from './services/rate-limit.js';

export interface CreateAppOptions {
  db: Kysely<Database>;
  clock?: Clock;
  config?: Partial<AppConfig>;
  logger?: Logger;
  /** Compute every plan's progress in the background at start (the server does; tests need not). */
  precomputeProgress?: boolean;
}

const READ_METHODS = ['GET', 'HEAD'];
const WRITE_METHODS = ['POST', 'PUT', 'DELETE'];
const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'If-Match',
  'If-None-Match',
  'Idempotency-Key',
  'X-Request-Id',
];
const EXPOSED_HEADERS = ['ETag', 'X-Request-Id', 'Retry-After', 'Idempotent-Replayed', 'Content-Disposition'];

/** The Hono application of the reference API, independent of how it is served. */
export function createApp(options: CreateAppOptions): Hono<AppEnv> {
  const config: AppConfig = { ...defaultConfig, ...options.config };
  const logger = options.logger ?? createLogger();
  const bundles = new BundleStore(options.db);
  const s: Services = {
    db: options.db,
    clock: options.clock ?? systemClock,
    config,
    logger,
    bundles,
    progress: new ProgressStore(options.db, bundles, logger),
    publicReads: new TokenBucket(config.publicReadRateLimit.perSecond, config.publicReadRateLimit.burst),
  };
  const app = new Hono<AppEnv>();

  // Request id: a valid incoming X-Request-Id (letters, digits, `_`, `-`, `=`, at most 64) is
  // kept so that a proxy's id follows the request into our logs; any other is replaced.
  app.use('*', requestId({ limitLength: 64 }));

  // Access log (method, path, status, duration, account id — never headers or bodies).
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    const user = c.get('user');
    s.logger.info(
      {
        reqId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(user ? { userId: user.id, role: user.role } : {}),
      },
      'request',
    );
  });

  // CORS: any origin may read; only allow-listed origins may write. The allowed origin depends
  // on the request's Origin, so every answer says `Vary: Origin` (a shared cache must not hand
  // one origin's answer, or an answer without CORS headers, to another).
  const writeAllowed = (origin: string) => config.corsWriteOrigins.includes(origin);
  app.use(
    '*',
    cors({
      origin: (origin, c) => {
        if (!origin) return null;
        if (writeAllowed(origin)) return origin;
        const method =
          c.req.method === 'OPTIONS'
            ? (c.req.header('access-control-request-method') ?? '').toUpperCase()
            : c.req.method;
        return method === 'GET' || method === 'HEAD' ? '*' : null;
      },
      allowMethods: (origin) => (writeAllowed(origin) ? [...READ_METHODS, ...WRITE_METHODS] : READ_METHODS),
      allowHeaders: ALLOWED_HEADERS,
      exposeHeaders: EXPOSED_HEADERS,
      maxAge: 600,
    }),
  );

  // Brotli or gzip for JSON and the portal's files (see http/compress.ts for why not hono/compress).
  app.use('*', compression());

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: config.bodyLimitBytes,
      onError: () => {
        throw new HttpError('payload_too_large');
      },
    }),
  );

  authRoutes(app, s);
  readRoutes(app, s);
  planRoutes(app, s);
  reportRoutes(app, s);
  exportRoutes(app, s);
  observationRoutes(app, s);
  docsRoutes(app, s);

  // Compute the plans' progress now (in the background) rather than on the first public read.
  if (options.precomputeProgress)
    s.bundles
      .listPlans()
      .then((plans) => {
        for (const plan of plans) s.progress.schedule(plan.id, s.clock.now());
      })
      .catch((err: Error) =>
        logger.warn({ err: { type: err.name, message: err.message } }, 'progress not precomputed'),
      );

  app.notFound((c) => c.json(new HttpError('not_found').toBody(), 404));

  app.onError((err, c) => {
    if (err instanceof HttpError) {
      for (const [k, v] of Object.entries(err.extra?.headers ?? {})) c.header(k, v);
      return c.json(err.toBody(), err.status as 400);
    }
    s.logger.error(
      {
        reqId: c.get('requestId'),
        err: { type: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack },
      },
      'unhandled error',
    );
    const e = new HttpError('internal');
    return c.json(e.toBody(), 500);
  });

  return app;
}
