/**
 * Dates as people read them: a partial date is shown at exactly its precision ("April 2019",
 * never "1 April 2019"), in the reader's locale, and as it was written: the viewer's time zone
 * never moves a date. A time stated with an offset reads in that offset and says it
 * ("5 May 2001 at 23:30 (UTC−05:00)"); a floating time (no offset) reads as written, with no zone.
 * Pure: Intl only, no DOM.
 */
import { type PartialDate, type Precision, precisionDuration } from './partial-date.js';
import { timeWords } from './words.js';

/** Years below this show their era ("45 BC", "5 AD"), so they cannot be mistaken for others. */
const ERA_BELOW_YEAR = 1000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached UTC formatter for a locale and options. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/** The canonical form of a locale tag; English when the tag is not a valid BCP 47 tag. */
function resolveLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function withEra(options: Intl.DateTimeFormatOptions, year: number): Intl.DateTimeFormatOptions {
  return year < ERA_BELOW_YEAR ? { ...options, era: 'short' } : options;
}

/** Intl options that show a date at its precision and no finer. */
function dateOptions(d: PartialDate, style: 'long' | 'short'): Intl.DateTimeFormatOptions {
  const month = style === 'long' ? 'long' : 'short';
  let options: Intl.DateTimeFormatOptions;
  switch (d.precision) {
    case 'year':
      options = { year: 'numeric' };
      break;
    case 'month':
      options = { year: 'numeric', month };
      break;
    case 'day':
      options = { year: 'numeric', month, day: 'numeric' };
      break;
    case 'minute':
    case 'second':
      options = { year: 'numeric', month, day: 'numeric', hour: '2-digit', minute: '2-digit' };
      if (d.precision === 'second') options.second = '2-digit';
      break;
  }
  return withEra(options, d.year);
}

const MINUTE = 60_000;

/**
 * The date alone, without its zone and without approximate/uncertain marks: the wall clock it was
 * written with (a stated offset is undone; a floating time is placed as if UTC, so it reads as is).
 */
function formatBare(d: PartialDate, locale: string, style: 'long' | 'short'): string {
  return formatter(locale, dateOptions(d, style)).format(new Date(d.start + (d.offset ?? 0) * MINUTE));
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * How an offset from UTC is named: "UTC" for 0, else "UTC+05:30", "UTC−05:00" (with a minus
 * sign, U+2212, as typography and screen readers want it).
 */
export function offsetName(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const abs = Math.abs(offsetMinutes);
  return `UTC${offsetMinutes < 0 ? '\u2212' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** A formatted date or span followed by the offset its times were stated in, if any. */
function withZone(text: string, locale: string, offset: number | undefined): string {
  return offset === undefined ? text : timeWords(locale).zone(text, offsetName(offset));
}

/** Adds the approximate and uncertain marks a date or span carries. */
function qualify(
  text: string,
  locale: string,
  style: 'long' | 'short',
  approximate: boolean,
  uncertain: boolean,
): string {
  const words = timeWords(locale);
  let out = text;
  if (approximate) out = style === 'long' ? words.approximately(out) : words.approximatelyShort(out);
  if (uncertain) out = style === 'long' ? words.uncertain(out) : words.uncertainShort(out);
  return out;
}

/**
 * A partial date at exactly its precision, in a locale: "2000", "April 2019", "19 July 2000"
 * (en-GB). Years below 1000 show their era. A time reads as it was written: with an offset, in
 * that offset and naming it ("5 May 2001 at 23:30 (UTC−05:00)"; short style leaves the zone
 * out); floating (no offset), as is. Approximate and uncertain dates keep the date and add a
 * localized mark: long "April 2019, approximately", short "c. Apr 2019".
 */
export function formatDate(d: PartialDate, locale: string, style: 'long' | 'short' = 'long'): string {
  const loc = resolveLocale(locale);
  const bare = formatBare(d, loc, style);
  return qualify(style === 'long' ? withZone(bare, loc, d.offset) : bare, loc, style, d.approximate, d.uncertain);
}

/**
 * A period between two partial dates, each at its own precision: "19 July 2000 to 19 July 2023"
 * (en-GB). Each end reads in the offset it was stated in; when both share one, it is named once,
 * after the span. If either end is approximate or uncertain, the whole span says so once, at the
 * end (or where the language puts it). Without an end, the start date alone.
 */
export function formatSpan(start: PartialDate, end: PartialDate | undefined, locale: string): string {
  if (!end) return formatDate(start, locale);
  const loc = resolveLocale(locale);
  const sameZone = start.offset === end.offset;
  const a = formatBare(start, loc, 'long');
  const b = formatBare(end, loc, 'long');
  const body = sameZone
    ? withZone(a === b ? a : timeWords(loc).span(a, b), loc, start.offset)
    : timeWords(loc).span(withZone(a, loc, start.offset), withZone(b, loc, end.offset));
  return qualify(
    body,
    loc,
    'long',
    start.approximate || end.approximate,
    start.uncertain || end.uncertain,
  );
}

/** Intl options for an axis tick that falls on a boundary of the unit. */
function tickOptions(date: Date, unit: Precision): Intl.DateTimeFormatOptions {
  const year = date.getUTCFullYear();
  switch (unit) {
    case 'year':
      return withEra({ year: 'numeric' }, year);
    case 'month':
      // January carries the year, so a month axis always says which year it is in.
      return date.getUTCMonth() === 0 ? withEra({ month: 'short', year: 'numeric' }, year) : { month: 'short' };
    case 'day':
      return { day: 'numeric', month: 'short' };
    case 'minute':
      return { hour: '2-digit', minute: '2-digit' };
    case 'second':
      return { hour: '2-digit', minute: '2-digit', second: '2-digit' };
  }
}

/**
 * A formatter for axis tick labels in a locale, in UTC: for a tick step of `unit`, year "2019",
 * month "Apr" (January "Jan 2019"), day "19 Jul", minute "10:30". An invalid date gives "".
 */
export function createTickFormat(locale: string): (date: Date, unit: Precision) => string {
  const loc = resolveLocale(locale);
  return (date, unit) =>
    Number.isNaN(date.getTime()) ? '' : formatter(loc, tickOptions(date, unit)).format(date);
}

/**
 * The unit a tick interval represents, e.g. the distance between two consecutive ticks:
 * a step of a year or more is 'year', of a month (28 days) or more 'month', of a day or more
 * 'day', of a minute or more 'minute', anything shorter 'second'.
 */
export function tickUnit(stepMs: number): Precision {
  const step = Math.abs(stepMs);
  const day = precisionDuration('day');
  if (step >= 365 * day) return 'year';
  if (step >= 28 * day) return 'month';
  if (step >= day) return 'day';
  if (step >= precisionDuration('minute')) return 'minute';
  return 'second';
}

/**
 * The precision worth saying for a time window `ms` long: years for three years or more, months
 * for three months or more, days for three days or more, then minutes, then seconds.
 */
export function windowPrecision(ms: number): Precision {
  const day = precisionDuration('day');
  if (ms >= 3 * precisionDuration('year')) return 'year';
  if (ms >= 3 * precisionDuration('month')) return 'month';
  if (ms >= 3 * day) return 'day';
  if (ms >= 3 * precisionDuration('minute')) return 'minute';
  return 'second';
}

/**
 * A visible time window as a person would say it, at the precision its length deserves (see
 * {@link windowPrecision}): "2005 to 2008", "April 2019 to July 2019", "19 July 2000". The axis is
 * UTC, so a window of hours names it: "19 July 2000 at 10:00 to 19 July 2000 at 14:00 (UTC)".
 */
export function formatWindow(t0: number, t1: number, locale: string): string {
  const precision = windowPrecision(t1 - t0);
  const at = (t: number): PartialDate => {
    const d = new Date(t);
    const year = d.getUTCFullYear();
    const parts = { year, month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
    const offset = precision === 'minute' || precision === 'second' ? { offset: 0 } : {};
    return { ...parts, ...offset, text: '', precision, approximate: false, uncertain: false, start: t, end: t };
  };
  return formatSpan(at(t0), at(Math.max(t0, t1 - 1)), locale);
}
