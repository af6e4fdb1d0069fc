import { css } from 'lit';

/** Reduced motion, forced colours (Windows High Contrast) and print. */
export const media = css`
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
