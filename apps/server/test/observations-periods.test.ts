/**
 * Observations by period over HTTP: a six-monthly plan's statistics imported with a `Period`
 * column (half years and the year), served back with it, and progress assessed on yearly
 * values — the second half standing for a year without a figure of its own, the first never.
 * Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL.
 */
import { demo } from '@kehoach/mocks';
import { beforeEach, describe, expect, it } from 'vitest';
import { storeBundles } from '../src/services/bundles.js';
import { login, PLAN, sixMonthlyDemo, useTestServer } from './helpers.js';

const HALF = 'ke-hoach-6-thang';
const s = useTestServer('test');

const post = async (planId: string, body: string) =>
  s.app.request(`/api/v1/plans/${planId}/observations`, {
    method: 'POST',
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      authorization: `Bearer ${await login(s.app, 'admin')}`,
    },
    body,
  });
const download = async (planId: string) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    await (await s.app.request(`/api/v1/plans/${planId}/observations.csv`)).arrayBuffer(),
  );
/** The yearly points of measure 2 (qd23.2) for the province, as the progress page serves them. */
const points = async () => {
  const res = await s.app.request(`/api/v1/plans/${HALF}/progress?year=2021&unitId=dak-nong`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as {
    measures: { measureId: string; series: { year: number; value: number }[] }[];
  };
  return body.measures
    .find((m) => m.measureId === 'qd23.2')!
    .series.map((p): [number, number] => [p.year, p.value]);
};

describe('observations of a six-monthly plan', () => {
  beforeEach(async () => {
    await storeBundles(
      s.db.kysely,
      { catalogs: [], plans: [{ plan: sixMonthlyDemo(HALF), registry: demo.registry }] },
      new Date().toISOString(),
    );
  });

  it('imports half years beside the year, serves them by period, and assesses on the year', async () => {
    const csv =
      '\ufeffPeriod,Measure,Unit,Value,Numerator,Denominator,Source,Note\r\n' +
      '2019-H1,2,dak-nong,50,,,Cục Thống kê,\r\n' +
      '2019-H2,2,dak-nong,60,,,Cục Thống kê,\r\n' +
      '2020-H1,2,dak-nong,70,,,Cục Thống kê,\r\n';
    const before = new Map(await points());
    expect(before.has(2019)).toBe(false);
    const first = await post(HALF, csv);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ added: 3, changed: 0, unchanged: 0, blank: 0 });
    expect(await download(HALF)).toBe(csv);
    // 2019 has no yearly figure: the second half stands for it; 2020's first half never does
    // (its yearly value stays the demo's).
    const after = new Map(await points());
    expect(after.get(2019)).toBe(60);
    expect(after.get(2020)).toBe(before.get(2020));
    expect(after.get(2020)).not.toBe(70);

    const yearly = await post(HALF, 'Period,Measure,Unit,Value\n2019,2,dak-nong,58\n');
    expect(await yearly.json()).toEqual({ added: 1, changed: 0, unchanged: 0, blank: 0 });
    expect(new Map(await points()).get(2019)).toBe(58);
    // The year's own figure comes first, then its periods in order.
    expect((await download(HALF)).split('\r\n').slice(1, 3)).toEqual([
      '2019,2,dak-nong,58,,,,',
      '2019-H1,2,dak-nong,50,,,Cục Thống kê,',
    ]);
    // Observations belong to no plan; the yearly plan's export has the year's figure, not the halves.
    const yearlyPlan = await download(PLAN);
    expect(yearlyPlan.startsWith('\ufeffYear,')).toBe(true);
    expect(yearlyPlan).toContain('\r\n2019,2,dak-nong,58,,,,\r\n');
    expect(yearlyPlan).not.toContain('2019-H');
    // The same file again changes nothing.
    expect(await (await post(HALF, csv)).json()).toEqual({ added: 0, changed: 0, unchanged: 3, blank: 0 });
  });

  it('refuses a quarter of a six-monthly plan and any period of the yearly plan, storing nothing', async () => {
    const q = await post(HALF, 'Period,Measure,Unit,Value\n2019-H1,2,dak-nong,50\n2019-Q1,2,dak-nong,50\n');
    expect(q.status).toBe(400);
    const body = (await q.json()) as { error: { fieldErrors: { path: string; message: { en: string } }[] } };
    expect(body.error.fieldErrors.map((e) => e.path)).toEqual(['row.3.Period']);
    expect(body.error.fieldErrors[0]!.message.en).toContain(
      'is not a year nor a six-monthly period of the plan',
    );
    const yearly = await post(PLAN, 'Period,Measure,Unit,Value\n2019-H1,2,dak-nong,50\n');
    expect(yearly.status).toBe(400);
    expect(await download(HALF)).toBe('\ufeffYear,Measure,Unit,Value,Numerator,Denominator,Source,Note\r\n');
  });
});
