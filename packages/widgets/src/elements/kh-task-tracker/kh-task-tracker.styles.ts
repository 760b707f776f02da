import { css } from 'lit';

export const styles = css`
  /* Only this element has text for screen readers alone (the details column and buttons). */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [hidden] {
    display: none !important;
  }
  .completed {
    color: var(--_success);
  }
  .in_progress {
    color: var(--_primary);
  }
  .label {
    font-weight: 600;
    margin-inline-end: 0.25em;
  }
  .agencies {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5em;
  }
  .agencies li {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: 0.25em 1em;
    padding: 0.5em 0.75em;
    background: var(--_subtle);
    border-radius: calc(var(--_radius) / 2);
  }
  .agencies li > :only-child {
    grid-column: 1 / -1;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125em 0.75em;
  }
  [part~='toggle'] {
    margin: 0;
    white-space: nowrap;
    background: var(--_surface);
    color: var(--_primary);
  }
  [part~='toggle'][aria-expanded='true'] .chev {
    transform: rotate(90deg);
  }
  .chev {
    display: inline-block;
    transition: transform 0.15s;
  }
  tr.detail > td {
    border-block-start: 0;
  }
  @container (max-width: 32em) {
    .agencies li {
      grid-template-columns: 1fr;
    }
  }
`;
