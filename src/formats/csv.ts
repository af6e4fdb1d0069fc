import { dsvFormat } from 'd3-dsv';
import { clockTime, dateFromParts, describeValue, writtenDate, type DatePart, type DateParts } from './date-parts.js';
import { assignMissingIds } from './event-ids.js';
import { htmlToText, looksLikeHtml } from './html-text.js';
import type { Conversion, ConversionOrigin, ConversionProblem, RawEra, RawEvent } from './raw.js';
import { titleFromText } from './title-from-text.js';

/**
 * Spreadsheets (CSV, TSV) turned into timeline input. Two layouts are understood:
 *
 * - one column per field, named as people name them: `start`/`date`, `end`, `title`, … (see
 *   {@link COLUMN_NAMES}; case, spaces, underscores and hyphens in headers do not matter);
 * - the TimelineJS spreadsheet template, with dates in `Year`, `Month`, `Day`, `Time`, `End Year`,
 *   … columns, a `Type` column marking the `title` row and `era` rows, and `Group` as category.
 *
 * Rows without a start are skipped with a problem; fully empty rows are skipped silently. A row
 * that leaves the title column empty takes its title from its description (first line,
 * shortened), with a problem.
 */

/** What a column can mean. `slideType` is the TimelineJS template's `Type` (title / era). */
type Field =
  | 'id' | 'start' | 'end' | 'title' | 'description' | 'category' | 'place' | 'people'
  | 'link' | 'linkLabel' | 'displayDate' | 'importance' | 'media' | 'slideType'
  | 'year' | 'month' | 'day' | 'time' | 'endYear' | 'endMonth' | 'endDay' | 'endTime';

/** Accepted column names for each field, as written in headers (matched loosely, see above). */
export const COLUMN_NAMES: Readonly<Record<Exclude<Field, 'slideType'>, readonly string[]>> = {
  id: ['id', 'unique id'],
  start: ['start', 'start date', 'date', 'from', 'begin'],
  end: ['end', 'end date', 'to', 'until'],
  title: ['title', 'headline', 'event', 'name'],
  description: ['description', 'text', 'details'],
  category: ['category', 'group', 'type', 'tag'],
  place: ['place', 'location'],
  people: ['people', 'persons', 'who'],
  link: ['link', 'url', 'href'],
  linkLabel: ['link label'],
  displayDate: ['display date'],
  importance: ['importance', 'priority'],
  media: ['media'],
  year: ['year'],
  month: ['month'],
  day: ['day'],
  time: ['time'],
  endYear: ['end year'],
  endMonth: ['end month'],
  endDay: ['end day'],
  endTime: ['end time'],
};

/** A header as it is matched: lower case, without spaces, underscores and hyphens. */
function headerKey(header: string): string {
  return header.toLowerCase().replace(/[\s_-]+/g, '');
}

const FIELD_BY_KEY = new Map<string, Field>();
for (const [field, names] of Object.entries(COLUMN_NAMES)) {
  for (const name of names) FIELD_BY_KEY.set(headerKey(name), field as Field);
}

/** One dataset row: trimmed cell text by field ('' when absent), and the row's 1-based number. */
interface Row {
  number: number;
  get(field: Field): string;
}

/** Columns by field, and the header as written for each, for problem messages. */
interface Columns {
  index: Map<Field, number>;
  header: Map<Field, string>;
  /** True when dates come in the TimelineJS template's Year/Month/Day/Time columns. */
  template: boolean;
}

/** Parses comma-separated text (RFC 4180 quoting) into timeline input. Never throws. */
export function fromCSV(text: string): Conversion {
  return fromDelimited(text, ',');
}

/** Parses tab-separated text into timeline input. Never throws. */
export function fromTSV(text: string): Conversion {
  return fromDelimited(text, '\t');
}

/**
 * Parses text whose fields are separated by `delimiter` (one character; quoting as in CSV) into
 * timeline input, with d3-dsv. Never throws: whatever cannot be used is reported in `problems`.
 */
export function fromDelimited(text: string, delimiter: string): Conversion {
  const events: RawEvent[] = [];
  const eras: RawEra[] = [];
  const problems: ConversionProblem[] = [];
  const origins: ConversionOrigin[] = [];
  const conversion = (title?: string): Conversion => ({
    dataset: title === undefined ? { events, eras } : { title, events, eras },
    problems,
    origins,
  });
  if (typeof text !== 'string') {
    problems.push({ message: `expected text to parse, got ${describeValue(text)}` });
    return conversion();
  }
  let rows: string[][];
  try {
    rows = dsvFormat(delimiter).parseRows(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    problems.push({ message: `could not read the text with delimiter ${describeValue(delimiter)}: ${String(error)}` });
    return conversion();
  }

  const isEmpty = (cells: string[]) => cells.every((cell) => (cell ?? '').trim() === '');
  const headerIndex = rows.findIndex((cells) => !isEmpty(cells));
  const headers = headerIndex < 0 ? [] : rows[headerIndex].map((cell) => (cell ?? '').trim());
  const columns = readHeader(headers, headerIndex + 1, problems);
  if (!columns.index.has('start') && !columns.index.has('year')) {
    const found = headers.filter((h) => h !== '');
    const list = found.length === 0 ? 'nothing' : found.slice(0, 12).join(', ') + (found.length > 12 ? ', …' : '');
    problems.push({
      row: headerIndex < 0 ? undefined : headerIndex + 1,
      message: `no start/date column found; expected a header row with a column named start or date (found: ${list})`,
    });
    return conversion();
  }

  let title: string | undefined;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r];
    if (isEmpty(cells)) continue;
    const row: Row = {
      number: r + 1,
      get(field) {
        const index = columns.index.get(field);
        return index === undefined ? '' : (cells[index] ?? '').trim();
      },
    };
    const slideType = row.get('slideType').toLowerCase();
    if (slideType === 'title') {
      const headline = plainText(row.get('title'));
      if (title === undefined) title = headline;
      else problems.push({ row: row.number, field: columns.header.get('slideType'), message: 'a second title row; ignored' });
      continue;
    }
    const start = rowDate(row, 'start', columns, problems);
    if (start === undefined) {
      const field = columns.header.get(columns.index.has('start') ? 'start' : 'year');
      problems.push({ row: row.number, field, message: 'no start date; row skipped' });
      continue;
    }
    const end = rowDate(row, 'end', columns, problems);
    if (slideType === 'era') {
      if (end === undefined) {
        problems.push({ row: row.number, field: columns.header.get('slideType'), message: 'an era needs an end date; row skipped' });
      } else {
        eras.push({ start, end, title: plainText(row.get('title')) });
      }
      continue;
    }
    const event = rowEvent(row, start, end);
    const importance = rowImportance(row, columns, problems);
    if (importance !== undefined) event.importance = importance;
    if (event.title === undefined && event.description !== undefined && columns.index.has('title')) {
      // The TimelineJS template allows rows without a headline; the text stands in, reported.
      event.title = titleFromText(event.description);
      const from = columns.header.get('description') ?? 'description';
      problems.push({ row: row.number, field: columns.header.get('title') ?? from, message: `no title; the title is taken from the ${from} column` });
    }
    events.push(event);
    origins.push({ row: row.number });
  }
  assignMissingIds(events);
  return conversion(title === '' ? undefined : title);
}

/** Maps header cells to fields; a field named twice is read from its first column (reported). */
function readHeader(headers: string[], rowNumber: number, problems: ConversionProblem[]): Columns {
  const index = new Map<Field, number>();
  const header = new Map<Field, string>();
  const keys = headers.map(headerKey);
  const template = keys.includes('year');
  keys.forEach((key, column) => {
    let field = FIELD_BY_KEY.get(key);
    if (field === 'category' && key === 'type' && template) field = 'slideType';
    if (field === undefined) return;
    const first = index.get(field);
    if (first !== undefined) {
      problems.push({
        row: rowNumber,
        field: headers[column],
        message: `column ${column + 1} ("${headers[column]}") means the same as column ${first + 1} ("${headers[first]}"); the first is used`,
      });
      return;
    }
    index.set(field, column);
    header.set(field, headers[column]);
  });
  return { index, header, template };
}

/**
 * A row's start or end: the start/end column when it has a value, else the template's parts.
 * Unusable parts are reported and the date kept to the precision before them.
 */
function rowDate(row: Row, which: 'start' | 'end', columns: Columns, problems: ConversionProblem[]): string | undefined {
  const single = row.get(which);
  if (single !== '') return writtenDate(single);
  if (!columns.template) return undefined;
  const [yearField, monthField, dayField, timeField]: Field[] =
    which === 'start' ? ['year', 'month', 'day', 'time'] : ['endYear', 'endMonth', 'endDay', 'endTime'];
  const year = row.get(yearField);
  if (year === '') {
    const given = [monthField, dayField, timeField].filter((f) => row.get(f) !== '');
    if (given.length > 0) {
      problems.push({ row: row.number, field: columns.header.get(yearField) ?? yearField, message: `${which} date has no year; ${given.map((f) => columns.header.get(f)).join(', ')} ignored` });
    }
    return undefined;
  }
  const parts: DateParts = { year, month: row.get(monthField), day: row.get(dayField) };
  const time = row.get(timeField);
  if (time !== '') {
    const clock = clockTime(time);
    const timeProblem = (message: string) =>
      problems.push({ row: row.number, field: columns.header.get(timeField), message: `${which} ${message}` });
    if (parts.day === '') timeProblem('time given without a day; ignored');
    else if (!clock) timeProblem(`time ${describeValue(time)} is not a clock time like 10:30; the date is kept to the day`);
    else Object.assign(parts, clock);
  }
  const { date, problems: partProblems } = dateFromParts(parts);
  const fieldOf: Record<DatePart, Field> = { year: yearField, month: monthField, day: dayField, hour: timeField, minute: timeField, second: timeField };
  for (const problem of partProblems) {
    problems.push({ row: row.number, field: columns.header.get(fieldOf[problem.part]), message: `${which} ${problem.message}` });
  }
  return date;
}

/**
 * The `importance` (or `priority`) cell as a number, higher = more important: decimal notation
 * with an optional sign, fraction and exponent ("3", "-1", "0.5", "1e3"). Other text is reported
 * and left out (the event keeps the default importance, 0).
 */
function rowImportance(row: Row, columns: Columns, problems: ConversionProblem[]): number | undefined {
  const text = row.get('importance');
  if (text === '') return undefined;
  const value = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : NaN;
  if (Number.isFinite(value)) return value;
  problems.push({ row: row.number, field: columns.header.get('importance'), message: `importance ${describeValue(text)} is not a number; ignored` });
  return undefined;
}

/** Cell text as plain text: HTML (as TimelineJS allows) is stripped, plain text only trimmed. */
function plainText(cell: string): string {
  return looksLikeHtml(cell) ? htmlToText(cell) : cell;
}

/** The event a row describes; empty cells leave their field out. */
function rowEvent(row: Row, start: string, end: string | undefined): RawEvent {
  const event: RawEvent = {};
  const id = row.get('id');
  if (id !== '') event.id = id;
  event.start = start;
  if (end !== undefined) event.end = end;
  const title = plainText(row.get('title'));
  if (title !== '') event.title = title;
  const description = plainText(row.get('description'));
  if (description !== '') event.description = description;
  const category = row.get('category');
  if (category !== '') event.category = category;
  const place = row.get('place');
  if (place !== '') event.place = place;
  const people = row.get('people').split(/[;|]/).map((name) => name.trim()).filter((name) => name !== '');
  if (people.length > 0) event.people = people;
  const links: { href: string; label?: string }[] = [];
  const href = row.get('link');
  const label = row.get('linkLabel');
  if (href !== '') links.push(label === '' ? { href } : { href, label });
  const media = row.get('media');
  if (/^https?:\/\//i.test(media)) links.push({ href: media, label: 'Media' });
  if (links.length > 0) event.links = links;
  const displayDate = row.get('displayDate');
  if (displayDate !== '') event.displayDate = displayDate;
  return event;
}
