/**
 * Public reads benchmark (issue 11): the public progress read against `GET /api/v1/plans` at 50
 * concurrent clients, and what 50 anonymous pollers of progress do to officers' draft saves.
 *
 * One server process (the real app, `public-reads-server.ts`) on 127.0.0.1 over a bench-only
 * database with the demo data (plan, registry, 2,456 illustrative observations); the load comes
 * from autocannon in this process and the draft savers from a process of their own. Clients
 * send `Accept-Encoding: br, gzip`, as browsers do. Each figure is measured three times,
 * alternating, and the median is reported with the same-run ratios. Bounded: every phase has a
 * fixed duration and the whole run is aborted after 6 minutes.
 *
 *   pnpm --filter @kehoach/server bench:reads        SQLite (a temp file)
 *   BENCH_DATABASE_URL=postgres://… pnpm --filter @kehoach/server bench:reads   PostgreSQL (a schema of its own, dropped after)
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demo } from '@kehoach/mocks';
import autocannon from 'autocannon';
import { isPostgresUrl, openDatabase } from '../src/db/connect.js';
import { demoAccounts, seedDemo } from '../src/seed.js';

const PLAN = 'dak-nong-2021';
const YEAR = 2026;
const CLIENTS = 50;
const READ_SECONDS = Number(process.env.READ_SECONDS ?? 5);
const WRITE_SECONDS = Number(process.env.WRITE_SECONDS ?? 6);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
/** Officers saving drafts during a phase, each every SAVE_PERIOD_MS (an autosave's pace). */
const WRITERS = 8;
const SAVE_PERIOD_MS = 100;

const abort = setTimeout(() => {
  console.error('bench exceeded its time bound; aborting');
  process.exit(3);
}, 6 * 60_000);
abort.unref();

// 1. Database: SQLite in a temp directory, or a fresh schema on BENCH_DATABASE_URL.
const pgUrl = process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim() || '';
const onPostgres = isPostgresUrl(pgUrl);
let url: string;
let cleanup: () => Promise<void>;
if (onPostgres) {
  const { default: pg } = await import('pg');
  const schema = `kh_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create schema ${schema}`);
  const u = new URL(pgUrl);
  u.searchParams.set('options', `-c search_path=${schema}`);
  url = u.toString();
  cleanup = () => admin(`drop schema if exists ${schema} cascade`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-bench-reads-'));
  url = `file:${join(dir, 'bench.sqlite')}`;
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
}
{
  const db = await openDatabase({ url });
  await seedDemo(db.kysely, new Date(), { reports: false });
  await db.close();
}
const engine = onPostgres ? 'PostgreSQL' : 'SQLite';
console.log(`public reads bench on ${engine}`);

// 2. Server process.
async function startServer(env: Record<string, string>) {
  const child = fork(fileURLToPath(new URL('./public-reads-server.ts', import.meta.url)), [], {
    env: { ...process.env, DATABASE_URL: url, TRUST_PROXY: '1', ...env },
    execArgv: ['--import', fileURLToPath(new URL('../../../scripts/ts-specifiers.mjs', import.meta.url))],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    /** CPU time the server process has used so far, in µs. */
    cpu: () =>
      new Promise<number>((resolve) => {
        const on = (m: unknown) => {
          if (typeof m === 'object' && m !== null && 'cpu' in m) {
            child.off('message', on);
            resolve((m as { cpu: number }).cpu);
          }
        };
        child.on('message', on);
        child.send('cpu');
      }),
    stop: async () => {
      child.send('stop');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  limited: number;
  other: number;
  bytes: number;
}

/** `connections` clients, each as fast as it can; with `distinct`, each its own address (X-Forwarded-For). */
async function cannon(
  target: string,
  seconds: number,
  options: { distinct?: boolean; encoding?: boolean } = {},
) {
  let n = 0;
  const r = await autocannon({
    url: target,
    connections: CLIENTS,
    duration: seconds,
    headers: options.encoding === false ? {} : { 'accept-encoding': 'br, gzip' },
    ...(options.distinct
      ? {
          setupClient: (client: { setHeaders: (h: Record<string, string>) => void }) => {
            n += 1;
            client.setHeaders({
              ...(options.encoding === false ? {} : { 'accept-encoding': 'br, gzip' }),
              'x-forwarded-for': `10.0.${Math.floor(n / 250)}.${n % 250}`,
            });
          },
        }
      : {}),
  });
  const limited = (r.statusCodeStats as Record<string, { count: number }> | undefined)?.['429']?.count ?? 0;
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok: r['2xx'],
    limited,
    other: r.non2xx - limited + r.errors + r.timeouts,
    bytes: r.throughput.average / Math.max(1, r.requests.average),
  } satisfies Load;
}

// 3. Officers for the draft saves: the demo reporters with their 2026 demo content.
const reporters = demoAccounts()
  .filter((a) => a.role === 'reporter' && a.agencyId)
  .map((a) => ({
    ...a,
    content: demo.reports.find((r) => r.year === YEAR && r.agencyId === a.agencyId)?.content,
  }))
  .filter((a) => a.content)
  .slice(0, WRITERS);

async function tokensFor(base: string) {
  const out: { token: string; content: unknown }[] = [];
  for (const a of reporters) {
    const res = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: a.username, password: a.password }),
    });
    if (res.status !== 200) throw new Error(`login ${a.username}: ${res.status}`);
    out.push({ token: ((await res.json()) as { token: string }).token, content: a.content });
  }
  return out;
}

/** Well-behaved pollers (`pollers.ts`): each its own address, waiting out every 429. */
async function pollers(target: string, seconds: number) {
  const child = fork(fileURLToPath(new URL('./pollers.ts', import.meta.url)), [], {
    execArgv: ['--import', fileURLToPath(new URL('../../../scripts/ts-specifiers.mjs', import.meta.url))],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.send({ url: target, clients: CLIENTS, durationMs: seconds * 1000 });
  const r = await new Promise<{ ok: number; limited: number; other: number; seconds: number }>((resolve) =>
    child.once('message', (m) =>
      resolve(m as { ok: number; limited: number; other: number; seconds: number }),
    ),
  );
  child.kill();
  return { rps: (r.ok + r.limited) / r.seconds, ok: r.ok, limited: r.limited, other: r.other };
}

async function writers(base: string, tokens: { token: string; content: unknown }[], seconds: number) {
  // A fresh draft each phase: a report's every save is an event it returns, so a draft saved
  // thousands of times would measure its history, not the save.
  const db = await openDatabase({ url });
  await db.kysely.deleteFrom('reports').where('plan_id', '=', PLAN).where('year', '=', YEAR).execute();
  await db.close();
  const child = fork(fileURLToPath(new URL('./draft-writers.ts', import.meta.url)), [], {
    execArgv: ['--import', fileURLToPath(new URL('../../../scripts/ts-specifiers.mjs', import.meta.url))],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.send({
    base,
    planPath: `/api/v1/plans/${PLAN}/reports/${YEAR}/mine`,
    writers: tokens,
    durationMs: seconds * 1000,
    periodMs: SAVE_PERIOD_MS,
  });
  const r = await new Promise<{ latencies: number[]; statuses: Record<string, number> }>((resolve) =>
    child.once('message', (m) => resolve(m as { latencies: number[]; statuses: Record<string, number> })),
  );
  child.kill();
  const sorted = [...r.latencies].sort((a, b) => a - b);
  const pct = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  const bad = Object.entries(r.statuses).filter(([s]) => s !== '200' && s !== '201');
  return { saves: sorted.length, p50: pct(50), p99: pct(99), bad };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const f2 = (x: number) => x.toFixed(2);

const plansUrl = (base: string) => `${base}/api/v1/plans`;
const progressUrl = (base: string) => `${base}/api/v1/plans/${PLAN}/progress`;

// 4. Throughput: progress ÷ plans, the limit off (one address here stands for many clients).
const results: string[] = [];
{
  const server = await startServer({ PUBLIC_READ_RATE_LIMIT: '0' });
  await cannon(progressUrl(server.base), 1);
  await cannon(plansUrl(server.base), 1);
  const rows: {
    plans: Load & { cpuPerRequest: number };
    progress: Load & { cpuPerRequest: number };
    identity: Load & { cpuPerRequest: number };
  }[] = [];
  /** A load, with the server's CPU time per answered request (µs). */
  const measured = async (target: string, options: { encoding?: boolean } = {}) => {
    const before = await server.cpu();
    const load = await cannon(target, READ_SECONDS, options);
    const cpu = (await server.cpu()) - before;
    return { ...load, cpuPerRequest: cpu / Math.max(1, load.ok + load.limited + load.other) };
  };
  for (let round = 0; round < ROUNDS; round++) {
    const plans = await measured(plansUrl(server.base));
    const progress = await measured(progressUrl(server.base));
    const identity = await measured(progressUrl(server.base), { encoding: false });
    rows.push({ plans, progress, identity });
    console.log(
      `round ${round + 1}: server CPU per request: plans ${Math.round(plans.cpuPerRequest)} µs, progress (br) ${Math.round(progress.cpuPerRequest)} µs, identity ${Math.round(identity.cpuPerRequest)} µs (CPU ratio plans÷progress ${f2(plans.cpuPerRequest / progress.cpuPerRequest)}) · plans ${Math.round(plans.rps)}/s p99 ${plans.p99} ms · progress (br) ${Math.round(progress.rps)}/s p50 ${progress.p50} p99 ${progress.p99} ms, ${Math.round(progress.bytes)} B · ratio ${f2(progress.rps / plans.rps)} · progress (identity) ${Math.round(identity.rps)}/s p99 ${identity.p99} ms, ${Math.round(identity.bytes)} B · non-2xx ${plans.other + progress.other + identity.other}`,
    );
  }
  await server.stop();
  results.push(
    `| ${engine}, server CPU per request | plans ${Math.round(median(rows.map((r) => r.plans.cpuPerRequest)))} µs | progress (br) ${Math.round(median(rows.map((r) => r.progress.cpuPerRequest)))} µs, identity ${Math.round(median(rows.map((r) => r.identity.cpuPerRequest)))} µs | **${f2(median(rows.map((r) => r.plans.cpuPerRequest / r.progress.cpuPerRequest)))}** (${rows.map((r) => f2(r.plans.cpuPerRequest / r.progress.cpuPerRequest)).join(', ')}) | |`,
  );
  results.push(
    `| ${engine} | ${Math.round(median(rows.map((r) => r.plans.rps)))} /s (p99 ${median(rows.map((r) => r.plans.p99))} ms) | ${Math.round(median(rows.map((r) => r.progress.rps)))} /s, p50 ${median(rows.map((r) => r.progress.p50))} ms, p99 ${median(rows.map((r) => r.progress.p99))} ms | **${f2(median(rows.map((r) => r.progress.rps / r.plans.rps)))}** (${rows.map((r) => f2(r.progress.rps / r.plans.rps)).join(', ')}) | ${Math.round(median(rows.map((r) => r.identity.rps)))} /s, p99 ${median(rows.map((r) => r.identity.p99))} ms |`,
  );
}

// 5. Draft saves alone, then with 50 anonymous pollers (each its own address), alternating:
// well-behaved pollers (waiting out 429) with the default public-read limit; the same without
// the limit; and, for what the limit cannot do, autocannon's pollers that ignore 429.
for (const [label, env, kind] of [
  ['pollers wait out 429, limit on (default)', {}, 'polite'],
  ['pollers wait out 429, limit off', { PUBLIC_READ_RATE_LIMIT: '0' }, 'polite'],
  ['pollers ignore 429, limit on (default)', {}, 'flood'],
] as const) {
  const server = await startServer(env);
  const tokens = await tokensFor(server.base);
  await writers(server.base, tokens, 1);
  const rows: {
    alone: Awaited<ReturnType<typeof writers>>;
    loaded: Awaited<ReturnType<typeof writers>>;
    served: number;
    limited: number;
  }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const alone = await writers(server.base, tokens, WRITE_SECONDS);
    const [loaded, load] = await Promise.all([
      writers(server.base, tokens, WRITE_SECONDS),
      kind === 'polite'
        ? pollers(progressUrl(server.base), WRITE_SECONDS)
        : cannon(progressUrl(server.base), WRITE_SECONDS, { distinct: true }),
    ]);
    const served = load.ok / WRITE_SECONDS;
    rows.push({ alone, loaded, served, limited: load.limited });
    console.log(
      `${label}, round ${round + 1}: saves alone p50 ${f1(alone.p50)} p99 ${f1(alone.p99)} ms (${alone.saves}) · with pollers p50 ${f1(loaded.p50)} p99 ${f1(loaded.p99)} ms (${loaded.saves}) · p99 ×${f2(loaded.p99 / alone.p99)} · progress served ${Math.round(served)}/s, 429 ${load.limited}${[...alone.bad, ...loaded.bad].length ? ` · save failures ${JSON.stringify([...alone.bad, ...loaded.bad])}` : ''}`,
    );
  }
  await server.stop();
  results.push(
    `| ${engine}, ${label} | p50 ${f1(median(rows.map((r) => r.alone.p50)))} ms, p99 ${f1(median(rows.map((r) => r.alone.p99)))} ms | p50 ${f1(median(rows.map((r) => r.loaded.p50)))} ms, p99 ${f1(median(rows.map((r) => r.loaded.p99)))} ms | **×${f2(median(rows.map((r) => r.loaded.p99 / r.alone.p99)))}** (${rows.map((r) => f2(r.loaded.p99 / r.alone.p99)).join(', ')}) | ${Math.round(median(rows.map((r) => r.served)))} /s served, ${Math.round(median(rows.map((r) => r.limited)))} × 429 |`,
  );
}

await cleanup();
console.log('\nmedians (rows for BENCHMARKS.md):');
for (const r of results) console.log(r);
clearTimeout(abort);
