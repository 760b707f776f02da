/**
 * Issue 8, point 4: a share of units ("tỷ lệ xã …") has the registry's units as denominator. The
 * server refuses a count whose denominator is not the number of the unit's communes in force,
 * and a catalog that makes a share of units anything but a percentage; nothing is stored.
 */
import { demo } from '@kehoach/mocks';
import { type ApiErrorBody, type IndicatorCatalog, type ReportContent, ValidationError } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { storeBundles } from '../src/services/bundles.js';
import { counts, healthContent, login, reportCalls, useTestServer } from './helpers.js';

const s = useTestServer('test');
const calls = reportCalls(s);

/** The demo catalog with one of the health department's rates turned into a share of communes. */
function withShare(kind: 'percent' | 'count' = 'percent'): { catalog: IndicatorCatalog; measureId: string } {
  const catalog = structuredClone(demo.catalog);
  const ids = new Set(healthContent().measures.map((m) => m.measureId));
  for (const o of catalog.objectives)
    for (const i of o.indicators)
      for (const m of i.measures)
        if (ids.has(m.id) && m.unit.kind === 'percent') {
          m.unitsCounted = { level: 'commune' };
          m.unit = { kind };
          return { catalog, measureId: m.id };
        }
  throw new Error('no percentage among the health department’s measures');
}

const withRow = (measureId: string, numerator: number, denominator: number): ReportContent => {
  const content = healthContent();
  const row = content.measures.find((m) => m.measureId === measureId)!;
  Object.assign(row, { value: (numerator / denominator) * 100, numerator, denominator });
  return content;
};

describe('a share of communes in a report', () => {
  it('a count over another denominator than the province’s communes in force: 400 saying the number; the right one is stored', async () => {
    const { catalog, measureId } = withShare();
    await storeBundles(s.db.kysely, { catalogs: [catalog], plans: [] }, new Date().toISOString());
    const health = await login(s.app, 'so-y-te');
    const before = await counts(s.db);
    const res = await calls.put(health, { content: withRow(measureId, 3, 7) });
    expect(res.status).toBe(400);
    const errors = ((await res.json()) as ApiErrorBody).error.fieldErrors ?? [];
    const e = errors.find((x) => x.code === 'units_counted_denominator');
    expect(e?.path).toMatch(/^content\.measures\.\d+\.denominator$/);
    const expected = Number(/-12-31: (\d+)$/.exec(e?.message.vi ?? '')?.[1]);
    expect(e?.message.en).toMatch(new RegExp(`-12-31: ${expected}$`));
    expect(expected).toBeGreaterThan(7);
    expect(await counts(s.db)).toEqual(before);
    expect((await calls.put(health, { content: withRow(measureId, 3, expected) })).status).toBe(201);
  });

  it('a catalog making a share of units a count is refused, naming the field; nothing stored', async () => {
    const { catalog } = withShare('count');
    const before = await s.db.kysely.selectFrom('catalogs').select(['content', 'updated_at']).execute();
    const err = await storeBundles(
      s.db.kysely,
      { catalogs: [catalog], plans: [] },
      new Date().toISOString(),
    ).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).errors).toMatchObject([
      { code: 'units_counted_percent', path: expect.stringMatching(/\.unit\.kind$/) },
    ]);
    expect(await s.db.kysely.selectFrom('catalogs').select(['content', 'updated_at']).execute()).toEqual(
      before,
    );
  });
});
