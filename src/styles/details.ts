import { css } from 'lit';

/** The details panel of the selected event. */
export const details = css`
  [part~='details'] {
    position: relative;
    margin-top: 0.5em;
    padding: 0.75em 1em;
    border: 1px solid var(--event-timeline-border-color);
    border-inline-start: 4px solid var(--event-timeline-selected-color);
    border-radius: var(--event-timeline-radius);
    overflow-wrap: anywhere;
  }
  [part~='details'] h3 {
    margin-block: 0 0.25em;
    margin-inline: 0 2.5em;
    font-size: 1.05em;
  }
  .details-date {
    margin: 0 0 0.5em;
    color: var(--event-timeline-muted-color);
  }
  [part~='details'] p {
    margin: 0 0 0.5em;
    line-height: 1.45;
  }
  [part~='details'] dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2em 0.75em;
    margin: 0;
  }
  [part~='details'] dt {
    color: var(--event-timeline-muted-color);
  }
  [part~='details'] dd {
    margin: 0;
  }
  .close {
    position: absolute;
    top: 0;
    inset-inline-end: 0;
    min-width: 32px;
    min-height: 32px;
    line-height: 1;
  }
`;
