import { css } from 'lit';

/** Category colours: events keep their category's colour with or without group-by. */
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
`;
