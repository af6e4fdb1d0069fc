import { css } from 'lit';

/** Category colours, band titles and the legend (group-by). */
export const categories = css`
  .cat-0 {
    --category-color: var(--event-timeline-category-1);
  }
  .cat-1 {
    --category-color: var(--event-timeline-category-2);
  }
  .cat-2 {
    --category-color: var(--event-timeline-category-3);
  }
  .cat-3 {
    --category-color: var(--event-timeline-category-4);
  }
  .cat-4 {
    --category-color: var(--event-timeline-category-5);
  }
  .cat-5 {
    --category-color: var(--event-timeline-category-6);
  }
  .cat-other {
    --category-color: var(--event-timeline-muted-color);
  }
  [class*='cat-'] .mark {
    fill: var(--category-color);
    stroke: var(--category-color);
  }
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
  .legend .swatch {
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
  .legend [aria-pressed='false'] .swatch {
    background: transparent;
  }
  .legend-count {
    color: var(--event-timeline-muted-color);
  }
`;
