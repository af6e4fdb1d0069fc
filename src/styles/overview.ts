import { css } from 'lit';

/** The overview strip and its brush. */
export const overview = css`
  [part~='overview'] {
    display: block;
    margin-top: 4px;
    touch-action: none;
    cursor: pointer;
  }
  .overview-bg {
    fill: color-mix(in srgb, var(--event-timeline-muted-color) 6%, transparent);
  }
  .overview-density {
    fill: var(--event-timeline-muted-color);
    opacity: 0.6;
  }
  [part~='overview-brush'] {
    fill: color-mix(in srgb, var(--event-timeline-accent-color) 18%, transparent);
    stroke: var(--event-timeline-accent-color);
    stroke-width: 1.5px;
    cursor: grab;
  }
  .brush-handle {
    fill: transparent;
    cursor: ew-resize;
  }
`;
