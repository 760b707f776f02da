/**
 * The public-reads bench's server process: the real app on 127.0.0.1 and an ephemeral port,
 * configured from the environment as `node dist/main.js` is (PUBLIC_READ_RATE_LIMIT, TRUST_PROXY
 * …), computing progress at start as the server does; request logs off.
 */
import { serve } from '@hono/node-server';
import { createApp } from '../src/app.js';
import { configFromEnv } from '../src/config.js';
import { systemClock } from '../src/context.js';
import { openDatabase } from '../src/db/connect.js';
import { createLogger } from '../src/logger.js';

const env = configFromEnv();
const db = await openDatabase({ url: env.databaseUrl });
const app = createApp({
  db: db.kysely,
  clock: systemClock,
  config: env.app,
  logger: createLogger({ level: 'warn' }),
  precomputeProgress: true,
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.send?.({ port: info.port });
});
process.on('message', (m) => {
  // CPU time of this process (µs), so the bench can say what a request costs however busy the machine is.
  if (m === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpu: user + system });
  }
  // Requests the load generator left behind may still be running when the last socket closes:
  // give them a moment before the database goes.
  if (m === 'stop') server.close(() => setTimeout(() => void db.close().then(() => process.exit(0)), 1000));
});
