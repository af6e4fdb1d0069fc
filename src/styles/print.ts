import { css } from 'lit';

/**
 * Print: while the page prints, the whole chronology (`.print`, see `view/print.ts`) stands in for
 * the live plot, in the light palette whatever the theme (dark pages waste ink and print poorly),
 * each page-sized slice kept whole on its page, with the list of all events after it.
 */
export const print = css`
  .print {
    display: none;
  }
  @media print {
    .root--printing {
      --event-timeline-background: #ffffff;
      --event-timeline-text-color: #1f2328;
      --event-timeline-muted-color: #57606a;
      --event-timeline-accent-color: #1f5fbf;
      --event-timeline-selected-color: #a4262c;
      --event-timeline-border-color: #d0d7de;
      --event-timeline-era-color: #57606a;
      --event-timeline-span-opacity: 0.22;
      color: var(--event-timeline-text-color);
    }
    .root--printing .frame,
    .root--printing [part~='overview'],
    .root--printing [part~='list'],
    .root--printing .list-bar,
    .root--printing [part~='details'],
    .download,
    .share-link {
      display: none !important;
    }
    .print {
      display: block;
    }
    .print-slice {
      break-inside: avoid;
      page-break-inside: avoid;
    }
    .print-slice svg {
      height: auto;
    }
    .print-list h3 {
      margin: 1em 0 0.4em;
      font-size: 1em;
      break-after: avoid;
    }
    .print-list ol {
      margin: 0;
      padding-inline-start: 1.6em;
    }
    .print-list li {
      margin: 0 0 0.5em;
      line-height: 1.4;
      break-inside: avoid;
      overflow-wrap: anywhere;
    }
    .print-list .list-date,
    .print-list .list-title,
    .print-list .list-description {
      display: block;
    }
    .print-source {
      margin: 0.8em 0 0;
      color: var(--event-timeline-muted-color);
      font-size: 0.9em;
    }
    .print-list .list-date {
      color: var(--event-timeline-muted-color);
      font-size: 0.9em;
    }
    .print-list .list-title {
      font-weight: 600;
    }
  }
`;
