import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { demo } from '@kehoach/mocks';
import type { Plan, ReportContent } from '@kehoach/sdk';
import { sql } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createApp } from '../src/app.js';
import type { AppConfig } from '../src/context.js';
import { type Db, isPostgresUrl, openDatabase } from '../src/db/connect.js';
import { migrations } from '../src/db/migrations.js';
import { createLogger } from '../src/logger.js';
import { demoAccounts, seedDemo } from '../src/seed.js';

export const PLAN = 'dak-nong-2021';
export const YEAR = 2026;
export const REPORT_PATH = `/api/v1/plans/${PLAN}/reports/${YEAR}/mine`;

export class TestClock {
  t: Date;

  constructor(t: Date = new Date('2026-11-20T03:00:00Z')) {
    this.t = t;
  }
  now(): Date {
    return this.t;
  }
  advance(ms: number): void {
    this.t = new Date(this.t.getTime() + ms);
  }
}

/**
 * `TEST_DATABASE_URL=postgres://user:pass@127.0.0.1:5432/db` runs the suite on PostgreSQL (`pnpm
 * test:pg`, vitest.pg.config.ts; `npm test` runs it on a throw-away cluster): every test database
 * is then a new schema of that database, dropped when the test is done, so tests stay isolated
 * from each other and from other runs. In `pnpm test` (vitest.config.ts clears the variable)
 * every test database is an in-memory SQLite database.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() ?? '';
export const onPostgres = isPostgresUrl(TEST_DATABASE_URL);

export interface TestDatabase {
  /** What `openDatabase` takes: `:memory:`, or the PostgreSQL URL with the schema as search_path. */
  url: string;
  /** The PostgreSQL schema, or null on SQLite. */
  schema: string | null;
  /** Drop the schema and everything in it (nothing to do on SQLite). */
  drop(): Promise<void>;
}

/** Run one statement on `TEST_DATABASE_URL` with a connection of its own. */
export async function onTestServer(statement: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

let schemasMade = 0;

/**
 * A fresh, empty database: in-memory SQLite, or on PostgreSQL a new schema (unique to this
 * process and call) that the returned URL selects through `options=-c search_path=…`.
 */
export async function freshDatabase(): Promise<TestDatabase> {
  if (!onPostgres) return { url: ':memory:', schema: null, drop: async () => {} };
  schemasMade += 1;
  const schema = `kh_test_${process.pid}_${schemasMade}_${randomBytes(4).toString('hex')}`;
  await onTestServer(`create schema ${schema}`);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    schema,
    drop: () => onTestServer(`drop schema if exists ${schema} cascade`),
  };
}

/**
 * Migrate `db` (opened with `migrate: false`) as a past release would have: every migration up
 * to and including `last`, none after it — so a test can write rows in that release's schema and
 * then run today's `migrateToLatest`. On PostgreSQL Kysely's bookkeeping goes into the
 * connection's own schema, as `migrateToLatest` puts it. Throws on an unknown name (a typo must
 * not migrate everything) and with the failing migration's error.
 */
export async function migrateUpTo(db: Db, last: string): Promise<void> {
  const all = migrations(db.dialect);
  if (!(last in all)) throw new Error(`no migration named ${last}`);
  const upTo = Object.fromEntries(Object.entries(all).filter(([name]) => name <= last));
  let migrationTableSchema: string | undefined;
  if (db.dialect === 'postgres') {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db.kysely);
    migrationTableSchema = rows[0]?.schema;
  }
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => upTo as Record<string, Migration> },
    migrationTableSchema,
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

export interface TestServer {
  db: Db;
  /** The database the server runs on (see {@link freshDatabase}). */
  database: TestDatabase;
  app: ReturnType<typeof createApp>;
  clock: TestClock;
  logs: string[];
  close(): Promise<void>;
}

/**
 * A fresh database ({@link freshDatabase}: in-memory SQLite, or a new PostgreSQL schema with
 * `TEST_DATABASE_URL`) with the demo seed (plans, demo registry, accounts, illustrative
 * observations); the app logs into `logs`. The demo reports are left out unless `demoReports`:
 * most tests walk a report's life from nothing. `close()` closes the database and drops it.
 */
export async function testServer(
  config: Partial<AppConfig> = {},
  options: { demoReports?: boolean } = {},
): Promise<TestServer> {
  const database = await freshDatabase();
  let db: Db;
  try {
    db = await openDatabase({ url: database.url });
  } catch (err) {
    await database.drop();
    throw err;
  }
  const clock = new TestClock();
  await seedDemo(db.kysely, clock.now(), { reports: options.demoReports === true });
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const logger = createLogger({ level: 'info', destination });
  // The test clock stands still, so a bucket would never refill: public reads are unlimited
  // unless a test sets the limit (test/public-reads.test.ts).
  const app = createApp({
    db: db.kysely,
    clock,
    config: { publicReadRateLimit: { perSecond: 0, burst: 0 }, ...config },
    logger,
  });
  return {
    db,
    database,
    app,
    clock,
    logs,
    close: async () => {
      try {
        await db.close();
      } finally {
        await database.drop();
      }
    },
  };
}

/**
 * The test file's server, started and closed by vitest hooks: a fresh one before each test
 * (`per: 'test'`) or one for the whole file (`per: 'file'`). The handle forwards to the current
 * server, so tests read `s.app`, `s.db`, `s.clock` and `s.logs`; a file's own `beforeAll` /
 * `beforeEach` declared after this call runs once the server is up.
 */
export function useTestServer(
  per: 'test' | 'file',
  options: { config?: Partial<AppConfig>; demoReports?: boolean } = {},
): TestServer {
  let current: TestServer | undefined;
  const server = (): TestServer => {
    if (!current) throw new Error('no test server: use it inside a test or hook');
    return current;
  };
  const [before, after] = per === 'test' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    current = await testServer(options.config, { demoReports: options.demoReports });
  });
  after(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    get db() {
      return server().db;
    },
    get database() {
      return server().database;
    },
    get app() {
      return server().app;
    },
    get clock() {
      return server().clock;
    },
    get logs() {
      return server().logs;
    },
    close: () => server().close(),
  };
}

/**
 * Requests on the report of {@link REPORT_PATH} as `token`: `put` saves the draft, `submit`
 * submits; each sends `Idempotency-Key` and `If-Match` only when given.
 */
export function reportCalls(s: Pick<TestServer, 'app'>) {
  return {
    put: (token: string, body: unknown, ifMatch?: string) =>
      s.app.request(REPORT_PATH, jsonReq('PUT', token, body, ifMatch ? { 'if-match': ifMatch } : {})),
    submit: (token: string, body: unknown, key?: string, ifMatch?: string) =>
      s.app.request(
        `${REPORT_PATH}/submit`,
        jsonReq('POST', token, body, {
          ...(key ? { 'idempotency-key': key } : {}),
          ...(ifMatch ? { 'if-match': ifMatch } : {}),
        }),
      ),
  };
}

export function account(username: string) {
  const a = demoAccounts().find((x) => x.username === username);
  if (!a) throw new Error(`no demo account ${username}`);
  return a;
}

export async function login(app: TestServer['app'], username: string): Promise<string> {
  const a = account(username);
  const res = await app.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: a.username, password: a.password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

export function jsonReq(
  method: string,
  token: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  };
}

/**
 * A complete (submittable) 2026 report of the Sở Y tế Lâm Đồng (health department): the demo's
 * content from `@kehoach/mocks` — every task with a status, every measure with a value or a
 * note — with `note` as the first task's results and one budget line.
 */
export function healthContent(note = 'Đã triển khai'): ReportContent {
  const demoReport = demo.reports.find((r) => r.year === YEAR && r.agencyId === 'lam-dong.so-y-te');
  if (!demoReport) throw new Error('no demo report of so-y-te');
  const content = structuredClone(demoReport.content);
  content.tasks[0] = { taskId: 'II.1.a', status: 'in_progress', results: note };
  content.budget = [{ fundingId: 'III.1', planned: 100_000_000, spent: 25_000_000 }];
  content.difficulties = '';
  content.recommendations = '';
  return content;
}

/** A draft with nothing in it (valid for any agency; not submittable when it owes tasks). */
export function emptyContent(): ReportContent {
  return { tasks: [], measures: [], budget: [], difficulties: '', recommendations: '' };
}

/** The complete demo content (`@kehoach/mocks`) of an agency's report for `year`. */
export function contentOf(agencyId: string, year = YEAR): ReportContent {
  const r = demo.reports.find((x) => x.year === year && x.agencyId === agencyId);
  if (!r) throw new Error(`no demo report of ${agencyId} for ${year}`);
  return structuredClone(r.content);
}

/** `content` with the entry of `line.measureId` replaced by `line`. */
export function withMeasure(content: ReportContent, line: ReportContent['measures'][number]): ReportContent {
  return {
    ...content,
    measures: content.measures.map((m) => (m.measureId === line.measureId && !m.unitId ? line : m)),
  };
}

/** Tables the tests count rows of. */
export type CountedTable = 'reports' | 'audit_log' | 'idempotency_keys' | 'observations' | 'users' | 'tokens';

/** How many rows `table` holds. */
export async function countRows(db: Db, table: CountedTable): Promise<number> {
  const row = await db.kysely
    .selectFrom(table)
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function counts(db: Db) {
  return {
    reports: await countRows(db, 'reports'),
    audit: await countRows(db, 'audit_log'),
    idem: await countRows(db, 'idempotency_keys'),
    observations: await countRows(db, 'observations'),
  };
}

/**
 * The demo plan reported six-monthly under the id `id`: 6 days after the regime's cut-off (the
 * 14th), so due 20 June and 20 December.
 */
export function sixMonthlyDemo(id: string): Plan {
  const plan = structuredClone(demo.plan);
  return {
    ...plan,
    id,
    title: { vi: 'Kế hoạch báo cáo 6 tháng (minh họa)', en: 'A six-monthly plan (illustrative)' },
    reporting: { ...plan.reporting, frequency: 'six_monthly', due: { daysAfterWindow: 6 } },
  };
}
