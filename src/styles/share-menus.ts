import { css } from 'lit';

/** The Download menu and the Copy link field, adopted when their modules load (see adopt.ts). */
export const shareMenus = css`
  [part~='download-menu'] {
    position: absolute;
    z-index: 4;
    top: calc(100% + 4px);
    inset-inline-end: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 10em;
    padding: 4px;
    border: 1px solid var(--event-timeline-border-color);
    border-radius: var(--event-timeline-radius);
    background: var(--event-timeline-background);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  .controls [part~='download-option'] {
    min-height: 32px;
    padding: 0 0.6em;
    border-color: transparent;
    text-align: start;
    white-space: nowrap;
  }
  [part~='download-option']:hover {
    background: color-mix(in srgb, var(--event-timeline-accent-color) 10%, var(--event-timeline-background));
  }
  .share-link {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    margin-top: 0.6em;
  }
  .link-field {
    flex: 1 1 16em;
    min-width: 0;
    min-height: 28px;
    font: inherit;
    font-size: 0.9em;
    color: inherit;
    background: var(--event-timeline-background);
    border: 1px solid var(--event-timeline-accent-color);
    border-radius: var(--event-timeline-radius);
    padding: 0.2em 0.4em;
  }
  .link-hint {
    flex-basis: 100%;
    font-size: 0.85em;
    color: var(--event-timeline-muted-color);
  }
`;
