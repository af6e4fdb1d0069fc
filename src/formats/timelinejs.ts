import { dateFromParts, describeValue, isAbsent, wholeNumber, writtenDate, type DateParts } from './date-parts.js';
import { assignMissingIds } from './event-ids.js';
import { htmlToText } from './html-text.js';
import type { Conversion, ConversionOrigin, ConversionProblem, RawEra, RawEvent } from './raw.js';
import { titleFromText } from './title-from-text.js';

/**
 * TimelineJS3 JSON (Knight Lab) turned into timeline input:
 * `{ title?: { text: {headline, text} }, events: [{ start_date, end_date?, text?, group?,
 * unique_id?, display_date?, media?, location? }], eras?: [{ start_date, end_date, text }] }`,
 * date parts being strings or numbers.
 *
 * Decisions:
 * - Dates keep exactly the precision of their parts (see `dateFromParts`); an unusable part
 *   (month 13, day 31 of April, …) is reported and the date kept to the precision before it.
 * - An event without a usable start year is skipped, with a problem; so is an era without a
 *   usable start or end. An unusable end is dropped, with a problem; the event stays.
 * - Headlines and text are HTML in TimelineJS; they always come out as plain text.
 * - An event without a headline (TimelineJS allows media-only slides) takes its title from the
 *   first line of its text, else from its media caption, shortened (see `titleFromText`); this is
 *   reported, since the title was not written as such.
 * - `media.url` becomes a link labelled "Media" when it is http(s); other media are left out.
 * - `location.name` (TimelineJS's map slides) becomes `place`.
 * - A `start_date` given as a string (not TimelineJS, but common) is taken as a written date.
 *
 * Problems about events carry `index` (into `events`) and `field` (a path such as
 * `start_date.month`); problems about eras carry no index and a field such as `eras[2].end_date`.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Trimmed text from a string or a number; '' for anything else. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** Parses JSON text; other values are returned as they are. */
function parsed(json: unknown): { value?: unknown; error?: string } {
  if (typeof json !== 'string') return { value: json };
  try {
    return { value: JSON.parse(json) as unknown };
  } catch (error) {
    return { error: String(error) };
  }
}

/**
 * True when a value has the shape of a TimelineJS3 timeline: an object whose `events` array holds
 * an item with a `start_date` object, or whose `title` has a `text` object. JSON text is parsed
 * first. Our own format (events with `start` strings) is not TimelineJS.
 */
export function isTimelineJS(json: unknown): boolean {
  const { value } = parsed(json);
  if (!isObject(value)) return false;
  const events = value.events;
  if (Array.isArray(events) && events.some((event) => isObject(event) && isObject(event.start_date))) return true;
  return isObject(value.title) && isObject(value.title.text);
}

/** A date from a TimelineJS date object; `absent` when nothing was given at all. */
interface DateResult {
  date?: string;
  absent: boolean;
  problems: { field: string; message: string }[];
}

function dateOf(value: unknown, path: string): DateResult {
  if (isAbsent(value)) return { absent: true, problems: [] };
  if (typeof value === 'string') return { date: writtenDate(value), absent: false, problems: [] };
  if (typeof value === 'number') value = { year: value };
  if (!isObject(value)) {
    return { absent: false, problems: [{ field: path, message: `${path} is ${describeValue(value)}, not a date object` }] };
  }
  const parts = value as DateParts;
  if ((['year', 'month', 'day', 'hour', 'minute', 'second'] as const).every((part) => isAbsent(parts[part]))) {
    return { absent: true, problems: [] };
  }
  const result = dateFromParts(parts);
  const problems = result.problems.map((p) => ({ field: `${path}.${p.part}`, message: `${path}.${p.message}` }));
  if (result.date !== undefined && !isAbsent(value.millisecond) && wholeNumber(value.millisecond) !== 0) {
    problems.push({ field: `${path}.millisecond`, message: `${path}.millisecond ignored: milliseconds are not supported` });
  }
  return { date: result.date, absent: false, problems };
}

/**
 * Converts TimelineJS3 JSON (an object, or JSON text) into timeline input. Never throws: pieces
 * that cannot be used are reported in `problems` (see the decisions at the top of this module).
 */
export function fromTimelineJS(json: unknown): Conversion {
  const events: RawEvent[] = [];
  const eras: RawEra[] = [];
  const problems: ConversionProblem[] = [];
  const origins: ConversionOrigin[] = [];
  let title: string | undefined;
  const done = (): Conversion => ({
    dataset: title ? { title, events, eras } : { events, eras },
    problems,
    origins,
  });

  const { value, error } = parsed(json);
  if (error !== undefined) {
    problems.push({ message: `not JSON: ${error}` });
    return done();
  }
  if (!isObject(value)) {
    problems.push({ message: `expected a TimelineJS object with an events array, got ${describeValue(value)}` });
    return done();
  }
  if (isObject(value.title) && isObject(value.title.text)) {
    title = htmlToText(textOf(value.title.text.headline)) || undefined;
  }

  if (Array.isArray(value.events)) {
    value.events.forEach((item, index) => {
      const event = convertEvent(item, index, problems);
      if (event) {
        events.push(event);
        origins.push({ index });
      }
    });
  } else {
    problems.push({ field: 'events', message: `expected an events array, got ${describeValue(value.events)}` });
  }

  if (Array.isArray(value.eras)) {
    value.eras.forEach((item, i) => {
      const path = `eras[${i}]`;
      if (!isObject(item)) {
        problems.push({ field: path, message: `${path} is ${describeValue(item)}, not an era; skipped` });
        return;
      }
      const start = dateOf(item.start_date, `${path}.start_date`);
      const end = dateOf(item.end_date, `${path}.end_date`);
      for (const p of [...start.problems, ...end.problems]) problems.push(p);
      if (start.date === undefined || end.date === undefined) {
        problems.push({ field: path, message: `${path} needs a start_date and an end_date; skipped` });
        return;
      }
      const text = isObject(item.text) ? item.text : {};
      eras.push({ start: start.date, end: end.date, title: htmlToText(textOf(text.headline)) });
    });
  } else if (value.eras !== undefined && value.eras !== null) {
    problems.push({ field: 'eras', message: `expected an eras array, got ${describeValue(value.eras)}; ignored` });
  }

  assignMissingIds(events);
  return done();
}

/** One TimelineJS event, or undefined (with a problem) when it has no usable start. */
function convertEvent(item: unknown, index: number, problems: ConversionProblem[]): RawEvent | undefined {
  if (!isObject(item)) {
    problems.push({ index, message: `event is ${describeValue(item)}, not an object; skipped` });
    return undefined;
  }
  const start = dateOf(item.start_date, 'start_date');
  for (const p of start.problems) problems.push({ index, ...p });
  if (start.date === undefined) {
    problems.push({ index, field: 'start_date', message: start.absent ? 'start_date is missing; event skipped' : 'no usable start_date; event skipped' });
    return undefined;
  }
  const event: RawEvent = {};
  const id = textOf(item.unique_id);
  if (id !== '') event.id = id;
  event.start = start.date;

  const end = dateOf(item.end_date, 'end_date');
  for (const p of end.problems) problems.push({ index, ...p });
  if (end.date !== undefined) event.end = end.date;
  else if (!end.absent) problems.push({ index, field: 'end_date', message: 'no usable end_date; the event is shown as a moment' });

  const text = isObject(item.text) ? item.text : {};
  const headline = htmlToText(textOf(text.headline));
  const description = htmlToText(textOf(text.text));
  const caption = isObject(item.media) ? htmlToText(textOf(item.media.caption)) : '';
  if (headline !== '') event.title = headline;
  else if (description !== '' || caption !== '') {
    event.title = titleFromText(description || caption);
    problems.push({
      index,
      field: 'text.headline',
      message: `no headline; the title is taken from the ${description !== '' ? 'text' : 'media caption'}`,
    });
  }
  if (description !== '') event.description = description;

  const group = textOf(item.group);
  if (group !== '') event.category = group;
  if (isObject(item.location)) {
    const place = textOf(item.location.name);
    if (place !== '') event.place = place;
  }
  if (isObject(item.media)) {
    const url = textOf(item.media.url);
    if (/^https?:\/\/\S+$/i.test(url)) event.links = [{ href: url, label: 'Media' }];
  }
  const startDate = isObject(item.start_date) ? item.start_date : {};
  const displayDate = htmlToText(textOf(item.display_date) || textOf(startDate.display_date));
  if (displayDate !== '') event.displayDate = displayDate;
  return event;
}
