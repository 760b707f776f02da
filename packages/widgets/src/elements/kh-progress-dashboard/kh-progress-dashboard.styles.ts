import { css } from 'lit';

export const styles = css`
  [part~='measure-button'] {
    font-weight: 600;
  }
  [part~='trend'] {
    display: inline-block;
    vertical-align: middle;
    width: 4.5em;
    height: 1.5em;
    overflow: visible;
  }
  polyline {
    fill: none;
    stroke: var(--_primary);
    stroke-width: 2;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .reason {
    display: block;
  }
  /* What stands beside a unit's own figure (besideFigure): the only list of the dashboard. */
  dl,
  dd {
    margin: 0;
  }
  dt,
  dd {
    display: inline;
  }
  /* A measure's figures by category (categoryBreakdown), a disclosure on the row under it: one row to the eye. */
  tr:has(+ .categories),
  tr:has(+ .categories) > * {
    border: 0;
  }
  .categories > td {
    padding-block-start: 0;
  }
  summary {
    cursor: pointer;
    color: var(--_primary);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.5em 0.25em;
  }
  .met {
    color: var(--_success);
    font-weight: 600;
  }
`;
