import { css } from 'lit';

/** The list of a "+N" cluster's events (adopted with its module). Rows are 44 px high (`ROW` in view/cluster-list.ts). */
export const clusterList = css`
  .cluster-list {
    position: absolute;
    z-index: 4;
    width: min(20em, 100%);
    box-sizing: border-box;
    inset-inline-start: clamp(0px, var(--x), 100% - min(20em, 100%));
    display: flex;
    flex-direction: column;
    gap: 4px;
    padding: 6px;
    background: var(--event-timeline-background);
    color: var(--event-timeline-text-color);
    border: 1px solid var(--event-timeline-border-color);
    border-radius: var(--event-timeline-radius);
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
    font-size: 0.9em;
  }
  .cluster-list-head {
    display: flex;
    align-items: center;
    gap: 6px;
    padding-inline-start: 4px;
    font-weight: 600;
  }
  .cluster-list-head span {
    flex: 1;
  }
  .cluster-list-close {
    min-width: 28px;
    min-height: 28px;
    padding: 0;
  }
  .cluster-scroll {
    overflow-y: auto;
    overflow-anchor: none;
    overscroll-behavior: contain;
  }
  .cluster-item {
    display: block;
    width: 100%;
    height: 44px;
    box-sizing: border-box;
    padding: 3px 6px;
    border: 0;
    border-radius: 4px;
    background: transparent;
    text-align: start;
    line-height: 1.3;
  }
  .cluster-item:hover,
  .cluster-item:focus-visible {
    background: color-mix(in srgb, var(--event-timeline-accent-color) 12%, var(--event-timeline-background));
  }
  .cluster-item:focus-visible {
    outline-offset: -2px;
  }
  [part~='cluster-list-item--selected'] .cluster-item-title {
    color: var(--event-timeline-selected-color);
  }
  .cluster-item span {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .cluster-item-title {
    unicode-bidi: plaintext;
  }
  .cluster-item-date {
    color: var(--event-timeline-muted-color);
    font-size: 0.9em;
  }
  [part~='cluster-list-zoom'] {
    align-self: flex-start;
    min-height: 28px;
  }
`;
