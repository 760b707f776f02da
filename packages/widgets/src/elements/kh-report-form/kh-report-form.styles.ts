import { css } from 'lit';

// Terse on purpose: every byte counts against the form's 35 KB budget.
export const styles = css`
  form { display: grid; gap: 1em; padding: var(--_space); background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius) }
  h2, h3 { margin: 0 }
  h3 { font-size: 1.125em }
  h2, legend, label, .error, .warning, a, .badge { font-weight: 700 }
  p { margin: 0.25em 0 }
  .meta, .hint { color: var(--_muted); font-size: 0.875em }
  .badge { padding: 0 0.5em; border: 1px solid; border-radius: 1em }
  .accepted { color: var(--_success) }
  .returned, .overdue, .warning { color: var(--_warning) }
  fieldset { margin: 0 0 0.75em; padding: 0.75em; border: 1px solid var(--_border); border-radius: var(--_radius); min-width: 0 }
  legend { float: left; width: 100%; padding: 0; margin-block-end: 0.5em }
  legend + * { clear: both }
  .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(12em, 1fr)); gap: 0 0.75em }
  .field { display: flex; flex-direction: column; margin-block-end: 0.5em }
  input, select, textarea { font: inherit; color: inherit; background: inherit; border: 1px solid var(--_muted); border-radius: 4px; padding: 0.375em }
  [readonly], :disabled { background: var(--_subtle); border-style: dashed }
  [aria-invalid='true'] { border: 2px solid var(--_danger) }
  a { color: var(--_primary) }
  .error, .sum h3, .msg.error, .sum a { color: var(--_danger) }
  .error::before { content: '✕ ' }
  .warning::before { content: '⚠ ' }
  .sum, .msg { padding: 0.5em 1em; background: var(--_subtle); border-inline-start: 6px solid var(--_primary) }
  .sum, .msg.error { border: 2px solid var(--_danger); border-inline-start-width: 6px }
  .comment { white-space: pre-wrap }
  nav, .actions { display: flex; flex-wrap: wrap; gap: 0.75em; align-items: center }
  .actions { position: sticky; bottom: 0; z-index: 1; padding-block: 0.5em; background: var(--_surface); border-block-start: 1px solid var(--_border) }
  /* WCAG 2.2 focus not obscured: what takes focus scrolls clear of the sticky bar. */
  * { scroll-margin-bottom: 6em }
  .secondary { background: inherit; color: var(--_primary) }
`;
