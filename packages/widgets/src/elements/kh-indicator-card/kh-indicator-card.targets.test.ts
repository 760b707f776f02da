import { buildProvinceProgress, demo, provinceDemo } from '@kehoach/mocks';
import { planMeasures } from '@kehoach/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../define/kh-indicator-card.js';
import { expectNoAxeViolations } from '../../internal/axe.test-helper.js';
import { API, fakeApi, XSS } from '../../internal/test-api.test-helper.js';
import type { IndicatorCardData } from './kh-indicator-card.data.js';
import type { KhIndicatorCard } from './kh-indicator-card.js';

/** Catalogs and targets: the illustrative province plan that overrides Decision 23's targets. */
async function mount(attrs: Record<string, string> = {}, data?: IndicatorCardData): Promise<KhIndicatorCard> {
  const el = document.createElement('kh-indicator-card');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data) el.data = data;
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const terms = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="figures"] dt')].map((dt) => [
    dt.textContent!.replace(/\s+/g, ' ').trim(),
    dt.nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim(),
  ]);

afterEach(() => {
  document.documentElement.lang = '';
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const { plan } = provinceDemo;
const progress = buildProvinceProgress();
const cardData = (id: string): IndicatorCardData => ({
  measure: planMeasures(plan, demo.catalog).find((m) => m.measure.id === id)!.measure,
  progress: progress.measures.find((m) => m.measureId === id)!,
});

describe('kh-indicator-card: a plan that overrides its catalog', () => {
  it("shows the plan's targets in force and the national ones, each with whose they are", async () => {
    const el = await mount({}, cardData('qd23.5a'));
    expect(terms(el).slice(1)).toEqual([
      ['Mục tiêu của kế hoạch, 2028', '≥ 98,5%'],
      ['Mục tiêu của kế hoạch, 2030', '≥ 99%'],
      ['Mục tiêu theo 23/QĐ-TTg, 2025', '≥ 97%'],
      ['Mục tiêu theo 23/QĐ-TTg, 2030', '≥ 98%'],
    ]);
    await expectNoAxeViolations(el);
    const en = await mount({ lang: 'en' }, cardData('qd23.5a'));
    expect(
      terms(en)
        .slice(1)
        .map(([dt]) => dt),
    ).toEqual([
      "Plan's target, 2028",
      "Plan's target, 2030",
      'Target of 23/QĐ-TTg, 2025',
      'Target of 23/QĐ-TTg, 2030',
    ]);
  });

  it('prints the labels of targets of close values one under the other, never over each other', async () => {
    const data = structuredClone(cardData('qd23.5a'));
    data.measure.targets = [
      { kind: 'level', year: 2028, comparator: '≥', value: 98.9 },
      { kind: 'level', year: 2030, comparator: '≥', value: 99 },
    ];
    const el = await mount({}, data);
    const labels = [...el.shadowRoot!.querySelectorAll('svg .tl')].map((t) => ({
      text: t.textContent,
      y: Number(t.getAttribute('y')),
    }));
    expect(labels.map((l) => l.text)).toEqual(['Mục tiêu 2028: ≥ 98,9%', 'Mục tiêu 2030: ≥ 99%']);
    expect(Math.abs(labels[0]!.y - labels[1]!.y)).toBeGreaterThanOrEqual(12);
    // The higher target's label stays just above its own line.
    const lines = [...el.shadowRoot!.querySelectorAll('svg line.target')].map((l) =>
      Number(l.getAttribute('y1')),
    );
    expect(labels[1]!.y).toBe(Math.min(...lines) - 4);
  });

  it('reads a phase target as its phase, in both languages', async () => {
    const el = await mount({}, cardData('qd23.2'));
    expect(terms(el).slice(1)[0]).toEqual(['Mục tiêu của kế hoạch, giai đoạn 2026–2030', '≥ 97%']);
    const own = await mount({}, cardData('lam-dong-2026.25'));
    // The plan's own measure: one set, no provenance to tell apart.
    expect(terms(own).slice(1)).toEqual([['Giai đoạn 2026–2030', '= 100%']]);
    const en = await mount({ lang: 'en' }, cardData('lam-dong-2026.25'));
    expect(
      terms(en)
        .slice(1)
        .map(([dt]) => dt),
    ).toEqual(['Phase 2026–2030']);
  });

  it('keeps a measure the plan does not override as before: the catalog’s targets alone', async () => {
    const el = await mount({}, cardData('qd23.14'));
    expect(
      terms(el)
        .slice(1)
        .map(([dt]) => dt),
    ).toEqual(['Mục tiêu 2025', 'Mục tiêu 2030']);
  });

  it('renders a provenance as text, never as markup', async () => {
    const d = structuredClone(cardData('qd23.5a'));
    d.progress.otherTargets!.document = XSS;
    const el = await mount({}, d);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(terms(el)[3]![0]).toBe(`Mục tiêu theo ${XSS}, 2025`);
  });

  it('finds the plan’s own measure from the API (getPlan, getCatalog, getProgress)', async () => {
    const base = API;
    fakeApi({
      [`/api/v1/plans/${plan.id}`]: plan,
      [`/api/v1/catalogs/${plan.catalogId}`]: demo.catalog,
      [`/api/v1/plans/${plan.id}/organizations`]: demo.registry,
      [`/api/v1/plans/${plan.id}/progress`]: progress,
    });
    const el = await mount({ 'api-base': base, plan: plan.id, measure: 'lam-dong-2026.25' });
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('[part="title"]')).not.toBeNull());
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).toContain('bảo hiểm y tế');
    expect(terms(el).slice(1)).toEqual([['Giai đoạn 2026–2030', '= 100%']]);
  });
});
