import { ProgressResponseSchema, SubmissionStatusSchema } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
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

const s = useTestServer('file');

const progress = async (q: string) => {
  const res = await s.app.request(`/api/v1/plans/${PLAN}/progress${q}`);
  expect(res.status).toBe(200);
  return ProgressResponseSchema.parse(await res.json());
};

describe('progress', () => {
  it('is public, matches the contract and says when data are illustrative', async () => {
    const p = await progress('?year=2025');
    expect(p.unitId).toBe('lam-dong');
    expect(p.illustrative).toBe(true);
    const m = p.measures.find((x) => x.measureId === 'qd23.1');
    expect(m?.series.map((x) => x.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    // former districts of Đắk Nông (to 2024) and the demo's illustrative communes (from 2025)
    // feed today's province, named as contributors
    expect(m?.contributors).toContain('dak-nong.gia-nghia');
    expect(m?.contributors).toContain('lam-dong.xa-minh-hoa-01');
    expect(m?.illustrative).toBe(true);
    // rates are summed from numerators and denominators, never averaged
    const point = m?.series[0];
    expect(point?.numerator).toBeDefined();
    expect(point?.value).toBeCloseTo(((point?.numerator ?? 0) / (point?.denominator ?? 1)) * 100, 6);
  });

  it('a former district can be asked for by id; unknown units are 404', async () => {
    const p = await progress('?year=2024&unitId=dak-nong.cu-jut');
    expect(p.measures[0]?.series.map((x) => x.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    const commune = await progress('?year=2026&unitId=lam-dong.xa-minh-hoa-01');
    // A demo commune: its own values from 2025, its former district's share before (a split).
    expect(commune.measures[0]?.series.map((x) => x.year)).toEqual([
      2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(commune.measures[0]?.contributors).toContain('lam-dong.xa-minh-hoa-01');
    expect(commune.illustrative).toBe(true);
    expect((await s.app.request(`/api/v1/plans/${PLAN}/progress?unitId=nowhere`)).status).toBe(404);
    expect((await s.app.request(`/api/v1/plans/${PLAN}/progress?year=1800`)).status).toBe(400);
  });

  it("adds accepted reports' values, and only accepted ones", async () => {
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
    const res = await s.app.request(
      `${REPORT_PATH}/submit`,
      jsonReq('POST', reporter, { content }, { 'idempotency-key': 'p1' }),
    );
    const id = ((await res.json()) as { id: string }).id;
    let m = (await progress(`?year=${YEAR}`)).measures.find((x) => x.measureId === 'qd23.4a');
    // Before: the illustrative communes' values, summed.
    const before = m?.series.find((x) => x.year === YEAR);
    expect(before?.denominator).toBeGreaterThan(1000);
    expect(m?.illustrative).toBe(true);
    await s.app.request(`/api/v1/reports/${id}/accept`, jsonReq('POST', reviewer));
    m = (await progress(`?year=${YEAR}`)).measures.find((x) => x.measureId === 'qd23.4a');
    // After: the province's reported value stands for the province; the communes it is made of
    // are not added on top (that would count them twice).
    expect(m?.series.find((x) => x.year === YEAR)).toEqual({
      year: YEAR,
      value: 6,
      numerator: 60,
      denominator: 1000,
    });
    expect(m?.assessment.latest).toEqual({ year: YEAR, value: 6 });
  });
});

describe('submission status', () => {
  it('lists every agency owing the report, overdue only after 15 December in Asia/Ho_Chi_Minh', async () => {
    s.clock.t = new Date('2026-12-15T12:00:00Z');
    const t = await login(s.app, 'so-tu-phap');
    const get = async () => {
      const res = await s.app.request(`/api/v1/plans/${PLAN}/submissions?year=${YEAR}`, jsonReq('GET', t));
      expect(res.status).toBe(200);
      return SubmissionStatusSchema.parse(await res.json());
    };
    s.clock.t = new Date('2026-12-15T16:59:59Z'); // 23:59:59 on 15 December in Hồ Chí Minh City
    let st = await get();
    expect(st.dueDate).toBe('2026-12-15');
    expect(st.reviewerAgencyId).toBe('lam-dong.so-y-te');
    expect(st.entries).toHaveLength(10);
    expect(st.entries.find((e) => e.agencyId === 'lam-dong.so-y-te')?.status).toBe('accepted');
    expect(st.entries.some((e) => e.overdue)).toBe(false);
    s.clock.t = new Date('2026-12-15T17:00:00Z'); // midnight, 16 December local time
    st = await get();
    const missing = st.entries.filter((e) => e.status === 'missing');
    expect(missing.length).toBe(9);
    expect(missing.every((e) => e.overdue)).toBe(true);
    expect(st.entries.find((e) => e.agencyId === 'lam-dong.so-y-te')?.overdue).toBe(false);
    expect((await s.app.request(`/api/v1/plans/${PLAN}/submissions?year=${YEAR}`)).status).toBe(401);
  });
});
