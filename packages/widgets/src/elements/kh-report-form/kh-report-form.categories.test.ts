/**
 * The form on a measure broken down by category (issue 8, point 3): the demo catalog with 4a
 * (under-5 underweight, a rate) broken down by sex (`catalogBySex`), as the health department
 * reports it. Its 2026 draft on the server has 4a's total at 6 194 of 107 690 children.
 */
import { catalogBySex, demo } from '@kehoach/mocks';
import type { MeasureReport, Report } from '@kehoach/sdk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/kh-report-form.js';
import { expectNoAxeViolations } from '../../internal/axe.test-helper.js';
import type { KhReportForm } from './kh-report-form.js';
import { createMockApi, type MockApi, SO_Y_TE, tokenOf } from './mock-api.test-helper.js';

const MEASURE = 'qd23.4a';
/** 4a's row in the health department's form (2, 3a, 3b, 3c, 4a …). */
const I = 4;
const YEAR = demo.year;
/** A commune of Lâm Đồng the department may report a figure for. */
const COMMUNE = 'lam-dong.xa-minh-hoa-01';
let api: MockApi;

async function mount(lang?: string): Promise<KhReportForm> {
  const el = document.createElement('kh-report-form');
  for (const [k, v] of Object.entries({ 'api-base': '', plan: demo.plan.id, year: String(YEAR) }))
    el.setAttribute(k, v);
  if (lang) el.setAttribute('lang', lang);
  el.token = tokenOf(SO_Y_TE);
  document.body.append(el);
  await vi.waitFor(() => expect(q(el, 'form')).not.toBeNull(), { timeout: 5000 });
  return el;
}
const q = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const field = (el: Element, path: string) => q(el, `[name="${path}"]`) as HTMLInputElement;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** The accessible name of an input: the texts its `aria-labelledby` points to. */
const nameOf = (el: Element, input: HTMLElement) =>
  (input.getAttribute('aria-labelledby') ?? '')
    .split(' ')
    .map((id) => clean(el.shadowRoot!.getElementById(id)?.textContent))
    .join(' ');
async function type(el: KhReportForm, path: string, text: string): Promise<void> {
  const f = field(el, path);
  await userEvent.clear(f);
  if (text) await userEvent.type(f, text);
  f.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await el.updateComplete;
}
const stored = (): Report => api.report(SO_Y_TE, YEAR)!;
const rowsOf = (r: Report) => r.content.measures.filter((m) => m.measureId === MEASURE);
/** Clicks Save draft and waits for the answer: saved, or refused (by the form or the server). */
async function save(el: KhReportForm): Promise<void> {
  const done = new Promise((resolve) => {
    for (const type of ['kh-draft-saved', 'kh-validation-failed', 'kh-error'])
      el.addEventListener(type, resolve, { once: true });
  });
  (q(el, '[part~="save-button"]') as HTMLButtonElement).click();
  await done;
  await el.updateComplete;
}
/** Rows of 4a stored on the server before the form loads, in this order. */
function storeRows(...rows: Omit<MeasureReport, 'measureId'>[]): void {
  const r = stored();
  r.content.measures.unshift(...rows.map((x) => ({ measureId: MEASURE, ...x })));
}

beforeEach(() => {
  localStorage.clear();
  api = createMockApi();
  api.state.catalog = catalogBySex(MEASURE);
  vi.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('kh-report-form: a measure broken down by category', () => {
  it('asks, under the total, for each category of the dimension, named with the measure, in both languages', async () => {
    const el = await mount();
    const item = q(el, `#f-measures-${I}`)!;
    const groups = [...item.querySelectorAll('[part="categories"]')];
    expect(groups.map((g) => clean(g.querySelector('legend')!.textContent))).toEqual(['Giới tính']);
    const rows = [...item.querySelectorAll<HTMLElement>('[part="category"]')];
    expect(rows.map((r) => clean(r.querySelector('legend')!.textContent))).toEqual(['4a — Nam', '4a — Nữ']);
    // The total's fields, a rate's: value, numerator, denominator, source, note.
    const names = (r: Element) => [...r.querySelectorAll('input')].map((i) => i.name);
    expect(names(rows[1]!)).toEqual(
      ['value', 'numerator', 'denominator', 'dataSource', 'note'].map((f) => `measures.${I}.1.${f}`),
    );
    // Each input is named with its row; the total's keep their plain label.
    expect(nameOf(el, field(el, `measures.${I}.1.numerator`))).toBe('4a — Nữ Tử số');
    expect(field(el, `measures.${I}.numerator`).hasAttribute('aria-labelledby')).toBe(false);
    // Only the measure that declares the dimension (4b does not).
    expect(q(el, `#f-measures-${I + 1} [part="category"]`)).toBeNull();
    await expectNoAxeViolations(el);

    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(clean(item.querySelector('[part="categories"] legend')!.textContent)).toBe('Sex');
    expect(nameOf(el, field(el, `measures.${I}.0.value`))).toBe('4a — Male Value');
    expect(nameOf(el, field(el, `measures.${I}.1.dataSource`))).toBe('4a — Female Data source');
  });

  it('goes from the total to each category in reading order with the keyboard', async () => {
    const el = await mount();
    field(el, `measures.${I}.note`).focus();
    const order: string[] = [];
    for (let k = 0; k < 6; k++) {
      await userEvent.tab();
      order.push((el.shadowRoot!.activeElement as HTMLInputElement).name);
    }
    expect(order).toEqual([
      ...['value', 'numerator', 'denominator', 'dataSource', 'note'].map((f) => `measures.${I}.0.${f}`),
      `measures.${I}.1.value`,
    ]);
  });

  it('sends the categories written in, with the total, and not the blank ones', async () => {
    const el = await mount();
    await type(el, `measures.${I}.1.numerator`, '2650');
    await type(el, `measures.${I}.1.denominator`, '53000');
    await type(el, `measures.${I}.1.dataSource`, 'Sổ theo dõi dinh dưỡng');
    expect(field(el, `measures.${I}.1.value`).value).toBe('5'); // derived, as for the total
    await save(el);
    expect(stored().version).toBe(3);
    expect(rowsOf(stored())).toEqual([
      expect.objectContaining({ numerator: 6194, denominator: 107690 }),
      {
        measureId: MEASURE,
        categories: { sex: 'female' },
        value: 5,
        numerator: 2650,
        denominator: 53000,
        dataSource: 'Sổ theo dõi dinh dưỡng',
        note: '',
      },
    ]);
    expect(rowsOf(stored())[0]!.categories).toBeUndefined();
  });

  it('fills the rows from the stored categories and keeps the rows it does not show', async () => {
    // Stored before the total, and beside a commune's figure, which the form has no row for.
    storeRows(
      {
        categories: { sex: 'female' },
        value: 5,
        numerator: 2650,
        denominator: 53000,
        dataSource: 'Sổ',
        note: 'Ước tính',
      },
      { unitId: COMMUNE, value: 5, numerator: 100, denominator: 2000, dataSource: 'Xã', note: '' },
    );
    const el = await mount();
    expect(field(el, `measures.${I}.1.numerator`).value).toBe('2.650');
    expect(field(el, `measures.${I}.1.note`).value).toBe('Ước tính');
    expect(field(el, `measures.${I}.numerator`).value).toBe('6.194'); // the total's own, not the girls'
    expect(field(el, `measures.${I}.0.numerator`).value).toBe('');
    await type(el, `measures.${I}.0.numerator`, '3500');
    await type(el, `measures.${I}.0.denominator`, '54690');
    await save(el);
    const rows = rowsOf(stored());
    expect(rows.map((r) => [r.unitId, r.categories, r.numerator])).toEqual([
      [undefined, undefined, 6194],
      [undefined, { sex: 'male' }, 3500],
      [undefined, { sex: 'female' }, 2650],
      [COMMUNE, undefined, 100],
    ]);
    expect(rows[2]).toMatchObject({ dataSource: 'Sổ', note: 'Ước tính' });
    expect(rows[3]).toMatchObject({ dataSource: 'Xã' });
  });

  it('refuses parts above the total, naming the field and the parts in both languages, and sends nothing', async () => {
    const el = await mount();
    const failed = vi.fn();
    el.addEventListener('kh-validation-failed', failed);
    await type(el, `measures.${I}.0.numerator`, '4000');
    await type(el, `measures.${I}.0.denominator`, '50000');
    await type(el, `measures.${I}.1.numerator`, '3000');
    await type(el, `measures.${I}.1.denominator`, '50000');
    await save(el);
    expect(stored().version).toBe(2); // nothing stored
    expect(failed.mock.calls[0]![0].detail).toMatchObject({
      source: 'client',
      errors: [expect.objectContaining({ path: `measures.${I}.numerator`, code: 'parts_exceed_total' })],
    });
    const summary = clean(q(el, '[part~="summary"]')!.textContent);
    expect(summary).toContain(
      'Chỉ tiêu 4a – Tử số: Cần tổng các phần theo giới tính (Chỉ tiêu 4a — Nam, Chỉ tiêu 4a — Nữ: 7.000) không vượt quá 6.194',
    );
    expect(field(el, `measures.${I}.numerator`).getAttribute('aria-invalid')).toBe('true');
    expect(clean(q(el, `#e-f-measures-${I}-numerator`)!.textContent)).toContain('không vượt quá 6.194');
    await expectNoAxeViolations(el);

    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(clean(q(el, '[part~="summary"]')!.textContent)).toContain(
      'Indicator 4a – Numerator: Expected the parts by sex (Indicator 4a — Male, Indicator 4a — Female: 7,000) to add up to at most 6,194',
    );
  });

  it("shows the server's error on a category's field beside it", async () => {
    const el = await mount();
    await type(el, `measures.${I}.1.numerator`, '2650');
    await type(el, `measures.${I}.1.denominator`, '53000');
    // The draft sends the totals 2, 3a, 3b, 3c, 4a, then 4a's girls (content row 5): the form maps the path back.
    api.rejectNext([
      {
        path: 'content.measures.5.denominator',
        code: 'custom',
        message: {
          vi: 'Trường content.measures.5.denominator: cần mẫu số của Sở',
          en: 'Field content.measures.5.denominator: expected the department’s denominator',
        },
      },
    ]);
    await save(el);
    expect(clean(q(el, `#e-f-measures-${I}-1-denominator`)?.textContent)).toBe('Cần mẫu số của Sở');
    expect(clean(q(el, '[part~="summary"]')!.textContent)).toContain(
      'Chỉ tiêu 4a — Nữ – Mẫu số: Cần mẫu số của Sở',
    );
    expect(q(el, `#e-f-measures-${I}-denominator`)).toBeNull();
  });

  it('lets the parts of a measure that is not additive exceed the total', async () => {
    api.state.catalog = catalogBySex(MEASURE, { additive: false });
    const el = await mount();
    await type(el, `measures.${I}.0.numerator`, '4000');
    await type(el, `measures.${I}.0.denominator`, '50000');
    await type(el, `measures.${I}.1.numerator`, '3000');
    await type(el, `measures.${I}.1.denominator`, '50000');
    await save(el);
    expect(stored().version).toBe(3);
    expect(rowsOf(stored()).map((r) => r.numerator)).toEqual([6194, 4000, 3000]);
  });
});
