import { catalogBySex, demo, demoToken, observationsBySex } from '@kehoach/mocks';
import {
  buildProgressResponse,
  type IndicatorCatalog,
  type Observation,
  type ProgressResponse,
} from '@kehoach/sdk';
import type { StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { delay, HttpResponse, http } from 'msw';
import type {} from 'msw-storybook-addon/csf3';
import { expect, waitFor } from 'storybook/test';

/** The element's shadow part `name`, for play functions (Testing Library does not pierce shadow roots). */
export function inShadow(canvas: HTMLElement, tag: string, selector: string): HTMLElement | null {
  return canvas.querySelector(tag)?.shadowRoot?.querySelector(selector) ?? null;
}

/** A reviewer's demo token (illustrative accounts of @kehoach/mocks). */
export const reviewerToken = demoToken(demo.users.find((u) => u.role === 'reviewer')!.username);

/** Widths to look at: a phone and a desktop column. */
export const phone = [(story: () => unknown) => html`<div style="max-width: 360px">${story()}</div>`];
export const desktop = [(story: () => unknown) => html`<div style="max-width: 1100px">${story()}</div>`];

/** A second theme, as a portal would set it: only `--kh-*` properties and `::part` reach inside. */
export function portalTheme(tag: string) {
  return [
    (story: () => unknown): TemplateResult => html`<style>
        .portal ${tag} { --kh-color-primary: #7a1f1f; --kh-color-focus: #7a1f1f; --kh-radius: 0; --kh-font-family: Georgia, serif; --kh-color-surface-subtle: #f7efe6; }
        .portal ${tag}::part(title) { text-transform: uppercase; letter-spacing: 0.02em; }
      </style>
      <div class="portal">${story()}</div>`,
  ];
}

/**
 * A figure as the widgets show it (at most two decimals, the language's separators), for play
 * functions that check a value taken from the demo data.
 */
export function figure(value: number, lang: 'vi' | 'en', suffix = '%'): string {
  return `${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(value)}${suffix}`;
}

/** The demo's "today" (28 Nov 2026, 17 days before the due date) and a day after the due date. */
export const DEMO_NOW = demo.now;
export const DEMO_OVERDUE_NOW = demo.overdueNow;

/** The demo plan's units: the province today, and the illustrative commune used for partial data. */
export const PROVINCE = 'lam-dong';
export const PARTIAL_COMMUNE = 'lam-dong.xa-minh-hoa-12';

/**
 * Progress of the demo plan computed from some of the demo's observations, with the sdk's
 * `buildProgressResponse` as the server and the mocks do (`buildProgress` is this with all of them):
 * for the empty and partial-data states.
 */
export function progressFrom(
  keep: (o: Observation) => boolean,
  options: { year?: number; unitId?: string } = {},
): ProgressResponse {
  return buildProgressResponse({
    plan: demo.plan,
    catalog: demo.catalog,
    registry: demo.registry,
    observations: demo.observations.filter(keep),
    year: options.year ?? demo.year,
    ...(options.unitId ? { unitId: options.unitId } : {}),
    now: new Date(demo.now),
  });
}

/**
 * The load states every widget that fetches `snapshot` has: a request that never answers
 * (Loading), a 503 (Error), and a 503 once followed by a retry until `loaded` (a shadow-root
 * selector) shows. Each story file exports them under its own names, e.g.
 * `export const Loading: Story = { parameters: load.Loading.parameters, play: load.Loading.play }`.
 */
export function loadStates<Args>(
  tag: string,
  snapshot: string,
  loaded: string,
): Record<'Loading' | 'LoadError' | 'RetryAfterError', StoryObj<Args>> {
  const $ = (c: HTMLElement, s: string) => inShadow(c, tag, s);
  return {
    Loading: {
      parameters: { msw: { handlers: [http.get(snapshot, () => delay('infinite'))] } },
      play: async ({ canvasElement }) => {
        await waitFor(() => expect($(canvasElement, '[part~="loading"]')).not.toBeNull());
      },
    },
    LoadError: {
      parameters: { msw: { handlers: [http.get(snapshot, () => new HttpResponse(null, { status: 503 }))] } },
      play: async ({ canvasElement }) => {
        await waitFor(() => expect($(canvasElement, '[part~="error"]')?.getAttribute('role')).toBe('alert'));
      },
    },
    RetryAfterError: {
      beforeEach: ({ msw }) => {
        msw.use(http.get(snapshot, () => new HttpResponse(null, { status: 503 }), { once: true }));
      },
      play: async ({ canvasElement }) => {
        await waitFor(() => expect($(canvasElement, '[part~="retry-button"]')).not.toBeNull());
        $(canvasElement, '[part~="retry-button"]')!.click();
        await waitFor(() => expect($(canvasElement, loaded)).not.toBeNull());
      },
    },
  };
}

/** The measure the stories break down by sex (phân tổ): under-5 underweight, 4a. */
export const BY_SEX_MEASURE = 'qd23.4a';

/**
 * A measure broken down by sex (illustrative figures): the demo catalog with 4a by sex and a
 * target of the girls' series only (< 3 % by 2030), and Đắk Nông's progress in 2024, the total
 * and each category's own series computed with the sdk as the server does. The card's and the
 * dashboard's ByCategory stories both show it.
 */
export function bySexDemo(): { catalog: IndicatorCatalog; progress: ProgressResponse } {
  const catalog = catalogBySex(BY_SEX_MEASURE, {
    targets: [{ kind: 'level', year: 2030, comparator: '<', value: 3, categories: { sex: 'female' } }],
  });
  const progress = buildProgressResponse({
    plan: demo.plan,
    catalog,
    registry: demo.registry,
    observations: observationsBySex(BY_SEX_MEASURE, 'dak-nong', { illustrative: true }),
    year: 2024,
    unitId: 'dak-nong',
    now: new Date(BY_SEX_NOW),
  });
  return { catalog, progress };
}
/** "Today" of {@link bySexDemo}: January 2025, the figures of 2024 in. */
export const BY_SEX_NOW = '2025-01-10T00:00:00Z';
