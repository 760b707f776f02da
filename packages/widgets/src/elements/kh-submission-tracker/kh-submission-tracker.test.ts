import { buildSubmissions, demo } from '@kehoach/mocks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/kh-submission-tracker.js';
import { expectNoAxeViolations } from '../../internal/axe.test-helper.js';
import { define } from '../../internal/define.js';
import { API, fakeApi, json, XSS } from '../../internal/test-api.test-helper.js';
import type { SubmissionTrackerData } from './kh-submission-tracker.data.js';
import { KhSubmissionTracker } from './kh-submission-tracker.js';

/**
 * The demo (@kehoach/mocks): Đắk Nông's plan, its agencies now Lâm Đồng's, the 2026 reports in
 * every state, at the demo's today (17 days before the due date) or after the due date.
 */
const DEMO_NOW = demo.now;
const DEMO_OVERDUE_NOW = demo.overdueNow;
const PLAN = demo.plan.id;
const submissionSnapshot = (now = DEMO_NOW): SubmissionTrackerData => ({
  submissions: buildSubmissions(demo.year, now),
  organizations: structuredClone(demo.registry),
  timeZone: demo.plan.reporting.timeZone,
  illustrative: true,
});

async function mount(
  attrs: Record<string, string> = {},
  data?: SubmissionTrackerData,
  now = DEMO_NOW,
): Promise<KhSubmissionTracker> {
  const el = document.createElement('kh-submission-tracker');
  el.setAttribute('now', now);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data) el.data = structuredClone(data);
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const rowOf = (el: Element, agency: string) =>
  $$(el, 'tbody tr').find((r) => r.querySelector('th')!.textContent!.includes(agency))!;

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('kh-submission-tracker', () => {
  it('without a due date: no countdown, nothing overdue, said in both languages', async () => {
    const data = submissionSnapshot(DEMO_OVERDUE_NOW);
    data.submissions = {
      ...data.submissions,
      dueDate: null,
      entries: data.submissions.entries.map((e) => ({ ...e, overdue: false })),
    };
    for (const [lang, said] of [
      ['vi', 'Kế hoạch không đặt hạn nộp báo cáo.'],
      ['en', 'The plan sets no due date for reports.'],
    ] as const) {
      const el = await mount({ lang }, data, DEMO_OVERDUE_NOW);
      expect(part(el, 'countdown')!.textContent!.trim()).toBe(said);
      expect(part(el, 'countdown')!.classList.contains('overdue')).toBe(false);
      expect(text(el)).not.toMatch(/Hạn nộp|Due /);
      el.remove();
    }
  });

  it('counts down to the due date and shows each agency’s state in text and icon', async () => {
    const el = await mount({}, submissionSnapshot());
    expect(part(el, 'countdown')!.textContent).toContain('Còn 17 ngày đến hạn nộp');
    expect(part(el, 'countdown')!.textContent).toContain('Hạn nộp: 15/12/2026');
    expect(rowOf(el, 'Sở Tư pháp tỉnh Lâm Đồng').textContent).toContain('Đã nộp');
    // The health department answers for what the plan gave Đắk Nông's labour department too.
    expect(rowOf(el, 'Sở Y tế tỉnh Lâm Đồng').textContent).toContain(
      'Sở Lao động - Thương binh và Xã hội tỉnh Đắk Nông; Sở Y tế tỉnh Đắk Nông',
    );
    expect(rowOf(el, 'Sở Y tế').textContent).toContain('Đang soạn');
    expect(rowOf(el, 'Sở Giáo dục').querySelector('[part~="status-returned"]')!.textContent).toBe(
      'Bị trả lại',
    );
    expect(rowOf(el, 'Công an').querySelector('[part~="status-accepted"] svg.icon')).not.toBeNull();
    expect(rowOf(el, 'Hội Liên hiệp').textContent).toContain('Chưa nộp');
    expect(part(el, 'summary')!.textContent!.replace(/\s+/g, ' ')).toContain('Đã chấp nhận: 2');
    expect($$(el, '[part~="status-overdue"]')).toHaveLength(1); // the summary chip only
    expect(part(el, 'notice')!.textContent).toContain('Các Sở, Ban, ngành');
    await expectNoAxeViolations(el);
  });

  it('says overdue in both languages after the due date, in the Asia/Ho_Chi_Minh day', async () => {
    const vi_ = await mount({}, submissionSnapshot(DEMO_OVERDUE_NOW), DEMO_OVERDUE_NOW);
    expect(part(vi_, 'countdown')!.textContent).toContain('Đã quá hạn 5 ngày');
    expect(part(vi_, 'countdown')!.classList.contains('overdue')).toBe(true);
    expect(rowOf(vi_, 'Hội Liên hiệp').querySelector('[part~="status-overdue"]')!.textContent).toBe(
      'Quá hạn',
    );
    expect(rowOf(vi_, 'Sở Tư pháp').querySelector('[part~="status-overdue"]')).toBeNull(); // filed in time
    const en = await mount({ lang: 'en' }, submissionSnapshot(DEMO_OVERDUE_NOW), DEMO_OVERDUE_NOW);
    expect(part(en, 'countdown')!.textContent).toContain('5 days overdue');
    expect(part(en, 'countdown')!.textContent).toContain('Due 15 December 2026');
    expect(rowOf(en, "Women's Union").textContent).toContain('Not filed');
    await expectNoAxeViolations(en);
    // 14 Dec 17:30 UTC is already 15 Dec 00:30 in Hanoi: due today, not "1 day left".
    const edge = await mount({ lang: 'en' }, submissionSnapshot(), '2026-12-14T17:30:00Z');
    expect(part(edge, 'countdown')!.textContent).toContain('Reports are due today');
    const one = await mount({ lang: 'en' }, submissionSnapshot(), '2026-12-14T16:30:00Z');
    expect(part(one, 'countdown')!.textContent).toContain('1 day left to file');
  });

  it('fires kh-report-open when a reviewer activates an agency with the keyboard', async () => {
    const el = await mount({}, submissionSnapshot());
    const opened = vi.fn();
    el.addEventListener('kh-report-open', (e) => opened((e as CustomEvent).detail));
    expect(rowOf(el, 'Hội Liên hiệp').querySelector('button')).toBeNull(); // nothing to open
    (rowOf(el, 'Sở Giáo dục').querySelector('[part~="report-button"]') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(opened).toHaveBeenCalledWith({
      reportId: 'rpt-2026-so-gddt',
      agencyId: 'lam-dong.so-gddt',
      status: 'returned',
    });
  });

  it('filters by state', async () => {
    const el = await mount({ lang: 'en' }, submissionSnapshot(DEMO_OVERDUE_NOW), DEMO_OVERDUE_NOW);
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'overdue';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, 'tbody tr')).toHaveLength(5); // the two drafts and the three missing reports
    select.value = 'accepted';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, 'tbody tr')).toHaveLength(2);
  });

  it('needs the token property in api-base mode, and never puts it in the DOM', async () => {
    const data = submissionSnapshot();
    const fetch = fakeApi({
      [`/api/v1/plans/${PLAN}`]: demo.plan,
      [`/api/v1/plans/${PLAN}/organizations`]: demo.registry,
      [`/api/v1/plans/${PLAN}/submissions?year=2026`]: data.submissions,
    });
    const el = await mount({ 'api-base': API, plan: PLAN, year: '2026' });
    expect(text(el)).toContain('Cần đăng nhập');
    expect(fetch).not.toHaveBeenCalled();
    el.token = 'reviewer-token';
    await vi.waitFor(() => expect(part(el, 'countdown')).not.toBeNull());
    const call = fetch.mock.calls.find((c) => String(c[0]).includes('/submissions'))!;
    expect((call[1]!.headers as Headers).get('authorization')).toBe('Bearer reviewer-token');
    expect(el.outerHTML).not.toContain('reviewer-token');
    el.setAttribute('token', 'ignored'); // not an attribute: no effect
    expect(el.token).toBe('reviewer-token');
    await expectNoAxeViolations(el);
  });

  it('takes the signed-in data off the screen when the token goes (a portal sign-out)', async () => {
    const data = submissionSnapshot();
    const agency = data.organizations.agencies.find((a) => a.id === 'lam-dong.so-gddt')!.name.vi;
    let release!: () => void;
    const fetch = fakeApi({
      [`/api/v1/plans/${PLAN}`]: demo.plan,
      [`/api/v1/plans/${PLAN}/organizations`]: demo.registry,
      [`/api/v1/plans/${PLAN}/submissions?year=2026`]: data.submissions,
    });
    const el = await mount({ 'api-base': API, plan: PLAN, year: '2026' });
    el.token = 'reviewer-token';
    await vi.waitFor(() => expect(part(el, 'countdown')).not.toBeNull());
    expect(text(el)).toContain(agency);
    for (const signedOut of [null, undefined]) {
      el.token = signedOut as unknown as string;
      await el.updateComplete;
      expect(part(el, 'countdown')).toBeNull();
      expect(text(el)).not.toContain(agency);
      expect(text(el)).toContain('Cần đăng nhập');
      el.token = 'reviewer-token';
      await vi.waitFor(() => expect(part(el, 'countdown')).not.toBeNull());
    }
    // A sign-out while loading: the late answer never reaches the screen.
    const gate = new Promise<void>((r) => (release = r));
    fetch.mockImplementation(async () => {
      await gate;
      return json(data.submissions);
    });
    el.year = 2025;
    await el.updateComplete;
    el.token = undefined;
    await el.updateComplete;
    release();
    await new Promise((r) => setTimeout(r, 50));
    expect(part(el, 'error')).toBeNull();
    expect(text(el)).not.toContain(agency);
    expect(text(el)).toContain('Cần đăng nhập');
  });

  it('shows the empty state, an error with retry, and a bilingual message for malformed data', async () => {
    const empty = submissionSnapshot();
    empty.submissions.entries = [];
    const e = await mount({}, empty);
    expect(part(e, 'empty')!.textContent).toBe('Chưa có dữ liệu');

    vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(new Response('', { status: 503 }))
      .mockResolvedValueOnce(json(submissionSnapshot()));
    const el = await mount({ src: '/subs.json' });
    await vi.waitFor(() => expect(part(el, 'error')).not.toBeNull());
    (part(el, 'retry-button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(part(el, 'countdown')).not.toBeNull());

    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => json({ submissions: { dueDate: 'soon' } }));
    const vi_ = await mount({ src: '/bad.json' });
    const en = await mount({ src: '/bad.json', lang: 'en' });
    await vi.waitFor(() => expect(part(en, 'error')).not.toBeNull());
    expect(text(vi_)).toContain('không đúng định dạng');
    expect(text(en)).toContain('not in the expected format');
  });

  it('renders pasted markup in data as text and themes dark', async () => {
    const data = submissionSnapshot();
    data.organizations.agencies.find((a) => a.id === 'lam-dong.so-gddt')!.name.vi = XSS;
    const el = await mount({ theme: 'dark' }, data);
    expect(rowOf(el, XSS)).toBeDefined();
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).toBe('rgb(22, 25, 29)');
    await expectNoAxeViolations(el);
    expect(() => define('kh-submission-tracker', class extends KhSubmissionTracker {})).not.toThrow();
  });
});
