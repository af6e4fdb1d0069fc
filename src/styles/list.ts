import { css } from 'lit';

/** The list of all events. */
export const list = css`
  .list-bar {
    display: flex;
    justify-content: flex-end;
    margin-top: 6px;
  }
  [part~='list-toggle'] {
    min-height: 28px;
    font-size: 0.9em;
  }
  [part~='list-toggle']::before {
    content: '☰' / '';
    margin-inline-end: 0.4em;
  }
  [part~='list-toggle'][aria-pressed='true'] {
    background: color-mix(in srgb, var(--event-timeline-accent-color) 14%, var(--event-timeline-background));
    border-color: var(--event-timeline-accent-color);
  }
  [part~='list'] h3 {
    margin: 0.5em 0 0.4em;
    font-size: 1em;
  }
  [part~='list'] ol {
    margin: 0;
    padding-inline-start: 1.6em;
  }
  [part~='list'] li {
    margin: 0 0 0.5em;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  .list-date {
    display: block;
    color: var(--event-timeline-muted-color);
    font-size: 0.9em;
  }
  .list-title {
    font-weight: 600;
  }
  .list-description {
    display: block;
  }
`;
