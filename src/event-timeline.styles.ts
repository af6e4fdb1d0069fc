import { css } from 'lit';

/** The dark theme's colours: used under prefers-color-scheme: dark and by theme="dark". */
const darkTheme = css`
    --event-timeline-background: #0d1117;
    --event-timeline-text-color: #e6edf3;
    --event-timeline-muted-color: #9198a1;
    --event-timeline-accent-color: #4493f8;
    --event-timeline-selected-color: #ff7b72;
    --event-timeline-focus-color: #79c0ff;
    --event-timeline-border-color: #3d444d;
    --event-timeline-era-color: #9198a1;
    --event-timeline-span-opacity: 0.35;
    color-scheme: dark;
`;

/** Styles of `<event-timeline>`: public through `--event-timeline-*` custom properties and parts. */
export const styles = css`
  :host {
    --event-timeline-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK KR', sans-serif;
    --event-timeline-font-size: 14px;
    --event-timeline-label-size: 13px;
    --event-timeline-background: #ffffff;
    --event-timeline-text-color: #1f2328;
    --event-timeline-muted-color: #57606a;
    --event-timeline-accent-color: #1f5fbf;
    --event-timeline-selected-color: #a4262c;
    --event-timeline-focus-color: #0b57d0;
    --event-timeline-span-opacity: 0.22;
    --event-timeline-lane-height: 32px;
    --event-timeline-mark-size: 12px;
    --event-timeline-radius: 6px;
    --event-timeline-border-color: #d0d7de;
    /* Colour-blind-safe category colours (after Okabe & Ito), each ≥ 3:1 on light and dark. */
    --event-timeline-category-1: #0072b2;
    --event-timeline-category-2: #d55e00;
    --event-timeline-category-3: #009e73;
    --event-timeline-category-4: #cc79a7;
    --event-timeline-category-5: #996600;
    --event-timeline-category-6: #8f5eb0;
    --event-timeline-era-color: #57606a;

    display: block;
    position: relative;
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
    font-family: var(--event-timeline-font-family);
    font-size: var(--event-timeline-font-size);
    color: var(--event-timeline-text-color);
    background: var(--event-timeline-background);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .sizer {
    width: 100%;
    height: 0;
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.05em;
    font-weight: 600;
  }
  .frame {
    position: relative;
    width: 100%;
    overflow: hidden;
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
  .axis-line {
    stroke: var(--event-timeline-border-color);
  }
  [part~='tick'] line {
    stroke: var(--event-timeline-muted-color);
  }
  [part~='tick'] text {
    fill: var(--event-timeline-muted-color);
    font-size: 12px;
  }
  .gridline {
    stroke: var(--event-timeline-border-color);
    stroke-dasharray: 2 4;
  }
  [part~='event'] {
    cursor: pointer;
    outline: none;
  }
  .hit {
    fill: transparent;
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
  [part~='event']:focus-visible .hit,
  [part~='cluster']:focus-visible .cluster-box {
    stroke: var(--event-timeline-focus-color);
    stroke-width: 2px;
  }
  [part~='event']:hover .hit {
    fill: color-mix(in srgb, var(--event-timeline-accent-color) 8%, transparent);
  }
  .background {
    fill: transparent;
  }
  svg.main {
    cursor: grab;
  }
  svg.main:active {
    cursor: grabbing;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 8px;
    margin-bottom: 4px;
  }
  .toolbar .heading {
    margin: 0;
  }
  .controls {
    display: flex;
    gap: 4px;
    margin-inline-start: auto;
  }
  .controls button {
    min-width: 28px;
    min-height: 28px;
    padding: 0 0.4em;
    line-height: 1;
    background: color-mix(in srgb, var(--event-timeline-background) 92%, transparent);
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: min(28em, 90%);
    padding: 0.35em 0.6em;
    border-radius: var(--event-timeline-radius);
    background: var(--event-timeline-text-color);
    color: var(--event-timeline-background);
    font-size: 0.85em;
    line-height: 1.35;
    pointer-events: none;
    overflow-wrap: anywhere;
    max-height: 8em;
    overflow: hidden;
  }
  .hint {
    position: absolute;
    inset: 50% auto auto 50%;
    transform: translate(-50%, -50%);
    padding: 0.5em 0.9em;
    border-radius: var(--event-timeline-radius);
    background: color-mix(in srgb, var(--event-timeline-text-color) 85%, transparent);
    color: var(--event-timeline-background);
    pointer-events: none;
  }
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
  [part~='cluster'] {
    cursor: pointer;
    outline: none;
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

  [part~='details'] {
    margin-top: 0.5em;
    padding: 0.75em 1em;
    border: 1px solid var(--event-timeline-border-color);
    border-left: 4px solid var(--event-timeline-selected-color);
    border-radius: var(--event-timeline-radius);
    overflow-wrap: anywhere;
  }
  [part~='details'] h3 {
    margin: 0 2.5em 0.25em 0;
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
  .details-box {
    position: relative;
  }
  button {
    font: inherit;
    color: inherit;
    min-width: 24px;
    min-height: 24px;
    border: 1px solid var(--event-timeline-border-color);
    border-radius: var(--event-timeline-radius);
    background: var(--event-timeline-background);
    cursor: pointer;
    padding: 0.2em 0.6em;
  }
  button:focus-visible,
  a:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--event-timeline-focus-color);
    outline-offset: 2px;
  }
  .close {
    position: absolute;
    top: 0;
    inset-inline-end: 0;
    min-width: 32px;
    min-height: 32px;
    line-height: 1;
  }
  a {
    color: var(--event-timeline-accent-color);
  }
  [part~='problems'] {
    margin-top: 0.5em;
    padding: 0.4em 0.75em;
    border: 1px solid #b26b00;
    border-radius: var(--event-timeline-radius);
    background: color-mix(in srgb, #f0a000 10%, var(--event-timeline-background));
    font-size: 0.9em;
  }
  [part~='problems'] summary {
    cursor: pointer;
  }
  [part~='problems'] ul {
    margin: 0.4em 0 0;
    padding-inline-start: 1.2em;
    max-height: 12em;
    overflow: auto;
    overflow-wrap: anywhere;
  }
  [part~='status'] {
    padding: 1.5em 1em;
    text-align: center;
    color: var(--event-timeline-muted-color);
    border: 1px dashed var(--event-timeline-border-color);
    border-radius: var(--event-timeline-radius);
  }
  [part~='status'] button {
    margin-top: 0.5em;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .mark {
      fill: CanvasText;
      stroke: CanvasText;
    }
    [part~='event--selected'] .mark {
      fill: Highlight;
      stroke: Highlight;
    }
    [part~='label'],
    [part~='tick'] text,
    .era-title {
      fill: CanvasText;
    }
    .era-band {
      fill: Canvas;
      stroke: GrayText;
    }
    [part~='event']:focus-visible .hit {
      stroke: Highlight;
    }
  }

  /* ---- themes: light by default, dark by preference or by theme="dark" ---- */
  :host {
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTheme}
    }
  }
  :host([theme='dark']) {
    ${darkTheme}
  }

  /* ---- structure, screen-reader-only text ---- */
  .root {
    display: contents;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* ---- right-to-left: the time axis runs from the right (earlier) to the left (later) ---- */
  svg.main,
  svg.vertical {
    direction: ltr;
  }
  svg text {
    unicode-bidi: plaintext;
  }
  .root[dir='rtl'] svg.main,
  .root[dir='rtl'] [part~='overview'] {
    transform: scaleX(-1);
  }
  .root[dir='rtl'] svg.main text {
    /* Each text is mirrored back in its own box, so it reads normally at its mirrored place. */
    transform-box: fill-box;
    transform-origin: center;
    transform: scaleX(-1);
  }
  /* The data's own text takes the direction of its own script, whatever the element's. */
  [part~='details'] h3,
  [part~='details'] p,
  [part~='details'] dd,
  .list-title,
  .list-description,
  .tooltip {
    unicode-bidi: plaintext;
  }
  .root[dir='rtl'] [part~='details'] {
    border-left-width: 1px;
    border-right: 4px solid var(--event-timeline-selected-color);
  }
  .root[dir='rtl'] [part~='details'] h3 {
    margin: 0 0 0.25em 2.5em;
  }

  /* ---- vertical layout ---- */
  .frame--vertical {
    overflow: visible;
  }
  .plot {
    position: relative;
  }
  svg.vertical {
    overflow: hidden;
  }
  .tick-text {
    dominant-baseline: central;
  }
  svg.vertical [part~='label'] {
    /* A halo in the background colour keeps labels legible over gridlines. */
    paint-order: stroke;
    stroke: var(--event-timeline-background);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .pan {
    display: block;
    width: 100%;
    min-height: 32px;
    margin: 4px 0;
    color: var(--event-timeline-accent-color);
  }
  .root--vertical [part~='details'] {
    /* A sheet at the bottom of the screen while the timeline is in view. */
    position: sticky;
    bottom: 0;
    z-index: 3;
    max-height: 45vh;
    overflow: auto;
    background: var(--event-timeline-background);
    box-shadow: 0 -4px 16px rgb(0 0 0 / 0.18);
  }

  /* ---- the list of all events ---- */
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
  .pan--earlier::before {
    content: '↑' / '';
    margin-inline-end: 0.4em;
  }
  .pan--later::before {
    content: '↓' / '';
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
  [part~='list-more'] {
    margin-top: 0.25em;
  }
  [part~='problems'] summary {
    min-height: 24px;
    padding-block: 3px;
  }

  /* ---- focus in forced colours, print ---- */
  @media (forced-colors: active) {
    [part~='event']:focus-visible .hit,
    [part~='cluster']:focus-visible .cluster-box {
      stroke: Highlight;
      stroke-width: 3px;
    }
  }
  @media print {
    .list.visually-hidden {
      position: static !important;
      width: auto;
      height: auto;
      margin: 0;
      overflow: visible;
      clip: auto;
      clip-path: none;
      white-space: normal;
    }
    [part~='controls'],
    .list-bar,
    .pan,
    [part~='overview'],
    .hint,
    .tooltip {
      display: none !important;
    }
    .root--vertical [part~='details'] {
      position: static;
      max-height: none;
      box-shadow: none;
    }
  }
`;
