/**
 * Partial dates: an ISO 8601 / EDTF level-0/1 date written only as precisely as it is known
 * ("2019", "2019-04", "2019-04-12", "2019-04-12T10:30"), with an optional EDTF qualifier
 * (`~` approximate, `?` uncertain, `%` both). A partial date covers a period of time, from
 * `start` (inclusive) to `end` (exclusive), in UTC.
 *
 * A time may state its offset from UTC (`Z`, `+05:30`, `-0500`, `+09`): it then covers its true
 * instant, and its calendar fields stay as they were written, in that offset, with `offset`
 * saying which. A time without an offset is a floating local time (a wall clock, in no zone): its
 * fields are as written and it is placed as if it were UTC, so no viewer's zone ever moves it.
 *
 * Pure: no DOM, no current time, no time zone of the viewer.
 */
import { describeValue, quote } from '../model/describe.js';

/** How precisely a date is known, from coarse to fine. */
export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

/** A date known to a given precision, and the period of time it covers. */
export interface PartialDate {
  /**
   * Canonical text, e.g. "2019-04", "-0044-03-15", "2000~", "2000-07-19T10:30" (floating),
   * "2001-05-05T23:30-05:00" or "2000-07-19T10:30Z" (a stated offset is kept).
   */
  readonly text: string;
  /** ISO 8601 astronomical year: 0 = 1 BCE, -44 = 45 BCE. */
  readonly year: number;
  /** 1..12, when the precision is month or finer. */
  readonly month?: number;
  /** 1..31, when the precision is day or finer. */
  readonly day?: number;
  /** 0..23 as written (in the stated `offset`, if any), when the precision is minute or finer. */
  readonly hour?: number;
  /** 0..59, when the precision is minute or finer. */
  readonly minute?: number;
  /** 0..59, when the precision is second. */
  readonly second?: number;
  /** The finest unit the date was written with. */
  readonly precision: Precision;
  /**
   * Minutes east of UTC of the offset a time was stated in (`Z` is 0, `-05:00` is -300); absent
   * for a floating time (no offset written) and for dates without a time.
   */
  readonly offset?: number;
  /** EDTF `~` (or `%`): the value is approximately right. */
  readonly approximate: boolean;
  /** EDTF `?` (or `%`): the value is not certain. */
  readonly uncertain: boolean;
  /** Epoch milliseconds (UTC) of the first instant the date covers. */
  readonly start: number;
  /** Epoch milliseconds (UTC) of the first instant after the period: the end is exclusive. */
  readonly end: number;
}

/** The outcome of {@link parsePartialDate}: a date, or a message a person can act on. */
export type ParseResult = { ok: true; date: PartialDate } | { ok: false; error: string };

/** Every precision, from coarse to fine. */
export const precisionOrder: readonly Precision[] = Object.freeze([
  'year',
  'month',
  'day',
  'minute',
  'second',
] as const);

/** The finer (more precise) of two precisions. */
export function finerPrecision(a: Precision, b: Precision): Precision {
  return precisionOrder.indexOf(a) >= precisionOrder.indexOf(b) ? a : b;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;
const YEAR = 365.2425 * DAY;

/** The nominal length of one unit of a precision, in milliseconds (a month is a twelfth of a year). */
export function precisionDuration(p: Precision): number {
  switch (p) {
    case 'year':
      return YEAR;
    case 'month':
      return YEAR / 12;
    case 'day':
      return DAY;
    case 'minute':
      return MINUTE;
    case 'second':
      return SECOND;
  }
}

const EXPECTED = '(expected YYYY, YYYY-MM or YYYY-MM-DD)';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The years a JavaScript Date can hold whole: its range is ±8.64e15 ms around 1970. */
const MIN_YEAR = -271820;
const MAX_YEAR = 275759;

// sign, year (4-6 digits), then optionally -MM, -DD, THH:MM, :SS, .sss, offset (Z, ±HH:MM, ±HHMM,
// ±HH); then a qualifier.
const PATTERN =
  /^(-)?(\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?([~?%])?$/;

/** Proleptic Gregorian leap year, with astronomical year numbering (year 0 is a leap year). */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Epoch ms of a UTC calendar time. Unlike `Date.UTC`, years 0-99 stay years 0-99;
 * fields past their range roll over (month 13 is January of the next year).
 */
function utc(year: number, month: number, day = 1, hour = 0, minute = 0, second = 0): number {
  // Date.UTC reads years 0–99 as 1900–1999; only those need the slower exact path.
  if (year < 0 || year > 99) return Date.UTC(year, month - 1, day, hour, minute, second);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, '0');
}

function yearText(year: number): string {
  return (year < 0 ? '-' : '') + pad(year, 4);
}

function fail(error: string): ParseResult {
  return { ok: false, error };
}

/**
 * Reads a partial date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or
 * `YYYY-MM-DDTHH:MM:SS[.sss]`, a time optionally followed by an offset `Z`, `±HH:MM`, `±HHMM` or
 * `±HH` (a time without one is floating, placed as if UTC), a year of 4 to 6 digits with an optional `-` (year 0 is 1 BCE), and an optional
 * EDTF qualifier `~`, `?` or `%` at the end. Never throws: anything else gives an error message.
 */
export function parsePartialDate(input: unknown): ParseResult {
  if (typeof input !== 'string') return parseUncached(input);
  // Real datasets repeat dates a lot; parsed dates are immutable, so they can be shared.
  let result = cache.get(input);
  if (result === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    result = parseUncached(input);
    cache.set(input, result);
  }
  return result;
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, ParseResult>();

function parseUncached(input: unknown): ParseResult {
  if (typeof input !== 'string') return fail(`expected a date string, got ${describeValue(input)}`);
  const source = input.trim();
  if (source === '') return fail(`empty date ${EXPECTED}`);
  const m = PATTERN.exec(source);
  if (!m) return fail(`not a date: ${quote(source)} ${EXPECTED}`);
  const [, sign, yearDigits, mm, dd, hh, mi, ss, zone, qualifier] = m as unknown as (
    | string
    | undefined
  )[];

  if (yearDigits!.length > 4 && yearDigits!.startsWith('0')) {
    return fail(`year ${sign ?? ''}${yearDigits} has too many leading zeros (use 4 digits for years below 10000)`);
  }
  // `|| 0` turns "-0000" into year 0 rather than -0.
  const year = (sign ? -Number(yearDigits) : Number(yearDigits)) || 0;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return fail(`year ${year} is outside the supported range (${MIN_YEAR} to ${MAX_YEAR})`);
  }
  const month = mm === undefined ? undefined : Number(mm);
  const day = dd === undefined ? undefined : Number(dd);
  const hour = hh === undefined ? undefined : Number(hh);
  const minute = mi === undefined ? undefined : Number(mi);
  const second = ss === undefined ? undefined : Number(ss);

  if (month !== undefined && (month < 1 || month > 12)) return fail(`month ${month} does not exist`);
  if (month !== undefined && day !== undefined) {
    const written = `${sign ?? ''}${yearDigits}-${mm}-${dd}`;
    if (day < 1) return fail(`${written} is not a real date (days are numbered from 1)`);
    const days = daysInMonth(year, month);
    if (day > days) {
      return fail(
        `${written} is not a real date (${MONTH_NAMES[month - 1]} ${sign ?? ''}${yearDigits} has ${days} days)`,
      );
    }
  }
  if (hour !== undefined && hour > 23) return fail(`hour ${hh} does not exist (expected 00 to 23)`);
  if (minute !== undefined && minute > 59) return fail(`minute ${mi} does not exist (expected 00 to 59)`);
  if (second !== undefined && second > 59) return fail(`second ${ss} does not exist (expected 00 to 59)`);
  let offset: number | undefined;
  if (zone !== undefined) {
    const oh = zone === 'Z' ? 0 : Number(zone.slice(1, 3));
    const om = zone.length > 3 ? Number(zone.slice(-2)) : 0;
    if (oh > 23 || om > 59) return fail(`time zone offset ${zone} does not exist`);
    offset = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om) + 0; // + 0: "-00:00" is UTC, not -0
  }
  const offsetMs = (offset ?? 0) * MINUTE;

  const precision: Precision =
    second !== undefined
      ? 'second'
      : minute !== undefined
        ? 'minute'
        : day !== undefined
          ? 'day'
          : month !== undefined
            ? 'month'
            : 'year';
  const approximate = qualifier === '~' || qualifier === '%';
  const uncertain = qualifier === '?' || qualifier === '%';

  let start: number;
  let end: number;
  switch (precision) {
    case 'year':
      start = utc(year, 1);
      end = utc(year + 1, 1);
      break;
    case 'month':
      start = utc(year, month!);
      end = utc(year, month! + 1);
      break;
    case 'day':
      start = utc(year, month!, day!);
      end = utc(year, month!, day! + 1);
      break;
    case 'minute':
      start = utc(year, month!, day!, hour!, minute!) - offsetMs;
      end = start + MINUTE;
      break;
    case 'second':
      start = utc(year, month!, day!, hour!, minute!, second!) - offsetMs;
      end = start + SECOND;
      break;
  }
  if (Number.isNaN(start) || Number.isNaN(end)) {
    return fail(`${quote(source)} is outside the range of dates that can be shown`);
  }

  const date: Fields = { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
  if (precision === 'minute' || precision === 'second') {
    date.hour = hour;
    date.minute = minute;
    if (precision === 'second') date.second = second;
  }
  return {
    ok: true,
    date: {
      ...date,
      text: canonicalText(date, precision) + (offset === undefined ? '' : offsetText(offset)) + (qualifier ?? ''),
      precision,
      ...(offset === undefined ? {} : { offset }),
      approximate,
      uncertain,
      start,
      end,
    },
  };
}

interface Fields {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

/** An offset as canonical ISO 8601 text: "Z" for UTC, else "+05:30", "-05:00". */
function offsetText(offset: number): string {
  if (offset === 0) return 'Z';
  return `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60), 2)}:${pad(offset % 60, 2)}`;
}

function canonicalText(f: Fields, precision: Precision): string {
  let text = yearText(f.year);
  if (precision === 'year') return text;
  text += `-${pad(f.month!, 2)}`;
  if (precision === 'month') return text;
  text += `-${pad(f.day!, 2)}`;
  if (precision === 'day') return text;
  text += `T${pad(f.hour!, 2)}:${pad(f.minute!, 2)}`;
  if (precision === 'minute') return text;
  return `${text}:${pad(f.second!, 2)}`;
}
