/** The bench's server process: the real app on 127.0.0.1, an ephemeral port, no request logs. */
import { serve } from '@hono/node-server';
import { createApp } from '../src/app.js';
import { systemClock } from '../src/context.js';
import { openDatabase } from '../src/db/connect.js';
import { createLogger } from '../src/logger.js';
import { groupCommitOf } from '../src/services/tx.js';

const db = await openDatabase({ url: process.env.DATABASE_URL as string });
const app = createApp({ db: db.kysely, clock: systemClock, logger: createLogger({ level: 'warn' }) });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.send?.({ port: info.port });
});
// CPU time of this process from 'start' to 'stop' (less sensitive to other load than wall time).
let cpuAtStart = process.cpuUsage();
process.on('message', (m) => {
  if (m === 'start') cpuAtStart = process.cpuUsage();
  if (m !== 'stop') return;
  const cpu = process.cpuUsage(cpuAtStart);
  // Writes per commit (SQLite's group commit; PostgreSQL commits each write on its own).
  const stats = db.dialect === 'sqlite' ? groupCommitOf(db.kysely).stats : null;
  process.send?.({ stats, cpuMs: (cpu.user + cpu.system) / 1000 });
  server.close(() => void db.close().then(() => process.exit(0)));
});
