import { css } from 'lit';

export const styles = css`
  [part~='base'] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    container-type: inline-size;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
    justify-content: space-between;
  }
  [part~='code'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='title'] {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
    flex: 1 1 14.2em;
  }
  .badge {
    display: inline-block;
    padding: 0.15em 0.7em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    background: var(--_subtle);
    color: var(--_muted);
  }
  .badge.target_achieved,
  .badge.substantial_progress {
    color: var(--_success);
  }
  .badge.moderate_progress {
    color: var(--_primary);
  }
  .badge.limited_progress,
  .unconf {
    color: var(--_warning);
  }
  .unconf {
    margin-inline-start: 0.5em;
    font-size: 0.8125em;
    vertical-align: middle;
  }
  .badge.deterioration {
    color: var(--_danger);
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: 0.75em;
    margin: 1em 0;
  }
  dl div {
    background: var(--_subtle);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5em 0.75em;
  }
  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dd {
    margin: 0;
    font-size: 1.375em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .met {
    color: var(--_success);
    font-size: 0.75em;
    margin-inline-start: 0.25em;
  }
  [part~='reason'],
  [part~='note'] {
    color: var(--_muted);
    margin: 0 0 0.75em;
  }
  .missed {
    flex-basis: 100%;
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  svg {
    display: block;
    width: 100%;
    max-width: 40em;
    height: auto;
    margin-block: 0.5em;
    overflow: visible;
    font-size: 11px;
  }
  svg text {
    fill: var(--_muted);
  }
  .line {
    fill: none;
    stroke: var(--_primary);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .target {
    stroke: var(--_success);
    stroke-dasharray: 5 4;
  }
  svg .tl {
    fill: var(--_success);
    font-weight: 600;
    /* A halo of the card's colour: a label pushed under a close target stays readable over the dashes. */
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .axis {
    stroke: var(--_border);
  }
  .pt circle {
    fill: var(--_surface);
    stroke: var(--_primary);
    stroke-width: 2.5;
  }
  .pt text {
    visibility: hidden;
    fill: var(--_text);
    font-weight: 600;
    font-size: 13px;
  }
  .pt:is(:hover, :focus) text {
    visibility: visible;
  }
  .pt:focus {
    outline: none;
  }
  .pt:is(:hover, :focus) circle {
    fill: var(--_primary);
  }
  .pt:focus-visible circle {
    stroke: var(--_focus);
    stroke-width: 4;
  }
  details {
    margin-block-start: 0.75em;
  }
  summary {
    cursor: pointer;
    color: var(--_primary);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-block-start: 0.5em;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: start;
    padding: 0.25em 0.5em;
    border-block-end: 1px solid var(--_border);
  }
  td.num {
    text-align: end;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
`;
