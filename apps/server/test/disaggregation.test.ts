/**
 * Issue 8, point 3: disaggregation. A measure the catalog breaks down by sex: report rows carry
 * a category, a category the measure does not declare or parts above their total are refused
 * (400 naming the path, nothing stored), accepted rows reach the progress breakdown, and
 * observations are one per measure, unit, year and series.
 */
import { catalogBySex } from '@kehoach/mocks';
import type { ApiErrorBody, IndicatorCatalog, MeasureProgress, ProgressResponse } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { storeBundles } from '../src/services/bundles.js';
import {
  counts,
  healthContent,
  jsonReq,
  login,
  PLAN,
  REPORT_PATH,
  reportCalls,
  useTestServer,
  withMeasure,
  YEAR,
} from './helpers.js';

const s = useTestServer('test');
const calls = reportCalls(s);
const MEASURE = 'qd23.4a';

/** The demo catalog with the dimension sex, 4a broken down by it (additive), a target of the boys' only. */
const withDimensions = (): IndicatorCatalog =>
  catalogBySex(MEASURE, {
    targets: [{ kind: 'level', year: 2030, comparator: '<', value: 5, categories: { sex: 'male' } }],
  });

const line = (numerator: number, denominator: number, categories?: Record<string, string>) => ({
  measureId: MEASURE,
  value: (numerator / denominator) * 100,
  numerator,
  denominator,
  dataSource: 'Sở Y tế',
  note: '',
  ...(categories ? { categories } : {}),
});

const withParts = (...parts: ReturnType<typeof line>[]) => {
  const content = withMeasure(healthContent(), line(60, 1000));
  content.measures.push(...parts);
  return content;
};

async function fieldErrors(res: Response) {
  return ((await res.json()) as ApiErrorBody).error.fieldErrors ?? [];
}

describe('a report broken down by category', () => {
  it('a category the measure does not declare: 400 naming the path in both languages; nothing stored', async () => {
    await storeBundles(s.db.kysely, { catalogs: [withDimensions()], plans: [] }, new Date().toISOString());
    const health = await login(s.app, 'so-y-te');
    const before = await counts(s.db);
    const res = await calls.put(health, { content: withParts(line(30, 500, { sex: 'other' })) });
    expect(res.status).toBe(400);
    const errors = await fieldErrors(res);
    const e = errors.find((x) => x.code === 'unknown_category');
    expect(e?.path).toMatch(/^content\.measures\.\d+\.categories\.sex$/);
    expect(e?.message.vi).toContain('Trường content.measures.');
    expect(e?.message.en).toContain('Field content.measures.');
    const age = await calls.put(health, { content: withParts(line(30, 500, { age: 'u5' })) });
    expect((await fieldErrors(age)).map((x) => x.code)).toContain('unknown_dimension');
    expect(await counts(s.db)).toEqual(before);
  });

  it('parts that exceed their total: 400 on save and on submit; nothing stored', async () => {
    await storeBundles(s.db.kysely, { catalogs: [withDimensions()], plans: [] }, new Date().toISOString());
    const health = await login(s.app, 'so-y-te');
    const before = await counts(s.db);
    const content = withParts(line(40, 600, { sex: 'male' }), line(30, 500, { sex: 'female' }));
    const saved = await calls.put(health, { content });
    expect(saved.status).toBe(400);
    expect((await fieldErrors(saved)).map((x) => [x.code, x.path.replace(/\d+/, 'N')])).toEqual([
      ['parts_exceed_total', 'content.measures.N.numerator'],
      ['parts_exceed_total', 'content.measures.N.denominator'],
    ]);
    const submitted = await calls.submit(health, { content }, 'dis-1');
    expect(submitted.status).toBe(400);
    expect(await counts(s.db)).toEqual(before);
  });

  it('parts within the total are stored with their categories and, accepted, served as the breakdown', async () => {
    await storeBundles(s.db.kysely, { catalogs: [withDimensions()], plans: [] }, new Date().toISOString());
    const health = await login(s.app, 'so-y-te');
    const reviewer = await login(s.app, 'reviewer');
    const content = withParts(line(16, 400, { sex: 'male' }), line(40, 600, { sex: 'female' }));
    const res = await s.app.request(
      `${REPORT_PATH}/submit`,
      jsonReq('POST', health, { content }, { 'idempotency-key': 'dis-2' }),
    );
    expect(res.status).toBe(200);
    const report = (await res.json()) as { id: string; content: typeof content };
    expect(report.content.measures.filter((m) => m.measureId === MEASURE).map((m) => m.categories)).toEqual([
      undefined,
      { sex: 'male' },
      { sex: 'female' },
    ]);
    expect(
      (await s.app.request(`/api/v1/reports/${report.id}/accept`, jsonReq('POST', reviewer))).status,
    ).toBe(200);
    const body = (await (
      await s.app.request(`/api/v1/plans/${PLAN}/progress?year=${YEAR}`)
    ).json()) as ProgressResponse;
    const m = body.measures.find((x) => x.measureId === MEASURE) as MeasureProgress;
    expect(m.series.find((p) => p.year === YEAR)).toMatchObject({ numerator: 60, denominator: 1000 });
    expect(
      m.breakdown?.map((b) => [
        b.categories,
        b.series.find((p) => p.year === YEAR)?.value,
        b.assessment.target,
      ]),
    ).toEqual([
      [{ sex: 'male' }, 4, { kind: 'level', year: 2030, comparator: '<', value: 5 }],
      [{ sex: 'female' }, (40 / 600) * 100, null],
    ]);
    expect(m.partsExceed).toBeUndefined();
  });
});

describe('observations by series', () => {
  it('hold a total and its categories for one measure, unit and year; a second total is refused', async () => {
    const row = { measure_id: MEASURE, unit_id: 'lam-dong', year: 1999, value: 1 };
    await s.db.kysely.insertInto('observations').values(row).execute();
    await s.db.kysely
      .insertInto('observations')
      .values({ ...row, categories: 'sex=male' })
      .execute();
    await s.db.kysely
      .insertInto('observations')
      .values({ ...row, categories: 'sex=female' })
      .execute();
    await expect(s.db.kysely.insertInto('observations').values(row).execute()).rejects.toThrow();
    const stored = await s.db.kysely
      .selectFrom('observations')
      .select('categories')
      .where('measure_id', '=', MEASURE)
      .where('year', '=', 1999)
      .orderBy('categories')
      .execute();
    expect(stored.map((r) => r.categories)).toEqual(['', 'sex=female', 'sex=male']);
  });
});
