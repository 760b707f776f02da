import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProgress, demo } from '@kehoach/mocks';
import { ProgressResponseSchema, type Report, ReportSchema } from '@kehoach/sdk';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { openDatabase } from '../src/db/connect.js';
import { seedDemo } from '../src/seed.js';
import { workingDemoAccounts } from '../src/startup.js';
import {
  type CountedTable,
  countRows,
  freshDatabase,
  jsonReq,
  login,
  onPostgres,
  PLAN,
  useTestServer,
} from './helpers.js';

const s = useTestServer('file', { demoReports: true });

describe('demo seed from @kehoach/mocks', () => {
  it('stores the demo registry, its illustrative observations and every report with its events', async () => {
    const k = s.db.kysely;
    const plan = await k.selectFrom('plans').select('registry').executeTakeFirstOrThrow();
    expect(JSON.parse(plan.registry)).toEqual(JSON.parse(JSON.stringify(demo.registry)));
    const obs = await k.selectFrom('observations').select(['illustrative', 'source']).execute();
    expect(obs).toHaveLength(demo.observations.length);
    expect(obs.every((o) => o.illustrative === 1 && o.source === demo.observations[0]!.source)).toBe(true);

    const reviewer = await login(s.app, 'reviewer');
    for (const year of [2025, 2026]) {
      const res = await s.app.request(`/api/v1/plans/${PLAN}/reports?year=${year}`, jsonReq('GET', reviewer));
      const stored = (await res.json()) as (Report & { illustrative?: boolean })[];
      const expected = demo.reports.filter((r) => r.year === year);
      expect(stored.map((r) => [r.id, r.status, r.version]).sort()).toEqual(
        expected.map((r) => [r.id, r.status, r.version]).sort(),
      );
      for (const r of stored) {
        expect(ReportSchema.safeParse(r).success, r.id).toBe(true);
        expect(r.illustrative, r.id).toBe(true);
        const d = expected.find((x) => x.id === r.id)!;
        expect(r.content).toEqual(d.content);
        expect(r.events.map((e) => [e.type, e.at, e.comment])).toEqual(
          d.events.map((e) => [e.type, new Date(e.at).toISOString(), e.comment]),
        );
      }
    }
    // Every 2026 lifecycle state is there.
    const states = new Set(demo.reports.filter((r) => r.year === 2026).map((r) => r.status));
    expect([...states].sort()).toEqual(['accepted', 'draft', 'returned', 'submitted']);
  });

  it('the demo users sign in with the mocks’ passwords and see their agency’s demo report', async () => {
    const t = await login(s.app, 'so-gddt');
    const res = await s.app.request(`/api/v1/plans/${PLAN}/reports/2026/mine`, jsonReq('GET', t));
    expect(res.status).toBe(200);
    const r = (await res.json()) as Report;
    expect(r.status).toBe('returned');
    expect(r.events.at(-1)?.comment).toBe(demo.reports.find((x) => x.id === r.id)?.events.at(-1)?.comment);
    expect(res.headers.get('etag')).toBe(`"${r.version}"`);
    expect((await workingDemoAccounts(s.db.kysely)).map((a) => a.username)).toEqual(
      demo.users.map((u) => u.username),
    );
  });

  it('serves the same province progress as the mocks (accepted reports are not counted twice)', async () => {
    for (const year of [2025, 2026]) {
      s.clock.t = new Date(demo.now);
      const res = await s.app.request(`/api/v1/plans/${PLAN}/progress?year=${year}&unitId=lam-dong`);
      const server = ProgressResponseSchema.parse(await res.json());
      const mocks = buildProgress({ year, unitId: 'lam-dong' });
      expect(server.illustrative).toBe(true);
      for (const m of mocks.measures) {
        const mine = server.measures.find((x) => x.measureId === m.measureId)!;
        expect(
          mine.series.map((p) => p.year),
          m.measureId,
        ).toEqual(m.series.map((p) => p.year));
        mine.series.forEach((p, i) => {
          expect(p.value, `${m.measureId} ${p.year}`).toBeCloseTo(m.series[i]!.value, 6);
        });
        expect(mine.illustrative, m.measureId).toBe(m.illustrative);
      }
    }
  });

  it('a second seed loads nothing twice and keeps what demo users changed', async () => {
    const t = await login(s.app, 'mttq');
    const mine = `/api/v1/plans/${PLAN}/reports/2026/mine`;
    const draft = (await (await s.app.request(mine, jsonReq('GET', t))).json()) as Report;
    const saved = await s.app.request(
      mine,
      jsonReq('PUT', t, { content: { ...draft.content, difficulties: 'Đã sửa' } }, { 'if-match': '"2"' }),
    );
    expect(saved.status).toBe(200);
    const count = async () => {
      const n = (t: CountedTable) => countRows(s.db, t);
      return [await n('users'), await n('reports'), await n('observations'), await n('audit_log')];
    };
    const before = await count();
    const r = await seedDemo(s.db.kysely, s.clock.now());
    expect(r).toMatchObject({ usersCreated: [], observations: 0, reportsCreated: 0, alreadySeeded: true });
    expect(await count()).toEqual(before);
    const after = (await (await s.app.request(mine, jsonReq('GET', t))).json()) as Report;
    expect(after.content.difficulties).toBe('Đã sửa');
    expect(after.version).toBe(3);
  });
});

describe(onPostgres ? 'demo seed on a PostgreSQL database' : 'demo seed on a file', () => {
  it('creates the database on the first start and reuses it on the next', async () => {
    // SQLite: a file in a new directory. PostgreSQL (TEST_DATABASE_URL): a new, empty schema.
    const dir = onPostgres ? null : mkdtempSync(join(tmpdir(), 'kehoach-seed-'));
    const fresh = dir === null ? await freshDatabase() : null;
    try {
      const url = fresh ? fresh.url : `file:${join(dir as string, 'data', 'kehoach.sqlite')}`;
      const now = new Date(demo.now);
      let db = await openDatabase({ url });
      const first = await seedDemo(db.kysely, now);
      expect(first.usersCreated).toHaveLength(demo.users.length);
      expect(first.reportsCreated).toBe(demo.reports.length);
      expect(first.observations).toBe(demo.observations.length);
      if (db.dialect === 'postgres') {
        // What WAL + synchronous=FULL give the SQLite file: a commit is acknowledged only once
        // its write-ahead log is flushed to disk.
        expect(db.sqlite).toBeNull();
        const { rows } = await sql<{ fsync: string; synchronous_commit: string }>`
          select current_setting('fsync') as fsync, current_setting('synchronous_commit') as synchronous_commit
        `.execute(db.kysely);
        expect(rows[0]).toEqual({ fsync: 'on', synchronous_commit: 'on' });
      } else {
        expect(db.sqlite?.pragma('journal_mode', { simple: true })).toBe('wal');
      }
      await db.close();

      db = await openDatabase({ url });
      const second = await seedDemo(db.kysely, now);
      expect(second.alreadySeeded).toBe(true);
      const app = createApp({ db: db.kysely, clock: { now: () => now } });
      const res = await app.request(`/api/v1/plans/${PLAN}/progress?year=2026`);
      expect(res.status).toBe(200);
      const n = await db.kysely
        .selectFrom('reports')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(n.n)).toBe(demo.reports.length);
      await db.close();
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
      await fresh?.drop();
    }
  });
});
