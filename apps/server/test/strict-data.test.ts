/**
 * Issue 8, point 6 "strict data": a key the schema does not know is an error naming the key, in
 * Vietnamese and English, and nothing is stored — in a report (`sex`, `quarter`), a bundle and an
 * observation. Before, such keys were dropped silently and the request answered 200.
 */
import { demo } from '@kehoach/mocks';
import { type ApiErrorBody, ValidationError } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/seed.js';
import { storeBundles } from '../src/services/bundles.js';
import { counts, healthContent, login, PLAN, reportCalls, useTestServer } from './helpers.js';

const s = useTestServer('test');
const calls = reportCalls(s);

async function refused(res: Response) {
  expect(res.status).toBe(400);
  const body = (await res.json()) as ApiErrorBody;
  expect(body.error.code).toBe('validation_failed');
  return body.error.fieldErrors ?? [];
}

/** The stored plan, catalog and registry, as text, to compare before and after. */
async function bundles() {
  const k = s.db.kysely;
  return {
    plans: await k
      .selectFrom('plans')
      .select(['id', 'content', 'registry', 'updated_at'])
      .orderBy('id')
      .execute(),
    catalogs: await k.selectFrom('catalogs').select(['id', 'content', 'updated_at']).orderBy('id').execute(),
  };
}

describe('unknown keys in a report', () => {
  it.each([
    [
      'a measure row',
      (c: Record<string, unknown>) => ((c.measures as Record<string, unknown>[])[0]!.sex = 'female'),
      'content.measures.0.sex',
    ],
    ['the content', (c: Record<string, unknown>) => (c.quarter = 3), 'content.quarter'],
    [
      'a task row',
      (c: Record<string, unknown>) => ((c.tasks as Record<string, unknown>[])[0]!.quarter = 'Q3'),
      'content.tasks.0.quarter',
    ],
  ])(
    'in %s: 400 naming the key, in both languages, nothing stored (draft and submit)',
    async (_, change, path) => {
      const health = await login(s.app, 'so-y-te');
      const content = healthContent() as unknown as Record<string, unknown>;
      change(content);
      const before = await counts(s.db);
      for (const res of [
        await calls.put(health, { content }),
        await calls.submit(health, { content }, 'k-strict'),
      ]) {
        const errors = await refused(res);
        expect(errors).toEqual([
          {
            path,
            code: 'unrecognized_keys',
            message: {
              vi: `Trường ${path}: cần không có trường này (trường lạ)`,
              en: `Field ${path}: expected no such field (unknown field)`,
            },
          },
        ]);
      }
      expect(await counts(s.db)).toEqual(before);
    },
  );

  it('the same content without the key is stored', async () => {
    const health = await login(s.app, 'so-y-te');
    expect((await calls.put(health, { content: healthContent() })).status).toBe(201);
  });
});

describe('unknown query parameters', () => {
  it('are refused naming them, as body keys are', async () => {
    const res = await s.app.request(`/api/v1/plans/${PLAN}/progress?year=2025&quarter=3`);
    expect(await refused(res)).toMatchObject([{ path: 'query.quarter', code: 'unrecognized_keys' }]);
    expect((await s.app.request(`/api/v1/plans/${PLAN}/progress?year=2025`)).status).toBe(200);
  });
});

describe('unknown keys in bundles and observations', () => {
  it('a plan with an unknown key: an error naming it, no plan nor catalog stored', async () => {
    const before = await bundles();
    const plan = {
      ...demo.plan,
      id: 'other-plan',
      taskGroups: [{ ...demo.plan.taskGroups![0]!, quarter: 1 }, ...demo.plan.taskGroups!.slice(1)],
    };
    const catalog = { ...demo.catalog, id: 'other-catalog' };
    const err = await storeBundles(
      s.db.kysely,
      { catalogs: [catalog], plans: [{ plan, registry: demo.registry }] },
      '2026-11-21T00:00:00.000Z',
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).errors).toMatchObject([
      { path: 'taskGroups.0.quarter', code: 'unrecognized_keys', message: { vi: /taskGroups\.0\.quarter/ } },
    ]);
    // The catalog went in first in the same transaction: rolled back with the plan.
    expect(await bundles()).toEqual(before);
  });

  it('a registry agency with an unknown key, or a duplicate id: errors naming them', async () => {
    const [a, b] = demo.registry.agencies;
    for (const [registry, path, code] of [
      [
        { ...demo.registry, agencies: [{ ...a!, sex: 'x' }, ...demo.registry.agencies.slice(1)] },
        'agencies.0.sex',
        'unrecognized_keys',
      ],
      [
        { ...demo.registry, agencies: [a!, { ...b!, id: a!.id }, ...demo.registry.agencies.slice(2)] },
        'agencies.1.id',
        'duplicate_id',
      ],
    ] as const) {
      const err = await storeBundles(
        s.db.kysely,
        // The table is `as const`: the stored registry takes a mutable copy of it.
        { catalogs: [], plans: [{ plan: demo.plan, registry: registry as unknown as typeof demo.registry }] },
        '2026-11-21T00:00:00.000Z',
      ).catch((e: unknown) => e);
      expect((err as ValidationError).errors).toMatchObject([{ path, code }]);
    }
  });

  it('an observation with an unknown key: the seed refuses it, naming it, and loads nothing', async () => {
    await s.db.kysely.deleteFrom('observations').execute();
    await s.db.kysely.deleteFrom('meta').execute();
    const observations = demo.observations.map((o, i) => (i === 7 ? { ...o, quarter: 2 } : o));
    const err = await seedDemo(s.db.kysely, s.clock.now(), {}, { ...demo, observations }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).errors).toMatchObject([
      {
        path: 'observations.7.quarter',
        code: 'unrecognized_keys',
        message: { en: 'Field observations.7.quarter: expected no such field (unknown field)' },
      },
    ]);
    expect((await counts(s.db)).observations).toBe(0);
  });
});
