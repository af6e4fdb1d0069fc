import type { PartialDate } from '../time/partial-date.js';

/** A link attached to an event. Only http:, https:, mailto: and relative URLs survive validation. */
export interface EventLink {
  href: string;
  label: string;
}

/** Where in the source document an event comes from. */
export interface EventSource {
  paragraph?: number;
  note?: string;
}

/** One event as users write it (JSON, the `events` property). Dates are partial ISO/EDTF strings. */
export interface TimelineEventInput {
  id: string;
  start: string;
  end?: string;
  title: string;
  description?: string;
  category?: string;
  place?: string;
  people?: string[];
  links?: { href: string; label?: string }[];
  source?: EventSource;
  /** Text shown instead of the formatted date (e.g. from TimelineJS's `display_date`). */
  displayDate?: string;
  /**
   * How much the event matters, any finite number, higher = more important; absent means 0.
   * When not every label fits, more important events keep their labels first.
   */
  importance?: number;
}

/** A named period drawn as a labelled band behind the events (e.g. TimelineJS `eras`). */
export interface TimelineEraInput {
  start: string;
  end: string;
  title?: string;
}

/** A dataset file: a title, where it comes from, its events and, optionally, eras. */
export interface TimelineDataset {
  title?: string;
  description?: string;
  source?: { title?: string; publisher?: string; date?: string; url?: string };
  events: TimelineEventInput[];
  eras?: TimelineEraInput[];
}

/** An event after validation: dates parsed with their precision, optional fields cleaned. */
export interface TimelineEvent {
  readonly id: string;
  readonly title: string;
  readonly start: PartialDate;
  readonly end?: PartialDate;
  /** First instant covered (ms since epoch, UTC). */
  readonly t0: number;
  /** First instant after the event (exclusive, ms since epoch, UTC); t1 > t0 always. */
  readonly t1: number;
  /** Drawn as a bar (a span, or a point event known only to the month or year). */
  readonly isSpan: boolean;
  readonly description?: string;
  readonly category?: string;
  readonly place?: string;
  readonly people: readonly string[];
  readonly links: readonly EventLink[];
  readonly source?: EventSource;
  readonly displayDate?: string;
  /** How much the event matters (higher = more important); absent means 0. Always finite. */
  readonly importance?: number;
  /** Position of the event in the input. */
  readonly index: number;
}

/** An era after validation: a labelled period from `start` to the end of `end`. */
export interface TimelineEra {
  /** Plain text; may be empty (the band is drawn without a title). */
  readonly title: string;
  readonly start: PartialDate;
  readonly end: PartialDate;
  /** First instant covered (ms since epoch, UTC). */
  readonly t0: number;
  /** First instant after the era (exclusive); t1 > t0 always. */
  readonly t1: number;
  /** Position of the era in the input's `eras`. */
  readonly index: number;
}

/** One thing wrong with the input: which event (index and id), which field, and why. */
export interface Problem {
  /** Position in the input array, when the problem belongs to one event. */
  index?: number;
  id?: string;
  field?: string;
  message: string;
}

/** Where a dataset's events come from (its `source`), each field plain text. */
export interface DatasetSource {
  readonly title?: string;
  readonly publisher?: string;
  /** As written (a partial date such as `2023-07-19`, or any text). */
  readonly date?: string;
  /** An http, https or mailto URL (shown as text, never linked, in exports). */
  readonly url?: string;
}

/** The result of validating input: the events that can be shown (sorted by time), eras, and the problems. */
export interface NormalizedData {
  events: TimelineEvent[];
  /** Valid eras, sorted by start (then end). Eras never change the events or their problems. */
  eras: TimelineEra[];
  problems: Problem[];
  title?: string;
  /** The dataset's `source`, when it has one. */
  source?: DatasetSource;
}
