import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
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
import { HttpError } from './http/errors.js';
import { createLogger } from './logger.js';
import { authRoutes } from './routes/auth.js';
import { exportRoutes } from './routes/exports.js';
import { readRoutes } from './routes/reads.js';
import { reportRoutes } from './routes/reports.js';
import { BundleStore } from './services/bundles.js';

export interface CreateAppOptions {
  db: Kysely<Database>;
  clock?: Clock;
  config?: Partial<AppConfig>;
  logger?: Logger;
}

const WRITE_METHODS = 'POST, PUT, DELETE';
const ALLOWED_HEADERS = 'Authorization, Content-Type, If-Match, Idempotency-Key, X-Request-Id';
const EXPOSED_HEADERS = 'ETag, X-Request-Id, Retry-After, Idempotent-Replayed, Content-Disposition';

/** The Hono application of the reference API, independent of how it is served. */
export function createApp(options: CreateAppOptions): Hono<AppEnv> {
  const config: AppConfig = { ...defaultConfig, ...options.config };
  const s: Services = {
    db: options.db,
    clock: options.clock ?? systemClock,
    config,
    logger: options.logger ?? createLogger(),
    bundles: new BundleStore(options.db),
  };
  const app = new Hono<AppEnv>();

  // Request id, access log (method, path, status, duration, account id — never headers or bodies).
  app.use('*', async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[A-Za-z0-9_-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    c.header('X-Request-Id', requestId);
    c.header('X-Content-Type-Options', 'nosniff');
    const user = c.get('user');
    s.logger.info(
      {
        reqId: requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(user ? { userId: user.id, role: user.role } : {}),
      },
      'request',
    );
  });

  // CORS: any origin may read; only allow-listed origins may write.
  app.use('*', async (c, next) => {
    const origin = c.req.header('origin');
    const writeAllowed = origin !== undefined && config.corsWriteOrigins.includes(origin);
    if (c.req.method === 'OPTIONS') {
      const requested = (c.req.header('access-control-request-method') ?? '').toUpperCase();
      const isRead = requested === 'GET' || requested === 'HEAD';
      if (!origin || (!isRead && !writeAllowed)) return c.body(null, 204);
      c.header('Access-Control-Allow-Origin', isRead && !writeAllowed ? '*' : origin);
      c.header('Access-Control-Allow-Methods', writeAllowed ? `GET, HEAD, ${WRITE_METHODS}` : 'GET, HEAD');
      c.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      c.header('Access-Control-Max-Age', '600');
      c.header('Vary', 'Origin');
      return c.body(null, 204);
    }
    await next();
    if (!origin) return;
    if (c.req.method === 'GET' || c.req.method === 'HEAD') {
      c.header('Access-Control-Allow-Origin', writeAllowed ? origin : '*');
    } else if (writeAllowed) {
      c.header('Access-Control-Allow-Origin', origin);
    }
    c.header('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    c.header('Vary', 'Origin');
  });

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
  reportRoutes(app, s);
  exportRoutes(app, s);
  docsRoutes(app, s);

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
