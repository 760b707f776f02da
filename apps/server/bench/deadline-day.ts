/**
 * Deadline-day benchmark: 3,321 commune reports and 40 department reports submitted by 50
 * concurrent clients to one server on 127.0.0.1, then every acknowledged report is checked in
 * the database (count and checksum over content), and the same rows are written with raw
 * inserts (better-sqlite3, or `pg` on PostgreSQL) for comparison. Bench-only database: a temp
 * SQLite file, or with BENCH_DATABASE_URL=postgres://… a fresh schema of that database, dropped
 * afterwards. Loopback only; bounded (each request times out after 30 s, the run after 5 minutes).
 *
 *   pnpm --filter @kehoach/server bench      (CONCURRENCY=50 by default)
 */
import { fork } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { isPostgresUrl, openDatabase } from '../src/db/connect.js';
import { BENCH_PLAN, BENCH_YEAR, benchAgencies, benchContent, seedBenchReporters } from './fixture.js';

const CONCURRENCY = Number(process.env.CONCURRENCY ?? 50);
const RUN_LIMIT_MS = 5 * 60_000;
const deadline = setTimeout(() => {
  console.error('bench exceeded its time bound; aborting');
  process.exit(3);
}, RUN_LIMIT_MS);
deadline.unref();

const PG_URL = process.env.BENCH_DATABASE_URL?.trim() ?? '';
const onPostgres = isPostgresUrl(PG_URL);
const dir = mkdtempSync(join(tmpdir(), 'kehoach-bench-'));
const dbPath = join(dir, 'bench.sqlite');
const schema = `kh_bench_${process.pid}_${randomBytes(3).toString('hex')}`;

/** `statement` on the PostgreSQL server, with a connection of its own. */
async function onPgServer(statement: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The URL of schema `name` of the bench's PostgreSQL database. */
function pgSchemaUrl(name: string): string {
  const u = new URL(PG_URL);
  u.searchParams.set('options', `-c search_path=${name}`);
  return u.toString();
}

const url = onPostgres ? pgSchemaUrl(schema) : `file:${dbPath}`;
if (onPostgres) await onPgServer(`create schema ${schema}`);

// 1. Bench database: plan, catalog, 3,361 reporters with tokens (no passwords: token-only accounts).
const setupStart = performance.now();
const db = await openDatabase({ url });
const agencies = benchAgencies();
const tokens = await seedBenchReporters(db.kysely, agencies, new Date());
await db.close();
console.log(
  `setup: ${agencies.length} reporters in ${Math.round(performance.now() - setupStart)} ms (${onPostgres ? `schema ${schema}` : `db ${dbPath}`})`,
);

// 2. Server in its own process, so clients and server do not share an event loop.
const child = fork(fileURLToPath(new URL('./server-child.ts', import.meta.url)), [], {
  env: { ...process.env, DATABASE_URL: url },
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server process there (open in DevTools).
  execArgv: [
    '--import',
    fileURLToPath(new URL('../../../scripts/ts-specifiers.mjs', import.meta.url)),
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

child.send('start');
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
const server: { stats: CommitStats | null; cpuMs: number } = { stats: null, cpuMs: Number.NaN };
child.on('message', (m) => {
  if (typeof m === 'object' && m && 'stats' in m) Object.assign(server, m);
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
const check = await openDatabase({ url, migrate: false });
const stored = await check.kysely
  .selectFrom('reports')
  .select(['agency_id as agencyId', 'content', 'id'])
  .where('plan_id', '=', BENCH_PLAN)
  .where('year', '=', BENCH_YEAR)
  .where('status', '=', 'submitted')
  .execute();
const storedById = new Map(stored.map((r) => [r.id, r]));
const lost = acks.filter((a) => storedById.get(a.reportId)?.content !== a.content);
const events = Number(
  (
    await check.kysely
      .selectFrom('audit_log')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('action', '=', 'submitted')
      .executeTakeFirstOrThrow()
  ).n,
);
await check.close();
const ackSum = checksum(acks);
const storedSum = checksum(stored.filter((r) => acks.some((a) => a.reportId === r.id)));

// 5. Raw inserts of the same rows: per-row transactions (what the server acknowledges) and one batch.
const RAW_TABLES = `create table reports (id text primary key, plan_id text, year integer, agency_id text, status text,
    version integer, content text, created_at text, updated_at text, submitted_at text, unique (plan_id, year, agency_id));
  create table audit_log (id integer primary key autoincrement, at text, user_id text, action text, entity_id text, detail text);
  create table idempotency_keys (user_id text, route text, key text, response_body text, primary key (user_id, route, key));`;

/** One report's rows: the report, its two events, the stored response. */
function rawRows(agencyId: string, i: number) {
  const id = `rpt_${randomUUID()}`;
  const at = new Date().toISOString();
  const content = JSON.stringify(benchContent(agencyId, i));
  return {
    report: [id, BENCH_PLAN, BENCH_YEAR, agencyId, 'submitted', content, at, at, at],
    events: [
      [at, `u_${i}`, 'created', id, '{}'],
      [at, `u_${i}`, 'submitted', id, '{}'],
    ],
    key: [`u_${i}`, 'submitReport', randomUUID(), content],
  };
}

/** Raw `pg` on one connection, in a schema of its own (same server settings as the bench's). */
async function rawInsertPostgres(batch: boolean): Promise<number> {
  const { default: pg } = await import('pg');
  const rawSchema = `${schema}_raw_${batch ? 'batch' : 'rows'}`;
  await onPgServer(`create schema ${rawSchema}`);
  const client = new pg.Client({ connectionString: pgSchemaUrl(rawSchema) });
  await client.connect();
  try {
    await client.query(RAW_TABLES.replace('integer primary key autoincrement', 'serial primary key'));
    const one = async (agencyId: string, i: number) => {
      const r = rawRows(agencyId, i);
      await client.query({
        name: 'r',
        text: 'insert into reports values ($1, $2, $3, $4, $5, 1, $6, $7, $8, $9)',
        values: r.report,
      });
      for (const e of r.events)
        await client.query({
          name: 'a',
          text: 'insert into audit_log (at, user_id, action, entity_id, detail) values ($1, $2, $3, $4, $5)',
          values: e,
        });
      await client.query({
        name: 'k',
        text: 'insert into idempotency_keys values ($1, $2, $3, $4)',
        values: r.key,
      });
    };
    const t0 = performance.now();
    if (batch) {
      await client.query('begin');
      for (const [i, a] of agencies.entries()) await one(a, i);
      await client.query('commit');
    } else {
      for (const [i, a] of agencies.entries()) {
        await client.query('begin');
        await one(a, i);
        await client.query('commit');
      }
    }
    return performance.now() - t0;
  } finally {
    await client.end();
    await onPgServer(`drop schema if exists ${rawSchema} cascade`);
  }
}

/** Raw better-sqlite3 with the server's pragmas (WAL, synchronous=FULL). */
function rawInsertSqlite(batch: boolean): number {
  const path = join(dir, `raw-${batch ? 'batch' : 'rows'}.sqlite`);
  const raw = new SQLite(path);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec(RAW_TABLES);
  const insR = raw.prepare('insert into reports values (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)');
  const insA = raw.prepare(
    'insert into audit_log (at, user_id, action, entity_id, detail) values (?, ?, ?, ?, ?)',
  );
  const insK = raw.prepare('insert into idempotency_keys values (?, ?, ?, ?)');
  const one = (agencyId: string, i: number) => {
    const r = rawRows(agencyId, i);
    insR.run(r.report);
    for (const e of r.events) insA.run(e);
    insK.run(r.key);
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
const rawRowsMs = onPostgres ? await rawInsertPostgres(false) : rawInsertSqlite(false);
const rawBatchMs = onPostgres ? await rawInsertPostgres(true) : rawInsertSqlite(true);
if (onPostgres) await onPgServer(`drop schema if exists ${schema} cascade`);
const rawRowsPerSecond = agencies.length / (rawRowsMs / 1000);

const ok = statuses.get(200) ?? 0;
const result = {
  database: onPostgres ? 'postgres' : 'sqlite',
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
  /** CPU time (user + system) of the server process per acknowledged report. */
  serverCpuMsPerReport: +(server.cpuMs / Math.max(1, ok)).toFixed(3),
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
  raw: {
    perRowTransactionsPerSecond: +rawRowsPerSecond.toFixed(0),
    oneTransactionPerSecond: +(agencies.length / (rawBatchMs / 1000)).toFixed(0),
  },
  /** Server throughput ÷ raw one-transaction-per-row inserts, same run (goal ≥ 0.30). */
  ratioToRawPerRow: +(ok / (elapsed / 1000) / rawRowsPerSecond).toFixed(3),
};
console.log(JSON.stringify(result, null, 2));
rmSync(dir, { recursive: true, force: true });
process.exit(result.verify.ok && ok === agencies.length ? 0 : 1);
