/**
 * Issue 9, point 3: a reporter sees every plan its agency owes a report for, with the period and
 * the deadline of each (`GET /api/v1/me/reports`), counted in each plan's time zone.
 */
import { demo } from '@kehoach/mocks';
import type { Plan, ReportDue } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { storeBundles } from '../src/services/bundles.js';
import { login, useTestServer } from './helpers.js';

const s = useTestServer('test');

const mine = async (token: string) => {
  const res = await s.app.request('/api/v1/me/reports', { headers: { authorization: `Bearer ${token}` } });
  return {
    status: res.status,
    body: (await res.json()) as ReportDue[],
    cache: res.headers.get('cache-control'),
  };
};

/** A second plan of the province: the health department's duties only, due 30 June. */
function secondPlan(): Plan {
  const plan = structuredClone(demo.plan);
  return {
    ...plan,
    id: 'ke-hoach-thu-hai',
    title: { vi: 'Kế hoạch thứ hai (minh họa)', en: 'A second plan (illustrative)' },
    assignments: (plan.assignments ?? []).filter((a) => a.agencyIds.includes('dak-nong.so-y-te')),
    reporting: { ...plan.reporting, due: { month: 6, day: 30 } },
  };
}

describe('the reports my agency owes', () => {
  it('lists the plan with its year, deadline and the state of the agency’s report', async () => {
    const health = await login(s.app, 'so-y-te');
    const r = await mine(health);
    expect(r.status).toBe(200);
    expect(r.cache).toBe('no-store');
    expect(r.body).toEqual([
      {
        planId: demo.plan.id,
        planTitle: demo.plan.title,
        year: 2026,
        period: '2026',
        dueDate: '2026-12-15',
        overdue: false,
        status: 'missing',
        reportId: null,
      },
    ]);
  });

  it('lists every plan the agency owes, and only those', async () => {
    const second = secondPlan();
    expect(second.assignments?.length).toBeGreaterThan(0);
    await storeBundles(
      s.db.kysely,
      { catalogs: [], plans: [{ plan: second, registry: demo.registry }] },
      new Date().toISOString(),
    );
    const health = await mine(await login(s.app, 'so-y-te'));
    expect(health.body.map((d) => [d.planId, d.year, d.dueDate, d.overdue, d.status])).toEqual([
      [demo.plan.id, 2026, '2026-12-15', false, 'missing'],
      // 30 June has passed (the clock says 20 November 2026) without a report: overdue.
      ['ke-hoach-thu-hai', 2026, '2026-06-30', true, 'missing'],
    ]);
    const justice = await mine(await login(s.app, 'so-tu-phap'));
    expect(justice.body.map((d) => d.planId)).toEqual([demo.plan.id]);
  });

  it('is for reporters: a reviewer gets 403, no token 401', async () => {
    expect((await mine(await login(s.app, 'reviewer'))).status).toBe(403);
    expect((await s.app.request('/api/v1/me/reports')).status).toBe(401);
  });
});
