import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { demo } from '@kehoach/mocks';
import type { Report } from '@kehoach/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { type Db, openDatabase } from '../../src/db/connect.js';
import { createLogger } from '../../src/logger.js';
import { seedDemo } from '../../src/seed.js';
import {
  account,
  contentOf,
  countRows,
  freshDatabase,
  onPostgres,
  PLAN,
  type TestDatabase,
  YEAR,
} from '../helpers.js';

// PostgreSQL only (vitest.pg.config.ts): two server processes' worth of state — each its own
// pool, caches and sign-in limits — behind real HTTP listeners, on one database.
if (!onPostgres)
  throw new Error('test/postgres/ runs on PostgreSQL only: pnpm test:pg with TEST_DATABASE_URL');

interface Instance {
  db: Db;
  url: string;
  close(): Promise<void>;
}

async function startInstance(databaseUrl: string): Promise<Instance> {
  const db = await openDatabase({ url: databaseUrl });
  const app = createApp({ db: db.kysely, logger: createLogger({ level: 'silent' }) });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    db,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await db.close();
    },
  };
}

let database: TestDatabase;
let a: Instance;
let b: Instance;

beforeAll(async () => {
  database = await freshDatabase();
  [a, b] = await Promise.all([startInstance(database.url), startInstance(database.url)]);
  await seedDemo(a.db.kysely, new Date(), { reports: false });
});
afterAll(async () => {
  await Promise.allSettled([a?.close(), b?.close()]);
  await database?.drop();
});

async function signIn(on: Instance, username: string): Promise<string> {
  const res = await fetch(`${on.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: account(username).password }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

function submit(on: Instance, token: string, agencyId: string, key: string): Promise<Response> {
  return fetch(`${on.url}/api/v1/plans/${PLAN}/reports/${YEAR}/mine/submit`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ content: contentOf(agencyId) }),
  });
}

async function submittedEvents(agencyId?: string): Promise<number> {
  let q = a.db.kysely
    .selectFrom('audit_log')
    .innerJoin('reports', 'reports.id', 'audit_log.entity_id')
    .select('audit_log.id')
    .where('audit_log.action', '=', 'submitted');
  if (agencyId) q = q.where('reports.agency_id', '=', agencyId);
  return (await q.execute()).length;
}

describe('two server instances on one PostgreSQL database', () => {
  it('the same Idempotency-Key sent to both: one report, one submission, the same answer', async () => {
    // Signed in on one instance, the token works on the other: tokens live in the database.
    const token = await signIn(a, 'so-y-te');
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        submit(i % 2 === 0 ? a : b, token, 'lam-dong.so-y-te', 'deadline-1'),
      ),
    );
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(new Set(bodies).size).toBe(1);
    expect(new Set(responses.map((r) => r.headers.get('etag'))).size).toBe(1);
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(9);
    const report = JSON.parse(bodies[0] as string) as Report;
    expect(report.status).toBe('submitted');
    expect(report.agencyId).toBe('lam-dong.so-y-te');
    expect(await countRows(a.db, 'reports')).toBe(1);
    expect(await countRows(b.db, 'idempotency_keys')).toBe(1);
    expect(await submittedEvents('lam-dong.so-y-te')).toBe(1);
  });

  it('distinct submissions spread over both: none lost', async () => {
    const agencies = demo.reports
      .filter((r) => r.year === YEAR && r.agencyId !== 'lam-dong.so-y-te')
      .map((r) => r.agencyId);
    expect(agencies.length).toBeGreaterThanOrEqual(5);
    const reporters = agencies.map((agencyId) => {
      const u = demo.users.find((x) => x.role === 'reporter' && x.agencyId === agencyId);
      if (!u) throw new Error(`no demo reporter for ${agencyId}`);
      return { agencyId, username: u.username };
    });
    const tokens = await Promise.all(reporters.map((r, i) => signIn(i % 2 === 0 ? b : a, r.username)));
    const responses = await Promise.all(
      reporters.map((r, i) =>
        submit(i % 2 === 0 ? a : b, tokens[i] as string, r.agencyId, `own-${r.agencyId}`),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(reporters.length).fill(200));
    const stored = await b.db.kysely
      .selectFrom('reports')
      .select(['agency_id', 'status', 'content'])
      .where('plan_id', '=', PLAN)
      .where('year', '=', YEAR)
      .execute();
    for (const r of reporters) {
      const row = stored.find((x) => x.agency_id === r.agencyId);
      expect(row?.status, r.agencyId).toBe('submitted');
      expect(JSON.parse(row?.content ?? 'null'), r.agencyId).toEqual(contentOf(r.agencyId));
      expect(await submittedEvents(r.agencyId), r.agencyId).toBe(1);
    }
    expect(stored).toHaveLength(reporters.length + 1);
    expect(await countRows(a.db, 'idempotency_keys')).toBe(reporters.length + 1);
    // Both instances read the same submissions.
    const reviewer = await signIn(b, 'reviewer');
    const lists = await Promise.all(
      [a, b].map(async (on) => {
        const res = await fetch(`${on.url}/api/v1/plans/${PLAN}/reports?year=${YEAR}`, {
          headers: { authorization: `Bearer ${reviewer}` },
        });
        expect(res.status).toBe(200);
        return res.text();
      }),
    );
    expect(lists[0]).toBe(lists[1]);
    expect((JSON.parse(lists[0] as string) as Report[]).filter((r) => r.status === 'submitted')).toHaveLength(
      reporters.length + 1,
    );
  });
});
