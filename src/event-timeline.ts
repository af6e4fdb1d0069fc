import { EventTimeline } from './event-timeline.component';

export { EventTimeline } from './event-timeline.component';
export { normalizeEvents } from './model/normalize';
export { parsePartialDate } from './time/partial-date';
export { formatDate, formatSpan } from './time/format';
export type { PartialDate, Precision } from './time/partial-date';
export type { TimelineEvent, TimelineEventInput, TimelineDataset, Problem, EventLink, EventSource } from './model/types';
export type { TimelineEra, TimelineEraInput } from './model/types';
// Converters, to convert a spreadsheet or a TimelineJS file once and keep our format.
export { fromCSV, fromTSV, fromTimelineJS, isTimelineJS, COLUMN_NAMES } from './formats/index';
export type { Conversion, ConversionProblem, ConversionOrigin, RawEvent, RawEra } from './formats/index';
export type { TimelineSelectDetail, TimelineErrorDetail, TimelineSelectEvent, TimelineErrorEvent } from './events';

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
