import { css } from 'lit';

/**
 * Layout shared by the list widgets (dashboard, task and submission trackers): card, heading,
 * filter bar, status badges with icons, the illustrative-data notice, and tables that turn
 * into stacked cards below 40em of the widget's own width (container query, not viewport).
 *
 * Lengths are in `em` of the element they style, never `rem`: the page's `html` font-size
 * must not resize the inside of a widget (docs/embedding.md). Where an element has its own
 * font-size, the length is divided by it (`9rem` at 0.875em is 10.3em).
 */
export const widgetStyles = css`
  [part~='base'] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    container-type: inline-size;
  }
  [part~='title'] {
    margin: 0 0 0.45em;
    font-size: 1.125em;
    font-weight: 600;
  }
  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 0.75em;
    margin-block: 0.5em;
  }
  label {
    display: flex;
    flex-direction: column;
    font-size: 0.875em;
    color: var(--_muted);
    flex: 1 1 10.3em;
    max-width: 100%;
  }
  select {
    font: inherit;
    /* 1em of the widget inside a 0.875em label. */
    font-size: 1.143em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.375em 0.5em;
    min-height: 2.5em;
    max-width: 100%;
  }
  .count,
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .count {
    margin: 0.3em 0;
  }
  [part~='illustrative'],
  [part~='notice'] {
    display: flex;
    gap: 0.5em;
    align-items: center;
    margin: 0.5em 0;
    padding: 0.375em 0.75em;
    border: 1px dashed var(--_warning);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_subtle);
  }
  .icon {
    width: 1.1em;
    height: 1.1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
    vertical-align: -0.2em;
  }
  .badge {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    font-weight: 600;
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* Progress statuses; each element colours its own kinds of status. */
  .target_achieved,
  .substantial_progress {
    color: var(--_success);
  }
  .moderate_progress {
    color: var(--_primary);
  }
  .limited_progress,
  .unconf {
    color: var(--_warning);
  }
  .deterioration {
    color: var(--_danger);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    font-size: 0.875em;
    color: var(--_muted);
    font-weight: 600;
  }
  tbody th[scope='rowgroup'] {
    background: var(--_subtle);
    font-weight: 600;
  }
  tbody th[scope='row'] {
    font-weight: normal;
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  .link {
    font: inherit;
    color: var(--_primary);
    background: none;
    border: 0;
    padding: 0;
    margin: 0;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  @container (max-width: 40em) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table,
    caption,
    tbody,
    tr,
    td,
    th {
      display: block;
    }
    tbody tr {
      padding-block: 0.5em;
      border-block-end: 1px solid var(--_border);
    }
    td,
    th {
      border: 0;
      padding: 0.125em 0;
    }
    td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
      font-size: 0.875em;
    }
    .num {
      text-align: start;
    }
    tbody th[scope='rowgroup'] {
      padding: 0.375em 0.5em;
    }
  }
`;
