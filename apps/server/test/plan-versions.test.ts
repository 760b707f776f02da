/**
 * Plan versions: migration 0006 on a database as the previous release wrote it, `storeBundles`
 * keeping versions, and the operator's API (`importPlan`, `listPlanVersions`). Runs on SQLite
 * and, with TEST_DATABASE_URL, on PostgreSQL.
 */
import { demo } from '@kehoach/mocks';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrations.js';
import { planContentHash } from '../src/db/plan-hash.js';
import { storeBundles } from '../src/services/bundles.js';
import {
  freshDatabase,
  healthContent,
  jsonReq,
  login,
  migrateUpTo,
  PLAN,
  reportCalls,
  useTestServer,
} from './helpers.js';

const STAMP = '2026-11-01T00:00:00.000Z';

describe('migration 0006 on a database of the previous release', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  it('makes every stored plan version 1 (same hash as an import of it) and every report written against 1', async () => {
    const database = await freshDatabase();
    cleanup.push(() => database.drop());
    const db = await openDatabase({ url: database.url, migrate: false });
    cleanup.push(() => db.close());
    // The schema of the previous release: migrations 0001–0005 only.
    await migrateUpTo(db, '0005_user_email');
    // What that release wrote: a catalog, a plan and a report, with the columns it had.
    // biome-ignore lint/suspicious/noExplicitAny: the schema as it was, not today's types
    const k = db.kysely as unknown as Kysely<any>;
    const catalog = JSON.stringify(demo.catalog);
    const content = JSON.stringify(demo.plan);
    const registry = JSON.stringify(demo.registry);
    await k
      .insertInto('catalogs')
      .values({ id: demo.catalog.id, content: catalog, updated_at: STAMP })
      .execute();
    await k
      .insertInto('plans')
      .values({ id: PLAN, catalog_id: demo.catalog.id, content, registry, updated_at: STAMP })
      .execute();
    await k
      .insertInto('reports')
      .values({
        id: 'rpt-old',
        plan_id: PLAN,
        year: 2025,
        agency_id: 'lam-dong.so-y-te',
        status: 'submitted',
        version: 2,
        content: JSON.stringify(healthContent()),
        created_at: STAMP,
        updated_at: STAMP,
        submitted_at: STAMP,
        illustrative: 0,
      })
      .execute();

    expect(await migrateToLatest(db.kysely, db.dialect)).toEqual([
      '0006_plan_versions',
      '0007_observation_note',
      '0008_report_periods',
      '0009_disaggregation',
      '0010_observation_periods',
    ]);

    const versions = await db.kysely.selectFrom('plan_versions').selectAll().execute();
    expect(versions).toEqual([
      {
        plan_id: PLAN,
        version: 1,
        catalog_id: demo.catalog.id,
        catalog,
        content,
        registry,
        content_hash: planContentHash(content, registry, catalog),
        imported_at: STAMP,
        imported_by: null,
      },
    ]);
    expect(await db.kysely.selectFrom('plans').select('version').execute()).toEqual([{ version: 1 }]);
    expect(await db.kysely.selectFrom('reports').select(['id', 'plan_version']).execute()).toEqual([
      { id: 'rpt-old', plan_version: 1 },
    ]);

    // The same bundle stored again is no new version; a changed one is version 2, the report stays at 1.
    const bundle = { plan: demo.plan, registry: demo.registry };
    expect(await storeBundles(db.kysely, { catalogs: [demo.catalog], plans: [bundle] }, STAMP)).toEqual([
      { planId: PLAN, version: 1, outcome: 'unchanged' },
    ]);
    const changed = { ...bundle, plan: { ...demo.plan, place: 'Gia Nghĩa' } };
    expect(
      await storeBundles(db.kysely, { catalogs: [], plans: [changed] }, '2026-11-02T00:00:00.000Z'),
    ).toEqual([{ planId: PLAN, version: 2, outcome: 'updated' }]);
    expect(await db.kysely.selectFrom('reports').select('plan_version').execute()).toEqual([
      { plan_version: 1 },
    ]);
    expect(await db.kysely.selectFrom('plans').select('version').execute()).toEqual([{ version: 2 }]);
  });
});

describe('the operator API', () => {
  const s = useTestServer('test');
  const post = (token: string | null, body: unknown) =>
    s.app.request('/api/v1/plans', jsonReq('POST', token, body));
  const bundle = (plan: unknown = demo.plan) => ({ plan, registry: demo.registry, catalog: demo.catalog });
  const versionsOf = async (planId = PLAN) =>
    (await (await s.app.request(`/api/v1/plans/${planId}/versions`)).json()) as {
      version: number;
      current: boolean;
    }[];

  it('refuses reporters and reviewers (403) and anonymous callers (401), storing nothing', async () => {
    const changed = bundle({ ...demo.plan, place: 'Gia Nghĩa' });
    expect((await post(await login(s.app, 'so-y-te'), changed)).status).toBe(403);
    expect((await post(await login(s.app, 'reviewer'), changed)).status).toBe(403);
    expect((await post(null, changed)).status).toBe(401);
    expect((await versionsOf()).map((v) => v.version)).toEqual([1]);
  });

  it('admin: the same bundle is 200 unchanged; a changed one is 201 version 2, served, audited; reports keep their version', async () => {
    const admin = await login(s.app, 'admin');
    const reporter = await login(s.app, 'so-y-te');
    const { put } = reportCalls(s);
    expect((await put(reporter, { content: healthContent() })).status).toBe(201);

    let res = await post(admin, bundle());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ planId: PLAN, version: 1, outcome: 'unchanged' });

    s.clock.advance(1000);
    const title = { ...demo.plan.title, vi: `${demo.plan.title.vi} (sửa đổi)` };
    res = await post(admin, bundle({ ...demo.plan, title }));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ planId: PLAN, version: 2, outcome: 'updated' });
    expect(
      ((await (await s.app.request(`/api/v1/plans/${PLAN}`)).json()) as { title: unknown }).title,
    ).toEqual(title);
    expect((await versionsOf()).map((v) => [v.version, v.current])).toEqual([
      [1, false],
      [2, true],
    ]);
    const audit = await s.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'detail', 'user_name'])
      .where('entity_type', '=', 'plan')
      .execute();
    expect(audit.map((a) => [a.action, a.entity_id, JSON.parse(a.detail!)])).toEqual([
      ['plan.imported', PLAN, { version: 1, outcome: 'unchanged', by: 'api' }],
      ['plan.imported', PLAN, { version: 2, outcome: 'updated', by: 'api' }],
    ]);
    expect(audit[1]!.user_name).toBeTruthy();

    // The report written before keeps version 1; one written now is written against version 2.
    const other = await login(s.app, 'so-tu-phap');
    expect(
      (
        await put(other, {
          content: { tasks: [], measures: [], budget: [], difficulties: '', recommendations: '' },
        })
      ).status,
    ).toBe(201);
    const rows = await s.db.kysely
      .selectFrom('reports')
      .select(['agency_id', 'plan_version'])
      .orderBy('agency_id')
      .execute();
    expect(rows).toEqual([
      { agency_id: 'lam-dong.so-tu-phap', plan_version: 2 },
      { agency_id: 'lam-dong.so-y-te', plan_version: 1 },
    ]);
  });

  it('a new plan is 201 version 1, listed with the others', async () => {
    const res = await post(await login(s.app, 'admin'), { ...bundle({ ...demo.plan, id: 'lam-dong-2026' }) });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ planId: 'lam-dong-2026', version: 1, outcome: 'created' });
    const plans = (await (await s.app.request('/api/v1/plans')).json()) as { id: string }[];
    expect(plans.map((p) => p.id).sort()).toEqual([PLAN, 'lam-dong-2026']);
  });

  it('400 in both languages naming the path: an unknown key, an unknown agency, an unknown catalog; nothing stored', async () => {
    const admin = await login(s.app, 'admin');
    const [g, ...groups] = demo.plan.taskGroups ?? [];
    const cases: [unknown, string, string][] = [
      [
        bundle({ ...demo.plan, taskGroups: [{ ...g!, quarter: 1 }, ...groups] }),
        'plan.taskGroups.0.quarter',
        'unrecognized_keys',
      ],
      [
        bundle({
          ...demo.plan,
          assignments: [
            { ...demo.plan.assignments![0]!, agencyIds: ['no.such'] },
            ...demo.plan.assignments!.slice(1),
          ],
        }),
        'plan.assignments.0.agencyIds.0',
        'unknown_agency',
      ],
      [
        { plan: { ...demo.plan, catalogId: 'nope' }, registry: demo.registry },
        'plan.catalogId',
        'unknown_catalog',
      ],
      [{ ...bundle(), extra: 1 }, 'extra', 'unrecognized_keys'],
      [
        { ...bundle(), catalog: { ...demo.catalog, id: 'other-catalog' } },
        'plan.catalogId',
        'catalog_mismatch',
      ],
    ];
    for (const [body, path, code] of cases) {
      const res = await post(admin, body);
      expect(res.status, path).toBe(400);
      const err = (await res.json()) as {
        error: { fieldErrors: { path: string; code: string; message: { vi: string; en: string } }[] };
      };
      expect(err.error.fieldErrors).toHaveLength(1);
      const [e] = err.error.fieldErrors;
      expect(e).toMatchObject({ path, code });
      expect(e!.message.vi).toContain(`Trường ${path}: cần`);
      expect(e!.message.en).toContain(`Field ${path}: expected`);
    }
    expect((await versionsOf()).map((v) => v.version)).toEqual([1]);
    expect(
      await s.db.kysely.selectFrom('audit_log').select('id').where('entity_type', '=', 'plan').execute(),
    ).toEqual([]);
  });

  it('404 for the versions of a plan that does not exist', async () => {
    expect((await s.app.request('/api/v1/plans/no-such/versions')).status).toBe(404);
  });
});
