/**
 * The tracker on a period (issue 8, point 5): `period` names the period tracked (`2026-H1`),
 * wins over `year`, and a period the plan is not reported on is refused with the sdk's
 * `readPlanPeriod` message naming the attribute, before any submissions are asked for. The demo
 * plan is made six-monthly, due 6 days after each half's cut-off window (as in the report form's
 * periods test): 2026-H1 is due 20/06/2026, 2026-H2 20/12/2026; "today" is the demo's 28/11/2026.
 */
import { computeSubmissions, demo } from '@kehoach/mocks';
import type { Plan, Report } from '@kehoach/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../define/kh-submission-tracker.js';
import { expectNoAxeViolations } from '../../internal/axe.test-helper.js';
import { API, fakeApi } from '../../internal/test-api.test-helper.js';
import type { KhSubmissionTracker } from './kh-submission-tracker.js';

const PLAN = demo.plan.id;
const NOW = new Date(demo.now);
const half: Plan = {
  ...demo.plan,
  reporting: { ...demo.plan.reporting, frequency: 'six_monthly', due: { daysAfterWindow: 6 } },
};
const HEALTH = 'lam-dong.so-y-te';
/** The health department filed its first half on 1 July, after the 20 June deadline. */
const filedH1: Report = {
  ...structuredClone(demo.reports.find((r) => r.agencyId === HEALTH)!),
  id: 'rpt-2026-H1-so-y-te',
  period: '2026-H1',
  status: 'submitted',
  submittedAt: '2026-07-01T03:00:00.000Z',
};
const status = (plan: Plan, key: string) =>
  computeSubmissions({ plan, registry: demo.registry }, [filedH1], key, NOW);

/** The API of a plan (the six-monthly one by default) with its submissions of H1, H2 and the year. */
function serve(plan: Plan = half) {
  return fakeApi({
    [`/api/v1/plans/${PLAN}`]: plan,
    [`/api/v1/plans/${PLAN}/organizations`]: demo.registry,
    ...Object.fromEntries(
      ['2026-H1', '2026-H2', '2026']
        .filter((k) => (plan.reporting.frequency === 'yearly') === !k.includes('-'))
        .map((k) => [`/api/v1/plans/${PLAN}/submissions?year=${k}`, status(plan, k)]),
    ),
  });
}

async function mount(attrs: Record<string, string>): Promise<KhSubmissionTracker> {
  const el = document.createElement('kh-submission-tracker');
  for (const [k, v] of Object.entries({ 'api-base': API, plan: PLAN, now: demo.now, ...attrs }))
    el.setAttribute(k, v);
  el.token = 'reviewer-token';
  document.body.append(el);
  await vi.waitFor(() => expect(part(el, 'title') ?? part(el, 'error')).not.toBeNull(), { timeout: 5000 });
  return el;
}
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const rowOf = (el: Element, agency: string) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].find((r) =>
    r.querySelector('th')!.textContent!.includes(agency),
  )!;
const asked = (fetch: ReturnType<typeof serve>) =>
  fetch.mock.calls.map((c) => String(c[0])).filter((u) => u.includes('/submissions'));

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('kh-submission-tracker on a period', () => {
  it('tracks the half year named by `period`, over `year`: its heading, deadline and overdue flags', async () => {
    const fetch = serve();
    const el = await mount({ period: '2026-H1', year: '2026' });
    expect(part(el, 'title')!.textContent).toBe('Tình hình nộp báo cáo 6 tháng đầu năm 2026');
    expect(part(el, 'countdown')!.textContent).toContain('Đã quá hạn 161 ngày');
    expect(part(el, 'countdown')!.textContent).toContain('Hạn nộp: 20/06/2026');
    expect(part(el, 'countdown')!.classList.contains('overdue')).toBe(true);
    // Filed after the deadline: flagged; nobody else filed, all overdue.
    expect(rowOf(el, 'Sở Y tế').textContent).toContain('Đã nộp');
    expect(rowOf(el, 'Sở Y tế').querySelector('[part~="status-overdue"]')).not.toBeNull();
    expect(rowOf(el, 'Hội Liên hiệp').textContent).toContain('Chưa nộp');
    expect(asked(fetch)).toEqual([`${API}/api/v1/plans/${PLAN}/submissions?year=2026-H1`]);
    await expectNoAxeViolations(el);

    // The second half is due 20/12: 22 days left on 28/11, nobody overdue, the H1 report not counted.
    el.setAttribute('period', '2026-H2');
    el.setAttribute('lang', 'en');
    await vi.waitFor(() =>
      expect(part(el, 'title')?.textContent).toBe('Reports filed for second half of 2026'),
    );
    expect(part(el, 'countdown')!.textContent).toContain('22 days left to file');
    expect(part(el, 'countdown')!.textContent).toContain('Due 20 December 2026');
    expect(el.shadowRoot!.querySelectorAll('tbody [part~="status-overdue"]')).toHaveLength(0);
    expect(rowOf(el, 'Department of Health').textContent).toContain('Not filed');
    expect(asked(fetch).at(-1)).toBe(`${API}/api/v1/plans/${PLAN}/submissions?year=2026-H2`);
    await expectNoAxeViolations(el);
  });

  it('keeps `year` alone as before on a yearly plan: the yearly report, its heading in both languages', async () => {
    const fetch = serve(demo.plan);
    const el = await mount({ year: '2026' });
    expect(part(el, 'title')!.textContent).toBe('Tình hình nộp báo cáo năm 2026');
    expect(part(el, 'countdown')!.textContent).toContain('Hạn nộp: 15/12/2026');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(part(el, 'title')!.textContent).toBe('Yearly reports filed for 2026');
    expect(asked(fetch)).toEqual([`${API}/api/v1/plans/${PLAN}/submissions?year=2026`]);
  });

  it('refuses a period the plan is not reported on, naming the attribute, in both languages, asking for no submissions', async () => {
    const fetch = serve();
    const el = await mount({ period: '2026-Q1' });
    const alert = part(el, 'error')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Trường period: cần một kỳ báo cáo 6 tháng của kế hoạch');
    expect(part(el, 'retry-button')).toBeNull(); // loading again cannot help
    expect(part(el, 'table')).toBeNull();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).toContain(
      'Field period: expected a six-monthly period of the plan',
    );
    await expectNoAxeViolations(el);
    el.remove();

    const outside = await mount({ period: '2031-H1' });
    expect(text(outside)).toContain('giai đoạn 2021–2030');
    outside.remove();
    // Through `year` (a yearly key), the message names `year`; with neither, `period`.
    const year = await mount({ year: '2026' });
    expect(text(year)).toContain('Trường year: cần một kỳ báo cáo 6 tháng');
    year.remove();
    const neither = await mount({});
    expect(text(neither)).toContain('Trường period: cần một kỳ báo cáo 6 tháng');
    expect(asked(fetch)).toEqual([]);

    // A good period afterwards loads it.
    neither.setAttribute('period', '2026-H2');
    await vi.waitFor(() => expect(part(neither, 'title')?.textContent).toContain('6 tháng cuối năm 2026'));
  });

  it('names the period of a snapshot (`src`, `data`) from its submissions', async () => {
    const el = document.createElement('kh-submission-tracker');
    el.setAttribute('now', demo.now);
    el.data = {
      submissions: status(half, '2026-H1'),
      organizations: structuredClone(demo.registry),
      timeZone: half.reporting.timeZone,
    };
    document.body.append(el);
    await el.updateComplete;
    expect(part(el, 'title')!.textContent).toBe('Tình hình nộp báo cáo 6 tháng đầu năm 2026');
    expect(part(el, 'countdown')!.textContent).toContain('Hạn nộp: 20/06/2026');
  });
});
