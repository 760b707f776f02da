import { catalogBySex, demo, observationsBySex } from '@kehoach/mocks';
import { buildProgressResponse, catalogMeasures, type IndicatorCatalog, statusMessages } from '@kehoach/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/kh-progress-dashboard.js';
import { expectNoAxeViolations } from '../../internal/axe.test-helper.js';
import { XSS } from '../../internal/test-api.test-helper.js';
import type { ProgressDashboardData } from './kh-progress-dashboard.data.js';
import type { KhProgressDashboard } from './kh-progress-dashboard.js';

/** Disaggregation (issue 8, point 3): the dashboard's row of a measure broken down by sex offers its breakdown. */
const MEASURE = 'qd23.4a';
const NOW = '2025-01-10T00:00:00Z';

/**
 * The demo catalog with 4a broken down by sex, a 2030 target for girls only (< 3 %), and the
 * total's own 2030 target dropped: the girls' target must not show as the total's.
 */
function dashboardCatalog(femaleTitle?: string): IndicatorCatalog {
  const catalog = catalogBySex(MEASURE, {
    femaleTitle,
    targets: [{ kind: 'level', year: 2030, comparator: '<', value: 3, categories: { sex: 'female' } }],
  });
  const m = catalogMeasures(catalog).find((x) => x.id === MEASURE)!;
  m.targets = m.targets.filter((x) => x.kind === 'yearly_change' || x.year !== 2030 || x.categories);
  return catalog;
}

/** The dashboard's data as the server gives it: the sdk's progress response over figures by category. */
function dashboardData(catalog: IndicatorCatalog): ProgressDashboardData {
  const unitId = 'dak-nong';
  // Served girls first: the dashboard lists the catalog's order (Nam, Nữ) all the same.
  const observations = observationsBySex(MEASURE, unitId, { girlsFirst: true });
  const progress = buildProgressResponse({
    plan: demo.plan,
    catalog,
    registry: demo.registry,
    observations,
    year: 2024,
    unitId,
    now: new Date(NOW),
  });
  return { plan: demo.plan, catalog, organizations: demo.registry, progress: [progress] };
}

async function mount(data: ProgressDashboardData, lang?: string): Promise<KhProgressDashboard> {
  const el = document.createElement('kh-progress-dashboard');
  el.setAttribute('now', NOW);
  if (lang) el.setAttribute('lang', lang);
  el.data = structuredClone(data);
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const measureRow = (el: Element, code: string) =>
  $$(el, 'tbody tr').find((r) =>
    clean(r.querySelector('[part~="measure-button"]')?.textContent ?? null).startsWith(`${code}.`),
  )!;
/** The breakdown of the measure: the row right under the measure's. */
const breakdownOf = (el: Element, code: string) => measureRow(el, code).nextElementSibling!;
const categoryRows = (el: Element, code: string) =>
  [...breakdownOf(el, code).querySelectorAll('[part="categories"] tbody tr')].map((tr) =>
    [...tr.children].map((c) => clean(c.textContent)),
  );

afterEach(() => {
  document.body.replaceChildren();
});

describe('kh-progress-dashboard: a measure broken down by category', () => {
  it('offers each category’s latest value, targets and own status under the measure, in the catalog’s order', async () => {
    const data = dashboardData(dashboardCatalog());
    const m = data.progress[0]!.measures.find((x) => x.measureId === MEASURE)!;
    const status = (sex: string) => m.breakdown!.find((b) => b.categories.sex === sex)!.assessment.status;
    const el = await mount(data);
    const details = breakdownOf(el, '4a').querySelector('details')!;
    expect(clean(details.querySelector('summary')!.textContent)).toBe('Theo nhóm phân tổ: 4a');
    // Closed at first: the table stays a list of measures.
    expect(details.open).toBe(false);
    // Category | latest | target 2025 | target 2030 | status: the total's status texts, with their marks.
    expect(categoryRows(el, '4a')).toEqual([
      ['Nam', '7,2% (2024)', '—', '—', statusMessages[status('male')].vi],
      ['Nữ', '4,8% (2024)', '—', '< 3%', statusMessages[status('female')].vi],
    ]);
    const badges = breakdownOf(el, '4a').querySelectorAll('[part~="status"]');
    expect([...badges].map((b) => b.getAttribute('part'))).toEqual([
      `status status-${status('male')}`,
      `status status-${status('female')}`,
    ]);
    expect(badges[0]!.querySelector('svg.icon')).not.toBeNull();
    // Grouped by dimension, under its title; column headers and row headers scoped.
    const table = breakdownOf(el, '4a').querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).toBe('Giới tính');
    expect(
      [...table.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent]),
    ).toEqual([
      ['col', 'Nhóm'],
      ['col', 'Mới nhất'],
      ['col', 'Mục tiêu 2025'],
      ['col', 'Mục tiêu 2030'],
      ['col', 'Đánh giá'],
    ]);
    expect([...table.querySelectorAll(':scope > tbody th')].map((th) => th.getAttribute('scope'))).toEqual([
      'row',
      'row',
    ]);
    // The girls' target (< 3 %) is theirs: the total has no 2030 target.
    const total = [...measureRow(el, '4a').querySelectorAll('td[data-label^="Mục tiêu"]')].map((c) =>
      clean(c.textContent),
    );
    expect(total).toEqual(['< 9% ✓ đã đạt', '—']);
    // A measure without categories has no breakdown row.
    expect(measureRow(el, '5a').nextElementSibling?.querySelector('details') ?? null).toBeNull();
    expect($$(el, 'details')).toHaveLength(1);
  });

  it('opens and closes from the keyboard, and passes axe open', async () => {
    const el = await mount(dashboardData(dashboardCatalog()));
    const details = breakdownOf(el, '4a').querySelector('details')!;
    const summary = details.querySelector('summary')!;
    // Tab reaches the disclosure right after its measure's button.
    measureRow(el, '4a').querySelector('button')!.focus();
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(summary);
    await userEvent.keyboard('{Enter}');
    expect(details.open).toBe(true);
    expect(details.querySelector('table')!.checkVisibility()).toBe(true);
    await expectNoAxeViolations(el);
    await userEvent.keyboard(' ');
    expect(details.open).toBe(false);
  });

  it('speaks English with the catalog’s English titles', async () => {
    const el = await mount(dashboardData(dashboardCatalog()), 'en');
    expect(clean(breakdownOf(el, '4a').querySelector('summary')!.textContent)).toBe('By category: 4a');
    expect(breakdownOf(el, '4a').querySelector('caption')!.textContent).toBe('Sex');
    expect(categoryRows(el, '4a').map((r) => r.slice(0, 2))).toEqual([
      ['Male', '7.2% (2024)'],
      ['Female', '4.8% (2024)'],
    ]);
  });

  it('renders category names as text, never as markup', async () => {
    const el = await mount(dashboardData(dashboardCatalog(XSS)));
    expect(breakdownOf(el, '4a').querySelector('img')).toBeNull();
    expect(categoryRows(el, '4a').map((r) => r[0])).toEqual(['Nam', XSS]);
  });
});
