import { buildProgress, buildSnapshot, demo } from '@kehoach/mocks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/kh-indicator-card.js';
import { expectNoAxeViolations } from '../../internal/axe.test-helper.js';
import { define } from '../../internal/define.js';
import { API, fakeApi, json } from '../../internal/test-api.test-helper.js';
import type { IndicatorCardData } from './kh-indicator-card.data.js';
import { KhIndicatorCard } from './kh-indicator-card.js';

async function mount(attrs: Record<string, string> = {}, data?: unknown): Promise<KhIndicatorCard> {
  const el = document.createElement('kh-indicator-card');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data) el.data = data as KhIndicatorCard['data'];
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

afterEach(() => {
  document.documentElement.lang = '';
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** The demo API (@kehoach/mocks): Đắk Nông's plan, the Decision 23 catalog, progress by year and unit. */
const PLAN = demo.plan.id;
const measures = demo.catalog.objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures));
const demoApi = () =>
  fakeApi({
    [`/api/v1/plans/${PLAN}`]: demo.plan,
    [`/api/v1/catalogs/${demo.plan.catalogId}`]: demo.catalog,
    [`/api/v1/plans/${PLAN}/organizations`]: demo.registry,
    [`/api/v1/plans/${PLAN}/progress`]: buildProgress(),
    [`/api/v1/plans/${PLAN}/progress?year=2025&unitId=lam-dong.xa-minh-hoa-01`]: buildProgress({
      year: 2025,
      unitId: 'lam-dong.xa-minh-hoa-01',
    }),
  });
/**
 * The demo's card (the `indicator-card` snapshot): under-1 immunisation in Lâm Đồng, 2020–2026,
 * 96,48% in 2026 on the way to ≥ 98% in 2030, its 2025 milestone (≥ 97%) missed at 95,85%.
 */
const immunisation = buildSnapshot('indicator-card') as IndicatorCardData;
/** The same measure before any value was reported. */
const noData = (): IndicatorCardData => {
  const d = structuredClone(immunisation);
  d.progress.series = [];
  Object.assign(d.progress.assessment, {
    status: 'not_available',
    reason: 'no_data',
    ratio: null,
    base: null,
    latest: null,
    expected: null,
    milestones: [],
  });
  d.breakdown = [];
  return d;
};
const card15 = (): IndicatorCardData => ({
  measure: measures.find((m) => m.id === 'qd23.15')!,
  progress: buildProgress().measures.find((m) => m.measureId === 'qd23.15')!,
});

describe('kh-indicator-card', () => {
  it('shows the measure in Vietnamese by default, with Vietnamese number format', async () => {
    const el = await mount({}, immunisation);
    expect(part(el, 'title')!.textContent).toContain('tiêm chủng đầy đủ');
    expect(part(el, 'status')!.textContent).toBe('Tiến bộ đáng kể');
    expect(part(el, 'figures')!.textContent).toContain('96,48%');
    expect(part(el, 'figures')!.textContent).toContain('≥ 98%');
    expect(part(el, 'title')!.getAttribute('aria-level')).toBe('3');
    await expectNoAxeViolations(el);
  });

  it('switches to English with lang="en" only', async () => {
    document.documentElement.lang = 'en';
    const vi = await mount({}, immunisation);
    expect(part(vi, 'status')!.textContent).toBe('Tiến bộ đáng kể');
    const en = await mount({ lang: 'en' }, immunisation);
    expect(part(en, 'status')!.textContent).toBe('Substantial progress');
    expect(part(en, 'figures')!.textContent).toContain('96.48%');
    expect(part(en, 'base')!.getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(en);
  });

  it('shows the empty state and the reason when there is no value', async () => {
    const el = await mount({}, noData());
    expect(part(el, 'empty')!.textContent).toBe('Chưa có dữ liệu');
    expect(part(el, 'reason')!.textContent).toBe('Chưa có số liệu');
    await expectNoAxeViolations(el);
  });

  it('loads a snapshot from src, showing a loading state first, and fires kh-load', async () => {
    let release!: (r: Response) => void;
    vi.spyOn(globalThis, 'fetch').mockReturnValue(new Promise((r) => (release = r)));
    const loaded = vi.fn();
    document.addEventListener('kh-load', loaded, { once: true });
    const el = await mount({ src: '/snapshot.json' });
    expect(part(el, 'loading')!.getAttribute('role')).toBe('status');
    expect(text(el)).toContain('Đang tải dữ liệu');
    await expectNoAxeViolations(el);
    el.theme = 'dark'; // a dark widget on a light page keeps its contrast while loading
    await el.updateComplete;
    await expectNoAxeViolations(el);
    release(jsonResponse(immunisation));
    await vi.waitFor(() => expect(part(el, 'title')).not.toBeNull());
    expect(loaded).toHaveBeenCalledOnce();
  });

  it('shows an error with a retry button that loads again', async () => {
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(new Response('nope', { status: 503 }))
      .mockResolvedValueOnce(jsonResponse(immunisation));
    const failed = vi.fn();
    document.addEventListener('kh-error', failed, { once: true });
    const el = await mount({ src: '/snapshot.json' });
    await vi.waitFor(() => expect(part(el, 'error')).not.toBeNull());
    expect(part(el, 'error')!.getAttribute('role')).toBe('alert');
    expect(failed).toHaveBeenCalledOnce();
    await expectNoAxeViolations(el);
    (part(el, 'retry-button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(part(el, 'title')).not.toBeNull());
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('rejects a snapshot that does not match the schema', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(jsonResponse({ measure: { id: 'x' } }));
    const el = await mount({ src: '/snapshot.json', lang: 'en' });
    await vi.waitFor(() => expect(part(el, 'error')).not.toBeNull());
    expect(text(el)).toContain('not in the expected format');
  });

  it('themes through --kh-* properties and a dark theme attribute', async () => {
    const light = await mount({ theme: 'light' }, immunisation);
    const dark = await mount({ theme: 'dark' }, immunisation);
    const bg = (el: Element) => getComputedStyle(part(el, 'base')!).backgroundColor;
    expect(bg(light)).toBe('rgb(255, 255, 255)');
    expect(bg(dark)).toBe('rgb(22, 25, 29)');
    await expectNoAxeViolations(dark);
    light.style.setProperty('--kh-color-surface', 'rgb(250, 240, 230)');
    expect(bg(light)).toBe('rgb(250, 240, 230)');
  });

  it('says in text that an unconfirmed measure and its targets are unconfirmed, with the note', async () => {
    const el = await mount({}, card15());
    const marks = [...el.shadowRoot!.querySelectorAll('[part~="unconfirmed"]')];
    expect(marks.map((m) => m.textContent!.trim())).toEqual([
      'chưa xác nhận',
      'chưa xác nhận',
      'chưa xác nhận',
    ]);
    expect(part(el, 'title')!.textContent).toContain('chưa xác nhận');
    // One beside each target (2025, 2030), in the figures; the note as text, not a tooltip.
    expect(part(el, 'figures')!.querySelectorAll('[part~="unconfirmed"]')).toHaveLength(2);
    expect(part(el, 'note')!.textContent).toContain('Chưa xác nhận: bản văn duy nhất của Quyết định');
    expect(el.shadowRoot!.querySelector('[title]')).toBeNull();
    await expectNoAxeViolations(el);
    const en = await mount({ lang: 'en' }, card15());
    expect(part(en, 'unconfirmed')!.textContent!.trim()).toBe('unconfirmed');
    expect(part(en, 'note')!.textContent).toContain('Unconfirmed: the only copy of the decision');
    // A confirmed measure has neither.
    const other = await mount({}, immunisation);
    expect(part(other, 'unconfirmed')).toBeNull();
    expect(part(other, 'note')).toBeNull();
  });

  it('loads one measure from api-base + plan + measure through the sdk, with the unit’s name', async () => {
    const fetch = demoApi();
    const loaded = vi.fn();
    document.addEventListener('kh-load', loaded, { once: true });
    const el = await mount({ 'api-base': API, plan: PLAN, measure: 'qd23.15' });
    expect(part(el, 'loading')).not.toBeNull();
    await vi.waitFor(() => expect(part(el, 'title')).not.toBeNull());
    expect(part(el, 'title')!.textContent).toContain(measures.find((m) => m.id === 'qd23.15')!.title.vi);
    expect(part(el, 'unconfirmed')).not.toBeNull();
    const progress = buildProgress();
    const unit = demo.registry.units.find((u) => u.id === progress.unitId)!;
    expect(part(el, 'code')!.textContent).toContain(unit.name.vi);
    const latest = progress.measures.find((m) => m.measureId === 'qd23.15')!.series.at(-1)!;
    expect(part(el, 'figures')!.textContent).toContain(`(${latest.year})`);
    expect(loaded).toHaveBeenCalledOnce();
    expect(part(el, 'download')!.getAttribute('href')).toBe(`${API}/api/v1/plans/${PLAN}/observations.csv`);
    expect(part(el, 'download')!.textContent).toBe('Tải dữ liệu (CSV)');
    const urls = fetch.mock.calls.map((c) => new URL(String(c[0])).pathname);
    expect(urls).toContain(`/api/v1/catalogs/${demo.plan.catalogId}`);
    expect(fetch.mock.calls.every((c) => !(c[1]!.headers as Headers).has('authorization'))).toBe(true);
    await expectNoAxeViolations(el);

    // Another unit and year: loaded again, the unit's name with it.
    el.setAttribute('unit', 'lam-dong.xa-minh-hoa-01');
    el.setAttribute('year', '2025');
    el.setAttribute('measure', 'qd23.5a');
    await vi.waitFor(() =>
      expect(part(el, 'code')!.textContent).toContain(
        demo.registry.units.find((u) => u.id === 'lam-dong.xa-minh-hoa-01')!.name.vi,
      ),
    );
    expect(part(el, 'title')!.textContent).toContain(measures.find((m) => m.id === 'qd23.5a')!.title.vi);
    expect(part(el, 'unconfirmed')).toBeNull();
    expect(
      fetch.mock.calls.some((c) =>
        String(c[0]).endsWith('/progress?year=2025&unitId=lam-dong.xa-minh-hoa-01'),
      ),
    ).toBe(true);
  });

  it('in api-base mode, shows an error with a retry for a failed call or an unknown measure', async () => {
    let down = true;
    const fetch = fakeApi({
      [`/api/v1/plans/${PLAN}`]: () => (down ? new Response('', { status: 503 }) : json(demo.plan)),
      [`/api/v1/catalogs/${demo.plan.catalogId}`]: demo.catalog,
      [`/api/v1/plans/${PLAN}/organizations`]: demo.registry,
      [`/api/v1/plans/${PLAN}/progress`]: buildProgress(),
    });
    const failed = vi.fn();
    document.addEventListener('kh-error', failed, { once: true });
    const el = await mount({ 'api-base': API, plan: PLAN, measure: 'qd23.1', lang: 'en' });
    await vi.waitFor(() => expect(part(el, 'error')).not.toBeNull());
    expect(text(el)).toContain('The data could not be loaded.');
    expect(failed).toHaveBeenCalledOnce();
    await expectNoAxeViolations(el);
    down = false;
    (part(el, 'retry-button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(part(el, 'title')).not.toBeNull());

    el.setAttribute('measure', 'qd23.nope');
    await vi.waitFor(() => expect(part(el, 'error')).not.toBeNull());
    expect(part(el, 'retry-button')).not.toBeNull();
    // A card waits for its measure: no request without one.
    fetch.mockClear();
    const idle = await mount({ 'api-base': API, plan: PLAN });
    expect(idle.shadowRoot!.childElementCount).toBe(0);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('takes the same api-base, plan, measure, unit and year attributes as the portal sets', () => {
    const attrs = (KhIndicatorCard as unknown as { observedAttributes: string[] }).observedAttributes;
    for (const a of ['api-base', 'plan', 'measure', 'unit', 'year', 'src', 'lang'])
      expect(attrs).toContain(a);
  });

  it('uses adopted stylesheets, not <style> elements that a strict CSP would block', async () => {
    const el = await mount({}, immunisation);
    expect(el.shadowRoot!.adoptedStyleSheets.length).toBeGreaterThan(0);
    expect(el.shadowRoot!.querySelector('style, [style]')).toBeNull();
  });

  it('survives being registered twice', () => {
    expect(() => define('kh-indicator-card', class extends KhIndicatorCard {})).not.toThrow();
    expect(customElements.get('kh-indicator-card')).toBe(KhIndicatorCard);
  });
});

describe('kh-indicator-card: the chart and the missed milestone (issue 10, point 6)', () => {
  const svgText = (el: Element, sel: string) =>
    [...el.shadowRoot!.querySelectorAll(sel)].map((t) => t.textContent!.trim());
  /** The demo's 2025 milestone met: nothing missed to say. */
  const met = (): IndicatorCardData => {
    const d = structuredClone(immunisation);
    d.progress.assessment.milestones[0]!.achieved = true;
    return d;
  };

  it('puts the years on the axis and labels each target line', async () => {
    const el = await mount({}, immunisation);
    expect(svgText(el, 'svg text.year')).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
      '2030',
    ]);
    expect(svgText(el, 'svg text.tl')).toEqual(['Mục tiêu 2025: ≥ 97%', 'Mục tiêu 2030: ≥ 98%']);
    expect(el.shadowRoot!.querySelectorAll('svg line.target')).toHaveLength(2);
    // The line stays left of the 2030 mark: the x axis is the years, the last point is 2026.
    const xs = [...el.shadowRoot!.querySelectorAll<SVGCircleElement>('[part~="point"] circle')].map(
      (c) => +c.getAttribute('cx')!,
    );
    const x2030 = +el.shadowRoot!.querySelectorAll('svg text.year')[7]!.getAttribute('x')!;
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs.at(-1)).toBeLessThan(x2030);
  });

  it('shows a point’s value on keyboard focus and on hover, and names each point', async () => {
    const el = await mount({ lang: 'en' }, immunisation);
    const points = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="point"]')];
    expect(points.map((p) => p.getAttribute('aria-label'))).toEqual([
      '2020: 92.82%',
      '2021: 93.45%',
      '2022: 94.06%',
      '2023: 94.69%',
      '2024: 95.25%',
      '2025: 95.85%',
      '2026: 96.48%',
    ]);
    const shown = (p: Element) => getComputedStyle(p.querySelector('text')!).visibility === 'visible';
    expect(points.some(shown)).toBe(false);
    // Keyboard: the points are in the tab order, after the heading content.
    points[0]!.focus();
    expect(el.shadowRoot!.activeElement).toBe(points[0]);
    expect(shown(points[0]!)).toBe(true);
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(points[1]);
    expect(shown(points[1]!)).toBe(true);
    expect(shown(points[0]!)).toBe(false);
    expect(points[1]!.querySelector('text')!.textContent).toBe('93.45%');
    (el.shadowRoot!.activeElement as SVGGElement).blur();
    await userEvent.hover(points[4]!.querySelector('circle')!);
    expect(shown(points[4]!)).toBe(true);
    await expectNoAxeViolations(el);
  });

  it('has the values as a table too', async () => {
    const el = await mount({}, immunisation);
    const table = el.shadowRoot!.querySelector('details table')!;
    expect(table.closest('details')!.querySelector('summary')!.textContent).toBe('Số liệu theo năm');
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((r) => [...r.children].map((c) => c.textContent!.trim()).join(' '))).toEqual([
      '2020 92,82%',
      '2021 93,45%',
      '2022 94,06%',
      '2023 94,69%',
      '2024 95,25%',
      '2025 95,85%',
      '2026 96,48%',
    ]);
  });

  it('says the demo’s missed 2025 milestone beside the trajectory status, from the sdk assessment', async () => {
    const el = await mount({}, immunisation);
    expect(part(el, 'status')!.textContent).toBe('Tiến bộ đáng kể');
    const said = el.shadowRoot!.querySelectorAll('[part~="milestone"]');
    expect(said).toHaveLength(1); // 2030 is not due yet: not said missed
    expect(said[0]!.textContent).toBe('Không đạt mục tiêu 2025: 95,85% so với ≥ 97%');
    expect(said[0]!.closest('header')).toBe(part(el, 'status')!.closest('header'));
    const en = await mount({ lang: 'en' }, immunisation);
    expect(part(en, 'milestone')!.textContent).toBe('Missed the target for 2025: 95.85% against ≥ 97%');
    // Nothing is said when it was met or is not due.
    expect(part(await mount({}, met()), 'milestone')).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('calls deterioration by what it means, not by the line’s direction', async () => {
    const d = structuredClone(immunisation);
    d.progress.assessment.status = 'deterioration';
    const el = await mount({}, d);
    expect(part(el, 'status')!.textContent).toBe('Xấu đi');
  });

  it('labels a yearly-change target by the measure’s direction: cut for one that should fall, raise for one that should rise', async () => {
    const withYearly = (direction: 'increase' | 'decrease') => {
      const d = structuredClone(immunisation);
      d.measure.direction = direction;
      d.measure.targets = [{ kind: 'yearly_change', fromYear: 2025, toYear: 2030, minPercent: 2 }];
      return d;
    };
    const up = await mount({}, withYearly('increase'));
    expect(text(up)).toContain('Tăng mỗi năm 2025–2030');
    expect(text(up)).not.toContain('Giảm mỗi năm');
    const down = await mount({ lang: 'en' }, withYearly('decrease'));
    expect(text(down)).toContain('Cut each year 2025–2030');
    expect(text(down)).not.toContain('Raise each year');
  });

  it('says beside a unit’s own figure what its units give, and for a share of units how many reported', async () => {
    const d = structuredClone(immunisation);
    const last = d.progress.series.at(-1)!;
    const el = await mount({}, d);
    expect(part(el, 'computed')).toBeNull();
    expect(part(el, 'coverage')).toBeNull();
    Object.assign(last, {
      computed: { value: 91.25, denominator: 1000, figures: 3 },
      coverage: { reported: 4, expected: 5 },
    });
    const both = await mount({}, d);
    expect(part(both, 'computed')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Tổng hợp từ 3 đơn vị 91,25%',
    );
    expect(part(both, 'coverage')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Đơn vị đã báo cáo 4/5');
    const en = await mount({ lang: 'en' }, d);
    expect(part(en, 'computed')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Computed from 3 units 91.25%',
    );
    await expectNoAxeViolations(both);
  });
});
