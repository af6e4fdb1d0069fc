import { css } from 'lit';

/** Buttons, toolbar, tooltip, hint, status and problems. */
export const chrome = css`
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
  a {
    color: var(--event-timeline-accent-color);
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.05em;
    font-weight: 600;
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
    max-height: 8em;
    overflow: hidden;
    padding: 0.35em 0.6em;
    border-radius: var(--event-timeline-radius);
    background: var(--event-timeline-text-color);
    color: var(--event-timeline-background);
    font-size: 0.85em;
    line-height: 1.35;
    pointer-events: none;
    overflow-wrap: anywhere;
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
    min-height: 24px;
    padding-block: 3px;
  }
  [part~='problems'] ul {
    margin: 0.4em 0 0;
    padding-inline-start: 1.2em;
    max-height: 12em;
    overflow: auto;
    overflow-wrap: anywhere;
  }
`;
