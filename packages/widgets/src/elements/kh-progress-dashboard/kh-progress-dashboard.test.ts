import { buildProgress, buildSnapshot, demo } from '@kehoach/mocks';
import { assessProgress } from '@kehoach/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/kh-progress-dashboard.js';
import { expectNoAxeViolations } from '../../internal/axe.test-helper.js';
import { define } from '../../internal/define.js';
import { API, fakeApi, json, XSS } from '../../internal/test-api.test-helper.js';
import type { ProgressDashboardData } from './kh-progress-dashboard.data.js';
import { KhProgressDashboard } from './kh-progress-dashboard.js';

const NOW = demo.now;
const PLAN = demo.plan.id;

/**
 * The demo (@kehoach/mocks, the `progress-dashboard` snapshot): Đắk Nông's plan on the
 * Decision 23 catalog (35 measures under 4 objectives), progress for Lâm Đồng in 2026 and 2025.
 */
const dashboardSnapshot = buildSnapshot('progress-dashboard') as ProgressDashboardData;
const measures = dashboardSnapshot.catalog.objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures));
/** A progress body with no value for any measure but `keep`'s, each assessed by the sdk as such. */
const valuesOnly = (
  progress: ProgressDashboardData['progress'][number],
  keep: string[] = [],
): ProgressDashboardData['progress'][number] => ({
  ...progress,
  measures: progress.measures.map((m) =>
    keep.includes(m.measureId)
      ? m
      : {
          ...m,
          series: [],
          assessment: assessProgress({
            measure: measures.find((x) => x.id === m.measureId)!,
            series: [],
            year: progress.year,
          }),
        },
  ),
});
/** A merged commune of the demo (a share of Gia Nghĩa) that reported two measures only, in 2026 only. */
const COMMUNE = 'lam-dong.xa-minh-hoa-01';
const withCommune: ProgressDashboardData = {
  ...dashboardSnapshot,
  progress: [
    ...dashboardSnapshot.progress,
    valuesOnly(buildProgress({ unitId: COMMUNE }), ['qd23.1', 'qd23.3a']),
  ],
};
/** The same plan with no value reported yet. */
const dashboardEmpty: ProgressDashboardData = {
  ...dashboardSnapshot,
  progress: [valuesOnly(dashboardSnapshot.progress[0]!)],
};

async function mount(
  attrs: Record<string, string> = {},
  data?: ProgressDashboardData,
): Promise<KhProgressDashboard> {
  const el = document.createElement('kh-progress-dashboard');
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
const rows = (el: Element) => $$(el, 'tbody tr:not(:first-child)');
const rowOf = (el: Element, code: string) =>
  rows(el).find((r) =>
    r.querySelector('[part~="measure-button"]')!.textContent!.trim().startsWith(`${code}.`),
  )!;
async function choose(el: KhProgressDashboard, name: string, value: string) {
  const s = $(el, `select[name="${name}"]`) as HTMLSelectElement;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('kh-progress-dashboard', () => {
  it('shows every measure in Vietnamese from a snapshot: values, targets, status as text and icon, trend', async () => {
    const el = await mount({}, dashboardSnapshot);
    expect(rows(el)).toHaveLength(35);
    expect($$(el, 'th[scope="rowgroup"]').map((t) => t.textContent!.trim())).toEqual([
      'Mục tiêu 1. Phát triển toàn diện trẻ em, chăm sóc sức khỏe, dinh dưỡng cho trẻ em',
      'Mục tiêu 2. Bảo vệ trẻ em',
      'Mục tiêu 3. Giáo dục, văn hóa, vui chơi, giải trí cho trẻ em',
      'Mục tiêu 4. Sự tham gia của trẻ em vào các vấn đề về trẻ em',
    ]);
    // Indicator 1: 70,49% in 2026, its 2025 target (≥ 65%) met, on the way to ≥ 75% in 2030.
    const m1 = rowOf(el, '1');
    expect(m1.textContent).toContain('70,49% (2026)');
    expect(m1.textContent).toContain('≥ 65%');
    expect(m1.textContent).toContain('đã đạt');
    const status = m1.querySelector('[part~="status"]')!;
    expect(status.textContent!.trim()).toBe('Tiến bộ đáng kể');
    expect(status.querySelector('svg.icon')).not.toBeNull();
    expect(m1.querySelector('[part~="trend"]')!.getAttribute('aria-label')).toBe(
      'Xu hướng: 55,74% (2020) → 70,49% (2026)',
    );
    expect(rowOf(el, '13').textContent).toContain('giảm ≥ 2–3%/năm');
    // Indicator 22 has one value only (2026): too few to judge.
    expect(rowOf(el, '22').textContent).toContain('Chưa đủ số liệu');
    expect(part(el, 'illustrative')!.textContent).toContain('Số liệu minh họa');
    expect(part(el, 'title')!.getAttribute('aria-level')).toBe('2');
    await expectNoAxeViolations(el);
  });

  it('formats numbers in English with lang="en"', async () => {
    const el = await mount({ lang: 'en' }, dashboardSnapshot);
    const m1 = rowOf(el, '1');
    expect(m1.textContent).toContain('70.49% (2026)');
    expect(m1.querySelector('[part~="status"]')!.textContent!.trim()).toBe('Substantial progress');
    expect(rowOf(el, '13').textContent).toContain('cut ≥ 2–3% a year');
    expect(part(el, 'illustrative')!.textContent).toContain('Illustrative figures');
    // Measures and the indicators they belong to, each counted as what it is.
    const indicators = dashboardSnapshot.catalog.objectives.flatMap((o) => o.indicators).length;
    expect(indicators).toBeLessThan(35);
    expect(text(el)).toContain(`Showing 35 of 35 measures (${indicators} of ${indicators} indicators)`);
    await expectNoAxeViolations(el);
  });

  it('shows beside a unit’s own figure what its units give and how many reported, in both languages', async () => {
    const el = await mount({}, dashboardSnapshot);
    expect(part(el, 'computed')).toBeNull();
    expect(part(el, 'coverage')).toBeNull();
    // Measure 1's latest point (2026) gets its units' aggregate and the count of units reporting;
    // measure 2's an aggregate with no value; measure 3 an aggregate on an older point only.
    const d = structuredClone(dashboardSnapshot);
    const series = (id: string) => d.progress[0]!.measures.find((m) => m.measureId === id)!.series;
    Object.assign(series('qd23.1').at(-1)!, {
      computed: { value: 68.125, denominator: 1000, figures: 3 },
      coverage: { reported: 4, expected: 5 },
    });
    Object.assign(series('qd23.2').at(-1)!, { computed: { value: null, figures: 0 } });
    Object.assign(series('qd23.3a')[0]!, { computed: { value: 1, figures: 2 } });
    const words = (e: Element | null) => e!.textContent!.replace(/\s+/g, ' ').trim();
    const vi = await mount({}, d);
    const m1 = rowOf(vi, '1');
    // The official figure stays the value, first in its cell; the aggregate stands beside it.
    expect(words(m1.querySelector('td'))).toBe(
      '70,49% (2026) Tổng hợp từ 3 đơn vị 68,13% Đơn vị đã báo cáo 4/5',
    );
    expect(words(m1.querySelector('[part~="computed"]'))).toBe('Tổng hợp từ 3 đơn vị 68,13%');
    expect(words(m1.querySelector('[part~="coverage"]'))).toBe('Đơn vị đã báo cáo 4/5');
    expect(m1.querySelector('dl [part~="computed"] dt')).not.toBeNull();
    expect(words(rowOf(vi, '2').querySelector('[part~="computed"]'))).toBe('Tổng hợp từ 0 đơn vị —');
    expect(rowOf(vi, '2').querySelector('[part~="coverage"]')).toBeNull();
    expect(rowOf(vi, '3a').querySelector('[part~="computed"]')).toBeNull();
    expect(rows(vi).filter((r) => r.querySelector('dl'))).toHaveLength(2);
    await expectNoAxeViolations(vi);
    const en = await mount({ lang: 'en' }, d);
    expect(words(rowOf(en, '1').querySelector('[part~="computed"]'))).toBe('Computed from 3 units 68.13%');
    expect(words(rowOf(en, '1').querySelector('[part~="coverage"]'))).toBe('Units reporting 4/5');
    await expectNoAxeViolations(en);
  });

  it('filters by objective, agency (as issued, with today’s successor) and status, firing kh-filter-change', async () => {
    const el = await mount({}, dashboardSnapshot);
    const events: unknown[] = [];
    el.addEventListener('kh-filter-change', (e) => events.push((e as CustomEvent).detail));
    const agencyOptions = $$(el, 'select[name="agency"] option').map((o) => o.textContent);
    expect(agencyOptions).toContain(
      'Sở Lao động - Thương binh và Xã hội tỉnh Đắk Nông (nay: Sở Y tế tỉnh Lâm Đồng) (diễn giải)',
    );
    await choose(el, 'agency', 'dak-nong.so-y-te');
    expect(rows(el).map((r) => r.querySelector('button')!.textContent!.trim().split('.')[0])).toEqual([
      '3a',
      '3b',
      '3c',
      '4a',
      '4b',
      '4c',
      '4d',
      '5a',
      '5b',
      '6',
    ]);
    await choose(el, 'agency', '');
    await choose(el, 'objective', 'qd23.o4');
    expect(rows(el)).toHaveLength(3);
    // Objective 4's measures are moving, or too new to judge: none deteriorates.
    await choose(el, 'status', 'deterioration');
    expect(part(el, 'empty')!.textContent).toContain('Không có chỉ số nào khớp');
    expect(events.at(-1)).toEqual({ objective: 'qd23.o4', agency: null, status: 'deterioration' });
    await expectNoAxeViolations(el);
  });

  it('says in text that indicator 15 is unconfirmed, with its note as the measure’s description', async () => {
    const snapshot = buildSnapshot('progress-dashboard') as ProgressDashboardData;
    const el = await mount({}, snapshot);
    const i15 = rowOf(el, '15');
    expect(i15.querySelector('th [part~="unconfirmed"]')!.textContent).toBe('chưa xác nhận');
    // Both targets (2025 and 2030) carry the mark too; colour is never the only sign.
    expect(i15.querySelectorAll('td [part~="unconfirmed"]')).toHaveLength(2);
    const button = i15.querySelector('[part~="measure-button"]')!;
    const note = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(note.textContent).toContain('Chưa xác nhận: bản văn duy nhất của Quyết định');
    expect(button.hasAttribute('title')).toBe(false);
    // Measures confirmed against the decision carry no mark.
    expect($$(el, '[part~="unconfirmed"]')).toHaveLength(3);
    expect(rowOf(el, '16').querySelector('[part~="unconfirmed"], [aria-describedby]')).toBeNull();
    await expectNoAxeViolations(el);

    const en = await mount({ lang: 'en' }, snapshot);
    const enButton = rowOf(en, '15').querySelector('[part~="measure-button"]')!;
    expect(rowOf(en, '15').querySelector('[part~="unconfirmed"]')!.textContent).toBe('unconfirmed');
    expect(en.shadowRoot!.getElementById(enButton.getAttribute('aria-describedby')!)!.textContent).toContain(
      'Unconfirmed: the only copy of the decision',
    );
  });

  it('marks agencies linked to measures only by interpretation, not those the plan names', async () => {
    // Đắk Nông's plan names few agencies per indicator: most links are the compilers' reading.
    const data = buildSnapshot('progress-dashboard') as ProgressDashboardData;
    const read = (id: string) =>
      data.plan
        .assignments!.filter((a) => a.agencyIds.includes(id))
        .flatMap((a) => a.measureLinks)
        .every((l) => l.basis === 'interpretation');
    const el = await mount({}, data);
    const options = ($$(el, 'select[name="agency"] option') as HTMLOptionElement[]).slice(1);
    const marked = options.filter((o) => / \(diễn giải\)$/.test(o.textContent!));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.length).toBeLessThan(options.length);
    for (const o of options) expect(marked.includes(o)).toBe(read(o.value));
    const en = await mount({ lang: 'en' }, data);
    const enMarked = $$(en, 'select[name="agency"] option').filter((o) =>
      / \(interpretation\)$/.test(o.textContent!),
    );
    expect(enMarked).toHaveLength(marked.length);
    // The plan names the justice department for indicator 14 itself; the others are the compilers' reading.
    expect(options.filter((o) => !marked.includes(o)).map((o) => o.value)).toEqual(['dak-nong.so-tu-phap']);
  });

  it('names its region by what it shows and the plan, apart from the task tracker’s', async () => {
    const el = await mount({}, dashboardSnapshot);
    const region = part(el, 'base')!;
    expect(region.getAttribute('aria-label')).toBe(
      `Tiến độ các chỉ tiêu — ${dashboardSnapshot.plan.title.vi}`,
    );
    expect(part(el, 'title')!.textContent).toBe(dashboardSnapshot.plan.title.vi);
    const en = await mount({ lang: 'en' }, dashboardSnapshot);
    expect(part(en, 'base')!.getAttribute('aria-label')).toBe(
      `Indicator progress — ${dashboardSnapshot.plan.title.en}`,
    );
  });

  it('picks another year and unit from the snapshot; a unit with partial data; merged units shown as such', async () => {
    const el = await mount({}, withCommune);
    const years = vi.fn();
    el.addEventListener('kh-year-change', (e) => years((e as CustomEvent).detail));
    await choose(el, 'year', '2025');
    expect(years).toHaveBeenCalledWith({ year: 2025 });
    expect(rowOf(el, '5a').textContent).toContain('95,85% (2025)');
    await choose(el, 'year', '2026');
    await choose(el, 'unit', COMMUNE);
    expect(rowOf(el, '1').textContent).toContain('75% (2026)');
    expect(rowOf(el, '2').textContent).toContain('Chưa có số liệu');
    await choose(el, 'year', '2025');
    expect(part(el, 'empty')!.textContent).toContain('Chưa có số liệu cho năm và đơn vị này');
  });

  it('fires kh-measure-select from the keyboard', async () => {
    const el = await mount({}, dashboardSnapshot);
    const selected = vi.fn();
    el.addEventListener('kh-measure-select', (e) => selected((e as CustomEvent).detail));
    const button = rowOf(el, '2').querySelector('button')!;
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(selected).toHaveBeenCalledWith({ measureId: 'qd23.2', code: '2', unitId: 'lam-dong', year: 2026 });
    await userEvent.keyboard(' ');
    expect(selected).toHaveBeenCalledTimes(2);
    // Tab moves from one measure to the next: every control is reachable.
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(rowOf(el, '3a').querySelector('button'));
  });

  it('loads from api-base through the sdk client, and fetches another year when picked', async () => {
    const progress = dashboardSnapshot.progress;
    const fetch = fakeApi({
      [`/api/v1/plans/${PLAN}`]: demo.plan,
      [`/api/v1/catalogs/${demo.plan.catalogId}`]: demo.catalog,
      [`/api/v1/plans/${PLAN}/organizations`]: demo.registry,
      [`/api/v1/plans/${PLAN}/progress`]: progress[0],
      [`/api/v1/plans/${PLAN}/progress?year=2025&unitId=lam-dong`]: progress[1],
    });
    const el = await mount({ 'api-base': API, plan: PLAN });
    expect(part(el, 'loading')).not.toBeNull();
    await vi.waitFor(() => expect(rows(el)).toHaveLength(35));
    // The plan's statistics as tidy CSV (the sdk's getObservations), offered in api-base mode only.
    const link = part(el, 'download') as HTMLAnchorElement;
    expect(link.textContent).toBe('Tải dữ liệu (CSV)');
    expect(link.getAttribute('href')).toBe(`${API}/api/v1/plans/${PLAN}/observations.csv`);
    expect(link.hasAttribute('download')).toBe(true);
    expect(part(await mount({}), 'download')).toBeNull();
    // Every unit of the registry, former ones said to be merged into today's.
    const former = $$(el, 'select[name="unit"] optgroup')[1]!;
    expect(former.textContent).toContain('Tỉnh Đắk Nông → Tỉnh Lâm Đồng');
    expect(former.textContent).toContain('Thành phố Gia Nghĩa → Xã minh họa 1 (illustrative)');
    await choose(el, 'year', '2025');
    await vi.waitFor(() => expect(rowOf(el, '5a').textContent).toContain('95,85% (2025)'));
    expect(fetch.mock.calls.map((c) => String(c[0]))).toContain(
      `${API}/api/v1/plans/${PLAN}/progress?year=2025&unitId=lam-dong`,
    );
    await expectNoAxeViolations(el);
  });

  it('shows the empty plan: no values, statuses not available', async () => {
    const el = await mount({}, dashboardEmpty);
    expect(rows(el)).toHaveLength(35);
    expect(rowOf(el, '1').textContent).toContain('—');
    expect(rowOf(el, '1').textContent).toContain('Chưa đủ số liệu');
    expect($$(el, '[part~="status-not_available"]')).toHaveLength(35);
    await expectNoAxeViolations(el);
  });

  it('shows an error with a retry button, and a bilingual message for malformed data', async () => {
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(new Response('nope', { status: 503 }))
      .mockResolvedValueOnce(json(dashboardSnapshot));
    const el = await mount({ src: '/dashboard.json' });
    await vi.waitFor(() => expect(part(el, 'error')).not.toBeNull());
    expect(part(el, 'error')!.getAttribute('role')).toBe('alert');
    await expectNoAxeViolations(el);
    (part(el, 'retry-button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(rows(el)).toHaveLength(35));
    expect(fetch).toHaveBeenCalledTimes(2);

    vi.spyOn(globalThis, 'fetch').mockImplementation(async () =>
      json({ ...dashboardSnapshot, progress: 'x' }),
    );
    const vi_ = await mount({ src: '/bad.json' });
    const en = await mount({ src: '/bad.json', lang: 'en' });
    await vi.waitFor(() => expect(part(en, 'error')).not.toBeNull());
    expect(text(vi_)).toContain('Dữ liệu nhận được không đúng định dạng');
    expect(text(en)).toContain('not in the expected format');
  });

  it('shows a contract-breaking API answer as malformed data', async () => {
    fakeApi({ [`/api/v1/plans/${PLAN}`]: { id: PLAN } });
    const el = await mount({ 'api-base': API, plan: PLAN, lang: 'en' });
    await vi.waitFor(() => expect(part(el, 'error')).not.toBeNull());
    expect(text(el)).toContain('not in the expected format');
  });

  it('renders pasted markup in data as text', async () => {
    const data = structuredClone(dashboardSnapshot);
    data.catalog.objectives[0]!.indicators[0]!.measures[0]!.title.vi = XSS;
    data.plan.title.vi = XSS;
    data.organizations.agencies.find((a) => a.id === 'lam-dong.so-y-te')!.name.vi = XSS;
    const el = await mount({}, data);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(part(el, 'title')!.textContent).toBe(XSS);
    expect(rowOf(el, '1').textContent).toContain(XSS);
    expect(
      ($$(el, 'select[name="agency"] option') as HTMLOptionElement[]).some((o) =>
        o.textContent!.includes(XSS),
      ),
    ).toBe(true);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('themes dark, uses adopted stylesheets and survives a second registration', async () => {
    const el = await mount({ theme: 'dark' }, dashboardSnapshot);
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).toBe('rgb(22, 25, 29)');
    expect(el.shadowRoot!.adoptedStyleSheets.length).toBeGreaterThan(0);
    expect(el.shadowRoot!.querySelector('style, [style]')).toBeNull();
    await expectNoAxeViolations(el);
    expect(() => define('kh-progress-dashboard', class extends KhProgressDashboard {})).not.toThrow();
  });

  it('lays out as stacked rows on a phone and as a table on a desktop', async () => {
    const el = await mount({}, dashboardSnapshot);
    el.style.width = '360px';
    await el.updateComplete;
    const cell = rowOf(el, '1').querySelector('td')!;
    expect(getComputedStyle(cell).display).toBe('block');
    expect(getComputedStyle(cell, '::before').content).toContain('Mới nhất');
    el.style.width = '1000px';
    expect(getComputedStyle(cell).display).toBe('table-cell');
  });
});
