/**
 * `event-timeline/formats`: the converters from the formats people already have (CSV, TSV,
 * TimelineJS JSON) into the element's dataset, to convert a file once and keep our format. Its
 * own entry, so that a page that only shows JSON never loads them (`src` loads them on demand).
 */
export { fromCSV, fromTSV, fromTimelineJS, isTimelineJS, COLUMN_NAMES } from './formats/index.js';
export type { Conversion, ConversionProblem, ConversionOrigin, RawEvent, RawEra } from './formats/index.js';
