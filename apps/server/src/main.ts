import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { configFromEnv } from './config.js';
import { systemClock } from './context.js';
import { isPostgresUrl, openDatabase, sqlitePath } from './db/connect.js';
import { mountPortal } from './http/portal.js';
import { createLogger } from './logger.js';
import { seedDemo } from './seed.js';
import { banner, portBusyMessage, probePort, publicUrl, workingDemoAccounts } from './startup.js';

const env = configFromEnv();
const logger = createLogger();

function fail(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

// A busy port is the commonest start failure: say so plainly before touching the database.
await probePort(env.port, env.host).catch((err: NodeJS.ErrnoException) =>
  fail(portBusyMessage(env.port, env.host, err.code)),
);

const dbPath = isPostgresUrl(env.databaseUrl) ? null : sqlitePath(env.databaseUrl);
const fileCreated = dbPath !== null && dbPath !== ':memory:' && !existsSync(dbPath);
const db = await openDatabase({ url: env.databaseUrl, synchronous: env.sqliteSynchronous });
// PostgreSQL: the database exists before the server starts; "created" means its schema was made now.
const databaseCreated = dbPath === null ? db.migrated.includes('0001_init') : fileCreated;
if (env.seedDemo) {
  const r = await seedDemo(db.kysely, systemClock.now());
  logger.info(
    {
      usersCreated: r.usersCreated.length,
      observations: r.observations,
      reports: r.reportsCreated,
      alreadySeeded: r.alreadySeeded,
    },
    r.alreadySeeded ? 'demo data already loaded' : 'demo data loaded',
  );
}
const plans = await db.kysely
  .selectFrom('plans')
  .select(({ fn }) => fn.countAll<number>().as('n'))
  .executeTakeFirst();
if (!plans || Number(plans.n) === 0) {
  logger.warn('no plans stored: run `pnpm --filter @kehoach/server cli seed` (or start with SEED_DEMO=1)');
}

const app = createApp({
  db: db.kysely,
  clock: systemClock,
  config: env.app,
  logger,
  precomputeProgress: true,
});
// The reference portal (apps/portal/dist) on the same origin: see PORTAL.md.
if (env.portalDir) {
  try {
    mountPortal(app, env.portalDir);
  } catch (err) {
    await db.close();
    fail((err as Error).message);
  }
}

const url = publicUrl(env.host, env.port);
const demo = env.seedDemo ? await workingDemoAccounts(db.kysely) : null;
const agencyNames = new Map<string, string>();
if (demo) {
  const row = await db.kysely.selectFrom('plans').select('registry').executeTakeFirst();
  const registry = row
    ? (JSON.parse(row.registry) as { agencies: { id: string; name: { vi: string } }[] })
    : null;
  for (const a of registry?.agencies ?? []) agencyNames.set(a.id, a.name.vi);
}

const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
  logger.info(
    { url, host: info.address, port: info.port, dialect: db.dialect, portal: Boolean(env.portalDir) },
    'kehoach server listening',
  );
  process.stdout.write(
    banner({
      url,
      portal: Boolean(env.portalDir),
      database: dbPath ?? env.databaseUrl.replace(/\/\/[^@/]*@/, '//…@'),
      databaseCreated,
      demo,
      agencyName: (id) => agencyNames.get(id) ?? id,
    }),
  );
});
server.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EADDRINUSE' || err.code === 'EACCES') {
    void db.close().finally(() => fail(portBusyMessage(env.port, env.host, err.code)));
    return;
  }
  logger.error({ err: { type: err.name, code: err.code, message: err.message } }, 'server error');
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
