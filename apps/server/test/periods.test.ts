/**
 * Issue 8.5, reporting cadence: reports keyed by period. A six-monthly plan is reported on
 * `2026-H1` and `2026-H2` (a key not of its cadence, or outside its years, is refused naming the
 * parameter, nothing stored); the yearly plan's `/reports/2026/…` routes keep their meaning; the
 * reports an agency owes list each period with its deadline in the plan's time zone; migration
 * 0008 keys the reports of a database of the previous release by period. Runs on SQLite and,
 * with TEST_DATABASE_URL, on PostgreSQL.
 */
import { demo } from '@kehoach/mocks';
import type { ReportDue, SubmissionStatus } from '@kehoach/sdk';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrations.js';
import { storeBundles } from '../src/services/bundles.js';
import {
  countRows,
  emptyContent,
  freshDatabase,
  healthContent,
  jsonReq,
  login,
  migrateUpTo,
  PLAN,
  REPORT_PATH,
  sixMonthlyDemo,
  useTestServer,
} from './helpers.js';

const HALF = 'ke-hoach-6-thang';
const path = (period: string) => `/api/v1/plans/${HALF}/reports/${period}/mine`;

describe('reports of a six-monthly plan', () => {
  const s = useTestServer('test');
  beforeEach(async () => {
    await storeBundles(
      s.db.kysely,
      { catalogs: [], plans: [{ plan: sixMonthlyDemo(HALF), registry: demo.registry }] },
      new Date().toISOString(),
    );
  });

  it('saves and submits the 2026-H1 report, which says its period', async () => {
    const token = await login(s.app, 'so-y-te');
    const saved = await s.app.request(path('2026-H1'), jsonReq('PUT', token, { content: healthContent() }));
    expect(saved.status).toBe(201);
    const draft = (await saved.json()) as { year: number; period: string; status: string; version: number };
    expect(draft).toMatchObject({ year: 2026, period: '2026-H1', status: 'draft', version: 1 });
    const submitted = await s.app.request(
      `${path('2026-H1')}/submit`,
      jsonReq(
        'POST',
        token,
        { content: healthContent() },
        { 'idempotency-key': 'k-h1-0001', 'if-match': '"1"' },
      ),
    );
    expect(submitted.status).toBe(200);
    expect(await submitted.json()).toMatchObject({ period: '2026-H1', status: 'submitted', version: 2 });
    // H2 is another report of the same agency and year.
    const h2 = await s.app.request(path('2026-H2'), jsonReq('PUT', token, { content: emptyContent() }));
    expect(h2.status).toBe(201);
    expect(await h2.json()).toMatchObject({ period: '2026-H2', status: 'draft', version: 1 });
    const again = await s.app.request(path('2026-H1'), jsonReq('GET', token));
    expect(await again.json()).toMatchObject({ period: '2026-H1', status: 'submitted' });
    expect(await countRows(s.db, 'reports')).toBe(2);
  });

  it('refuses a key not of its cadence, outside its years or not a period, naming the parameter; nothing stored', async () => {
    const token = await login(s.app, 'so-y-te');
    const cases: [string, string][] = [
      ['2026-Q1', 'period_cadence'],
      ['2026', 'period_cadence'],
      ['2026-07', 'period_cadence'],
      ['2031-H1', 'year_out_of_range'],
      ['2026-H3', 'period_key'],
    ];
    for (const [key, code] of cases) {
      const res = await s.app.request(path(key), jsonReq('PUT', token, { content: healthContent() }));
      expect(res.status, key).toBe(400);
      const body = (await res.json()) as {
        error: { fieldErrors: { path: string; code: string; message: { vi: string; en: string } }[] };
      };
      const [first] = body.error.fieldErrors;
      expect(first, `${key}: ${JSON.stringify(first)}`).toMatchObject({ path: 'params.year', code });
      expect(first?.message.vi, key).toContain('Trường params.year');
      expect(first?.message.en, key).toContain('Field params.year');
    }
    const q1 = await s.app.request(path('2026-Q1'), jsonReq('PUT', token, { content: healthContent() }));
    const text = JSON.stringify(await q1.json());
    expect(text).toContain('6 tháng');
    expect(text).toContain('six-monthly');
    expect(await countRows(s.db, 'reports')).toBe(0);
    expect(await countRows(s.db, 'audit_log')).toBe(
      // Only the sign-ins are in the log.
      await s.db.kysely
        .selectFrom('audit_log')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .where('entity_type', '<>', 'report')
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n)),
    );
  });

  it('lists H1 and H2 among the reports the agency owes, each with its deadline; the yearly plan as before', async () => {
    const token = await login(s.app, 'so-y-te');
    const list = async () =>
      (await (
        await s.app.request('/api/v1/me/reports', { headers: { authorization: `Bearer ${token}` } })
      ).json()) as ReportDue[];
    // The clock says 20 November 2026: H1's deadline (20 June) has passed, H2's (20 December) not.
    expect((await list()).map((d) => [d.planId, d.period, d.year, d.dueDate, d.overdue, d.status])).toEqual([
      [PLAN, '2026', 2026, '2026-12-15', false, 'missing'],
      [HALF, '2026-H1', 2026, '2026-06-20', true, 'missing'],
      [HALF, '2026-H2', 2026, '2026-12-20', false, 'missing'],
    ]);
    await s.app.request(path('2026-H2'), jsonReq('PUT', token, { content: emptyContent() }));
    const after = await list();
    expect(after.find((d) => d.period === '2026-H2')).toMatchObject({ status: 'draft', overdue: false });
    expect(after.find((d) => d.period === '2026-H2')?.reportId).toMatch(/^rpt_/);
  });

  it('tracks submissions per period', async () => {
    const token = await login(s.app, 'so-y-te');
    await s.app.request(
      `${path('2026-H1')}/submit`,
      jsonReq('POST', token, { content: healthContent() }, { 'idempotency-key': 'k-h1-0002' }),
    );
    const reviewer = await login(s.app, 'reviewer');
    const status = async (key: string) => {
      const res = await s.app.request(
        `/api/v1/plans/${HALF}/submissions?year=${key}`,
        jsonReq('GET', reviewer),
      );
      return { status: res.status, body: (await res.json()) as SubmissionStatus };
    };
    const h1 = await status('2026-H1');
    expect(h1.status).toBe(200);
    expect(h1.body).toMatchObject({ period: '2026-H1', year: 2026, dueDate: '2026-06-20' });
    const health = h1.body.entries.find((e) => e.agencyId === 'lam-dong.so-y-te');
    // Submitted on 20 November, after 20 June: filed late, still flagged.
    expect(health).toMatchObject({ status: 'submitted', overdue: true });
    const h2 = await status('2026-H2');
    expect(h2.body).toMatchObject({ period: '2026-H2', dueDate: '2026-12-20' });
    expect(h2.body.entries.find((e) => e.agencyId === 'lam-dong.so-y-te')).toMatchObject({
      status: 'missing',
      overdue: false,
    });
    // A key not of the plan (the bare year too: it names the yearly report), naming the parameter.
    for (const [key, code] of [
      ['2026-Q3', 'period_cadence'],
      ['2026', 'period_cadence'],
      ['2031-H2', 'year_out_of_range'],
    ]) {
      const res = await s.app.request(
        `/api/v1/plans/${HALF}/submissions?year=${key}`,
        jsonReq('GET', reviewer),
      );
      expect(res.status, key).toBe(400);
      const body = (await res.json()) as {
        error: { fieldErrors: { path: string; code: string; message: { vi: string; en: string } }[] };
      };
      expect(body.error.fieldErrors[0], key).toMatchObject({ path: 'query.year', code });
      expect(body.error.fieldErrors[0]?.message.vi, key).toContain('Trường query.year');
      expect(body.error.fieldErrors[0]?.message.en, key).toContain('Field query.year');
    }
    // On the yearly plan `2026` is still the yearly report.
    const yearly = await s.app.request(
      `/api/v1/plans/${PLAN}/submissions?year=2026`,
      jsonReq('GET', reviewer),
    );
    expect(await yearly.json()).toMatchObject({
      planId: PLAN,
      period: '2026',
      year: 2026,
      dueDate: '2026-12-15',
    });
    const listed = await s.app.request(
      `/api/v1/plans/${HALF}/reports?year=2026-H1`,
      jsonReq('GET', reviewer),
    );
    expect(((await listed.json()) as { period: string }[]).map((r) => r.period)).toEqual(['2026-H1']);
  });

  it('leaves the yearly plan’s /reports/2026/… as it was', async () => {
    const token = await login(s.app, 'so-y-te');
    const res = await s.app.request(REPORT_PATH, jsonReq('PUT', token, { content: healthContent() }));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ planId: PLAN, year: 2026, period: '2026', status: 'draft' });
    const half = await s.app.request(`/api/v1/plans/${PLAN}/reports/2026-H1/mine`, jsonReq('GET', token));
    expect(half.status).toBe(400);
  });
});

describe('migration 0008 on a database of the previous release', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  it('keys every report by its year as period, keeps what refers to it, and lets H1 and H2 coexist', async () => {
    const database = await freshDatabase();
    cleanup.push(() => database.drop());
    const db = await openDatabase({ url: database.url, migrate: false });
    cleanup.push(() => db.close());
    await migrateUpTo(db, '0007_observation_note');
    // biome-ignore lint/suspicious/noExplicitAny: the schema as it was, not today's types
    const k = db.kysely as unknown as Kysely<any>;
    const at = '2026-01-10T00:00:00.000Z';
    await k
      .insertInto('catalogs')
      .values({ id: demo.catalog.id, content: JSON.stringify(demo.catalog), updated_at: at })
      .execute();
    await k
      .insertInto('plans')
      .values({
        id: PLAN,
        catalog_id: demo.catalog.id,
        content: JSON.stringify(demo.plan),
        registry: JSON.stringify(demo.registry),
        updated_at: at,
      })
      .execute();
    const old2025 = {
      id: 'rpt-2025',
      plan_id: PLAN,
      year: 2025,
      agency_id: 'lam-dong.so-y-te',
      status: 'returned',
      version: 3,
      content: JSON.stringify(healthContent()),
      created_at: at,
      updated_at: at,
      submitted_at: at,
      illustrative: 0,
      plan_version: 1,
    };
    await k.insertInto('reports').values(old2025).execute();
    await k
      .insertInto('reports')
      .values({ ...old2025, id: 'rpt-2024', year: 2024, illustrative: 1 })
      .execute();
    await k
      .insertInto('report_returns')
      .values({ report_id: 'rpt-2025', version: 3, returned_at: at, content: old2025.content })
      .execute();

    expect(await migrateToLatest(db.kysely, db.dialect)).toEqual([
      '0008_report_periods',
      '0009_disaggregation',
      '0010_observation_periods',
    ]);

    const rows = await db.kysely.selectFrom('reports').selectAll().orderBy('id').execute();
    expect(
      rows.map((r) => [r.id, r.year, r.period, r.status, r.version, r.illustrative, r.plan_version]),
    ).toEqual([
      ['rpt-2024', 2024, '2024', 'returned', 3, 1, 1],
      ['rpt-2025', 2025, '2025', 'returned', 3, 0, 1],
    ]);
    expect(rows[1]?.content).toBe(old2025.content);
    expect(await db.kysely.selectFrom('report_returns').select('report_id').execute()).toEqual([
      { report_id: 'rpt-2025' },
    ]);
    // Two periods of one year for one agency; the same period twice is still refused.
    const h = { ...old2025, year: 2026, status: 'draft' as const, version: 1, submitted_at: null };
    await db.kysely
      .insertInto('reports')
      .values({ ...h, id: 'rpt-h1', period: '2026-H1' })
      .execute();
    await db.kysely
      .insertInto('reports')
      .values({ ...h, id: 'rpt-h2', period: '2026-H2' })
      .execute();
    await expect(
      db.kysely
        .insertInto('reports')
        .values({ ...h, id: 'rpt-h1b', period: '2026-H1' })
        .execute(),
    ).rejects.toThrow();
    // A period of another year than the row's is refused by the database itself.
    await expect(
      db.kysely
        .insertInto('reports')
        .values({ ...h, id: 'rpt-x', period: '2027-H1' })
        .execute(),
    ).rejects.toThrow();
    // The foreign keys still hold: a return of a report that does not exist is refused.
    await expect(
      db.kysely
        .insertInto('report_returns')
        .values({ report_id: 'rpt-none', version: 1, returned_at: at, content: '{}' })
        .execute(),
    ).rejects.toThrow();
  });
});
