import { css } from 'lit';

/**
 * Layout shared by the list widgets (dashboard, task and submission trackers): card, heading,
 * filter bar, status badges with icons, the illustrative-data notice, and tables that turn
 * into stacked cards below 40rem of the widget's own width (container query, not viewport).
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
    margin: 0 0 0.5rem;
    font-size: 1.125em;
    font-weight: 600;
  }
  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    margin-block: 0.5rem;
  }
  label {
    display: flex;
    flex-direction: column;
    font-size: 0.875em;
    color: var(--_muted);
    flex: 1 1 9rem;
    max-width: 100%;
  }
  select {
    font: inherit;
    font-size: 1rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.375rem 0.5rem;
    min-height: 2.5rem;
    max-width: 100%;
  }
  .count,
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .count {
    margin: 0.25rem 0;
  }
  [part~='illustrative'],
  [part~='notice'] {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin: 0.5rem 0;
    padding: 0.375rem 0.75rem;
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
    padding: 0.5rem;
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
  @container (max-width: 40rem) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table,
    tbody,
    tr,
    td,
    th {
      display: block;
    }
    tbody tr {
      padding-block: 0.5rem;
      border-block-end: 1px solid var(--_border);
    }
    td,
    th {
      border: 0;
      padding: 0.125rem 0;
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
      padding: 0.375rem 0.5rem;
    }
  }
`;
