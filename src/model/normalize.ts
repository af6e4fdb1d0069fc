import { parsePartialDate, type PartialDate } from '../time/partial-date';
import type { EventLink, EventSource, NormalizedData, Problem, TimelineEvent } from './types';
import { safeUrl } from './url';

/** How much of a user's value is quoted back in a message. */
const QUOTE_LIMIT = 40;

/** Describes a value for a message: its type, and a short quote for strings. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : `the number ${value}`;
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function quote(text: string): string {
  const short = text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
  return JSON.stringify(short);
}

/** The events array inside any accepted input: an array, or a dataset object with `events`. */
function eventsOf(input: unknown): { list?: unknown[]; title?: string; problem?: string } {
  if (Array.isArray(input)) return { list: input };
  if (input !== null && typeof input === 'object') {
    const data = input as Record<string, unknown>;
    const title = typeof data.title === 'string' ? data.title : undefined;
    if (Array.isArray(data.events)) return { list: data.events, title };
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
 * Validates user input and turns it into events ready to draw, sorted by time (then input order).
 * Never throws: every event that cannot be shown, and every field that was ignored, is reported
 * as a problem naming the event's index and id. Unknown fields are ignored without a problem.
 */
export function normalizeEvents(input: unknown): NormalizedData {
  const problems: Problem[] = [];
  const { list, title, problem } = eventsOf(input);
  if (problem) problems.push({ message: problem });
  const events: TimelineEvent[] = [];
  const seen = new Set<string>();
  (list ?? []).forEach((item, index) => {
    const event = normalizeEvent(item, index, seen, problems);
    if (event) {
      seen.add(event.id);
      events.push(event);
    }
  });
  events.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || a.index - b.index);
  return { events, problems, title };
}

function normalizeEvent(item: unknown, index: number, seen: Set<string>, problems: Problem[]): TimelineEvent | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    problems.push({ index, message: `event ${index}: expected an object, got ${describeValue(item)}` });
    return undefined;
  }
  const raw = item as Record<string, unknown>;
  const id = typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id : undefined;
  const who = id === undefined ? `event ${index}` : `event ${index} (${quote(id)})`;
  const report = (field: string | undefined, message: string) =>
    problems.push({ index, ...(id === undefined ? {} : { id }), ...(field ? { field } : {}), message: `${who}: ${message}` });

  let valid = true;
  if (raw.id === undefined) {
    report('id', 'has no id');
    valid = false;
  } else if (id === undefined) {
    report('id', `id must be a non-empty string, got ${describeValue(raw.id)}`);
    valid = false;
  } else if (seen.has(id)) {
    report('id', `duplicate id ${quote(id)} (the first event with this id is kept)`);
    valid = false;
  }

  let title: string | undefined;
  if (typeof raw.title === 'string' && raw.title.trim() !== '') title = raw.title;
  else {
    report('title', raw.title === undefined ? 'has no title' : `title must be text, got ${describeValue(raw.title)}`);
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
  return {
    id,
    title,
    start,
    ...(end ? { end } : {}),
    t0,
    t1,
    isSpan: end !== undefined || start.precision === 'year' || start.precision === 'month',
    ...optionalText(raw, 'description', report),
    ...optionalText(raw, 'category', report),
    ...optionalText(raw, 'place', report),
    ...optionalText(raw, 'displayDate', report),
    people: readPeople(raw.people, report),
    links: readLinks(raw.links, report),
    ...readSource(raw.source, report),
    index,
  };
}

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

function optionalText<K extends 'description' | 'category' | 'place' | 'displayDate'>(
  raw: Record<string, unknown>,
  field: K,
  report: Report,
): { [P in K]?: string } {
  const value = raw[field];
  if (value === undefined || value === null) return {};
  if (typeof value === 'string') return value.trim() === '' ? {} : ({ [field]: value } as { [P in K]?: string });
  report(field, `${field} ignored: expected text, got ${describeValue(value)}`);
  return {};
}

function readPeople(value: unknown, report: Report): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report('people', `people ignored: expected a list of names, got ${describeValue(value)}`);
    return [];
  }
  const names = value.filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  if (names.length !== value.length) report('people', `${value.length - names.length} entries of people ignored: names must be text`);
  return names;
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
    links.push({ href: safe, label: typeof label === 'string' && label.trim() !== '' ? label : safe });
  });
  return links;
}

function readSource(value: unknown, report: Report): { source?: EventSource } {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    report('source', `source ignored: expected { paragraph }, got ${describeValue(value)}`);
    return {};
  }
  const raw = value as Record<string, unknown>;
  const source: EventSource = {};
  if (Number.isInteger(raw.paragraph) && (raw.paragraph as number) >= 1) source.paragraph = raw.paragraph as number;
  else if (raw.paragraph !== undefined) report('source', `source paragraph ignored: expected a whole number from 1, got ${describeValue(raw.paragraph)}`);
  if (typeof raw.note === 'string') source.note = raw.note;
  return source.paragraph === undefined && source.note === undefined ? {} : { source };
}
