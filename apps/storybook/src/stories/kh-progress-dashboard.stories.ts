import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@kehoach/widgets/define/kh-progress-dashboard.js';
import {
  buildProvinceProgress,
  buildSnapshot,
  createHandlers,
  DEMO_COMMUNES,
  demo,
  provinceDemo,
} from '@kehoach/mocks';
import {
  buildProgressResponse,
  catalogMeasures,
  type Observation,
  type ProgressResponse,
} from '@kehoach/sdk';
import { html } from 'lit';
import { HttpResponse, http, type JsonBodyType } from 'msw';
import type {} from 'msw-storybook-addon/csf3';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import {
  BY_SEX_NOW,
  bySexDemo,
  DEMO_NOW,
  desktop,
  figure,
  inShadow,
  loadStates,
  PARTIAL_COMMUNE,
  phone,
  portalTheme,
  progressFrom,
} from './_shared.js';

const TAG = 'kh-progress-dashboard';
const SNAPSHOT = '/demo/progress-dashboard.json';
const NOW = DEMO_NOW;
/** Measures the illustrative commune reported (partial data): under-1 immunisation and one more. */
const PARTIAL_MEASURES = new Set(['qd23.5a', 'qd23.1']);
type Snapshot = { progress: ProgressResponse[] };
/**
 * The mocks' `progress-dashboard` snapshot (Lâm Đồng, 2026 and 2025), plus 2026 for a commune that
 * reported two measures only, computed from the demo's observations.
 */
const fromMocks = buildSnapshot('progress-dashboard') as Snapshot;
const dashboardSnapshot: Snapshot = {
  ...fromMocks,
  progress: [
    ...fromMocks.progress,
    progressFrom((o) => o.unitId !== PARTIAL_COMMUNE || PARTIAL_MEASURES.has(o.measureId), {
      unitId: PARTIAL_COMMUNE,
    }),
  ],
};
/** The first measure in Lâm Đồng (2026) and in the commune, as the table shows them. */
const first = fromMocks.progress[0]!.measures[0]!;
const latest = (lang: 'vi' | 'en', p: ProgressResponse = fromMocks.progress[0]!, id = first.measureId) =>
  `${figure(p.measures.find((m) => m.measureId === id)!.assessment.latest!.value, lang)} (${p.year})`;
/** The same plan with no value reported yet. */
const dashboardEmpty: Snapshot = { ...dashboardSnapshot, progress: [progressFrom(() => false)] };

/** The snapshot URL answered by msw; bodies from @kehoach/mocks (loading and errors are made here: they are the transport's). */
const ok = (body: JsonBodyType) => [http.get(SNAPSHOT, () => HttpResponse.json(body))];
const $ = (c: HTMLElement, s: string) => inShadow(c, TAG, s);

interface Args {
  lang: 'vi' | 'en';
  theme: 'auto' | 'light' | 'dark';
  src: string;
  'api-base': string;
  plan: string;
  now: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/kh-progress-dashboard',
  component: TAG,
  args: { lang: 'vi', theme: 'auto', src: SNAPSHOT, 'api-base': '', plan: '', now: NOW },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  parameters: { msw: { handlers: ok(dashboardSnapshot as JsonBodyType) } },
  decorators: desktop,
  render: (a) =>
    html`<kh-progress-dashboard lang=${a.lang} theme=${a.theme} src=${a.src || undefined} api-base=${a['api-base'] || undefined} plan=${a.plan || undefined} now=${a.now}></kh-progress-dashboard>`,
};
export default meta;
type Story = StoryObj<Args>;
const load = loadStates<Args>(TAG, SNAPSHOT, 'table');

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, '[part~="illustrative"]')).not.toBeNull());
    await expect($(canvasElement, 'table')?.textContent).toContain(latest('vi'));
  },
};

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, 'table')?.textContent).toContain(latest('en')));
  },
};

export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { value: '#0d0f12' } } };
export const DarkEnglish: Story = {
  args: { theme: 'dark', lang: 'en' },
  parameters: { backgrounds: { value: '#0d0f12' } },
};
export const PortalTheme: Story = { decorators: portalTheme(TAG) };
export const Phone: Story = { decorators: phone, parameters: { viewport: { value: 'mobile1' } } };
export const PhoneEnglish: Story = { args: { lang: 'en' }, decorators: phone };

/** Filters and pickers with the keyboard-operable selects; events reach the page. */
export const Filtering: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, 'select[name="agency"]')).not.toBeNull());
    const el = canvasElement.querySelector(TAG)!;
    const onFilter = fn();
    const onYear = fn();
    el.addEventListener('kh-filter-change', (e) => onFilter((e as CustomEvent).detail));
    el.addEventListener('kh-year-change', (e) => onYear((e as CustomEvent).detail));
    const agency = $(canvasElement, 'select[name="agency"]') as HTMLSelectElement;
    // The first agency the plan names (option 0 is "all").
    const agencyId = agency.options[1]!.value;
    agency.value = agencyId;
    agency.dispatchEvent(new Event('change'));
    await waitFor(() =>
      expect(onFilter).toHaveBeenCalledWith({ objective: null, agency: agencyId, status: null }),
    );
    const year = $(canvasElement, 'select[name="year"]') as HTMLSelectElement;
    year.value = '2025';
    year.dispatchEvent(new Event('change'));
    await waitFor(() => expect(onYear).toHaveBeenCalledWith({ year: 2025 }));
    await waitFor(() => expect($(canvasElement, 'table')?.textContent).toContain('(2025)'));
  },
};

/** A measure activated: the page gets `kh-measure-select` (e.g. to open a kh-indicator-card). */
export const SelectMeasure: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, '[part~="measure-button"]')).not.toBeNull());
    const onSelect = fn();
    canvasElement
      .querySelector(TAG)!
      .addEventListener('kh-measure-select', (e) => onSelect((e as CustomEvent).detail));
    ($(canvasElement, '[part~="measure-button"]') as HTMLButtonElement).click();
    await expect(onSelect).toHaveBeenCalledWith({
      measureId: first.measureId,
      code: '1',
      unitId: fromMocks.progress[0]!.unitId,
      year: fromMocks.progress[0]!.year,
    });
  },
};

/** A merged commune that reported two measures only. */
export const PartialData: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, 'select[name="unit"]')).not.toBeNull());
    const unit = $(canvasElement, 'select[name="unit"]') as HTMLSelectElement;
    unit.value = PARTIAL_COMMUNE;
    unit.dispatchEvent(new Event('change'));
    await waitFor(() =>
      expect($(canvasElement, 'table')?.textContent).toContain(
        latest('vi', dashboardSnapshot.progress.at(-1), 'qd23.1'),
      ),
    );
  },
};

export const Empty: Story = {
  parameters: { msw: { handlers: ok(dashboardEmpty as JsonBodyType) } },
};

export const Loading: Story = { parameters: load.Loading.parameters, play: load.Loading.play };

export const LoadError: Story = {
  name: 'Error',
  parameters: load.LoadError.parameters,
  play: load.LoadError.play,
};

export const RetryAfterError: Story = {
  beforeEach: load.RetryAfterError.beforeEach,
  play: load.RetryAfterError.play,
};

/** A tiny local body on purpose: the mocks only make valid data, this state needs a malformed snapshot. */
export const InvalidSnapshot: Story = {
  args: { lang: 'en' },
  parameters: { msw: { handlers: ok({ plan: { id: 'x' } }) } },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect($(canvasElement, '[part~="error"]')?.textContent).toContain('not in the expected format'),
    );
  },
};

/** From the reference API, mocked by @kehoach/mocks (the Đắk Nông plan, illustrative figures). */
export const FromApi: Story = {
  args: { src: '', 'api-base': '/mock', plan: 'dak-nong-2021' },
  parameters: { msw: { handlers: createHandlers({ baseUrl: '/mock' }) } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, 'table')).not.toBeNull(), { timeout: 5000 });
    await expect($(canvasElement, '[part~="illustrative"]')).not.toBeNull();
  },
};

export const FromApiError: Story = {
  args: { src: '', 'api-base': '/mock', plan: 'dak-nong-2021', lang: 'en' },
  parameters: { msw: { handlers: createHandlers({ baseUrl: '/mock', scenario: 'error' }) } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect($(canvasElement, '[part~="error"]')).not.toBeNull(), { timeout: 5000 });
  },
};

/** 4a broken down by sex (illustrative, Đắk Nông 2024): the breakdown under its row, by dimension. */
const byCategory = (() => {
  const { catalog, progress } = bySexDemo();
  return { plan: demo.plan, catalog, organizations: demo.registry, progress: [progress] };
})();
const rowOf = (c: HTMLElement, code: string) =>
  [...(c.querySelector(TAG)?.shadowRoot?.querySelectorAll('tbody tr') ?? [])].find((r) =>
    r.querySelector('[part~="measure-button"]')?.textContent?.trim().startsWith(`${code}.`),
  );

export const ByCategory: Story = {
  args: { now: BY_SEX_NOW },
  parameters: { msw: { handlers: ok(byCategory as JsonBodyType) } },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(rowOf(canvasElement, '4a')?.nextElementSibling?.querySelector('summary')).toBeTruthy(),
    );
    const details = rowOf(canvasElement, '4a')!.nextElementSibling!.querySelector('details')!;
    await expect(details.open).toBe(false);
    await userEvent.click(details.querySelector('summary')!);
    await expect(details.open).toBe(true);
    const rows = [...details.querySelectorAll('[part="categories"] tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()),
    );
    await expect(rows.map((r) => r[0])).toEqual(['Nam', 'Nữ']);
    // The girls' own 2030 target, under "Mục tiêu 2030".
    await expect(rows[1]![3]).toBe('< 3%');
    await expect(details.querySelector('caption')?.textContent).toBe('Giới tính');
  },
};

/** A plan's own measures (the illustrative province plan over Decision 23): listed after the catalog's, under its own objective. */
export const PlanMeasures: Story = {
  parameters: {
    msw: {
      handlers: ok({
        plan: provinceDemo.plan,
        catalog: demo.catalog,
        organizations: demo.registry,
        progress: [buildProvinceProgress()],
      } as JsonBodyType),
    },
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowOf(canvasElement, '25')).toBeTruthy());
    const row = rowOf(canvasElement, '25')!;
    await expect(row.textContent).toContain(`${figure(98.2, 'vi')} (2026)`);
    await expect(row.parentElement?.querySelector('th[scope="rowgroup"]')?.textContent).toContain(
      'Mục tiêu riêng của tỉnh',
    );
  },
};

/**
 * A share of units (illustrative): measure 1, the share of communes meeting the child-friendly
 * standard, counted by commune. Lâm Đồng publishes its own figures (2024–2026) and in 2026 five
 * communes answered: beside the official figure, what their answers give over every commune in force
 * ("Tổng hợp từ 5 đơn vị") and how many answered of how many there are. Computed with the sdk as
 * the server does.
 */
const ofUnits = (() => {
  const catalog = structuredClone(demo.catalog);
  catalogMeasures(catalog).find((m) => m.id === 'qd23.1')!.unitsCounted = { level: 'commune' };
  const base = { measureId: 'qd23.1', illustrative: true } as const;
  // The province's own published figures (the demo's figures of measure 1 replaced by these).
  const own = [64, 68, 72].map(
    (value, i): Observation => ({ ...base, unitId: 'lam-dong', year: demo.year - 2 + i, value }),
  );
  const observations: Observation[] = [
    ...demo.observations.filter((o) => o.measureId !== 'qd23.1'),
    ...own,
    ...DEMO_COMMUNES.slice(0, 5).map(
      (u, i): Observation => ({
        ...base,
        unitId: u.id,
        year: demo.year,
        value: i < 3 ? 100 : 0,
        numerator: i < 3 ? 1 : 0,
        denominator: 1,
      }),
    ),
  ];
  const progress = buildProgressResponse({
    plan: demo.plan,
    catalog,
    registry: demo.registry,
    observations,
    year: demo.year,
    unitId: 'lam-dong',
    now: new Date(demo.now),
  });
  return { plan: demo.plan, catalog, organizations: demo.registry, progress: [progress] };
})();

export const ComputedFromUnits: Story = {
  parameters: { msw: { handlers: ok(ofUnits as JsonBodyType) } },
  play: async ({ canvasElement }) => {
    const point = ofUnits.progress[0]!.measures.find((m) => m.measureId === 'qd23.1')!.series.at(-1)!;
    await waitFor(() => expect(rowOf(canvasElement, '1')?.querySelector('[part~="computed"]')).toBeTruthy());
    const row = rowOf(canvasElement, '1')!;
    const words = (sel: string) => row.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim();
    // The official figure stays the value; the units' aggregate and their count stand beside it.
    await expect(row.querySelector('td')?.textContent).toContain(`${figure(72, 'vi')} (${demo.year})`);
    await expect(words('[part~="computed"]')).toBe(
      `Tổng hợp từ ${point.computed!.figures} đơn vị ${figure(point.computed!.value!, 'vi')}`,
    );
    await expect(point.coverage!.reported).toBeLessThan(point.coverage!.expected);
    await expect(words('[part~="coverage"]')).toBe(
      `Đơn vị đã báo cáo ${point.coverage!.reported}/${point.coverage!.expected}`,
    );
  },
};
