import {
  buildProgress,
  buildSnapshot,
  createHandlers,
  createMockFetch,
  demo,
  RETURN_COMMENT,
} from '@kehoach/mocks';
import { contentPath, type Report, ReportContentSchema, validate } from '@kehoach/sdk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../define/kh-report-form.js';
import { expectNoAxeViolations } from '../../internal/axe.test-helper.js';
import { InteractionState } from './interaction-state.js';
import { type ReportFormSnapshot, ReportFormSnapshotSchema } from './kh-report-form.data.js';
import type { KhReportForm } from './kh-report-form.js';
import { CAP_XA, createMockApi, type MockApi, SO_GDDT, SO_Y_TE, tokenOf } from './mock-api.test-helper.js';
import { parseNumber } from './number-format.js';
import { implausibleChange } from './plausibility.js';

/**
 * The demo of @kehoach/mocks, served by its handlers (see `mock-api.test-helper.ts`). Most tests
 * sign in as the commune committees (`CAP_XA`), who have filed nothing for 2026: 7 tasks,
 * indicators 1 and 21 (rates of communes; 70.49 % and 50.82 % in 2025), 2 budget sources.
 */
const YEAR = demo.year;
const PLAN = demo.plan.id;
const TOKEN = tokenOf(CAP_XA);
const draftKey = (agencyId = CAP_XA, year = YEAR) => `kh-report-form:${PLAN}:${year}:${agencyId}`;
let api: MockApi;

async function mount(
  attrs: Record<string, string> = {},
  token: string | null = TOKEN,
): Promise<KhReportForm> {
  const el = document.createElement('kh-report-form');
  for (const [k, v] of Object.entries({ 'api-base': '', plan: PLAN, year: String(YEAR), ...attrs }))
    el.setAttribute(k, v);
  if (token) el.token = token;
  document.body.append(el);
  await vi.waitFor(() => expect(q(el, 'form')).not.toBeNull(), { timeout: 5000 });
  return el;
}
const q = <E extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<E & HTMLElement>(sel);
const field = (el: Element, path: string) => q<HTMLInputElement>(el, `[name="${path}"]`)!;
const part = (el: Element, name: string) => q(el, `[part~="${name}"]`);
const button = (el: Element, name: string) => part(el, name) as HTMLButtonElement;

/** Types like a person: focus, select what is there, type, leave. */
async function type(el: KhReportForm, path: string, text: string): Promise<void> {
  const f = field(el, path);
  await userEvent.clear(f);
  if (text) await userEvent.type(f, text);
  f.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function choose(el: KhReportForm, path: string, value: string): Promise<void> {
  await userEvent.selectOptions(field(el, path) as unknown as HTMLSelectElement, value);
  await el.updateComplete;
}
/** Fills every field the commune committees owe with valid values, close to last year's. */
async function fillAll(el: KhReportForm): Promise<void> {
  for (const i of [0, 1, 2, 3, 4, 5, 6]) {
    await choose(el, `tasks.${i}.status`, 'completed');
    await type(el, `tasks.${i}.results`, `Kết quả ${i}`);
  }
  await type(el, 'measures.1.value', '51');
  await type(el, 'measures.0.value', '71,5');
  await type(el, 'budget.0.planned', '1250000000');
  await type(el, 'budget.0.spent', '1100000000');
}
const stored = (agencyId = CAP_XA) => api.report(agencyId, YEAR);
/** The commune committees' 2025 report (accepted), as the officer's starting point for 2026. */
const lastYearContent = () =>
  structuredClone(demo.reports.find((r) => r.year === YEAR - 1 && r.agencyId === CAP_XA)!.content);
/** A 2026 draft of the commune committees on the server, saved from another device (version 1). */
async function serverDraft(): Promise<void> {
  await api.client(TOKEN).saveDraft({ planId: PLAN, year: YEAR, content: lastYearContent() });
  expect(stored()).toMatchObject({ status: 'draft', version: 1 });
}

beforeEach(() => {
  localStorage.clear();
  api = createMockApi();
  vi.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
});
afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('form pieces', () => {
  it('reads numbers in either notation', () => {
    expect(parseNumber('93,5', 'vi')).toBe(93.5);
    expect(parseNumber('93.5', 'vi')).toBe(93.5);
    expect(parseNumber('1.250.000', 'vi')).toBe(1_250_000);
    expect(parseNumber('1,250,000', 'en')).toBe(1_250_000);
    expect(parseNumber('1.250', 'vi')).toBe(1250);
    expect(parseNumber('1.250', 'en')).toBe(1.25);
    expect(parseNumber('', 'vi')).toBeUndefined();
    expect(parseNumber('abc', 'vi')).toBeNaN();
  });

  it('flags implausible moves: > 15 points for percentages, > 30% otherwise', () => {
    expect(implausibleChange(80, 95, 'percent')).toBe(false);
    expect(implausibleChange(80, 95.5, 'percent')).toBe(true);
    expect(implausibleChange(40, 52, 'count')).toBe(false);
    expect(implausibleChange(40, 53, 'count')).toBe(true);
    expect(implausibleChange(0, 1, 'per_1000')).toBe(true);
    expect(implausibleChange(Number.NaN, 1, 'count')).toBe(false);
  });

  it('shows feedback after leaving a changed field or after submit, not on the first keystroke', () => {
    const s = new InteractionState();
    s.dirty.add('a');
    expect(s.shows('a')).toBe(false);
    s.touched.add('a');
    expect(s.shows('a')).toBe(true);
    expect(s.shows('b')).toBe(false);
    s.submitted = true;
    expect(s.shows('b')).toBe(true);
  });

  it('the mocks’ demo reports and form snapshot are valid for the schemas the form reads', () => {
    const reports = demo.reports.filter((r) => r.year === YEAR);
    expect(reports.map((r) => r.status)).toEqual(expect.arrayContaining(['draft', 'returned', 'accepted']));
    for (const r of reports) expect(validate(ReportContentSchema, r.content).success, r.id).toBe(true);
    expect(validate(ReportFormSnapshotSchema, buildSnapshot('report-form')).success).toBe(true);
  });
});

describe('kh-report-form', () => {
  it('shows what the agency answers for, the as-issued agencies with their successor, in Vietnamese', async () => {
    const el = await mount();
    const text = el.shadowRoot!.textContent!;
    expect(part(el, 'title')!.textContent).toContain(`Báo cáo kết quả thực hiện năm ${YEAR}`);
    expect(el.shadowRoot!.querySelectorAll('[name$=".status"]')).toHaveLength(7);
    // The plan gave these tasks to the district committees, abolished on 2025-07-01.
    const districts = demo.registry.agencies.find((a) => a.id === 'dak-nong.ubnd-cac-huyen')!;
    const named = [districts.id, ...districts.memberIds!].map(
      (id) => demo.registry.agencies.find((a) => a.id === id)!.name.vi,
    );
    expect(named).toHaveLength(9);
    expect(text).toContain(`Giao cho: ${named.join('; ')} (nay là: Ủy ban nhân dân cấp xã tỉnh Lâm Đồng)`);
    expect(text).not.toContain('Tỷ lệ cơ sở giáo dục dành cho trẻ em có công trình vệ sinh'); // education's
    expect(text).toContain('Năm trước: 70,49%');
    expect(text).toContain('Từ ngân sách Trung ương hỗ trợ có mục tiêu');
    // Not a source budget lines can be booked against.
    expect(text).not.toContain('Trên cơ sở chức năng, nhiệm vụ, quyền hạn được giao');
    expect(el.getAttribute('token')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('English with lang="en"', async () => {
    const el = await mount({ lang: 'en' });
    expect(part(el, 'title')!.textContent).toContain('Implementation report');
    expect(el.shadowRoot!.textContent).toContain('Last year: 70.49%');
    await expectNoAxeViolations(el);
  });

  it('shows nothing before the token arrives, then loads', async () => {
    const el = document.createElement('kh-report-form');
    el.setAttribute('api-base', '');
    el.setAttribute('plan', PLAN);
    el.setAttribute('year', String(YEAR));
    document.body.append(el);
    await el.updateComplete;
    expect(q(el, 'form')).toBeNull();
    el.token = TOKEN;
    await vi.waitFor(() => expect(q(el, 'form')).not.toBeNull());
  });

  it('validates on submit: error summary focused, links focus fields, messages beside fields; then fixed', async () => {
    const el = await mount();
    const failed = vi.fn();
    el.addEventListener('kh-validation-failed', failed);
    // Typing in an untouched field does not complain yet.
    await userEvent.type(field(el, 'measures.0.numerator'), '5');
    expect(part(el, 'field-error')).toBeNull();
    button(el, 'submit-button').click();
    await vi.waitFor(() => expect(part(el, 'summary')).not.toBeNull());
    const summary = part(el, 'summary')!;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(el.shadowRoot!.activeElement).toBe(summary);
    expect(summary.textContent).toContain('Nhiệm vụ 1.a – Tình trạng: Cần chọn tình trạng');
    expect(summary.textContent).toContain('Chỉ tiêu 1 – Mẫu số');
    expect(failed.mock.calls[0]![0].detail.source).toBe('client');
    const status = field(el, 'tasks.0.status');
    expect(status.getAttribute('aria-invalid')).toBe('true');
    const msg = q(el, `#${status.getAttribute('aria-describedby')}`)!;
    expect(msg.textContent).toBe('Cần chọn tình trạng');
    await expectNoAxeViolations(el);
    // A link focuses its field.
    (summary.querySelector('a') as HTMLAnchorElement).click();
    expect(el.shadowRoot!.activeElement).toBe(status);
    // Fixing updates live.
    await fillAll(el);
    await type(el, 'measures.0.numerator', '44');
    await type(el, 'measures.0.denominator', '61');
    expect(status.getAttribute('aria-invalid')).toBe('false');
    expect(part(el, 'summary')).toBeNull();
    expect(stored()).toBeUndefined();
  });

  it('puts an invalid value on its field, in English too, after the field was left', async () => {
    const el = await mount({ lang: 'en' });
    await type(el, 'measures.0.numerator', '12');
    await type(el, 'measures.0.denominator', '10');
    const err = () => q(el, '#e-f-measures-0-numerator')?.textContent;
    expect(err()).toBe('Expected a numerator no larger than the denominator');
    await type(el, 'measures.0.denominator', '100');
    expect(err()).toBeUndefined();
  });

  it('derives a rate from numerator and denominator as the officer types, read-only, and keeps the typed value', async () => {
    const el = await mount();
    await type(el, 'measures.0.value', '50');
    await type(el, 'measures.0.numerator', '881');
    await type(el, 'measures.0.denominator', '1000');
    const value = field(el, 'measures.0.value');
    expect(value.value).toBe('88,1');
    expect(value.readOnly).toBe(true);
    expect(q(el, '#h-f-measures-0-value')?.textContent).toContain('Tính từ tử số, mẫu số');
    await type(el, 'measures.0.denominator', '');
    await fillAll(el);
    await type(el, 'measures.0.denominator', '1000');
    expect(field(el, 'measures.0.value').value).toBe('88,1');
    button(el, 'submit-button').click();
    await vi.waitFor(() => expect(stored()?.status).toBe('submitted'));
    expect(stored()!.content.measures[0]).toMatchObject({
      measureId: 'qd23.1',
      value: 88.1,
      numerator: 881,
      denominator: 1000,
    });
  });

  it('gives the typed value back when the parts are cleared', async () => {
    const el = await mount();
    await type(el, 'measures.0.value', '50');
    await type(el, 'measures.0.numerator', '881');
    await type(el, 'measures.0.denominator', '1000');
    await type(el, 'measures.0.denominator', '');
    expect(field(el, 'measures.0.value').value).toBe('50');
    expect(field(el, 'measures.0.value').readOnly).toBe(false);
  });

  it("refuses a percentage above 100 as the server does, with the unit's bounds", async () => {
    const el = await mount();
    await type(el, 'measures.0.value', '150');
    expect(q(el, '#e-f-measures-0-value')?.textContent).toBe('Cần một số từ 0 đến 100');
    await type(el, 'measures.0.value', '-5');
    expect(q(el, '#e-f-measures-0-value')?.textContent).toBe('Cần một số ≥ 0');
    await type(el, 'measures.0.value', '100');
    expect(q(el, '#e-f-measures-0-value')).toBeNull();
  });

  it('keeps pasted markup as text', async () => {
    const el = await mount();
    await choose(el, 'tasks.0.status', 'completed');
    await type(el, 'tasks.0.results', '<img src=x onerror=alert(1)><b>đậm</b>');
    expect(el.shadowRoot!.querySelector('img, b')).toBeNull();
    expect(field(el, 'tasks.0.results').value).toBe('<img src=x onerror=alert(1)><b>đậm</b>');
  });

  it('takes the report off the screen on sign-out, keeping the device draft for the next sign-in', async () => {
    const el = await mount();
    await type(el, 'measures.1.value', '37');
    await type(el, 'tasks.0.results', 'Ghi chú riêng của cán bộ');
    for (const signedOut of [null, undefined]) {
      el.token = signedOut as unknown as string;
      await el.updateComplete;
      expect(q(el, 'form')).toBeNull();
      expect(el.shadowRoot!.textContent).not.toContain('Ghi chú riêng');
      expect(el.shadowRoot!.querySelector('input, textarea, select')).toBeNull();
      expect(localStorage.getItem(draftKey())).toContain('Ghi chú riêng'); // a documented trade-off
      el.token = TOKEN;
      await vi.waitFor(() => expect(q(el, 'form')).not.toBeNull());
      expect(field(el, 'measures.1.value').value).toBe('37');
      expect(field(el, 'tasks.0.results').value).toBe('Ghi chú riêng của cán bộ');
    }
  });

  it('keeps long legends inside their fieldset, clear of its top border and of the fields below', async () => {
    const el = await mount();
    el.style.cssText = 'display:block;width:1280px';
    const legend = q(el, 'fieldset legend')!;
    legend.textContent = `Nhiệm vụ 1.a ${'Xây dựng kế hoạch, tổ chức triển khai thực hiện nhằm đạt các mục tiêu, '.repeat(4)}`;
    for (const fieldset of el.shadowRoot!.querySelectorAll('fieldset')) {
      const box = fieldset.getBoundingClientRect();
      const border = Number.parseFloat(getComputedStyle(fieldset).borderTopWidth);
      const l = fieldset.querySelector('legend')!.getBoundingClientRect();
      const next = fieldset.querySelector('legend + *')!.getBoundingClientRect();
      expect(l.height).toBeGreaterThan(0);
      expect(l.top).toBeGreaterThanOrEqual(box.top + border);
      expect(l.bottom).toBeLessThanOrEqual(next.top);
    }
    expect(legend.getBoundingClientRect().height).toBeGreaterThan(40); // it did wrap
  });

  it('keeps a local draft on every change and restores it in a new element', async () => {
    const el = await mount();
    await choose(el, 'tasks.1.status', 'in_progress');
    await type(el, 'measures.1.value', '37');
    expect(el.shadowRoot!.textContent).toContain('Đã lưu trên máy này');
    el.remove();
    const again = await mount();
    expect(field(again, 'tasks.1.status').value).toBe('in_progress');
    expect(field(again, 'measures.1.value').value).toBe('37');
    expect(localStorage.getItem(draftKey())).toContain('in_progress');
  });

  it('restores a local draft newer than the server copy, and says so', async () => {
    await serverDraft();
    localStorage.setItem(
      draftKey(),
      JSON.stringify({
        savedAt: '2099-01-01T00:00:00Z',
        baseVersion: 1,
        values: { 'measures.1.value': '41' },
      }),
    );
    const el = await mount();
    expect(field(el, 'measures.1.value').value).toBe('41');
    expect(part(el, 'message')!.textContent).toContain('Đã khôi phục bản nháp');
    await expectNoAxeViolations(el);
  });

  it('saves a draft on the server with If-Match, and offers to reload after a 412 keeping the local copy', async () => {
    const el = await mount();
    const saved = vi.fn();
    el.addEventListener('kh-draft-saved', saved);
    await choose(el, 'tasks.0.status', 'in_progress');
    button(el, 'save-button').click();
    await vi.waitFor(() => expect(saved).toHaveBeenCalledOnce());
    expect(stored()!.version).toBe(1);
    expect(stored()!.content.tasks).toEqual([{ taskId: 'II.1.a', status: 'in_progress', results: '' }]);
    expect(el.shadowRoot!.textContent).toContain('Đã lưu lên máy chủ');
    // Someone else saves from another device; our next save is refused and nothing typed is lost.
    const other = api.client(TOKEN);
    const theirs = await other.getMyReport({ planId: PLAN, year: YEAR });
    await other.saveDraft({ planId: PLAN, year: YEAR, content: theirs.content, version: theirs.version });
    expect(stored()!.version).toBe(2);
    await type(el, 'tasks.0.results', 'Bản của tôi');
    button(el, 'save-button').click();
    await vi.waitFor(() => expect(part(el, 'message-error')).not.toBeNull());
    expect(part(el, 'message-error')!.textContent).toContain('sửa ở nơi khác');
    expect(el.shadowRoot!.activeElement).toBe(part(el, 'message-error'));
    expect(stored()!.version).toBe(2);
    expect(localStorage.getItem(draftKey())).toContain('Bản của tôi');
    await expectNoAxeViolations(el);
    (part(el, 'message-button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(field(el, 'tasks.0.results').value).toBe(''));
    (part(el, 'message-button') as HTMLButtonElement).click(); // "Khôi phục bản của tôi"
    await el.updateComplete;
    expect(field(el, 'tasks.0.results').value).toBe('Bản của tôi');
    button(el, 'save-button').click();
    await vi.waitFor(() => expect(stored()!.content.tasks[0]!.results).toBe('Bản của tôi'));
    expect(stored()!.version).toBe(3);
  });

  it('submits once through network failures: one Idempotency-Key, one report, then read-only', async () => {
    const el = await mount();
    await fillAll(el);
    const submitted = vi.fn();
    const errors = vi.fn();
    el.addEventListener('kh-submitted', submitted);
    el.addEventListener('kh-error', errors);
    // The server applies the first attempt but the answer is lost, and so are both retries.
    api.dropNext(3, { route: 'submit', afterApply: true });
    button(el, 'submit-button').click();
    await vi.waitFor(() => expect(part(el, 'message-error')).not.toBeNull(), { timeout: 8000 });
    expect(errors).toHaveBeenCalledOnce();
    expect(part(el, 'message-error')!.textContent).toContain('Không kết nối được');
    await expectNoAxeViolations(el);
    (part(el, 'message-button') as HTMLButtonElement).click(); // Thử lại
    await vi.waitFor(() => expect(submitted).toHaveBeenCalledOnce(), { timeout: 8000 });
    expect(new Set(api.submitKeys).size).toBe(1);
    expect(api.submitKeys.length).toBe(4);
    // Applied once: one report of the agency, submitted once, at its first version.
    expect(api.state.reports.filter((r) => r.year === YEAR && r.agencyId === CAP_XA)).toHaveLength(1);
    expect(stored()!.events.map((e) => e.type)).toEqual(['created', 'submitted']);
    expect(stored()!.version).toBe(1);
    expect(stored()!.status).toBe('submitted');
    expect(stored()!.content.measures[0]!.value).toBe(71.5);
    expect(stored()!.content.budget).toEqual([
      { fundingId: 'III.1', planned: 1_250_000_000, spent: 1_100_000_000 },
    ]);
    // Read-only now, and the local draft is gone.
    expect(part(el, 'submit-button')).toBeNull();
    expect(field(el, 'tasks.0.results').readOnly).toBe(true);
    expect(localStorage.length).toBe(0);
    await expectNoAxeViolations(el);
  });

  it('puts the server field errors on their fields', async () => {
    const el = await mount();
    await fillAll(el);
    api.rejectNext([
      {
        path: 'content.measures.1.value',
        code: 'out_of_bounds',
        message: { vi: 'Trường content.measures.1.value: cần giá trị trong giới hạn', en: 'x' },
      },
    ]);
    const failed = vi.fn();
    el.addEventListener('kh-validation-failed', failed);
    button(el, 'submit-button').click();
    await vi.waitFor(() => expect(part(el, 'summary')).not.toBeNull());
    expect(failed.mock.calls[0]![0].detail.source).toBe('server');
    expect(field(el, 'measures.1.value').getAttribute('aria-invalid')).toBe('true');
    expect(q(el, '#e-f-measures-1-value')!.textContent).toBe('Cần giá trị trong giới hạn');
    expect(part(el, 'summary')!.textContent).toContain('Chỉ tiêu 21 – Giá trị');
    expect(stored()).toBeUndefined();
    // Editing the field clears the server's complaint.
    await type(el, 'measures.1.value', '52');
    expect(field(el, 'measures.1.value').getAttribute('aria-invalid')).toBe('false');
  });

  it('shows the reviewer comment of a returned report, and submits again', async () => {
    const el = await mount({}, tokenOf(SO_GDDT));
    expect(part(el, 'comments')!.textContent).toContain(RETURN_COMMENT);
    expect(part(el, 'status')!.textContent).toBe('Bị trả lại');
    await expectNoAxeViolations(el);
    await type(el, 'measures.1.dataSource', 'Sổ theo dõi sức khỏe học sinh');
    button(el, 'submit-button').click();
    await vi.waitFor(() => expect(stored(SO_GDDT)!.status).toBe('submitted'));
    expect(stored(SO_GDDT)!.content.measures[1]).toMatchObject({
      measureId: 'qd23.15',
      dataSource: 'Sổ theo dõi sức khỏe học sinh',
    });
    expect(stored(SO_GDDT)!.version).toBe(4);
    await el.updateComplete;
    expect(part(el, 'comments')).toBeNull();
    expect(part(el, 'status')!.textContent).toBe('Đã nộp');
  });

  it('is read-only once accepted', async () => {
    // The commune committees' 2025 report, accepted by the reviewer.
    expect(api.report(CAP_XA, YEAR - 1)!.status).toBe('accepted');
    const el = await mount({ theme: 'dark', year: String(YEAR - 1) });
    expect(part(el, 'status')!.textContent).toBe('Đã chấp nhận');
    expect(part(el, 'actions')!.querySelector('button')).toBeNull();
    expect(field(el, 'measures.1.value').readOnly).toBe(true);
    expect(field(el, 'tasks.0.status').disabled).toBe(true);
    await expectNoAxeViolations(el);
  });

  it('warns, without blocking, when a value moves implausibly, and asks for an explanation', async () => {
    const el = await mount();
    await type(el, 'measures.0.value', '50'); // 70,49 % last year
    const warning = q(el, '#w-f-measures-0-value')!;
    expect(warning.textContent).toContain('Khác nhiều so với năm trước');
    expect(field(el, 'measures.0.value').getAttribute('aria-describedby')).toContain('w-f-measures-0-value');
    expect(field(el, 'measures.0.explanation')).not.toBeNull();
    await expectNoAxeViolations(el);
    await type(el, 'measures.0.value', '71');
    expect(q(el, '#w-f-measures-0-value')).toBeNull();
    await type(el, 'measures.0.value', '50');
    await fillAll(el);
    await type(el, 'measures.0.value', '50');
    await type(el, 'measures.0.explanation', 'Đổi cách tính mẫu số');
    button(el, 'submit-button').click();
    await vi.waitFor(() => expect(stored()?.status).toBe('submitted'));
    expect(stored()!.content.measures[0]).toMatchObject({ value: 50, explanation: 'Đổi cách tính mẫu số' });
  });

  it('shows overdue when the due day has passed without a submission', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(demo.now) }); // 17 days before 15/12
    const early = await mount();
    expect(part(early, 'overdue')).toBeNull();
    early.remove();
    vi.setSystemTime(new Date(demo.overdueNow)); // 20/12, nothing filed
    const el = await mount();
    expect(part(el, 'overdue')!.textContent).toBe('Quá hạn');
  });

  it('can be completed with the keyboard only', async () => {
    const el = await mount();
    field(el, 'tasks.0.status').focus();
    // Tab through every field, typing in each (a select takes arrow keys). Fields may appear on
    // the way (an explanation after an implausible value): the loop follows the focus.
    const visited: string[] = [];
    for (let name = field(el, 'tasks.0.status').name; name; ) {
      visited.push(name);
      if (name.endsWith('.status')) await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
      else if (/value|numerator|planned|spent/.test(name) && !name.startsWith('budget.1'))
        await userEvent.keyboard(name.startsWith('budget') ? '1000' : '8');
      else if (name.endsWith('denominator')) await userEvent.keyboard('100');
      else if (name.endsWith('results')) await userEvent.keyboard('Xong');
      await userEvent.keyboard('{Tab}');
      name = (el.shadowRoot!.activeElement as HTMLInputElement | null)?.name ?? '';
    }
    expect(visited).toContain('recommendations');
    expect(visited).toContain('measures.0.explanation'); // 8 % after 70,49 %: implausible
    // Next stops: save, then submit.
    expect(el.shadowRoot!.activeElement).toBe(part(el, 'save-button'));
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe(part(el, 'submit-button'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(stored()?.status).toBe('submitted'));
    expect(stored()!.content.tasks.map((t) => t.status)).toEqual(Array(7).fill('completed'));
  });

  it('works offline from a snapshot, keeping edits on the device', async () => {
    // The mocks' `report-form` snapshot, as a portal copies it next to its page, before any report.
    const snapshot = { ...(buildSnapshot('report-form') as ReportFormSnapshot), report: null };
    vi.mocked(globalThis.fetch).mockImplementation(async (input) =>
      String(input).endsWith('/snapshot.json') ? Response.json(snapshot) : Response.error(),
    );
    const el = document.createElement('kh-report-form');
    el.setAttribute('src', '/snapshot.json');
    el.setAttribute('year', String(YEAR));
    document.body.append(el);
    await vi.waitFor(() => expect(q(el, 'form')).not.toBeNull());
    expect(part(el, 'message-info')!.textContent).toContain('Bản trình diễn');
    expect(part(el, 'submit-button')).toBeNull();
    await expectNoAxeViolations(el);
    await type(el, 'tasks.0.results', 'Ghi trên máy');
    expect(localStorage.getItem(draftKey(SO_GDDT))).toContain('Ghi trên máy');
    expect(vi.mocked(globalThis.fetch).mock.calls.map(([input]) => String(input))).toEqual([
      '/snapshot.json',
    ]);
  });

  it('takes a snapshot as the data property too, without a request (the @kehoach/mocks returned report)', async () => {
    const el = document.createElement('kh-report-form');
    el.data = buildSnapshot('report-form') as ReportFormSnapshot;
    document.body.append(el);
    await vi.waitFor(() => expect(q(el, 'form')).not.toBeNull());
    expect(globalThis.fetch).not.toHaveBeenCalled();
    expect(part(el, 'message-info')!.textContent).toContain('Bản trình diễn');
    expect(part(el, 'comments')!.textContent).toContain(RETURN_COMMENT.slice(0, 40));
    expect(part(el, 'submit-button')).toBeNull();
  });

  it('shows the loading state, then an error with a retry', async () => {
    // The mocks' `error` scenario (500 in the ApiError shape on every route), then the demo.
    let answer = createMockFetch(createHandlers({ scenario: 'error' }));
    vi.mocked(globalThis.fetch).mockImplementation((input, init) => answer(input, init));
    const el = document.createElement('kh-report-form');
    el.setAttribute('api-base', '');
    el.setAttribute('plan', PLAN);
    el.setAttribute('year', String(YEAR));
    el.token = TOKEN;
    document.body.append(el);
    await el.updateComplete;
    expect(part(el, 'loading')).not.toBeNull();
    await expectNoAxeViolations(el);
    await vi.waitFor(() => expect(part(el, 'error')).not.toBeNull());
    await expectNoAxeViolations(el);
    answer = api.fetch;
    (part(el, 'retry-button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(q(el, 'form')).not.toBeNull());
  });

  it('shows the empty state when the agency answers for nothing', async () => {
    // In 2024 the commune committees did not exist yet (from 2025-07-01): no duties, and the
    // mocks answer 403 for their report, as the server does.
    const el = document.createElement('kh-report-form');
    for (const [k, v] of Object.entries({ 'api-base': '', plan: PLAN, year: '2024' })) el.setAttribute(k, v);
    el.token = TOKEN;
    document.body.append(el);
    await vi.waitFor(() => expect(part(el, 'empty')).not.toBeNull());
    expect(q(el, 'form')).toBeNull();
    await expectNoAxeViolations(el);
  });
});

describe("kh-report-form: finding one's way (issue 10, point 6)", () => {
  const nav = (el: Element) =>
    [...el.shadowRoot!.querySelectorAll('[part~="nav"] a')].map((a) =>
      a.textContent!.replace(/\s+/g, ' ').trim(),
    );
  const legends = (el: Element, section: string) =>
    [...el.shadowRoot!.querySelectorAll(`#s-${section} legend`)].map((l) =>
      l.textContent!.trim().split(' ').slice(0, 3).join(' '),
    );
  /** The health department's 22 measures in the catalog's order. */
  const HEALTH = ['2', '3a', '3b', '3c', '4a', '4b', '4c', '4d', '5a', '5b', '6', '8a', '8b', '9', '10'];
  HEALTH.push('11a', '11b', '12', '13', '22', '23', '24');

  it('lists the indicators in the catalog order, whatever order the assignments link them in', async () => {
    // The plan links the health department's measures 2, 8a … 24, then 3a … 6 (issue 10).
    const linked = (demo.plan.assignments ?? [])
      .filter((a) => ['IV.1', 'IV.5'].includes(a.id))
      .flatMap((a) => a.measureLinks.map((l) => l.measureId.replace('qd23.', '')));
    expect(linked.slice(0, 3)).toEqual(['2', '8a', '8b']);
    expect(new Set(linked)).toEqual(new Set(HEALTH));
    const el = await mount({}, tokenOf(SO_Y_TE));
    expect(legends(el, 'measures')).toEqual(HEALTH.map((code) => `Chỉ tiêu ${code}`));
  });

  it('counts what the officer has filled in each section, in the navigation, as they type', async () => {
    const el = await mount();
    expect(nav(el)).toEqual([
      'Nhiệm vụ, giải pháp 0/7',
      'Chỉ tiêu 0/2',
      'Kinh phí (đồng) 0/2',
      'Khó khăn, kiến nghị 0/2',
    ]);
    await choose(el, 'tasks.0.status', 'completed');
    expect(nav(el)[0]).toBe('Nhiệm vụ, giải pháp 0/7'); // a status without results is not yet filled
    await type(el, 'tasks.0.results', 'Đã tổ chức 12 lớp tập huấn');
    await type(el, 'measures.0.numerator', '44');
    await type(el, 'measures.0.denominator', '61'); // a rate's parts fill its value
    await type(el, 'measures.1.value', '51');
    await type(el, 'budget.1.planned', '300000000');
    await type(el, 'difficulties', 'Thiếu cán bộ');
    expect(nav(el)).toEqual([
      'Nhiệm vụ, giải pháp 1/7',
      'Chỉ tiêu 2/2',
      'Kinh phí (đồng) 0/2',
      'Khó khăn, kiến nghị 1/2',
    ]);
    await type(el, 'tasks.0.results', '');
    expect(nav(el)[0]).toBe('Nhiệm vụ, giải pháp 0/7');
    // A link takes focus to its section (fragment links do not reach into the shadow root).
    (q(el, '[part~="nav"] a[href="#s-budget"]') as HTMLAnchorElement).click();
    expect(el.shadowRoot!.activeElement?.id).toBe('s-budget');
    await expectNoAxeViolations(el);
  });

  it('keeps Save and Submit in a sticky bar, reachable by keyboard and never covering the focused field', async () => {
    await page.viewport(900, 600);
    const el = await mount();
    const bar = part(el, 'actions')!;
    expect(getComputedStyle(bar).position).toBe('sticky');
    window.scrollTo(0, 0);
    // The form is far taller than the window, yet the bar is on screen at the top of it.
    expect(el.getBoundingClientRect().height).toBeGreaterThan(innerHeight * 2);
    expect(bar.getBoundingClientRect().bottom).toBeLessThanOrEqual(innerHeight + 1);
    expect(button(el, 'save-button').getBoundingClientRect().top).toBeLessThan(innerHeight);
    // Tab through every field: each one, once focused, shows above the bar (WCAG 2.2, 2.4.11).
    field(el, 'tasks.0.status').focus();
    let steps = 0;
    for (;;) {
      const active = el.shadowRoot!.activeElement as HTMLElement;
      if (bar.contains(active)) break;
      const r = active.getBoundingClientRect();
      expect(r.bottom, `${active.id} under the bar`).toBeLessThanOrEqual(bar.getBoundingClientRect().top + 1);
      expect(r.top).toBeGreaterThanOrEqual(0);
      await userEvent.tab();
      expect(++steps).toBeLessThan(60);
    }
    expect(steps).toBeGreaterThanOrEqual(30); // 7 tasks × 2, 2 rates × 5, 2 budget lines × 2, 2 texts
    expect(el.shadowRoot!.activeElement).toBe(button(el, 'save-button'));
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(button(el, 'submit-button'));
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(part(el, 'summary')).not.toBeNull(); // the keyboard reached Submit and it ran
    await page.viewport(414, 896);
  });

  it("shows last year's value rounded as it is published", async () => {
    // Lâm Đồng's indicator 2 in 2025, summed from its communes, is 86.58754562271886 % (the
    // issue's "Năm trước: 86,587546%"). Its child marriages (130) are made 1250.5 to show grouping.
    const lastYear = (measureId: string) =>
      buildProgress({ year: YEAR - 1, unitId: 'lam-dong' })
        .measures.find((m) => m.measureId === measureId)!
        .series.at(-1)!.value;
    expect(lastYear('qd23.2')).toBeCloseTo(86.587546, 6);
    const marriages = api.state.observations.filter((o) => o.measureId === 'qd23.13' && o.year === YEAR - 1);
    marriages[0]!.value += 1250.5 - marriages.reduce((sum, o) => sum + o.value, 0);
    const el = await mount({}, tokenOf(SO_Y_TE));
    const i2 = HEALTH.indexOf('2');
    const i13 = HEALTH.indexOf('13');
    expect(q(el, `#h-f-measures-${i2}-value`)!.textContent).toBe(
      'Tính từ tử số, mẫu số · Năm trước: 86,59%', // its draft has numerator and denominator
    );
    expect(q(el, `#h-f-measures-${i13}-value`)!.textContent).toBe('Năm trước: 1.250,5');
    expect(el.shadowRoot!.textContent).not.toContain('86,587');
  });

  it('says a restored draft came from this device, with its time in Asia/Ho_Chi_Minh', async () => {
    await serverDraft();
    localStorage.setItem(
      draftKey(),
      JSON.stringify({
        savedAt: '2099-01-01T00:00:00Z',
        baseVersion: 1,
        values: { 'measures.0.value': '41' },
      }),
    );
    const el = await mount();
    const message = part(el, 'message')!.textContent!;
    expect(message).toContain('Đã khôi phục bản nháp. Đã lưu trên máy này');
    expect(message).toMatch(/07:00.*2099|2099.*07:00/); // 00:00 UTC is 07:00 in Hà Nội
    expect(message).not.toContain('máy chủ');
  });

  it('says the draft is the server’s after a save, never "this device"', async () => {
    await serverDraft();
    const el = await mount();
    // New parts under the stored value (43/61 = 70,49 %): the server keeps the derived value, so
    // the texts differ from the server's copy — the case that used to come back as "restored on
    // this device".
    await type(el, 'measures.0.numerator', '881');
    await type(el, 'measures.0.denominator', '1000');
    button(el, 'save-button').click();
    await vi.waitFor(() => expect(stored()!.version).toBe(2));
    await vi.waitFor(() => expect(part(el, 'actions')!.textContent).toContain('Đã lưu lên máy chủ'));
    el.remove();
    const again = await mount();
    expect(part(again, 'message')).toBeNull();
    expect(again.shadowRoot!.textContent).not.toContain('khôi phục');
    const saved = stored()!.updatedAt;
    expect(part(again, 'actions')!.textContent).toContain('Đã lưu lên máy chủ');
    expect(saved).toBeTruthy();
    expect(field(again, 'measures.0.value').value).toBe('88,1');
  });
});

describe('kh-report-form: the reviewer’s comments on their fields', () => {
  /**
   * The education department's returned report in the mocks' store, its latest return given
   * comments on fields; an earlier return (with a submission after it) whose comments were
   * dealt with: only the latest one's show.
   */
  function returnWithFields(): Report {
    const r = stored(SO_GDDT)!;
    const last = r.events.at(-1)!;
    expect(last).toMatchObject({ type: 'returned', comment: RETURN_COMMENT });
    const submitted = r.events.find((e) => e.type === 'submitted')!;
    r.events.splice(-1, 0, {
      ...last,
      at: `${YEAR}-11-12T10:00:00+07:00`,
      comment: 'Lần trả lại trước',
      fields: [{ path: contentPath('tasks', 'II.3.b', 'results'), comment: 'Ý kiến cũ' }],
    });
    r.events.splice(-1, 0, { ...submitted, at: `${YEAR}-11-13T10:00:00+07:00` });
    r.version += 2;
    last.fields = [
      { path: contentPath('measures', 'qd23.15', 'value'), comment: 'Số liệu chưa khớp sổ theo dõi' },
      { path: contentPath('measures', 'qd23.15', 'explanation'), comment: 'Giải trình mức tăng' },
      { path: contentPath('tasks', 'II.2.a'), comment: 'Nêu rõ số mô hình' },
      { path: contentPath('budget', 'III.2', 'spent'), comment: 'Kèm chứng từ' },
      { path: 'recommendations', comment: 'Kiến nghị cụ thể hơn' },
      { path: contentPath('measures', 'qd23.2', 'value'), comment: 'Chỉ tiêu của cơ quan khác' },
    ];
    return r;
  }
  const described = (el: KhReportForm, target: HTMLElement) =>
    (target.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => q(el, `#${id}`)?.textContent ?? '')
      .join(' | ');

  it('shows each comment of the latest return beside its field or row, tied to it for screen readers', async () => {
    returnWithFields();
    const el = await mount({}, tokenOf(SO_GDDT));
    expect(described(el, field(el, 'measures.1.value'))).toContain('Số liệu chưa khớp sổ theo dõi');
    expect(described(el, field(el, 'budget.1.spent'))).toContain('Kèm chứng từ');
    expect(described(el, field(el, 'recommendations'))).toContain('Kiến nghị cụ thể hơn');
    expect(described(el, q(el, '#f-tasks-0')!)).toContain('Nêu rõ số mô hình');
    // A comment on the explanation brings the explanation field, even without a warning.
    expect(q(el, '#w-f-measures-1-value')).toBeNull();
    expect(described(el, field(el, 'measures.1.explanation'))).toContain('Giải trình mức tăng');
    // Beside the field: inside its block, right after its label.
    const note = q(el, '#c-f-measures-1-value')!;
    expect(note.closest('.field')).toBe(field(el, 'measures.1.value').closest('.field'));
    expect(note.getAttribute('part')).toBe('field-comment');
    expect(described(el, field(el, 'measures.0.value'))).not.toContain('Số liệu chưa khớp');
    // The general comment stays at the top; a comment on a row this form does not show goes there too.
    const top = part(el, 'comments')!.textContent!;
    expect(top).toContain(RETURN_COMMENT);
    expect(top).toContain('Chỉ tiêu của cơ quan khác');
    expect(top).not.toContain('Số liệu chưa khớp');
    expect(el.shadowRoot!.textContent).not.toContain('Ý kiến cũ');
    expect(el.shadowRoot!.textContent).not.toContain('Lần trả lại trước');
    await expectNoAxeViolations(el);
  });

  it('takes the comments away once the report is submitted again', async () => {
    returnWithFields();
    const el = await mount({}, tokenOf(SO_GDDT));
    await type(el, 'measures.1.explanation', 'Đã đối chiếu sổ theo dõi');
    button(el, 'submit-button').click();
    await vi.waitFor(() => expect(stored(SO_GDDT)!.status).toBe('submitted'));
    expect(stored(SO_GDDT)!.content.measures[1]!.explanation).toBe('Đã đối chiếu sổ theo dõi');
    await el.updateComplete;
    expect(q(el, '[part~="field-comment"]')).toBeNull();
    expect(field(el, 'measures.1.value').getAttribute('aria-describedby') ?? '').not.toContain('c-');
  });
});
