/**
 * Deadline-day benchmark: 3,321 commune reports and 40 department reports submitted by 50
 * concurrent clients to one server on 127.0.0.1, then every acknowledged report is checked in
 * the database (count and checksum over content), and the same rows are written with raw
 * better-sqlite3 for comparison. Bench-only database in a temp directory; loopback only;
 * bounded (each request times out after 30 s, the whole run after 5 minutes).
 *
 *   pnpm --filter @kehoach/server bench      (CONCURRENCY=50 by default)
 */
import { fork } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { qd23 } from '@kehoach/plans';
import SQLite from 'better-sqlite3';
import { hashToken } from '../src/auth/tokens.js';
import { openDatabase } from '../src/db/connect.js';
import { storeBundles } from '../src/services/bundles.js';
import {
  BENCH_PLAN,
  BENCH_YEAR,
  benchBundle,
  benchContent,
  COMMUNES,
  communeAgency,
  DEPARTMENTS,
  departmentAgency,
} from './fixture.js';

const CONCURRENCY = Number(process.env.CONCURRENCY ?? 50);
const RUN_LIMIT_MS = 5 * 60_000;
const deadline = setTimeout(() => {
  console.error('bench exceeded its time bound; aborting');
  process.exit(3);
}, RUN_LIMIT_MS);
deadline.unref();

const dir = mkdtempSync(join(tmpdir(), 'kehoach-bench-'));
const dbPath = join(dir, 'bench.sqlite');
const url = `file:${dbPath}`;

// 1. Bench database: plan, catalog, 3,361 reporters with tokens (no passwords: token-only accounts).
const setupStart = performance.now();
const db = await openDatabase({ url });
const now = new Date();
await storeBundles(db.kysely, { catalogs: [qd23], plans: [benchBundle()] }, now.toISOString());
const agencies = [
  ...Array.from({ length: COMMUNES }, (_, i) => communeAgency(i + 1)),
  ...Array.from({ length: DEPARTMENTS }, (_, i) => departmentAgency(i + 1)),
];
const tokens = new Map<string, string>();
{
  const raw = db.sqlite as SQLite.Database;
  const insUser = raw.prepare(
    'insert into users (id, username, name, role, agency_id, password_hash, disabled, created_at) values (?, ?, ?, ?, ?, null, 0, ?)',
  );
  const insToken = raw.prepare(
    'insert into tokens (token_hash, user_id, created_at, expires_at, revoked_at) values (?, ?, ?, ?, null)',
  );
  const expires = new Date(now.getTime() + 3_600_000).toISOString();
  raw.transaction(() => {
    agencies.forEach((agencyId, i) => {
      const id = `u_bench_${i}`;
      insUser.run(id, `bench-${i}`, `Reporter ${i}`, 'reporter', agencyId, now.toISOString());
      const token = createHash('sha256').update(`bench-token-${i}-${randomUUID()}`).digest('base64url');
      insToken.run(hashToken(token), id, now.toISOString(), expires);
      tokens.set(agencyId, token);
    });
  })();
}
await db.close();
console.log(
  `setup: ${agencies.length} reporters in ${Math.round(performance.now() - setupStart)} ms (db ${dbPath})`,
);

// 2. Server in its own process, so clients and server do not share an event loop.
const child = fork(fileURLToPath(new URL('./server-child.ts', import.meta.url)), [], {
  env: { ...process.env, DATABASE_URL: url },
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server process there (open in DevTools).
  execArgv: [
    '--import',
    'tsx',
    ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
  ],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const port = await new Promise<number>((resolve, reject) => {
  child.once('message', (m) => resolve((m as { port: number }).port));
  child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
});
const base = `http://127.0.0.1:${port}`;

// 3. Deadline day: every agency submits once, 50 at a time; network errors are retried with the same key.
interface Ack {
  agencyId: string;
  content: string;
  reportId: string;
}
const acks: Ack[] = [];
const latencies: number[] = [];
const statuses = new Map<number, number>();
let firstFailure: string | undefined;
let retries = 0;
let next = 0;

async function submitOne(index: number): Promise<void> {
  const agencyId = agencies[index] as string;
  const body = JSON.stringify({ content: benchContent(agencyId, index) });
  const key = randomUUID();
  for (let attempt = 0; attempt < 3; attempt++) {
    const t0 = performance.now();
    try {
      const res = await fetch(`${base}/api/v1/plans/${BENCH_PLAN}/reports/${BENCH_YEAR}/mine/submit`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${tokens.get(agencyId)}`,
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body,
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      latencies.push(performance.now() - t0);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status !== 200 && firstFailure === undefined)
        firstFailure = `${res.status} ${text.slice(0, 400)}`;
      if (res.status === 200) {
        const report = JSON.parse(text) as { id: string; content: unknown };
        acks.push({ agencyId, content: JSON.stringify(report.content), reportId: report.id });
      }
      return;
    } catch {
      retries++;
    }
  }
}

const runStart = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < agencies.length) await submitOne(next++);
  }),
);
const elapsed = performance.now() - runStart;
interface CommitStats {
  commits: number;
  writes: number;
}
const server: { stats: CommitStats | null } = { stats: null };
child.on('message', (m) => {
  if (typeof m === 'object' && m && 'stats' in m) server.stats = (m as { stats: CommitStats | null }).stats;
});
child.send('stop');
await new Promise((r) => child.once('exit', r));

const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

// 4. Verify: every acknowledged report is stored, with the content acknowledged.
const checksum = (rows: { agencyId: string; content: string }[]) => {
  const h = createHash('sha256');
  for (const r of [...rows].sort((a, b) => (a.agencyId < b.agencyId ? -1 : 1)))
    h.update(`${r.agencyId}\n${r.content}\n`);
  return h.digest('hex');
};
const check = new SQLite(dbPath, { readonly: true });
const stored = check
  .prepare(
    "select agency_id as agencyId, content, id from reports where plan_id = ? and year = ? and status = 'submitted'",
  )
  .all(BENCH_PLAN, BENCH_YEAR) as { agencyId: string; content: string; id: string }[];
const storedById = new Map(stored.map((r) => [r.id, r]));
const lost = acks.filter((a) => storedById.get(a.reportId)?.content !== a.content);
const events = (
  check.prepare("select count(*) as n from audit_log where action = 'submitted'").get() as { n: number }
).n;
check.close();
const ackSum = checksum(acks);
const storedSum = checksum(stored.filter((r) => acks.some((a) => a.reportId === r.id)));

// 5. Raw better-sqlite3 with the same rows and pragmas: per-row transactions (like the server) and one batch.
function rawInsert(batch: boolean): number {
  const path = join(dir, `raw-${batch ? 'batch' : 'rows'}.sqlite`);
  const raw = new SQLite(path);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec(`create table reports (id text primary key, plan_id text, year integer, agency_id text, status text, version integer,
    content text, created_at text, updated_at text, submitted_at text, unique (plan_id, year, agency_id));
    create table audit_log (id integer primary key autoincrement, at text, user_id text, action text, entity_id text, detail text);
    create table idempotency_keys (user_id text, route text, key text, response_body text, primary key (user_id, route, key));`);
  const insR = raw.prepare('insert into reports values (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)');
  const insA = raw.prepare(
    'insert into audit_log (at, user_id, action, entity_id, detail) values (?, ?, ?, ?, ?)',
  );
  const insK = raw.prepare('insert into idempotency_keys values (?, ?, ?, ?)');
  const one = (agencyId: string, i: number) => {
    const id = `rpt_${randomUUID()}`;
    const at = new Date().toISOString();
    const content = JSON.stringify(benchContent(agencyId, i));
    insR.run(id, BENCH_PLAN, BENCH_YEAR, agencyId, 'submitted', content, at, at, at);
    insA.run(at, `u_${i}`, 'created', id, '{}');
    insA.run(at, `u_${i}`, 'submitted', id, '{}');
    insK.run(`u_${i}`, 'submitReport', randomUUID(), content);
  };
  const t0 = performance.now();
  if (batch)
    raw.transaction(() => {
      agencies.forEach(one);
    })();
  else
    agencies.forEach((a, i) => {
      raw.transaction(() => one(a, i))();
    });
  const ms = performance.now() - t0;
  raw.close();
  return ms;
}
const rawRowsMs = rawInsert(false);
const rawBatchMs = rawInsert(true);

const ok = statuses.get(200) ?? 0;
const result = {
  requests: agencies.length,
  concurrency: CONCURRENCY,
  acknowledged: ok,
  statuses: Object.fromEntries(statuses),
  ...(firstFailure ? { firstFailure } : {}),
  networkRetries: retries,
  seconds: +(elapsed / 1000).toFixed(2),
  throughputPerSecond: +(ok / (elapsed / 1000)).toFixed(1),
  latencyMs: {
    p50: +pct(50).toFixed(1),
    p90: +pct(90).toFixed(1),
    p99: +pct(99).toFixed(1),
    max: +(sorted.at(-1) ?? 0).toFixed(1),
  },
  ...(server.stats
    ? {
        groupCommit: {
          ...server.stats,
          writesPerCommit: +(server.stats.writes / Math.max(1, server.stats.commits)).toFixed(1),
        },
      }
    : {}),
  verify: {
    storedSubmitted: stored.length,
    submittedEvents: events,
    acknowledgedButMissingOrDifferent: lost.length,
    checksumAcknowledged: ackSum.slice(0, 16),
    checksumStored: storedSum.slice(0, 16),
    ok: lost.length === 0 && stored.length === ok && events === ok && ackSum === storedSum,
  },
  rawBetterSqlite3: {
    perRowTransactionsPerSecond: +(agencies.length / (rawRowsMs / 1000)).toFixed(0),
    oneTransactionPerSecond: +(agencies.length / (rawBatchMs / 1000)).toFixed(0),
  },
};
console.log(JSON.stringify(result, null, 2));
rmSync(dir, { recursive: true, force: true });
process.exit(result.verify.ok && ok === agencies.length ? 0 : 1);
