import { parsePartialDate, type PartialDate } from '../time/partial-date.js';
import { describeValue, quote } from './describe.js';
import { hidesCharacters, isBlank } from './invisible.js';
import { count, MAX_DESCRIPTION_LENGTH, MAX_ID_LENGTH, MAX_SHORT_TEXT_LENGTH, MAX_TITLE_LENGTH, shorten } from './limits.js';
import type { DatasetSource, EventLink, EventSource, NormalizedData, Problem, TimelineEra, TimelineEvent } from './types.js';
import { safeUrl } from './url.js';
import { readDatasetSource } from './dataset-source.js';

export { describeValue };

/** Says why a string that looks blank is: it holds only characters no one can see. */
function invisibleNote(value: unknown): string {
  return typeof value === 'string' && hidesCharacters(value) ? ' (only invisible characters)' : '';
}

/** A text cut to `limit` when longer, with a problem saying what was cut. */
function limited(text: string, limit: number, what: string, report: (message: string) => void): string {
  if (text.length <= limit) return text;
  report(`${what} is ${count(text.length)} characters long; shortened to its first ${count(limit)}`);
  return shorten(text, limit);
}

/** The events array inside any accepted input: an array, or a dataset object with `events`. */
function eventsOf(input: unknown, problems: Problem[]): { list?: unknown[]; title?: string; eras?: unknown; source?: DatasetSource; problem?: string } {
  if (Array.isArray(input)) return { list: input };
  if (input !== null && typeof input === 'object') {
    const data = input as Record<string, unknown>;
    const title =
      typeof data.title === 'string' && !isBlank(data.title)
        ? limited(data.title, MAX_TITLE_LENGTH, 'the dataset title', (message) => problems.push({ field: 'title', message }))
        : undefined;
    const source = readDatasetSource(data.source, (message) => problems.push({ field: 'source', message }));
    if (Array.isArray(data.events)) return { list: data.events, title, eras: data.eras, source };
    return {
      title,
      problem:
        'expected an array of events or a dataset object with an "events" array, ' +
        (data.events === undefined ? 'but the object has no "events"' : `but "events" is ${describeValue(data.events)}`),
    };
  }
  if (input === undefined) return { list: [] };
  return { problem: `expected an array of events or a dataset object with an "events" array, got ${describeValue(input)}` };
}

/**
 * Why `input` is not events at all (neither an array nor a dataset object with an `events`
 * array), or `undefined` when it is. A `src` response with such a reason is a failed load.
 */
export function notEventsReason(input: unknown): string | undefined {
  return input === undefined ? undefined : eventsOf(input, []).problem;
}

/** How problem messages name things. */
export interface NormalizeOptions {
  /**
   * How a message names the event at an index of the input, "event 3" by default; converted
   * input names where the event came from instead ("row 7" of a spreadsheet).
   */
  eventName?: (index: number) => string;
}

/**
 * Validates user input and turns it into events ready to draw, sorted by time (then input order).
 * Never throws: every event that cannot be shown, and every field that was ignored, is reported
 * as a problem naming the event's index and id. Unknown fields are ignored without a problem.
 * A dataset object may also have `eras` (`[{ start, end, title }]`): valid ones are returned,
 * sorted, and bad ones reported as "era 2: …" (with `field` `eras[2].start` and no `index`).
 */
export function normalizeEvents(input: unknown, options: NormalizeOptions = {}): NormalizedData {
  const problems: Problem[] = [];
  const { list, title, eras: rawEras, source, problem } = eventsOf(input, problems);
  if (problem) problems.push({ message: problem });
  const name = options.eventName ?? ((index: number) => `event ${index}`);
  const events: TimelineEvent[] = [];
  const seen = new Set<string>();
  (list ?? []).forEach((item, index) => {
    const event = normalizeEvent(item, index, seen, problems, name);
    if (event) {
      seen.add(event.id);
      events.push(event);
    }
  });
  events.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || a.index - b.index);
  const eras = normalizeEras(rawEras, problems);
  return source ? { events, eras, problems, title, source } : { events, eras, problems, title };
}

/** Valid eras sorted by start then end; each unusable era or field is reported. */
function normalizeEras(value: unknown, problems: Problem[]): TimelineEra[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ field: 'eras', message: `eras ignored: expected a list of { start, end, title }, got ${describeValue(value)}` });
    return [];
  }
  const eras: TimelineEra[] = [];
  value.forEach((item, index) => {
    const report: Report = (field, message) =>
      problems.push({ field: field ? `eras[${index}].${field}` : `eras[${index}]`, message: `era ${index}: ${message}` });
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      report(undefined, `expected an object with start, end and title, got ${describeValue(item)}; ignored`);
      return;
    }
    const raw = item as Record<string, unknown>;
    const start = readDate(raw.start, 'start', true, report);
    const end = readDate(raw.end, 'end', true, report);
    let title = '';
    if (typeof raw.title === 'string') title = isBlank(raw.title) ? '' : limited(raw.title.trim(), MAX_TITLE_LENGTH, 'title', (m) => report('title', m));
    else if (raw.title !== undefined && raw.title !== null) report('title', `title ignored: expected text, got ${describeValue(raw.title)}`);
    if (start === undefined || end === undefined) return;
    if (end.end <= start.start) {
      report('end', `end ${end.text} is before start ${start.text}; ignored`);
      return;
    }
    eras.push({ title, start, end, t0: start.start, t1: Math.max(start.end, end.end), index });
  });
  return eras.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || a.index - b.index);
}

function normalizeEvent(
  item: unknown,
  index: number,
  seen: Set<string>,
  problems: Problem[],
  name: (index: number) => string,
): TimelineEvent | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    problems.push({ index, message: `${name(index)}: expected an object, got ${describeValue(item)}` });
    return undefined;
  }
  const raw = item as Record<string, unknown>;
  const id = typeof raw.id === 'string' && !isBlank(raw.id) ? raw.id : undefined;
  // Named only when there is something to report: most events have nothing wrong.
  const report = (field: string | undefined, message: string) => {
    const who = id === undefined ? name(index) : `${name(index)} (${quote(id)})`;
    problems.push({ index, ...(id === undefined ? {} : { id }), ...(field ? { field } : {}), message: `${who}: ${message}` });
  };

  let valid = true;
  if (raw.id === undefined) {
    report('id', 'has no id');
    valid = false;
  } else if (id === undefined) {
    report('id', `id must be a non-empty string, got ${describeValue(raw.id)}${invisibleNote(raw.id)}`);
    valid = false;
  } else if (id.length > MAX_ID_LENGTH) {
    report('id', `id is ${count(id.length)} characters long; ids are limited to ${count(MAX_ID_LENGTH)}`);
    valid = false;
  } else if (seen.has(id)) {
    report('id', `duplicate id ${quote(id)} (the first event with this id is kept)`);
    valid = false;
  }

  let title: string | undefined;
  if (typeof raw.title === 'string' && !isBlank(raw.title)) title = limited(raw.title, MAX_TITLE_LENGTH, 'title', (m) => report('title', m));
  else {
    report('title', raw.title === undefined ? 'has no title' : `title must be text, got ${describeValue(raw.title)}${invisibleNote(raw.title)}`);
    valid = false;
  }

  const start = readDate(raw.start, 'start', true, report);
  const end = raw.end === undefined || raw.end === null || raw.end === '' ? undefined : readDate(raw.end, 'end', false, report);
  if (start === undefined || (raw.end !== undefined && raw.end !== null && raw.end !== '' && end === undefined)) valid = false;
  if (start && end && end.end <= start.start) {
    report('end', `end ${end.text} is before start ${start.text}`);
    valid = false;
  }
  if (!valid || id === undefined || title === undefined || start === undefined) return undefined;

  const t0 = start.start;
  const t1 = Math.max(start.end, end ? end.end : start.end);
  const event: Writable<TimelineEvent> = {
    id,
    title,
    start,
    t0,
    t1,
    isSpan: end !== undefined || start.precision === 'year' || start.precision === 'month',
    people: [],
    links: [],
    index,
  };
  if (end) event.end = end;
  // Fields are read (and their problems reported) in the order they are documented.
  for (const field of ['description', 'category', 'place', 'displayDate'] as const) {
    const text = optionalText(raw, field, report);
    if (text !== undefined) event[field] = text;
  }
  event.people = readPeople(raw.people, report);
  event.links = readLinks(raw.links, report);
  const source = readSource(raw.source, report);
  if (source) event.source = source;
  const importance = readImportance(raw.importance, report);
  if (importance !== undefined) event.importance = importance;
  return event;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

type Report = (field: string | undefined, message: string) => void;

function readDate(value: unknown, field: string, required: boolean, report: Report): PartialDate | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) report(field, `has no ${field} date`);
    return undefined;
  }
  const parsed = parsePartialDate(value);
  if (parsed.ok) return parsed.date;
  report(field, `${field} ${parsed.error}`);
  return undefined;
}

function optionalText(raw: Record<string, unknown>, field: 'description' | 'category' | 'place' | 'displayDate', report: Report): string | undefined {
  const value = raw[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    if (isBlank(value)) return undefined;
    return limited(value, field === 'description' ? MAX_DESCRIPTION_LENGTH : MAX_SHORT_TEXT_LENGTH, field, (m) => report(field, m));
  }
  report(field, `${field} ignored: expected text, got ${describeValue(value)}`);
  return undefined;
}

function readPeople(value: unknown, report: Report): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report('people', `people ignored: expected a list of names, got ${describeValue(value)}`);
    return [];
  }
  const names = value.filter((name): name is string => typeof name === 'string' && !isBlank(name));
  if (names.length !== value.length) report('people', `${value.length - names.length} entries of people ignored: names must be text`);
  return names.map((name, i) => limited(name, MAX_SHORT_TEXT_LENGTH, `person ${i}`, (m) => report('people', m)));
}

function readLinks(value: unknown, report: Report): EventLink[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report('links', `links ignored: expected a list of { href, label }, got ${describeValue(value)}`);
    return [];
  }
  const links: EventLink[] = [];
  value.forEach((link, i) => {
    const href = link !== null && typeof link === 'object' ? (link as Record<string, unknown>).href : undefined;
    const label = link !== null && typeof link === 'object' ? (link as Record<string, unknown>).label : undefined;
    const safe = safeUrl(href);
    if (safe === undefined) {
      report(
        'links',
        typeof href === 'string' && href.trim() !== ''
          ? `link ${i} dropped: only http:, https:, mailto: and relative URLs are allowed, got ${quote(href)}`
          : `link ${i} dropped: it has no href`,
      );
      return;
    }
    const text = typeof label === 'string' && !isBlank(label) ? limited(label, MAX_SHORT_TEXT_LENGTH, `link ${i} label`, (m) => report('links', m)) : safe;
    links.push({ href: safe, label: text });
  });
  return links;
}

/** `importance`: a finite number (higher = more important); anything else is reported and dropped. */
function readImportance(value: unknown, report: Report): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  report('importance', `importance ignored: expected a number, got ${describeValue(value)}`);
  return undefined;
}

function readSource(value: unknown, report: Report): EventSource | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    report('source', `source ignored: expected { paragraph }, got ${describeValue(value)}`);
    return undefined;
  }
  const raw = value as Record<string, unknown>;
  const source: EventSource = {};
  if (Number.isInteger(raw.paragraph) && (raw.paragraph as number) >= 1) source.paragraph = raw.paragraph as number;
  else if (raw.paragraph !== undefined) report('source', `source paragraph ignored: expected a whole number from 1, got ${describeValue(raw.paragraph)}`);
  if (typeof raw.note === 'string') source.note = raw.note;
  return source.paragraph === undefined && source.note === undefined ? undefined : source;
}

/** What a reader of a file (src, children) gives: the input, what reading it found, how its events are named. */
export interface ReadInput {
  data: unknown;
  problems: readonly Problem[];
  eventName?: (index: number) => string;
}

/** Validates what a reader gave: its reading problems first, then the validation problems, named by origin. */
export function normalizeLoaded(loaded: ReadInput): NormalizedData {
  const data = normalizeEvents(loaded.data, loaded.eventName ? { eventName: loaded.eventName } : {});
  return { ...data, problems: [...loaded.problems, ...data.problems] };
}
