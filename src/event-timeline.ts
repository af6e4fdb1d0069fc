import { EventTimeline } from './event-timeline.component.js';

export { EventTimeline } from './event-timeline.component.js';
export { normalizeEvents } from './model/normalize.js';
export { parsePartialDate } from './time/partial-date.js';
export { formatDate, formatSpan } from './time/format.js';
export type { PartialDate, Precision } from './time/partial-date.js';
export type { TimelineEvent, TimelineEventInput, TimelineDataset, Problem, EventLink, EventSource } from './model/types.js';
export type { TimelineEra, TimelineEraInput } from './model/types.js';
// The converters (CSV, TSV, TimelineJS) are in `event-timeline/formats`: a page that shows JSON never loads them.
export type {
  TimelineSelectDetail,
  TimelineErrorDetail,
  TimelineViewChangeDetail,
  TimelineSelectEvent,
  TimelineErrorEvent,
  TimelineViewChangeEvent,
} from './events.js';
export type { TimeInput, ExportOptions, PngOptions } from './event-timeline.component.js';

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
