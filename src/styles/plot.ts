import { css } from 'lit';

/** The plot's <svg>: axis, events, eras, "+N" marks. */
export const plot = css`
  .frame {
    position: relative;
    width: 100%;
    /* Labels past the sides are cut; a cluster's list may hang below. */
    overflow-x: clip;
  }
  .plot-box {
    position: relative;
  }
  svg {
    display: block;
    width: 100%;
    overflow: visible;
    user-select: none;
    -webkit-user-select: none;
  }
  svg:focus {
    outline: none;
  }
  svg.plot {
    /* The plot lays out left to right; right-to-left is a mirror (see the rtl sheet). */
    direction: ltr;
  }
  svg.main {
    cursor: grab;
  }
  svg.main:active {
    cursor: grabbing;
  }
  svg text {
    unicode-bidi: plaintext;
  }
  .background {
    fill: transparent;
  }
  .axis-line {
    stroke: var(--event-timeline-border-color);
  }
  [part~='tick'] line {
    stroke: var(--event-timeline-muted-color);
  }
  [part~='tick'] text {
    fill: var(--event-timeline-muted-color);
    font-size: 12px;
    dominant-baseline: central;
  }
  svg.main [part~='tick'] text {
    dominant-baseline: auto;
  }
  .gridline {
    stroke: var(--event-timeline-border-color);
    stroke-dasharray: 2 4;
  }
  [part~='event'],
  [part~='cluster'] {
    cursor: pointer;
    outline: none;
  }
  .hit {
    fill: transparent;
  }
  [part~='event']:hover .hit {
    fill: color-mix(in srgb, var(--event-timeline-accent-color) 8%, transparent);
  }
  .mark {
    fill: var(--event-timeline-accent-color);
    stroke: var(--event-timeline-accent-color);
    stroke-width: 1.5px;
  }
  .mark.span {
    fill-opacity: var(--event-timeline-span-opacity);
  }
  .approximate .mark {
    stroke-dasharray: 3 2;
    fill-opacity: 0.35;
  }
  .approximate .mark.span {
    fill-opacity: 0.1;
  }
  [part~='label'] {
    fill: var(--event-timeline-text-color);
    font-size: var(--event-timeline-label-size);
    dominant-baseline: central;
  }
  [part~='event--selected'] .mark {
    fill: var(--event-timeline-selected-color);
    stroke: var(--event-timeline-selected-color);
  }
  [part~='event--selected'] [part~='label'] {
    /* Not bold: the label's width was measured in the regular weight. */
    text-decoration: underline;
    text-decoration-thickness: 2px;
    fill: var(--event-timeline-selected-color);
  }
  /* A pointer's tooltip, never drawn (stated, so that nothing takes it for visible text). */
  svg title {
    display: none;
  }
  [part~='event']:focus-visible .hit,
  [part~='cluster']:focus-visible .cluster-box {
    stroke: var(--event-timeline-focus-color);
    stroke-width: 2px;
  }
  .era-band {
    fill: color-mix(in srgb, var(--event-timeline-era-color) 6%, transparent);
  }
  .era--alt .era-band {
    fill: color-mix(in srgb, var(--event-timeline-era-color) 12%, transparent);
  }
  .era-title {
    fill: var(--event-timeline-era-color);
    font-size: var(--event-timeline-label-size);
    dominant-baseline: central;
  }
  .era-title--along {
    writing-mode: vertical-rl;
  }
  [part~='cluster'] rect.cluster-box {
    fill: color-mix(in srgb, var(--event-timeline-muted-color) 14%, transparent);
    stroke: var(--event-timeline-muted-color);
    stroke-dasharray: 2 2;
  }
  [part~='cluster'] text {
    fill: var(--event-timeline-text-color);
    font-size: 12px;
    font-weight: 600;
    dominant-baseline: central;
  }
`;
