import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { localDate, planUnitId } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { OBSERVATION_KEY } from '../src/db/schema.js';
import { createLogger } from '../src/logger.js';
import { seedDemo } from '../src/seed.js';
import { BundleStore, storeBundles } from '../src/services/bundles.js';
import { computeProgress } from '../src/services/progress.js';
import { ProgressStore, progressChanged } from '../src/services/progress-store.js';
import {
  healthContent,
  jsonReq,
  login,
  PLAN,
  REPORT_PATH,
  useTestServer,
  withMeasure,
  YEAR,
} from './helpers.js';

const s = useTestServer('test');
const URL_OF = (q = '') => `/api/v1/plans/${PLAN}/progress${q}`;

async function bundle() {
  const b = await new BundleStore(s.db.kysely).bundle(PLAN);
  if (!b) throw new Error('no plan');
  return b;
}

/** What the code before the store answered: a fresh computation with the same functions. */
async function fresh(q: { year?: number; unitId?: string } = {}): Promise<string> {
  const b = await bundle();
  const now = s.clock.now();
  const today = localDate(now, b.plan.reporting.timeZone);
  const year = q.year ?? Math.min(Math.max(Number(today.slice(0, 4)), b.plan.period.from), b.plan.period.to);
  const unitId = q.unitId ?? planUnitId(b.plan, b.registry, now);
  return JSON.stringify(await computeProgress(s.db.kysely, b, { year, unitId, now }));
}

const QUERIES = [
  { q: '', args: {} },
  { q: '?year=2025', args: { year: 2025 } },
  { q: '?year=2024&unitId=dak-nong.cu-jut', args: { year: 2024, unitId: 'dak-nong.cu-jut' } },
  {
    q: `?year=${YEAR}&unitId=lam-dong.xa-minh-hoa-01`,
    args: { year: YEAR, unitId: 'lam-dong.xa-minh-hoa-01' },
  },
] as const;

/** Served bodies equal, byte for byte, a fresh computation, for every query above. */
async function expectServedEqualsFresh(app = s.app): Promise<Map<string, string>> {
  const served = new Map<string, string>();
  for (const { q, args } of QUERIES) {
    const res = await app.request(URL_OF(q));
    expect(res.status, q).toBe(200);
    const text = await res.text();
    expect(text, q).toBe(await fresh(args));
    served.set(q, text);
  }
  return served;
}

async function addObservation(value: number) {
  await s.db.kysely
    .insertInto('observations')
    .values({
      measure_id: 'qd23.1',
      unit_id: 'dak-nong.cu-jut',
      year: 2024,
      value,
      numerator: value,
      denominator: 10 * value,
      illustrative: 0,
    })
    .onConflict((oc) =>
      oc.columns([...OBSERVATION_KEY]).doUpdateSet({ value, numerator: value, denominator: 10 * value }),
    )
    .execute();
}

describe('stored progress', () => {
  it('serves the bytes a fresh computation gives, after the seed and after every kind of change', async () => {
    const seeded = await expectServedEqualsFresh();

    // A report accepted.
    const reporter = await login(s.app, 'so-y-te');
    const reviewer = await login(s.app, 'reviewer');
    const content = withMeasure(healthContent(), {
      measureId: 'qd23.4a',
      value: 6,
      numerator: 60,
      denominator: 1000,
      dataSource: 'Sở Y tế',
      note: '',
    });
    const sub = await s.app.request(
      `${REPORT_PATH}/submit`,
      jsonReq('POST', reporter, { content }, { 'idempotency-key': 'store-1' }),
    );
    const id = ((await sub.json()) as { id: string }).id;
    // Submitted, not accepted: progress does not move.
    expect((await expectServedEqualsFresh()).get('')).toBe(seeded.get(''));
    expect((await s.app.request(`/api/v1/reports/${id}/accept`, jsonReq('POST', reviewer))).status).toBe(200);
    const accepted = await expectServedEqualsFresh();
    expect(accepted.get('')).not.toBe(seeded.get(''));

    // Observations imported (the loader records the change in its transaction).
    await s.db.kysely.transaction().execute(async (trx) => {
      await trx
        .insertInto('observations')
        .values({ measure_id: 'qd23.1', unit_id: 'lam-dong', year: YEAR, value: 4242, illustrative: 0 })
        .execute();
      await progressChanged(trx, s.clock.now().toISOString());
    });
    const imported = await expectServedEqualsFresh();
    expect(imported.get('')).not.toBe(accepted.get(''));

    // A plan bundle stored: it records the change itself.
    await addObservation(4343);
    const b = await bundle();
    await storeBundles(
      s.db.kysely,
      { catalogs: [b.catalog], plans: [{ plan: b.plan, registry: b.registry }] },
      new Date(s.clock.now().getTime() + 1000).toISOString(),
    );
    const stored = await expectServedEqualsFresh();
    const cuJut = '?year=2024&unitId=dak-nong.cu-jut';
    expect(stored.get(cuJut)).not.toBe(imported.get(cuJut));
    expect(stored.get(cuJut)).toContain('"numerator":4343');

    // The demo seeded again: it reloads its observations (the changed one among them) and says so.
    await s.db.kysely.deleteFrom('meta').where('key', '=', 'demo.observations.sha256').execute();
    const reseeded = await seedDemo(s.db.kysely, s.clock.now(), { reports: false });
    expect(reseeded.observations).toBeGreaterThan(0);
    const afterSeed = await expectServedEqualsFresh();
    expect(afterSeed.get(cuJut)).not.toBe(stored.get(cuJut));

    // A new local day: successions are resolved at another date, the answer is recomputed.
    s.clock.advance(24 * 3_600_000);
    await expectServedEqualsFresh();
  });

  it('keeps the answer in the database: another instance serves it without recomputing', async () => {
    const first = await s.app.request(URL_OF('?year=2025'));
    const text = await first.text();
    const cells = await s.db.kysely
      .selectFrom('progress_cells')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('year', '=', 2025)
      .executeTakeFirstOrThrow();
    expect(Number(cells.n)).toBeGreaterThan(0);
    // An observation written behind the server's back (no progressChanged): the stored answer
    // stands, which shows it is read from the store, not recomputed.
    await s.db.kysely
      .insertInto('observations')
      .values({ measure_id: 'qd23.1', unit_id: 'lam-dong', year: 2025, value: 9191, illustrative: 0 })
      .onConflict((oc) => oc.columns([...OBSERVATION_KEY]).doUpdateSet({ value: 9191 }))
      .execute();
    const other = createApp({ db: s.db.kysely, clock: s.clock, logger: createLogger({ level: 'silent' }) });
    const second = await other.request(URL_OF('?year=2025'));
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(text);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    await progressChanged(s.db.kysely, s.clock.now().toISOString(), [PLAN]);
    const after = await (await other.request(URL_OF('?year=2025'))).text();
    expect(after).not.toBe(text);
    expect(after).toBe(await fresh({ year: 2025 }));
  });

  it("computes the plan unit's every year right after a change, each as a fresh computation gives", async () => {
    const store = new ProgressStore(
      s.db.kysely,
      new BundleStore(s.db.kysely),
      createLogger({ level: 'silent' }),
    );
    await progressChanged(s.db.kysely, s.clock.now().toISOString(), [PLAN]);
    await store.refresh(PLAN, s.clock.now());
    const b = await bundle();
    const unitId = planUnitId(b.plan, b.registry, s.clock.now());
    const state = await s.db.kysely
      .selectFrom('progress_state')
      .select('generation')
      .where('plan_id', '=', PLAN)
      .executeTakeFirstOrThrow();
    const years = await s.db.kysely
      .selectFrom('progress_cells')
      .select('year')
      .distinct()
      .where('plan_id', '=', PLAN)
      .where('unit_id', '=', unitId)
      .where('generation', '=', state.generation)
      .orderBy('year')
      .execute();
    const { from, to } = b.plan.period;
    expect(years.map((r) => r.year)).toEqual(Array.from({ length: to - from + 1 }, (_, i) => from + i));
    for (let year = from; year <= to; year++) {
      const answer = await store.answer(b, year, unitId, s.clock.now());
      expect(new TextDecoder().decode(answer.json), String(year)).toBe(await fresh({ year, unitId }));
    }
  });
});

describe('progress validators and encodings', () => {
  it('has a strong ETag per encoding, 304 on If-None-Match, a shared-cache policy and Vary', async () => {
    const plain = await s.app.request(URL_OF());
    const text = await plain.text();
    const etag = plain.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(plain.headers.get('cache-control')).toBe('public, max-age=10, must-revalidate');
    expect(plain.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(plain.headers.get('vary')).toMatch(/Origin/);
    expect(plain.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(text));

    const tags = new Set([etag]);
    for (const [accept, encoding, decode] of [
      ['br, gzip', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ] as const) {
      const res = await s.app.request(URL_OF(), { headers: { 'accept-encoding': accept } });
      expect(res.headers.get('content-encoding')).toBe(encoding);
      const tag = res.headers.get('etag') ?? '';
      expect(tag.startsWith('"')).toBe(true);
      tags.add(tag);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.byteLength).toBeLessThan(Buffer.byteLength(text) / 4);
      expect(decode(bytes).toString('utf8')).toBe(text);
    }
    expect(tags.size).toBe(3);

    for (const inm of [etag, `W/${etag}`, `"other", ${etag}`, '*', [...tags][1] as string]) {
      const res = await s.app.request(URL_OF(), { headers: { 'if-none-match': inm } });
      expect(res.status, inm).toBe(304);
      expect(await res.text()).toBe('');
      expect(res.headers.get('etag')).toBe(etag);
      expect(res.headers.get('cache-control')).toBe('public, max-age=10, must-revalidate');
      expect(res.headers.get('vary')).toMatch(/Accept-Encoding/);
    }
    const head = await s.app.request(URL_OF(), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(etag);
    expect(await head.text()).toBe('');
    const stale = await s.app.request(URL_OF(), { headers: { 'if-none-match': '"not-this-one"' } });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe(text);
    // Another year is another content, with its own ETag.
    expect((await s.app.request(URL_OF('?year=2025'))).headers.get('etag')).not.toBe(etag);
  });

  it('a change gives a new ETag, so a cache revalidating gets the new body', async () => {
    const before = await s.app.request(URL_OF());
    const etag = before.headers.get('etag') ?? '';
    await s.db.kysely.transaction().execute(async (trx) => {
      await trx
        .insertInto('observations')
        .values({ measure_id: 'qd23.1', unit_id: 'lam-dong', year: YEAR, value: 777, illustrative: 0 })
        .execute();
      await progressChanged(trx, s.clock.now().toISOString(), [PLAN]);
    });
    const after = await s.app.request(URL_OF(), { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(await after.text()).toBe(await fresh());
  });
});
