/**
 * Every acknowledged report survives `kill -9`: the real server runs as a child process on a
 * temporary SQLite file, takes concurrent submissions, and is killed with SIGKILL once some of
 * them were acknowledged. The database must then hold every acknowledged report with the content
 * it acknowledged (and pass `PRAGMA integrity_check`), nothing half-stored, and a restarted
 * server answers every retry with the same Idempotency-Key exactly once. Loopback only; bounded
 * in count (at most 240 submissions) and time (10 s per request).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_PLAN, BENCH_YEAR, benchAgencies, benchContent, seedBenchReporters } from '../bench/fixture.js';
import { openDatabase } from '../src/db/connect.js';

const SUBMISSIONS = 240;
const CONCURRENCY = 16;
/** The server is killed when this many submissions were acknowledged. */
const KILL_AFTER = 60;

const serverChild = fileURLToPath(new URL('../bench/server-child.ts', import.meta.url));

interface Submission {
  agencyId: string;
  key: string;
  body: string;
}

interface Ack {
  status: number;
  text: string;
  etag: string | null;
}

function startServer(url: string): Promise<{ child: ChildProcess; base: string }> {
  const child = fork(serverChild, [], {
    env: { ...process.env, DATABASE_URL: url },
    execArgv: ['--import', fileURLToPath(new URL('../../../scripts/ts-specifiers.mjs', import.meta.url))],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) =>
      resolve({ child, base: `http://127.0.0.1:${(m as { port: number }).port}` }),
    );
    child.once('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal})`)));
  });
}

function exited(child: ChildProcess): Promise<NodeJS.Signals | number | null> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve(child.signalCode ?? child.exitCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
}

async function submit(base: string, token: string, s: Submission): Promise<Ack> {
  const res = await fetch(`${base}/api/v1/plans/${BENCH_PLAN}/reports/${BENCH_YEAR}/mine/submit`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': s.key,
    },
    body: s.body,
    signal: AbortSignal.timeout(10_000),
  });
  return { status: res.status, text: await res.text(), etag: res.headers.get('etag') };
}

describe('kill -9 during concurrent submissions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-crash-'));
  const path = join(dir, 'crash.sqlite');
  const url = `file:${path}`;
  let tokens: Map<string, string>;
  const submissions: Submission[] = [];

  beforeAll(async () => {
    const db = await openDatabase({ url });
    const agencies = benchAgencies().slice(0, SUBMISSIONS);
    tokens = await seedBenchReporters(db.kysely, agencies, new Date());
    await db.close();
    agencies.forEach((agencyId, i) => {
      submissions.push({
        agencyId,
        key: randomUUID(),
        body: JSON.stringify({ content: benchContent(agencyId, i) }),
      });
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged report, whole, and answers every retry once', async () => {
    // 1. Concurrent submissions; SIGKILL as soon as KILL_AFTER of them were acknowledged (2xx).
    //    No submission is started after the kill, so some are never acknowledged.
    const first = await startServer(url);
    const acked = new Map<string, Ack>();
    const issued: Submission[] = [];
    let killed = false;
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (!killed && next < submissions.length) {
          const s = submissions[next++] as Submission;
          issued.push(s);
          let ack: Ack;
          try {
            ack = await submit(first.base, tokens.get(s.agencyId) as string, s);
          } catch (err) {
            // Only the kill may interrupt a submission (connection reset or closed).
            if (!killed) throw err;
            continue;
          }
          expect(ack.status).toBe(200);
          acked.set(s.key, ack);
          if (acked.size >= KILL_AFTER && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        }
      }),
    );
    expect(await exited(first.child)).toBe('SIGKILL');
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER);
    // At most CONCURRENCY - 1 others were in flight at the kill: the rest were never sent.
    expect(issued.length).toBeLessThan(KILL_AFTER + CONCURRENCY);

    // 2. The file as the kill left it (opening it recovers the WAL, as the server would).
    const raw = new SQLite(path);
    try {
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      const reports = raw
        .prepare('select id, agency_id, status, version, content from reports where plan_id = ? and year = ?')
        .all(BENCH_PLAN, BENCH_YEAR) as {
        id: string;
        agency_id: string;
        status: string;
        version: number;
        content: string;
      }[];
      const byAgency = new Map(reports.map((r) => [r.agency_id, r]));
      for (const s of issued) {
        const ack = acked.get(s.key);
        if (!ack) continue;
        const body = JSON.parse(ack.text) as { id: string; content: unknown; status: string };
        const row = byAgency.get(s.agencyId);
        expect(row?.id).toBe(body.id);
        expect(row?.status).toBe('submitted');
        expect(JSON.parse(row?.content ?? 'null')).toEqual(JSON.parse(s.body).content);
        expect(body.content).toEqual(JSON.parse(s.body).content);
      }
      // Nothing half-stored: every report there (acknowledged or not) has both its events and
      // its stored response, and nothing was stored for a submission that was never sent.
      const sent = new Set(issued.map((s) => s.agencyId));
      for (const r of reports) {
        expect(sent.has(r.agency_id)).toBe(true);
        const events = raw
          .prepare("select action from audit_log where entity_type = 'report' and entity_id = ? order by id")
          .all(r.id) as { action: string }[];
        expect(events.map((e) => e.action)).toEqual(['created', 'submitted']);
      }
      const keys = raw
        .prepare("select count(*) as n from idempotency_keys where route = 'submitReport'")
        .get() as {
        n: number;
      };
      expect(keys.n).toBe(reports.length);
      expect(reports.length).toBeGreaterThanOrEqual(acked.size);
    } finally {
      raw.close();
    }

    // 3. Restarted, the server replays every acknowledged submission and takes every other one
    //    that was sent, once: the same key never makes a second report.
    const second = await startServer(url);
    try {
      for (const s of issued) {
        const ack = acked.get(s.key);
        const again = await submit(second.base, tokens.get(s.agencyId) as string, s);
        expect(again.status).toBe(200);
        if (ack) {
          expect(again.text).toBe(ack.text);
          expect(again.etag).toBe(ack.etag);
        }
      }
    } finally {
      second.child.send('stop');
      await exited(second.child);
    }
    const after = new SQLite(path, { readonly: true });
    try {
      expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
      const n = after
        .prepare("select count(*) as n from reports where plan_id = ? and year = ? and status = 'submitted'")
        .get(BENCH_PLAN, BENCH_YEAR) as { n: number };
      expect(n.n).toBe(issued.length);
      const submitted = after
        .prepare("select count(*) as n from audit_log where action = 'submitted'")
        .get() as {
        n: number;
      };
      expect(submitted.n).toBe(issued.length);
    } finally {
      after.close();
    }
  }, 120_000);
});
