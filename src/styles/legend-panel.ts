import { css } from 'lit';

/** The legend's "N more" button and the panel of further categories (adopted with the categories' module). */
export const legendPanel = css`
  [part~='legend-more'] {
    min-height: 28px;
    font-size: 0.9em;
  }
  .legend:has(.legend-panel) {
    /* Open, the legend takes a row of its own under the heading and the zoom buttons. */
    flex-basis: 100%;
    order: 1;
  }
  .legend-panel {
    flex-basis: 100%;
    display: flex;
    flex-direction: column;
    gap: 6px;
    padding: 6px;
    border: 1px solid var(--event-timeline-border-color);
    border-radius: var(--event-timeline-radius);
  }
  .legend-find {
    font: inherit;
    color: inherit;
    background: var(--event-timeline-background);
    border: 1px solid var(--event-timeline-border-color);
    border-radius: var(--event-timeline-radius);
    min-height: 28px;
    max-width: 20em;
    padding: 0 0.5em;
  }
  .legend-find:focus-visible {
    outline: 2px solid var(--event-timeline-focus-color);
    outline-offset: 1px;
  }
  .legend-page {
    display: flex;
    flex-wrap: wrap;
    align-content: flex-start;
    gap: 6px;
    max-height: 12em;
    overflow: auto;
    padding: 3px;
  }
  .legend-pager {
    display: flex;
    align-items: center;
    gap: 8px;
    font-size: 0.9em;
  }
  .legend-pager [aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }
  .legend-none {
    color: var(--event-timeline-muted-color);
  }
`;
