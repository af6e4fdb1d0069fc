/**
 * The input format of `<event-timeline>` as the converters produce it. The element validates
 * these values later; the converters only translate other formats into this shape.
 *
 * Dates are partial ISO strings whose length is their precision: `"2000"` (year), `"2019-04"`
 * (month), `"2000-07-19"` (day), `"2000-07-19T10:30"` (minute), `"2000-07-19T10:30:05"`
 * (second). Years 0–999 are padded to four digits (`"0044"`), negative years too (`"-0044-03-15"`).
 */

/** One event before validation. */
export interface RawEvent {
  /** Stable identifier; converters generate one when the source has none. */
  id?: string;
  /** Partial ISO date at the precision the source gave. */
  start?: string;
  /** Partial ISO date; absent for a moment rather than a span. */
  end?: string;
  /** Plain-text title (never HTML). */
  title?: string;
  /** Plain-text description (never HTML). */
  description?: string;
  /** Free-form grouping label. */
  category?: string;
  /** Where it happened, as written. */
  place?: string;
  /** Names of people involved. */
  people?: string[];
  /** Related links. */
  links?: { href: string; label?: string }[];
  /** Text shown instead of the formatted date, as written by the author. */
  displayDate?: string;
  /** How much the event matters (higher = more important), when the source says. */
  importance?: number;
}

/** A named span shown behind the events. */
export interface RawEra {
  /** Partial ISO date. */
  start: string;
  /** Partial ISO date. */
  end: string;
  /** Plain-text name of the era. */
  title: string;
}

/** Something a converter could not take over as it was; the conversion goes on regardless. */
export interface ConversionProblem {
  /** 1-based spreadsheet row number, the header being row 1 (delimited text only). */
  row?: number;
  /** 0-based index into the source's `events` array (JSON sources only). */
  index?: number;
  /** The column header as written in the file, or the JSON path inside the event. */
  field?: string;
  /** What went wrong and what the converter did about it, in plain English. */
  message: string;
}

/** Where in the source a converted event comes from: a spreadsheet row, or an index into `events`. */
export type ConversionOrigin = { row: number } | { index: number };

/** The dataset a converter produced, and what it had to report on the way. */
export interface Conversion {
  /** Input for `<event-timeline>`; `title` is present only when the source named one. */
  dataset: { title?: string; events: RawEvent[]; eras: RawEra[] };
  /** Problems in source order; empty when everything converted cleanly. */
  problems: ConversionProblem[];
  /**
   * Where each event of `dataset.events` comes from (same order), so that later problems about an
   * event (the element's validation) can name the spreadsheet row or source event.
   */
  origins: ConversionOrigin[];
}
