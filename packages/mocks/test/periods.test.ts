/**
 * Issue 8.5 in the mocks: a six-monthly plan's reports keyed by period, through the same sdk
 * functions as the server (`readPlanPeriod`, `currentReportPeriods`, `reportDue`).
 */
import { ValidationFailedError } from '@kehoach/sdk';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupMockServer } from '../src/node.js';
import { BASE, clientFor, contentFor, PLAN, taskOf } from './helpers.js';

const { server, state } = setupMockServer({ baseUrl: BASE });
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
beforeEach(() => {
  state.plan = {
    ...state.plan,
    reporting: { ...state.plan.reporting, frequency: 'six_monthly', due: { daysAfterWindow: 6 } },
  };
  state.reports = [];
});
afterEach(() => {
  server.resetHandlers();
  state.reset();
});
afterAll(() => server.close());

describe('a six-monthly plan in the mocks', () => {
  const content = () => contentFor(taskOf('lam-dong.so-y-te'));

  it('saves the 2026-H1 report and lists H1 and H2 with their deadlines', async () => {
    const api = clientFor('so-y-te');
    const saved = await api.saveDraft({ planId: PLAN, year: '2026-H1', content: content() });
    expect(saved.report).toMatchObject({ period: '2026-H1', year: 2026, status: 'draft' });
    const due = await api.listMyReports();
    expect(due.map((d) => [d.period, d.dueDate, d.status])).toEqual([
      ['2026-H1', '2026-06-20', 'draft'],
      ['2026-H2', '2026-12-20', 'missing'],
    ]);
    expect((await api.getMyReport({ planId: PLAN, year: '2026-H1' })).period).toBe('2026-H1');
  });

  it('refuses 2026-Q1 and the bare year naming the parameter, storing nothing', async () => {
    const api = clientFor('so-y-te');
    for (const year of ['2026-Q1', 2026]) {
      const err = await api.saveDraft({ planId: PLAN, year, content: content() }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ValidationFailedError);
      expect((err as ValidationFailedError).fieldErrors[0]).toMatchObject({
        path: 'params.year',
        code: 'period_cadence',
      });
    }
    expect(state.reports).toEqual([]);
  });

  it('tracks submissions per period, refusing a key not of the plan naming query.year', async () => {
    const api = clientFor('so-y-te');
    await api.submitReport({ planId: PLAN, year: '2026-H1', content: content(), idempotencyKey: 'h1-0001' });
    const reviewer = clientFor('reviewer');
    const h1 = await reviewer.getSubmissions({ planId: PLAN, year: '2026-H1' });
    expect(h1).toMatchObject({ period: '2026-H1', year: 2026, dueDate: '2026-06-20' });
    // Filed on the demo's 28 November, after 20 June: filed late, still flagged.
    expect(h1.entries.find((e) => e.agencyId === 'lam-dong.so-y-te')).toMatchObject({
      status: 'submitted',
      overdue: true,
    });
    const h2 = await reviewer.getSubmissions({ planId: PLAN, year: '2026-H2' });
    expect(h2).toMatchObject({ period: '2026-H2', dueDate: '2026-12-20' });
    expect(h2.entries.find((e) => e.agencyId === 'lam-dong.so-y-te')).toMatchObject({
      status: 'missing',
      overdue: false,
    });
    for (const [year, code] of [
      ['2026-Q3', 'period_cadence'],
      [2026, 'period_cadence'],
      ['2031-H2', 'year_out_of_range'],
    ] as const) {
      const err = await reviewer.getSubmissions({ planId: PLAN, year }).catch((e: unknown) => e);
      expect(err, String(year)).toBeInstanceOf(ValidationFailedError);
      const [first] = (err as ValidationFailedError).fieldErrors;
      expect(first, String(year)).toMatchObject({ path: 'query.year', code });
      expect(first?.message.vi).toContain('Trường query.year');
      expect(first?.message.en).toContain('Field query.year');
    }
  });
});
