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

/** The public custom properties with their defaults, the themes, and the host box. */
export const tokens = css`
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
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTheme}
    }
  }
  :host([theme='dark']) {
    ${darkTheme}
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .root {
    display: contents;
  }
  .sizer {
    width: 100%;
    height: 0;
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
`;
