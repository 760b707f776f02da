/**
 * Deadlines in working days (issue 8.5) through the server: a quarterly plan due 2 working days
 * after each cut-off, with a day off, lists each quarter's deadline as the sdk counts it; a
 * bundle whose weekends worked are not weekends is refused naming the path, nothing stored.
 * Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL.
 */
import { demo } from '@kehoach/mocks';
import type { Plan, ReportDue } from '@kehoach/sdk';
import { beforeEach, describe, expect, it } from 'vitest';
import { storeBundles } from '../src/services/bundles.js';
import { jsonReq, login, PLAN, useTestServer } from './helpers.js';

const QUARTERLY = 'ke-hoach-quy';

function quarterlyDemo(): Plan {
  const plan = structuredClone(demo.plan);
  return {
    ...plan,
    id: QUARTERLY,
    title: { vi: 'Kế hoạch báo cáo quý (minh họa)', en: 'A quarterly plan (illustrative)' },
    reporting: {
      ...plan.reporting,
      frequency: 'quarterly',
      due: { workingDaysAfterWindow: 2 },
      // Illustrative day off, so that Q4's count visibly skips it.
      holidays: ['2026-12-15'],
    },
  };
}

describe('a plan due in working days', () => {
  const s = useTestServer('test');
  beforeEach(async () => {
    await storeBundles(
      s.db.kysely,
      { catalogs: [], plans: [{ plan: quarterlyDemo(), registry: demo.registry }] },
      new Date().toISOString(),
    );
  });

  it('lists each quarter with the working-day deadline', async () => {
    const token = await login(s.app, 'so-y-te');
    const list = (await (
      await s.app.request('/api/v1/me/reports', { headers: { authorization: `Bearer ${token}` } })
    ).json()) as ReportDue[];
    // The clock says 20 November 2026. Cut-offs and the 2nd working day after them (by hand):
    // Q1 Sat 14 Mar → Tue 17 Mar; Q2 Sun 14 Jun → Tue 16 Jun; Q3 Mon 14 Sep → Wed 16 Sep;
    // Q4 Mon 14 Dec, Tue 15 off → Wed 16 (1st), Thu 17 Dec (2nd).
    expect(list.filter((d) => d.planId === QUARTERLY).map((d) => [d.period, d.dueDate, d.overdue])).toEqual([
      ['2026-Q1', '2026-03-17', true],
      ['2026-Q2', '2026-06-16', true],
      ['2026-Q3', '2026-09-16', true],
      ['2026-Q4', '2026-12-17', false],
    ]);
    // The yearly plan beside it keeps its fixed day.
    expect(list.find((d) => d.planId === PLAN)).toMatchObject({ dueDate: '2026-12-15' });
  });

  it('refuses a weekend worked that is a weekday, naming the path in both languages; nothing stored', async () => {
    const admin = await login(s.app, 'admin');
    const plan = {
      ...quarterlyDemo(),
      reporting: { ...quarterlyDemo().reporting, workingWeekends: ['2026-12-18'] },
    };
    const res = await s.app.request(
      '/api/v1/plans',
      jsonReq('POST', admin, { plan, registry: demo.registry, catalog: demo.catalog }),
    );
    expect(res.status).toBe(400);
    const err = (await res.json()) as {
      error: { fieldErrors: { path: string; code: string; message: { vi: string; en: string } }[] };
    };
    // Friday 18 December 2026 is no Saturday or Sunday.
    expect(err.error.fieldErrors).toEqual([
      {
        path: 'plan.reporting.workingWeekends.0',
        code: 'working_weekend_weekday',
        message: {
          vi: 'Trường plan.reporting.workingWeekends.0: cần một ngày thứ Bảy hoặc Chủ nhật (ngày làm bù)',
          en: 'Field plan.reporting.workingWeekends.0: expected a Saturday or a Sunday (a weekend day worked)',
        },
      },
    ]);
    const versions = (await (await s.app.request(`/api/v1/plans/${QUARTERLY}/versions`)).json()) as unknown[];
    expect(versions).toHaveLength(1);
  });
});
