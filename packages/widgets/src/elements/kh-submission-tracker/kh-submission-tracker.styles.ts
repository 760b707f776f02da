import { css } from 'lit';

export const styles = css`
  .accepted {
    color: var(--_success);
  }
  .submitted {
    color: var(--_primary);
  }
  .returned,
  .draft {
    color: var(--_warning);
  }
  .overdue,
  .missing {
    color: var(--_danger);
  }
  [part~='countdown'] {
    display: flex;
    gap: 0.45em;
    align-items: center;
    margin: 0.45em 0;
    padding: 0.65em;
    border-radius: calc(var(--_radius) / 2);
    border: 2px solid currentColor;
    font-size: 1.125em;
    font-weight: 600;
    color: var(--_primary);
  }
  [part~='countdown'].overdue {
    color: var(--_danger);
  }
  [part~='summary'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.75em 0;
    padding: 0;
    list-style: none;
  }
  [part~='summary'] li {
    padding: 0.25em 0.625em;
    background: var(--_subtle);
    border-radius: 999px;
  }
  .due {
    display: block;
    font-weight: normal;
    font-size: 0.78em;
    color: var(--_muted);
  }
`;
