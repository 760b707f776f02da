import { demo, demoToken } from '@kehoach/mocks';
import { html, type TemplateResult } from 'lit';

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
