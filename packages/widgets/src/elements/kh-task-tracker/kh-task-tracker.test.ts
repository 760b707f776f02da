import { buildSnapshot, demo } from '@kehoach/mocks';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/kh-progress-dashboard.js';
import '../../define/kh-task-tracker.js';
import { expectNoAxeViolations } from '../../internal/axe.test-helper.js';
import { define } from '../../internal/define.js';
import { API, fakeApi, json, XSS } from '../../internal/test-api.test-helper.js';
import type { ProgressDashboardData } from '../kh-progress-dashboard/kh-progress-dashboard.data.js';
import type { TaskTrackerData } from './kh-task-tracker.data.js';
import { KhTaskTracker } from './kh-task-tracker.js';

const NOW = demo.now;
const PLAN = demo.plan.id;
/**
 * The demo (@kehoach/mocks, the `task-tracker` snapshot): Đắk Nông's plan (16 tasks in 6 groups),
 * its agencies now Lâm Đồng's, the task part of every 2026 report. The health department, which
 * answers for what the plan gave the labour department too, has only a draft; the justice and
 * education departments reported task 2.a completed (one submitted, one returned).
 */
const taskSnapshot = buildSnapshot('task-tracker') as TaskTrackerData;
/** The same plan before anyone has reported. */
const taskNoReports: TaskTrackerData = { ...taskSnapshot, reports: [] };
const dashboardSnapshot = buildSnapshot('progress-dashboard') as ProgressDashboardData;

async function mount(attrs: Record<string, string> = {}, data?: TaskTrackerData): Promise<KhTaskTracker> {
  const el = document.createElement('kh-task-tracker');
  el.setAttribute('now', NOW);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data) el.data = structuredClone(data);
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const part = (el: Element, name: string) => $(el, `[part~="${name}"]`);
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const taskRows = (el: Element) => $$(el, 'tbody tr:not(:first-child):not(.detail)');
const rowOf = (el: Element, label: string) =>
  taskRows(el).find((r) => r.querySelector('.label')!.textContent === label)!;
const detailOf = (el: Element, taskId: string) => el.shadowRoot!.getElementById(`d-${taskId}`)!;

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('kh-task-tracker', () => {
  it('shows task groups and tasks as issued, agencies today, reported statuses in text and icon', async () => {
    const el = await mount({}, taskSnapshot);
    const groups = $$(el, 'th[scope="rowgroup"]').map((t) => t.textContent!.trim());
    expect(groups).toHaveLength(6);
    expect(groups[0]).toMatch(/^1\. Tăng cường công tác chỉ đạo, hướng dẫn, phối hợp/);
    expect(groups[4]).toBe('5. Vận động nguồn lực và sự tham gia của xã hội');
    expect(taskRows(el)).toHaveLength(16);
    const t2a = rowOf(el, '2.a');
    expect(t2a.textContent).toContain('Xây dựng và phát triển các mạng lưới');
    expect(t2a.textContent).toContain('Sở Y tế tỉnh Lâm Đồng; Sở Tư pháp tỉnh Lâm Đồng');
    // Justice and education completed it; the health department's draft, for the labour
    // department's children duties and for its own, is not reported yet: counted twice.
    expect(t2a.querySelector('[part~="status-completed"]')!.textContent).toContain('Hoàn thành (2)');
    expect(t2a.querySelector('[part~="status-unreported"]')!.textContent).toContain('Chưa báo cáo (2)');
    expect(t2a.querySelector('[part~="status"] svg.icon')).not.toBeNull();
    expect(part(el, 'illustrative')).not.toBeNull();
    await expectNoAxeViolations(el);
  });

  it('expands a task with the keyboard: button with aria-expanded, as-issued agency and successor', async () => {
    const el = await mount({}, taskSnapshot);
    const toggled = vi.fn();
    el.addEventListener('kh-task-toggle', (e) => toggled((e as CustomEvent).detail));
    const button = rowOf(el, '2.a').querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe('d-II.2.a');
    expect(detailOf(el, 'II.2.a').hidden).toBe(true);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const detail = detailOf(el, 'II.2.a');
    expect(detail.hidden).toBe(false);
    expect(detail.textContent).toContain('Sở Lao động - Thương binh và Xã hội tỉnh Đắk Nông');
    expect(detail.textContent).toContain('→ nay: Sở Y tế tỉnh Lâm Đồng');
    expect(detail.textContent).toContain('chủ trì');
    expect(detail.textContent).toContain('Báo cáo: Đã nộp');
    expect(detail.textContent).toContain('Báo cáo: Bị trả lại');
    expect(detail.textContent).toContain('Báo cáo: Chưa nộp');
    expect(toggled).toHaveBeenCalledWith({ taskId: 'II.2.a', expanded: true });
    await expectNoAxeViolations(el);
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(detailOf(el, 'II.2.a').hidden).toBe(true);
  });

  it('filters by agency and counts drafts as not reported', async () => {
    const el = await mount({}, taskSnapshot);
    const select = $(el, 'select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toContain(
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Nông (nay: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng)',
    );
    const filtered = vi.fn();
    el.addEventListener('kh-filter-change', (e) => filtered((e as CustomEvent).detail));
    select.value = 'dak-nong.mttq';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(taskRows(el).map((r) => r.querySelector('.label')!.textContent)).toEqual(['5.a', '5.b']);
    expect(filtered).toHaveBeenCalledWith({ agency: 'dak-nong.mttq' });
    // The Fatherland Front's draft says 5.a is completed: a draft is not a report.
    const t5a = rowOf(el, '5.a');
    expect(
      taskSnapshot
        .reports!.find((r) => r.agencyId === 'lam-dong.mttq')!
        .tasks.find((t) => t.taskId === 'II.5.a')!.status,
    ).toBe('completed');
    expect([...t5a.querySelectorAll('[part~="status"]')].map((s) => s.textContent!.trim())).toEqual([
      'Chưa báo cáo (4)',
    ]);
    (t5a.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(detailOf(el, 'II.5.a').textContent).toContain('diễn giải, không ghi trong văn bản');
    expect(detailOf(el, 'II.5.a').textContent).toContain('đề nghị');
  });

  it('marks agencies linked to a task only by interpretation, beside their name; as-issued ones plain', async () => {
    const el = await mount({}, taskSnapshot);
    const agencies = (label: string) => rowOf(el, label).querySelector('td')!.textContent!;
    // 2.a: the labour department (now health) as issued, justice and education by the compilers' reading.
    expect(agencies('2.a')).toBe(
      'Sở Y tế tỉnh Lâm Đồng; Sở Tư pháp tỉnh Lâm Đồng (diễn giải); Sở Giáo dục và Đào tạo tỉnh Lâm Đồng (diễn giải)',
    );
    expect(agencies('1.b')).not.toContain('diễn giải');
    const en = await mount({ lang: 'en' }, taskSnapshot);
    expect(rowOf(en, '2.a').querySelector('td')!.textContent).toContain('(interpretation)');
  });

  it('without reports (no reviewer token) claims no status: no status column, a sign-in notice', async () => {
    const el = await mount({}, { ...taskSnapshot, reports: null });
    expect(taskRows(el)).toHaveLength(16);
    expect(part(el, 'notice')!.textContent).toContain('Cần đăng nhập');
    expect($$(el, 'thead th')).toHaveLength(3);
    expect(part(el, 'status')).toBeNull();
    expect(text(el)).not.toContain('Chưa báo cáo');
    for (const r of taskRows(el)) expect(r.querySelectorAll('td')).toHaveLength(2);
    // The agencies are still there, in the rows and in the details.
    expect(rowOf(el, '2.a').textContent).toContain('Sở Y tế tỉnh Lâm Đồng; Sở Tư pháp tỉnh Lâm Đồng');
    (rowOf(el, '2.a').querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(detailOf(el, 'II.2.a').textContent).toContain('→ nay: Sở Y tế tỉnh Lâm Đồng');
    expect(detailOf(el, 'II.2.a').querySelector('td')!.getAttribute('colspan')).toBe('3');
    await expectNoAxeViolations(el);
    const en = await mount({ lang: 'en' }, { ...taskSnapshot, reports: null });
    expect(text(en)).not.toContain('Not reported');
  });

  it('has a region name of its own beside the dashboard of the same plan (axe landmark-unique)', async () => {
    const tracker = await mount({}, taskSnapshot);
    expect(part(tracker, 'base')!.getAttribute('aria-label')).toBe(
      `Nhiệm vụ — ${taskSnapshot.plan.title.vi}`,
    );
    const dashboard = document.createElement('kh-progress-dashboard');
    dashboard.setAttribute('now', NOW);
    dashboard.data = structuredClone(dashboardSnapshot);
    document.body.append(dashboard);
    await dashboard.updateComplete;
    expect(dashboardSnapshot.plan.title).toEqual(taskSnapshot.plan.title);
    const result = await axe.run(document.body, {
      runOnly: ['landmark-unique'],
      resultTypes: ['violations', 'passes'],
    });
    expect(result.violations).toEqual([]);
    expect(result.passes.flatMap((r) => r.nodes)).toHaveLength(2);
  });

  it('speaks English with lang="en"', async () => {
    const el = await mount({ lang: 'en' }, taskSnapshot);
    // The plan is Vietnamese only: its task text stays as issued, the rest is English.
    expect(rowOf(el, '2.a').textContent).toContain('Xây dựng và phát triển các mạng lưới');
    expect(rowOf(el, '2.a').textContent).toContain(
      'Lâm Đồng Department of Health; Lâm Đồng Department of Justice (interpretation)',
    );
    expect(rowOf(el, '2.a').textContent).toContain('Completed (2)');
    expect(text(el)).toContain('Reporting year: 2026');
    await expectNoAxeViolations(el);
  });

  it('says so, in both languages, when the document sets no tasks at all', async () => {
    // A programme tracked by its targets only: no task groups, no assignments (absent keys).
    const { taskGroups: _, assignments: __, ...plan } = taskSnapshot.plan;
    for (const [lang, said] of [
      ['vi', 'Văn bản này không giao nhiệm vụ nào.'],
      ['en', 'This document sets no tasks.'],
    ] as const) {
      const el = await mount({ lang }, { ...taskSnapshot, plan });
      expect(part(el, 'table')).toBeNull();
      expect(part(el, 'empty')!.textContent!.trim()).toBe(said);
      await expectNoAxeViolations(el);
      el.remove();
    }
  });

  it('shows every task as not reported when nothing was filed', async () => {
    const el = await mount({}, taskNoReports);
    const summaries = taskRows(el).map((r) =>
      [...r.querySelectorAll('[part~="status"]')].map((s) => s.textContent!.trim()),
    );
    expect(summaries).toHaveLength(16);
    for (const s of summaries) expect(s).toEqual([expect.stringMatching(/^Chưa báo cáo( \(\d\))?$/)]);
  });

  it('loads from api-base; reported statuses need the token property, which never becomes an attribute', async () => {
    // The demo's 2026 reports as the API lists them (the contract's Report, without the demo flag).
    const reports = demo.reports.filter((r) => r.year === demo.year).map(({ illustrative: _, ...r }) => r);
    const fetch = fakeApi({
      [`/api/v1/plans/${PLAN}`]: demo.plan,
      [`/api/v1/plans/${PLAN}/organizations`]: demo.registry,
      [`/api/v1/plans/${PLAN}/reports?year=${demo.year}`]: reports,
    });
    const el = await mount({ 'api-base': API, plan: PLAN });
    await vi.waitFor(() => expect(taskRows(el)).toHaveLength(16));
    expect(part(el, 'notice')!.textContent).toContain('Cần đăng nhập');
    expect(fetch.mock.calls.some((c) => String(c[0]).includes('/reports'))).toBe(false);
    el.token = 'secret-token';
    await vi.waitFor(() => expect(rowOf(el, '2.a').textContent).toContain('Hoàn thành (2)'));
    const call = fetch.mock.calls.find((c) => String(c[0]).includes('/reports'))!;
    expect((call[1]!.headers as Headers).get('authorization')).toBe('Bearer secret-token');
    expect(el.outerHTML).not.toContain('secret-token');
    expect(el.hasAttribute('token')).toBe(false);
  });

  it('shows an error with retry, and a bilingual message for malformed data', async () => {
    vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(new Response('', { status: 500 }))
      .mockResolvedValueOnce(json(taskSnapshot));
    const el = await mount({ src: '/tasks.json' });
    await vi.waitFor(() => expect(part(el, 'error')).not.toBeNull());
    await expectNoAxeViolations(el);
    (part(el, 'retry-button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(taskRows(el)).toHaveLength(16));

    vi.spyOn(globalThis, 'fetch').mockImplementation(async () =>
      json({ ...taskSnapshot, reports: [{ agencyId: 1 }] }),
    );
    const vi_ = await mount({ src: '/bad.json' });
    const en = await mount({ src: '/bad.json', lang: 'en' });
    await vi.waitFor(() => expect(part(en, 'error')).not.toBeNull());
    expect(text(vi_)).toContain('không đúng định dạng');
    expect(text(en)).toContain('not in the expected format');
  });

  it('renders pasted markup in data as text', async () => {
    const data = structuredClone(taskSnapshot);
    data.plan.taskGroups![0]!.tasks[0]!.text.vi = XSS;
    data.organizations.agencies.find((a) => a.id === 'lam-dong.so-y-te')!.name.vi = XSS;
    const el = await mount({}, data);
    expect(rowOf(el, '1.a').textContent).toContain(XSS);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(() => define('kh-task-tracker', class extends KhTaskTracker {})).not.toThrow();
  });
});
