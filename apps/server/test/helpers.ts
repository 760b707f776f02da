import { Writable } from 'node:stream';
import { demo } from '@kehoach/mocks';
import type { ReportContent } from '@kehoach/sdk';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createApp } from '../src/app.js';
import type { AppConfig } from '../src/context.js';
import { type Db, openDatabase } from '../src/db/connect.js';
import { createLogger } from '../src/logger.js';
import { demoAccounts, seedDemo } from '../src/seed.js';

export const PLAN = 'dak-nong-2021';
export const YEAR = 2026;
export const REPORT_PATH = `/api/v1/plans/${PLAN}/reports/${YEAR}/mine`;

export class TestClock {
  constructor(public t: Date = new Date('2026-11-20T03:00:00Z')) {}
  now(): Date {
    return this.t;
  }
  advance(ms: number): void {
    this.t = new Date(this.t.getTime() + ms);
  }
}

export interface TestServer {
  db: Db;
  app: ReturnType<typeof createApp>;
  clock: TestClock;
  logs: string[];
  close(): Promise<void>;
}

/**
 * A fresh in-memory database with the demo seed (plans, demo registry, accounts, illustrative
 * observations); the app logs into `logs`. The demo reports are left out unless `demoReports`:
 * most tests walk a report's life from nothing.
 */
export async function testServer(
  config: Partial<AppConfig> = {},
  url = ':memory:',
  options: { demoReports?: boolean } = {},
): Promise<TestServer> {
  const db = await openDatabase({ url });
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
  const app = createApp({ db: db.kysely, clock, config, logger });
  return { db, app, clock, logs, close: () => db.close() };
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
    current = await testServer(options.config, ':memory:', { demoReports: options.demoReports });
  });
  after(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    get db() {
      return server().db;
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
