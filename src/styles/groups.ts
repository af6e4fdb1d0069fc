import { css } from 'lit';

/** Band titles and the legend (group-by), adopted with the category bands' module (view/categories.ts). */
export const groups = css`
  .group-band {
    fill: color-mix(in srgb, var(--category-color) 10%, transparent);
  }
  [part~='group-label'] {
    fill: var(--event-timeline-text-color);
    font-size: 12px;
    font-weight: 600;
    dominant-baseline: central;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0;
  }
  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 28px;
    font-size: 0.9em;
  }
  [part~='legend-item']::before {
    content: '';
    flex: none;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--category-color);
    border: 2px solid var(--category-color);
  }
  .legend [aria-pressed='false'] {
    color: var(--event-timeline-muted-color);
    text-decoration: line-through;
  }
  .legend [aria-pressed='false']::before {
    background: transparent;
  }
  .legend-count {
    color: var(--event-timeline-muted-color);
  }
`;
