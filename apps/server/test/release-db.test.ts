/**
 * Upgrading a database the release at a345afb wrote (test/fixtures/release-a345afb/README.md):
 * a copy of it opened with today's server — every migration since that release runs — answers
 * through the public API, with the typed sdk client on the yearly routes, what the release
 * answered: the same reports in the same states, the same progress figures, the same
 * statistics; its accounts sign in; drafts save, reports are accepted, plan versions import.
 * On SQLite (`pnpm test`) the file is copied; on PostgreSQL (`pnpm test:pg`) the dump is
 * restored into a database of its own. The fixture is never regenerated here.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { demo } from '@kehoach/mocks';
import { createClient, isApiError, type KehoachClient } from '@kehoach/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { type Db, openDatabase } from '../src/db/connect.js';
import { migrations } from '../src/db/migrations.js';
import { createLogger } from '../src/logger.js';
import { listUsers } from '../src/operator/accounts.js';
import { progressChanged } from '../src/services/progress-store.js';
import {
  FIXTURE_ACCOUNT,
  PLAN,
  PROGRESS_UNITS,
  PROGRESS_YEARS,
  SERVED_AT,
  type Served,
  YEARS,
} from './fixtures/release-a345afb/served.js';
import { onPostgres, onTestServer, TEST_DATABASE_URL, TestClock } from './helpers.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'release-a345afb');
const engine = onPostgres ? 'postgres' : 'sqlite';
/** The last migration the release had: every later one must run on its database. */
const RELEASE_LAST_MIGRATION = '0007_observation_note';

const served: Served = JSON.parse(
  gunzipSync(readFileSync(join(FIXTURE, `served.${engine}.json.gz`))).toString(),
);

/** A copy of the release's database: its URL and how to remove it. */
async function restoreRelease(): Promise<{ url: string; remove: () => Promise<void> }> {
  if (!onPostgres) {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-release-db-'));
    const file = join(dir, 'release.sqlite');
    writeFileSync(file, gunzipSync(readFileSync(join(FIXTURE, 'release.sqlite.gz'))));
    return { url: `file:${file}`, remove: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  // A database of its own: the dump names schema `public`, as a release's database has it.
  const name = `kh_release_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onTestServer(`create database ${name}`).catch((err: Error) => {
    throw new Error(
      `the release's PostgreSQL database is restored into a database of its own: TEST_DATABASE_URL's role needs CREATEDB (${err.message})`,
    );
  });
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  url.searchParams.delete('options');
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    // The dump as pg_dump wrote it, less its two psql meta-commands (`\restrict <key>` and
    // `\unrestrict <key>`, which only guard psql itself); the rest runs as one script, as psql
    // would run it. Only whole lines of that form go: a text in the data is never touched.
    const dump = gunzipSync(readFileSync(join(FIXTURE, 'release.postgres.sql.gz'))).toString();
    await client.query(dump.replace(/^\\(?:un)?restrict [A-Za-z0-9]+$/gm, ''));
  } finally {
    await client.end();
  }
  return { url: url.toString(), remove: () => onTestServer(`drop database if exists ${name} with (force)`) };
}

describe(`a database written by the release at a345afb (${engine})`, () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let remove: () => Promise<void> = async () => {};
  /** Every path the clients asked for, to show the yearly routes were the ones used. */
  const paths: string[] = [];
  const clock = new TestClock(new Date(SERVED_AT));

  const client = (): KehoachClient =>
    createClient({
      baseUrl: 'http://release.test',
      retries: 0,
      fetch: async (input, init) => {
        const request = input instanceof Request ? input : new Request(String(input), init);
        paths.push(`${request.method} ${new URL(request.url).pathname}`);
        return app.request(request);
      },
    });
  const signIn = async (username: string, password?: string): Promise<KehoachClient> => {
    const c = client();
    await c.login({
      username,
      password: password ?? demo.users.find((u) => u.username === username)!.password,
    });
    return c;
  };
  const reporterOf = (agencyId: string) =>
    demo.users.find((u) => u.role === 'reporter' && u.agencyId === agencyId);

  beforeAll(async () => {
    const restored = await restoreRelease();
    remove = restored.remove;
    db = await openDatabase({ url: restored.url });
    app = createApp({
      db: db.kysely,
      clock,
      config: { publicReadRateLimit: { perSecond: 0, burst: 0 } },
      logger: createLogger({ level: 'silent' }),
    });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await remove();
  });

  it('runs every migration added since the release, and only those', () => {
    const since = Object.keys(migrations(db.dialect))
      .filter((name) => name > RELEASE_LAST_MIGRATION)
      .sort();
    expect(db.migrated).toEqual(since);
    expect(served.engine).toBe(engine);
  });

  it('lists the plans and plan versions the release listed; the stored bundle reads in today’s model', async () => {
    const pub = client();
    expect(await pub.listPlans()).toMatchObject(served.plans);
    // The content hash is left out: a migration may move a stored bundle to the new model.
    expect(await pub.listPlanVersions({ planId: PLAN })).toMatchObject(
      served.planVersions.map(({ contentHash: _, ...v }) => v),
    );
    // The client checks every answer against today's schemas: plan, catalog and registry as
    // the release stored them pass them.
    const plan = await pub.getPlan({ planId: PLAN });
    expect(plan.title).toEqual(served.plans[0]!.title);
    expect((await pub.getCatalog({ catalogId: plan.catalogId })).id).toBe(served.plans[0]!.catalogId);
    expect((await pub.getOrganizations({ planId: PLAN })).agencies.length).toBeGreaterThan(0);
  });

  it('exports the consolidated report of a year the release reported on', async () => {
    const reviewer = await signIn('reviewer');
    for (const format of ['xlsx', 'docx'] as const) {
      const file = await reviewer.exportReport({ planId: PLAN, year: 2026, format });
      // Both are zip packages (Office Open XML): "PK\x03\x04".
      expect([...new Uint8Array(file.data).slice(0, 4)], format).toEqual([0x50, 0x4b, 3, 4]);
    }
  });

  it('reads every report back with the same content and state, on the yearly routes', async () => {
    const reviewer = await signIn('reviewer');
    let checked = 0;
    for (const year of YEARS) {
      const reports = served.reports[year]!;
      expect(reports.length).toBeGreaterThan(0);
      expect(await reviewer.listReports({ planId: PLAN, year })).toMatchObject(reports);
      expect(await reviewer.getSubmissions({ planId: PLAN, year })).toMatchObject(served.submissions[year]!);
      for (const report of reports) {
        expect(await reviewer.getReport({ reportId: report.id })).toMatchObject(report);
        const returned = served.returned[report.id];
        if (returned !== undefined) {
          const now = await reviewer
            .getReturnedVersion({ reportId: report.id })
            .catch((err) => (isApiError(err, 'not_found') ? null : Promise.reject(err)));
          if (returned === null) expect(now).toBeNull();
          else expect(now).toMatchObject(returned);
        }
        const username = reporterOf(report.agencyId)?.username;
        if (!username) continue;
        const mine = await (await signIn(username)).getMyReport({ planId: PLAN, year });
        expect(mine, `${year} ${report.agencyId}`).toMatchObject(report);
        checked += 1;
      }
    }
    // Every state a report can be in was written by the release and read back.
    const states = new Set(YEARS.flatMap((y) => served.reports[y]!.map((r) => r.status)));
    expect([...states].sort()).toEqual(['accepted', 'draft', 'returned', 'submitted']);
    expect(checked).toBe(YEARS.reduce((n, y) => n + served.reports[y]!.length, 0));
    expect(paths).toContain(`GET /api/v1/plans/${PLAN}/reports/2026/mine`);
    expect(paths).toContain(`GET /api/v1/plans/${PLAN}/reports/2025/mine`);
  });

  it('serves the progress figures the release served, from its stored cells and computed anew', async () => {
    const pub = client();
    const read = async () => {
      for (const year of PROGRESS_YEARS)
        for (const unitId of PROGRESS_UNITS)
          expect(await pub.getProgress({ planId: PLAN, year, unitId }), `${year} ${unitId}`).toMatchObject(
            served.progress[`${year}/${unitId}`]!,
          );
    };
    await read();
    // Drop what the release computed: today's code computes every figure again from the data.
    await progressChanged(db.kysely, clock.now().toISOString());
    await db.kysely.deleteFrom('progress_cells').execute();
    await read();
    // The figures are real ones: the statistics office's imported value is among them.
    expect(JSON.stringify(served.progress['2024/dak-nong.cu-jut'])).toContain('77.25');
  });

  it('serves the statistics download byte for byte', async () => {
    const file = await client().getObservations({ planId: PLAN });
    expect(new TextDecoder().decode(file.data)).toBe(served.observationsCsv);
    expect(served.observationsCsv).toContain('"Sơ bộ, chưa chính thức"');
  });

  it("signs in the release's accounts; the disabled one stays out; imported ones keep their e-mail", async () => {
    for (const u of demo.users) expect((await signIn(u.username)).getToken()).toBeTruthy();
    const made = await signIn(FIXTURE_ACCOUNT.username, FIXTURE_ACCOUNT.password);
    expect(await made.me()).toMatchObject({
      username: FIXTURE_ACCOUNT.username,
      agencyId: FIXTURE_ACCOUNT.agencyId,
    });
    const denied = await client()
      .login({ username: FIXTURE_ACCOUNT.username, password: 'not-the-password' })
      .catch((err) => err);
    expect(isApiError(denied, 'unauthenticated')).toBe(true);
    const accounts = await listUsers(db.kysely);
    expect(accounts.find((a) => a.username === 'nguyen.van.a')).toMatchObject({
      email: 'nguyen.van.a@example.gov.vn',
      disabled: false,
    });
    expect(accounts.find((a) => a.username === 'tran.thi.b')).toMatchObject({ disabled: true });
  });

  it('saves a new draft and an old one, accepts a submission, and imports a plan version', async () => {
    clock.advance(60_000);
    // A new report: the account the operator made reports for the communes' committees.
    const newcomer = await signIn(FIXTURE_ACCOUNT.username, FIXTURE_ACCOUNT.password);
    const content = {
      tasks: [],
      measures: [],
      budget: [],
      difficulties: 'Mới — sau nâng cấp',
      recommendations: '',
    };
    const created = await newcomer.saveDraft({ planId: PLAN, year: 2026, content });
    expect(created.report).toMatchObject({ status: 'draft', version: 1, content });
    expect(await newcomer.getMyReport({ planId: PLAN, year: 2026 })).toMatchObject({ content, version: 1 });

    // A draft the release saved, saved again on its version; then submitted and accepted.
    const old = served.reports['2026']!.find((r) => r.status === 'draft' && reporterOf(r.agencyId))!;
    const reporter = await signIn(reporterOf(old.agencyId)!.username);
    const changed = {
      ...old.content,
      recommendations: `${old.content.recommendations} — bổ sung sau nâng cấp`,
    };
    const saved = await reporter.saveDraft({
      planId: PLAN,
      year: 2026,
      content: changed,
      version: old.version,
    });
    expect(saved.version).toBe(old.version + 1);
    const submitted = await reporter.submitReport({
      planId: PLAN,
      year: 2026,
      content: changed,
      version: saved.version,
    });
    expect(submitted.status).toBe('submitted');
    const accepted = await (await signIn('reviewer')).acceptReport({ reportId: old.id });
    expect(accepted).toMatchObject({ status: 'accepted', content: changed });
    expect(accepted.events.slice(0, old.events.length)).toEqual(old.events);

    // Plan versions: the release's two, and a third imported now.
    const admin = await signIn('admin');
    const result = await admin.importPlan({
      plan: { ...demo.plan, title: { ...demo.plan.title, vi: `${demo.plan.title.vi} (lần 3)` } },
      registry: demo.registry,
      catalog: demo.catalog,
    });
    expect(result).toMatchObject({
      planId: PLAN,
      version: served.planVersions.length + 1,
      outcome: 'updated',
    });
    expect((await client().listPlanVersions({ planId: PLAN })).map((v) => v.version)).toEqual([
      ...served.planVersions.map((v) => v.version),
      served.planVersions.length + 1,
    ]);
  });
});
