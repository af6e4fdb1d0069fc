/**
 * `event-timeline/draft`: a first draft of a timeline from an article or a chronology, for a
 * person to review. Its own entry point, never imported by the element: it brings chrono-node's
 * English parser (~47 kB minified, ~13 kB gzip) that the element does not need.
 *
 * ```js
 * import { draftEvents, toDataset, toCSV } from 'event-timeline/draft';
 * const draft = draftEvents(articleText);
 * timeline.events = toDataset(draft).events;
 * ```
 */
export { draftEvents } from './draft.js';
export type { Draft, DraftEvent, DraftOptions, DraftSource, SkippedExpression } from './draft.js';
export { toDataset, toCSV, CSV_COLUMNS, NUMBERING_RULE } from './output.js';
export type { DraftDataset } from './output.js';
export { splitBlocks, splitSentences } from './paragraphs.js';
export type { Paragraph, Sentence, TextSpan } from './paragraphs.js';
export { draftTitle, DRAFT_TITLE_LIMIT } from './title.js';
