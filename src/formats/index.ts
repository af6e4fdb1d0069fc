/**
 * Converters from the formats people already have (spreadsheets as CSV/TSV, TimelineJS3 JSON)
 * into the input of `<event-timeline>`. Pure functions: no DOM, and they never throw; whatever
 * cannot be converted is listed in `problems`.
 */
export type { Conversion, ConversionOrigin, ConversionProblem, RawEra, RawEvent } from './raw.js';
export { fromCSV, fromDelimited, fromTSV, COLUMN_NAMES } from './csv.js';
export { fromTimelineJS, isTimelineJS } from './timelinejs.js';
export { htmlToText } from './html-text.js';
export { declaredFormat, detectFormat, type InputFormat } from './detect.js';
