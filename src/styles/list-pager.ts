import { css } from 'lit';

/** The pager of the visible list of all events (adopted with the list's module). */
export const listPager = css`
  .list-pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    margin: 0.4em 0;
  }
  [part~='list-page'] {
    min-height: 28px;
  }
  [part~='list-page'][aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }
  .list-range {
    padding: 0 0.4em;
    color: var(--event-timeline-muted-color);
    font-variant-numeric: tabular-nums;
  }
`;
