import { DraftRequestSchema, LoginRequestSchema, ReturnRequestSchema } from '@kehoach/sdk';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CountedTable,
  contentOf,
  countRows,
  healthContent,
  jsonReq,
  login,
  REPORT_PATH,
  useTestServer,
  withMeasure,
} from './helpers.js';

const s = useTestServer('file');
let reporter: string;
let reviewer: string;
let reportId: string;

beforeAll(async () => {
  reporter = await login(s.app, 'so-y-te');
  reviewer = await login(s.app, 'reviewer');
  const t = await login(s.app, 'so-tu-phap');
  const res = await s.app.request(
    `${REPORT_PATH}/submit`,
    jsonReq('POST', t, { content: contentOf('lam-dong.so-tu-phap') }, { 'idempotency-key': 'seed' }),
  );
  reportId = ((await res.json()) as { id: string }).id;
});

async function snapshot() {
  const n = (t: CountedTable) => countRows(s.db, t);
  const versions = await s.db.kysely
    .selectFrom('reports')
    .select(['id', 'version', 'status'])
    .orderBy('id')
    .execute();
  return {
    reports: await n('reports'),
    audit: await n('audit_log'),
    idem: await n('idempotency_keys'),
    obs: await n('observations'),
    users: await n('users'),
    tokens: await n('tokens'),
    versions,
  };
}

/** Set `value` at a random place inside `base` (objects and arrays), returning a copy. */
function mutate(base: unknown, path: number[], value: unknown): unknown {
  if (path.length === 0 || base === null || typeof base !== 'object') return value;
  const keys = Array.isArray(base) ? base.map((_, i) => i) : Object.keys(base);
  if (keys.length === 0) return value;
  const [head, ...rest] = path;
  const key = keys[(head as number) % keys.length] as string | number;
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key] = mutate((base as Record<string | number, unknown>)[key], rest, value);
  return copy;
}

const validDraft = {
  content: withMeasure(healthContent(), {
    measureId: 'qd23.4a',
    value: 5,
    numerator: 5,
    denominator: 100,
    dataSource: 'x',
    note: '',
  }),
};

/** Payloads that break `schema`: arbitrary JSON, or a valid body with one value replaced. */
function breaking(schema: { safeParse(v: unknown): { success: boolean } }, valid: unknown) {
  const arbitrary = fc.jsonValue();
  const mutated = fc
    .tuple(
      fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string()),
    )
    .map(([path, v]) => mutate(valid, path, v));
  return fc.oneof(arbitrary, mutated).filter((v) => !schema.safeParse(v).success);
}

const writeRoutes = () => [
  {
    name: 'login',
    method: 'POST',
    path: '/api/v1/auth/login',
    token: null,
    schema: LoginRequestSchema,
    valid: { username: 'a', password: 'b' },
  },
  {
    name: 'saveDraft',
    method: 'PUT',
    path: REPORT_PATH,
    token: reporter,
    schema: DraftRequestSchema,
    valid: validDraft,
  },
  {
    name: 'submitReport',
    method: 'POST',
    path: `${REPORT_PATH}/submit`,
    token: reporter,
    schema: DraftRequestSchema,
    valid: validDraft,
    headers: { 'idempotency-key': 'fuzz' },
  },
  {
    name: 'returnReport',
    method: 'POST',
    path: `/api/v1/reports/${reportId}/return`,
    token: reviewer,
    schema: ReturnRequestSchema,
    valid: { comment: 'ok' },
  },
];

describe('schema-breaking payloads on every write route', () => {
  it('never 5xx and store nothing', async () => {
    for (const route of writeRoutes()) {
      await fc.assert(
        fc.asyncProperty(breaking(route.schema, route.valid), async (payload) => {
          const before = await snapshot();
          const res = await s.app.request(
            route.path,
            jsonReq(
              route.method,
              route.token,
              JSON.stringify(payload === undefined ? null : payload),
              route.headers ?? {},
            ),
          );
          expect(res.status, `${route.name} ${JSON.stringify(payload)}`).toBe(400);
          const body = (await res.json()) as { error: { code: string; fieldErrors?: unknown[] } };
          expect(body.error.code).toBe('validation_failed');
          expect(await snapshot()).toEqual(before);
        }),
        { numRuns: 60 },
      );
    }
  });

  it('random bytes, content types and path parameters never 5xx and store nothing', async () => {
    const routes = [
      ...writeRoutes(),
      { name: 'accept', method: 'POST', path: `/api/v1/reports/${reportId}/accept`, token: reviewer },
      { name: 'logout', method: 'POST', path: '/api/v1/auth/logout', token: 'x'.repeat(43) },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.string({ maxLength: 200 }),
        fc.constantFrom(
          'application/json',
          'text/plain',
          'application/xml',
          '',
          'application/json; charset=utf-8',
        ),
        fc.stringMatching(/^[A-Za-z0-9._~%-]{1,40}$/),
        async (route, raw, type, segment) => {
          const before = await snapshot();
          const path = route.name === 'accept' ? `/api/v1/reports/${segment}/accept` : route.path;
          const res = await s.app.request(path, {
            method: route.method,
            headers: {
              ...(route.token ? { authorization: `Bearer ${route.token}` } : {}),
              ...(type ? { 'content-type': type } : {}),
            },
            body: `${raw}}`,
          });
          expect(res.status).toBeLessThan(500);
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(await snapshot()).toEqual(before);
        },
      ),
      { numRuns: 150 },
    );
  });
});
