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
    gap: 0.5rem;
    align-items: center;
    margin: 0.5rem 0;
    padding: 0.75rem;
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
    gap: 0.5rem;
    margin: 0.75rem 0;
    padding: 0;
    list-style: none;
  }
  [part~='summary'] li {
    padding: 0.25rem 0.625rem;
    background: var(--_subtle);
    border-radius: 999px;
  }
  .due {
    display: block;
    font-weight: normal;
    font-size: 0.875rem;
    color: var(--_muted);
  }
`;
