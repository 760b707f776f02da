import { css } from 'lit';

/**
 * Design tokens. Public `--kh-*` custom properties are the theming API (they pierce the
 * shadow root); private `--_*` ones hold the resolved value so that dark defaults can differ
 * while a portal override still wins in both schemes. Colours keep WCAG AA contrast (axe
 * checks them in tests). No `light-dark()`: older portal browsers lack it. Lengths are `em`
 * of the widget's own font, never `rem` (see the reset in `:host`).
 */
export const tokens = css`
  :host {
    --_radius: var(--kh-radius, 8px);
    --_space: var(--kh-space, 1em);
    --_text: var(--kh-color-text, #1b1f24);
    --_muted: var(--kh-color-text-muted, #4f5862);
    --_surface: var(--kh-color-surface, #fff);
    --_subtle: var(--kh-color-surface-subtle, #f3f5f7);
    --_border: var(--kh-color-border, #c9d0d7);
    --_primary: var(--kh-color-primary, #0b5cad);
    --_on-primary: var(--kh-color-on-primary, #fff);
    --_success: var(--kh-color-success, #1d6b34);
    --_warning: var(--kh-color-warning, #8a4b00);
    --_danger: var(--kh-color-danger, #b3261e);
    --_focus: var(--kh-color-focus, #0b5cad);
    color-scheme: light;
    display: block;
    /*
     * The page's text styles stop at the widget's edge: every inherited text property starts
     * over here (the font shorthand resets style, weight, variants and features too). The size
     * is the reader's default (medium, 16px unless they changed it), not the page's html
     * font-size, so that no page resizes the widget; --kh-font-size: 1rem follows the page.
     */
    font: var(--kh-font-size, medium)/1.5 var(--kh-font-family, system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    letter-spacing: 0;
    word-spacing: 0;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_text: var(--kh-color-text, #e8ecf0);
      --_muted: var(--kh-color-text-muted, #aeb7c0);
      --_surface: var(--kh-color-surface, #16191d);
      --_subtle: var(--kh-color-surface-subtle, #22272d);
      --_border: var(--kh-color-border, #3d454e);
      --_primary: var(--kh-color-primary, #7db7f5);
      --_on-primary: var(--kh-color-on-primary, #0b1726);
      --_success: var(--kh-color-success, #7fd494);
      --_warning: var(--kh-color-warning, #f2b866);
      --_danger: var(--kh-color-danger, #ff9a92);
      --_focus: var(--kh-color-focus, #7db7f5);
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    --_text: var(--kh-color-text, #e8ecf0);
    --_muted: var(--kh-color-text-muted, #aeb7c0);
    --_surface: var(--kh-color-surface, #16191d);
    --_subtle: var(--kh-color-surface-subtle, #22272d);
    --_border: var(--kh-color-border, #3d454e);
    --_primary: var(--kh-color-primary, #7db7f5);
    --_on-primary: var(--kh-color-on-primary, #0b1726);
    --_success: var(--kh-color-success, #7fd494);
    --_warning: var(--kh-color-warning, #f2b866);
    --_danger: var(--kh-color-danger, #ff9a92);
    --_focus: var(--kh-color-focus, #7db7f5);
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;

/** Loading / empty / error blocks shared by every element. */
export const stateStyles = css`
  /* Painted like a card: a dark-themed widget on a light page must keep its contrast. */
  .state {
    padding: var(--_space);
    color: var(--_muted);
    text-align: center;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='base'] .state {
    border: 0;
  }
  .state[part~='error'] {
    color: var(--_danger);
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.5em;
    vertical-align: -0.125em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: kh-spin 0.8s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  @keyframes kh-spin {
    to {
      transform: rotate(360deg);
    }
  }
  button {
    font: inherit;
    cursor: pointer;
    margin-block-start: 0.5em;
    padding: 0.375em 0.875em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
  }
`;
