import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@kehoach/widgets/define/kh-indicator-card.js';
import { buildProvinceProgress, buildSnapshot, demo, provinceDemo } from '@kehoach/mocks';
import { catalogMeasures, planMeasures } from '@kehoach/sdk';
import { html } from 'lit';
import { delay, HttpResponse, http, type JsonBodyType } from 'msw';
import type {} from 'msw-storybook-addon/csf3';
import { expect, waitFor } from 'storybook/test';
import { BY_SEX_MEASURE, bySexDemo, figure, progressFrom } from './_shared.js';

const SNAPSHOT = '/demo/indicator-card.json';
/** The mocks' `indicator-card` snapshot: under-1 immunisation in Lâm Đồng, by commune (illustrative). */
const card = buildSnapshot('indicator-card') as {
  measure: { id: string };
  progress: { assessment: { latest: { value: number } } };
};
/** The same measure before any value is reported: progress computed from no observation. */
const noData = {
  ...card,
  progress: progressFrom(() => false).measures.find((m) => m.measureId === card.measure.id),
  breakdown: [],
};
/** The snapshot URL answered by msw; bodies from @kehoach/mocks (loading and errors are made here: they are the transport's). */
const ok = (body: JsonBodyType) => [http.get(SNAPSHOT, () => HttpResponse.json(body))];

/** A measure broken down by sex (phân tổ, illustrative figures): the catalog's dimensions name the categories. */
const byCategory = (() => {
  const { catalog, progress } = bySexDemo();
  return {
    measure: catalogMeasures(catalog).find((m) => m.id === BY_SEX_MEASURE)!,
    progress: progress.measures.find((m) => m.measureId === BY_SEX_MEASURE)!,
    dimensions: catalog.dimensions,
  };
})();

/**
 * The illustrative province plan over Decision 23 (@kehoach/mocks `provinceDemo`): a measure
 * whose targets it overrides (its own and the national ones, each with its provenance) or one of
 * its own with a phase target ("Giai đoạn 2026–2030").
 */
const provinceProgress = buildProvinceProgress();
const ofProvincePlan = (id: string) => ({
  measure: planMeasures(provinceDemo.plan, demo.catalog).find((m) => m.measure.id === id)!.measure,
  progress: provinceProgress.measures.find((m) => m.measureId === id)!,
});

interface Args {
  lang: 'vi' | 'en';
  theme: 'auto' | 'light' | 'dark';
  src: string;
  'heading-level': number;
}

/** The element's shadow part `name`, for play functions (Testing Library does not pierce shadow roots). */
function part(canvas: HTMLElement, name: string): HTMLElement | null {
  return (
    canvas
      .querySelector('kh-indicator-card')
      ?.shadowRoot?.querySelector(`header [part~="${name}"], [part~="${name}"]`) ?? null
  );
}

const meta: Meta<Args> = {
  title: 'Widgets/kh-indicator-card',
  component: 'kh-indicator-card',
  args: { lang: 'vi', theme: 'auto', src: SNAPSHOT, 'heading-level': 3 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  parameters: { msw: { handlers: ok(card as JsonBodyType) } },
  render: (a) =>
    html`<kh-indicator-card lang=${a.lang} theme=${a.theme} src=${a.src} heading-level=${a['heading-level']}></kh-indicator-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'status')?.textContent).toBe('Tiến bộ đáng kể'));
    await expect(part(canvasElement, 'figures')?.textContent).toContain(
      figure(card.progress.assessment.latest.value, 'vi'),
    );
  },
};

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'status')?.textContent).toBe('Substantial progress'));
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { value: '#0d0f12' } },
};

export const Phone: Story = {
  parameters: { viewport: { value: 'mobile1' } },
  decorators: [(story) => html`<div style="max-width: 360px">${story()}</div>`],
};

export const Empty: Story = { parameters: { msw: { handlers: ok(noData as JsonBodyType) } } };

export const Loading: Story = {
  parameters: { msw: { handlers: [http.get(SNAPSHOT, () => delay('infinite'))] } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'loading')).not.toBeNull());
  },
};

export const LoadError: Story = {
  name: 'Error',
  parameters: { msw: { handlers: [http.get(SNAPSHOT, () => new HttpResponse(null, { status: 503 }))] } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'error')?.getAttribute('role')).toBe('alert'));
  },
};

export const RetryAfterError: Story = {
  // Handlers made per run: a `once` handler made at import would stay used after the first run.
  beforeEach: ({ msw }) => {
    msw.use(http.get(SNAPSHOT, () => new HttpResponse(null, { status: 503 }), { once: true }));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'retry-button')).not.toBeNull());
    part(canvasElement, 'retry-button')!.click();
    await waitFor(() => expect(part(canvasElement, 'status')?.textContent).toBe('Tiến bộ đáng kể'));
  },
};

/** A tiny local body on purpose: the mocks only make valid data, this state needs a malformed snapshot. */
export const InvalidSnapshot: Story = {
  parameters: { msw: { handlers: ok({ measure: { id: 'x' } }) } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'error')?.textContent).toContain('không đúng định dạng'));
  },
};

/** Theming from the host page: only `--kh-*` custom properties and `::part` reach inside. */
export const Themed: Story = {
  decorators: [
    (story) => html`<style>
        .portal kh-indicator-card { --kh-color-primary: #7a1f1f; --kh-radius: 0; --kh-font-family: Georgia, serif; }
        .portal kh-indicator-card::part(title) { text-transform: uppercase; }
      </style>
      <div class="portal">${story()}</div>`,
  ],
};

/** Figures by category (phân tổ): each category's latest value and its own status; the girls' target is theirs, not the total's. */
export const ByCategory: Story = {
  parameters: { msw: { handlers: ok(byCategory as JsonBodyType) } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'categories')).not.toBeNull());
    const rows = [...part(canvasElement, 'categories')!.querySelectorAll('tbody tr')].map(
      (tr) => tr.children[0]?.textContent?.trim() ?? '',
    );
    await expect(rows).toEqual(['Nam', 'Nữ']);
  },
};

/** A plan that overrides its catalog: the plan's targets in force and 23/QĐ-TTg's, each named. */
export const PlanTargets: Story = {
  parameters: { msw: { handlers: ok(ofProvincePlan('qd23.5a') as JsonBodyType) } },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(part(canvasElement, 'figures')?.textContent).toContain('Mục tiêu của kế hoạch, 2030'),
    );
    await expect(part(canvasElement, 'figures')?.textContent).toContain('Mục tiêu theo 23/QĐ-TTg, 2030');
  },
};

/** The plan's own measure with a target for its phase. */
export const PhaseTarget: Story = {
  parameters: { msw: { handlers: ok(ofProvincePlan('lam-dong-2026.25') as JsonBodyType) } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'figures')?.textContent).toContain('Giai đoạn 2026–2030'));
  },
};
