import { css } from 'lit';

/**
 * The vertical layout (phones): the plot flows down the page, Earlier/Later, a details sheet.
 * Adopted after the element's own sheets when the vertical layout is first drawn (or printed).
 */
export const vertical = css`
  .frame--vertical {
    overflow: visible;
  }
  svg.vertical {
    overflow: hidden;
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
  .pan--earlier::before {
    content: '↑' / '';
    margin-inline-end: 0.4em;
  }
  .pan--later::before {
    content: '↓' / '';
    margin-inline-end: 0.4em;
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
  @media print {
    .root--vertical [part~='details'] {
      position: static;
      max-height: none;
      box-shadow: none;
    }
  }
`;
