import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { configFromEnv } from './config.js';
import { systemClock } from './context.js';
import { openDatabase } from './db/connect.js';
import { createLogger } from './logger.js';
import { seedDemo } from './seed.js';

const env = configFromEnv();
const logger = createLogger();
const db = await openDatabase({ url: env.databaseUrl, synchronous: env.sqliteSynchronous });
if (env.seedDemo) {
  const r = await seedDemo(db.kysely, systemClock.now());
  logger.info({ usersCreated: r.usersCreated.length, observations: r.observations }, 'demo data loaded');
}
const plans = await db.kysely
  .selectFrom('plans')
  .select(({ fn }) => fn.countAll<number>().as('n'))
  .executeTakeFirst();
if (!plans || Number(plans.n) === 0) {
  logger.warn('no plans stored: run `pnpm --filter @kehoach/server cli seed` (or start with SEED_DEMO=1)');
}

const app = createApp({ db: db.kysely, clock: systemClock, config: env.app, logger });
const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
  logger.info({ host: info.address, port: info.port, dialect: db.dialect }, 'kehoach server listening');
});

let closing = false;
function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  logger.info({ signal }, 'shutting down');
  server.close(() => {
    void db.close().then(() => process.exit(0));
  });
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
