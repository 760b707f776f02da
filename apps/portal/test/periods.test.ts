/**
 * The report and review pages on any period (issue 8, point 5): `resolvePeriod` reads `?period=`
 * and `?year=` against the plan with the sdk's `readPlanPeriod`, and the due list links each report
 * by its period — on the page functions, with the demo's fixed clock (apps/e2e/test/periods.test.ts
 * follows a due list's link in the browser, on the real clock).
 */
import { demo } from '@kehoach/mocks';
import type { Plan } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { type PageContext, reportLink, resolvePeriod } from '../src/common.js';

const yearly: Plan = demo.plan; // 2021–2030, due 15 December
const sixMonthly: Plan = {
  ...demo.plan,
  reporting: { ...demo.plan.reporting, frequency: 'six_monthly', due: { daysAfterWindow: 6 } },
}; // 2026-H1 due 20/06/2026, 2026-H2 20/12/2026

/** A page at `search`, on the offline demo's clock (28/11/2026) so that "today" is fixed. */
const page = (search: string, now = demo.now) =>
  ({
    params: new URLSearchParams(search),
    lang: 'vi',
    offline: { now, year: Number(now.slice(0, 4)) },
  }) as unknown as PageContext;

describe('resolvePeriod', () => {
  it('takes ?period= of the plan, over ?year=', () => {
    expect(resolvePeriod(page('?period=2026-H1&year=2025'), sixMonthly)).toBe('2026-H1');
    expect(resolvePeriod(page('?period=2025-H2'), sixMonthly)).toBe('2025-H2');
  });

  it('keeps ?year= meaning the yearly report, and takes a key there too', () => {
    expect(resolvePeriod(page('?year=2024'), yearly)).toBe('2024');
    expect(resolvePeriod(page('?period=2024'), yearly)).toBe('2024');
    expect(resolvePeriod(page('?year=2026-H1'), sixMonthly)).toBe('2026-H1');
  });

  it('without a period of the plan, opens the first one of the year still due, else the last', () => {
    // 28/11/2026: H1's deadline (20/06) has passed, H2's (20/12) has not.
    expect(resolvePeriod(page(''), sixMonthly)).toBe('2026-H2');
    expect(resolvePeriod(page('', '2026-03-01T09:00:00+07:00'), sixMonthly)).toBe('2026-H1');
    // Not of the cadence, or outside the plan: the default, never the bad key.
    expect(resolvePeriod(page('?period=2026-Q1'), sixMonthly)).toBe('2026-H2');
    expect(resolvePeriod(page('?period=2031-H1&year=2031'), sixMonthly)).toBe('2026-H2');
    expect(resolvePeriod(page('?year=2026'), sixMonthly)).toBe('2026-H2');
    expect(resolvePeriod(page('?year=2024'), sixMonthly)).toBe('2024-H2'); // both past due
    expect(resolvePeriod(page(''), yearly)).toBe('2026');
    expect(resolvePeriod(page('?period=2026-H1'), yearly)).toBe('2026');
  });
});

describe('reportLink', () => {
  it("links a sub-yearly report by its period, not its year, keeping the page's language", () => {
    expect(reportLink(page(''), 'dak-nong-2021', '2026-H1')).toBe(
      '/report.html?plan=dak-nong-2021&period=2026-H1',
    );
    const en = { params: new URLSearchParams('?lang=en'), lang: 'en' as const };
    expect(reportLink(en, 'p', '2026')).toBe('/report.html?plan=p&period=2026&lang=en');
  });
});
