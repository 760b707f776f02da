/**
 * The form on a period (issue 8, point 5): `period` names the report (`2026-H1`), wins over
 * `year`, and a period the plan is not reported on is refused with the sdk's `readPlanPeriod`
 * message. The demo plan is made six-monthly, due 6 days after each half's cut-off window (as in
 * the mocks' own periods test): 2026-H1 is due 20/06/2026, 2026-H2 20/12/2026.
 */
import { demo } from '@kehoach/mocks';
import type { Report } from '@kehoach/sdk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../define/kh-report-form.js';
import { expectNoAxeViolations } from '../../internal/axe.test-helper.js';
import type { KhReportForm } from './kh-report-form.js';
import { CAP_XA, createMockApi, type MockApi, tokenOf } from './mock-api.test-helper.js';

const PLAN = demo.plan.id;
const TOKEN = tokenOf(CAP_XA);
let api: MockApi;
let requests: string[];

const sixMonthly = () => {
  const plan = api.state.plan;
  api.state.plan = {
    ...plan,
    reporting: { ...plan.reporting, frequency: 'six_monthly', due: { daysAfterWindow: 6 } },
  };
};

async function mount(attrs: Record<string, string>): Promise<KhReportForm> {
  const el = document.createElement('kh-report-form');
  for (const [k, v] of Object.entries({ 'api-base': '', plan: PLAN, ...attrs })) el.setAttribute(k, v);
  el.token = TOKEN;
  document.body.append(el);
  await vi.waitFor(() => expect(q(el, 'form, [part~="error"]')).not.toBeNull(), { timeout: 5000 });
  return el;
}
const q = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const part = (el: Element, name: string) => q(el, `[part~="${name}"]`);
const field = (el: Element, path: string) => q(el, `[name="${path}"]`) as HTMLInputElement;
const draftKey = (period: string) => `kh-report-form:${PLAN}:${period}:${CAP_XA}`;
const stored = (period: string) =>
  api.state.reports.find((r) => r.planId === PLAN && r.agencyId === CAP_XA && r.period === period);

beforeEach(() => {
  localStorage.clear();
  api = createMockApi();
  requests = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    requests.push(new Request(input, init).url);
    return api.fetch(input, init);
  });
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(demo.now) }); // 28/11/2026
});
afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('kh-report-form on a period', () => {
  it('loads the six-monthly report named by `period`, over `year`: its title, deadline and overdue flag', async () => {
    sixMonthly();
    const el = await mount({ period: '2026-H1', year: '2026' });
    expect(part(el, 'title')!.textContent).toBe('Báo cáo kết quả thực hiện 6 tháng đầu năm 2026');
    expect(el.shadowRoot!.textContent).toContain('Hạn nộp 20/06/2026');
    expect(part(el, 'overdue')!.textContent).toBe('Quá hạn'); // 20/06 passed, nothing filed
    expect(requests.some((u) => u.includes('/reports/2026-H1/mine'))).toBe(true);
    await expectNoAxeViolations(el);

    // The second half is not due before 20/12: not overdue on 28/11.
    el.setAttribute('period', '2026-H2');
    el.setAttribute('lang', 'en');
    await vi.waitFor(() =>
      expect(part(el, 'title')?.textContent).toBe('Implementation report second half of 2026'),
    );
    expect(el.shadowRoot!.textContent).toContain('Due 20/12/2026');
    expect(part(el, 'overdue')).toBeNull();
  });

  it('saves and submits on that period, keeping the device draft under its key', async () => {
    sixMonthly();
    const el = await mount({ period: '2026-H2' });
    await userType(el, 'difficulties', 'Thiếu cán bộ');
    expect(JSON.parse(localStorage.getItem(draftKey('2026-H2'))!).values.difficulties).toBe('Thiếu cán bộ');
    expect(localStorage.getItem(draftKey('2026'))).toBeNull();
    (part(el, 'save-button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(stored('2026-H2')).toMatchObject({ status: 'draft', year: 2026 }));
    expect(stored('2026-H2')!.content.difficulties).toBe('Thiếu cán bộ');
    expect(stored('2026-H1')).toBeUndefined();
  });

  it('finds a yearly draft kept by an earlier release (`…:2026:…`), by `period="2026"` as by `year`', async () => {
    const draft = { savedAt: '2099-01-01T00:00:00Z', baseVersion: null, values: { difficulties: 'Giữ lại' } };
    localStorage.setItem(draftKey('2026'), JSON.stringify(draft));
    for (const attrs of [{ period: '2026' }, { year: '2026' }] as Record<string, string>[]) {
      const el = await mount(attrs);
      expect(part(el, 'title')!.textContent).toBe('Báo cáo kết quả thực hiện năm 2026');
      expect(field(el, 'difficulties').value).toBe('Giữ lại');
      el.remove();
    }
  });

  it("compares a half year's values with the same half a year earlier, once filed", async () => {
    sixMonthly();
    const accepted = api.state.reports.find((r) => r.agencyId === CAP_XA && r.year === 2025)!;
    const earlier = (status: Report['status'], value: number): Report => ({
      ...structuredClone(accepted),
      id: `rpt-2025-H2-${status}`,
      period: '2025-H2',
      status,
      content: {
        ...structuredClone(accepted.content),
        measures: accepted.content.measures.map((m) => ({
          ...m,
          value,
          numerator: undefined,
          denominator: undefined,
        })),
      },
    });
    api.state.reports.push(earlier('accepted', 64.5));
    const el = await mount({ period: '2026-H2' });
    const hints = [...el.shadowRoot!.querySelectorAll('[id^="h-f-measures-"]')].map((h) => h.textContent);
    expect(hints).toContain('Năm trước: 64,5%');
    expect(el.shadowRoot!.textContent).not.toContain('70,49'); // the 2025 year's published value
    el.remove();

    // A draft of that half is not a figure yet.
    api.state.reports = api.state.reports.filter((r) => r.period !== '2025-H2');
    api.state.reports.push(earlier('draft', 10));
    const again = await mount({ period: '2026-H2' });
    expect(again.shadowRoot!.textContent).not.toContain('Năm trước');
  });

  it('refuses a period the plan is not reported on, naming the attribute, in both languages, asking for no report', async () => {
    sixMonthly();
    const el = await mount({ period: '2026-Q1' });
    const alert = part(el, 'error')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Trường period: cần một kỳ báo cáo 6 tháng của kế hoạch');
    expect(part(el, 'retry-button')).toBeNull();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).toContain(
      'Field period: expected a six-monthly period of the plan',
    );
    el.remove();

    const outside = await mount({ period: '2031-H1' });
    expect(part(outside, 'error')!.textContent).toContain('giai đoạn 2021–2030');
    outside.remove();
    // Through `year` (a yearly key), the message names `year`.
    const year = await mount({ year: '2026' });
    expect(part(year, 'error')!.textContent).toContain('Trường year: cần một kỳ báo cáo 6 tháng');
    expect(requests.some((u) => u.includes('/reports/'))).toBe(false);
  });
});

async function userType(el: KhReportForm, path: string, text: string): Promise<void> {
  const f = field(el, path);
  f.value = text;
  f.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  f.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await el.updateComplete;
}
