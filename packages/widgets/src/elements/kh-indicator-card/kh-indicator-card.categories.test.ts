import { catalogBySex, demo, observationsBySex } from '@kehoach/mocks';
import { buildProgressResponse, catalogMeasures, type IndicatorCatalog } from '@kehoach/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import '../../define/kh-indicator-card.js';
import { expectNoAxeViolations } from '../../internal/axe.test-helper.js';
import { XSS } from '../../internal/test-api.test-helper.js';
import type { IndicatorCardData } from './kh-indicator-card.data.js';
import type { KhIndicatorCard } from './kh-indicator-card.js';

/** Disaggregation (issue 8, point 3): a measure broken down by sex, its figures by category beside the total's. */
const MEASURE = 'qd23.4a';

/** The demo catalog with 4a broken down by sex, the category female titled `femaleTitle` ("Nữ"). */
const cardCatalog = (femaleTitle?: string): IndicatorCatalog =>
  catalogBySex(MEASURE, {
    femaleTitle,
    // A target of the girls' series only: it is theirs, not the total's.
    targets: [{ kind: 'level', year: 2030, comparator: '<', value: 3, categories: { sex: 'female' } }],
  });

/** The card's data as the server gives it: the sdk's progress response over figures by category. */
function cardData(catalog: IndicatorCatalog): IndicatorCardData {
  const unitId = 'dak-nong';
  const observations = observationsBySex(MEASURE, unitId);
  const body = buildProgressResponse({
    plan: demo.plan,
    catalog,
    registry: demo.registry,
    observations,
    year: 2024,
    unitId,
    now: new Date('2025-01-10T00:00:00Z'),
  });
  return {
    measure: catalogMeasures(catalog).find((m) => m.id === MEASURE)!,
    progress: body.measures.find((m) => m.measureId === MEASURE)!,
    dimensions: catalog.dimensions,
  };
}

async function mount(data: IndicatorCardData, lang?: string): Promise<KhIndicatorCard> {
  const el = document.createElement('kh-indicator-card');
  if (lang) el.setAttribute('lang', lang);
  el.data = data;
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const rows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="categories"] tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
  );

afterEach(() => {
  document.body.replaceChildren();
});

describe('kh-indicator-card: a measure broken down by category', () => {
  it('shows each category’s latest value and its own status, in both languages; the total’s targets only among the figures', async () => {
    const data = cardData(cardCatalog());
    expect(data.progress.breakdown?.length).toBe(2);
    const el = await mount(data);
    const shown = rows(el);
    expect(shown.map((r) => r.slice(0, 2))).toEqual(
      expect.arrayContaining([
        ['Nam', '7,2% (2024)'],
        ['Nữ', '4,8% (2024)'],
      ]),
    );
    expect(shown).toHaveLength(2);
    // In the catalog's order of the categories, under the dimension's title (sdk breakdownGroups).
    expect(shown.map((r) => r[0])).toEqual(['Nam', 'Nữ']);
    expect(el.shadowRoot!.querySelector('[part="categories"] caption')!.textContent).toBe('Giới tính');
    for (const r of shown) expect(r[2]).not.toBe('');
    // The girls' own target (< 3 %) is not listed as the total's.
    const figures = el.shadowRoot!.querySelector('[part="figures"]')!.textContent!;
    expect(figures).not.toContain('< 3%');
    // Nor drawn as one of the total's target lines in the chart.
    expect(el.shadowRoot!.querySelector('[part="chart"]')!.textContent).not.toContain('< 3%');
    await expectNoAxeViolations(el);
    const en = await mount(data, 'en');
    expect(
      rows(en)
        .map((r) => r[0])
        .sort(),
    ).toEqual(['Female', 'Male']);
    expect(en.shadowRoot!.querySelector('[part="categories"]')!.closest('details')!.textContent).toContain(
      'By category',
    );
  });

  it('renders category names as text, never as markup, and falls back to the id without the catalog’s dimensions', async () => {
    const el = await mount(cardData(cardCatalog(XSS)));
    expect(el.shadowRoot!.querySelector('[part="categories"] img')).toBeNull();
    expect(rows(el).map((r) => r[0])).toContain(XSS);
    const { dimensions: _, ...bare } = cardData(cardCatalog());
    const plain = await mount(bare);
    expect(
      rows(plain)
        .map((r) => r[0])
        .sort(),
    ).toEqual(['female', 'male']);
  });
});
