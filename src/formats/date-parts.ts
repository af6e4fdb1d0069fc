/**
 * Dates given as separate parts (TimelineJS `start_date` objects, the TimelineJS spreadsheet's
 * Year / Month / Day / Time columns) turned into a partial ISO date at exactly the precision the
 * parts give: a year alone stays a year, never the first of January.
 */
import { describeValue } from '../model/describe.js';

export { describeValue };

/** A part's value after its name ("month 13", "month \"Smarch\""): a number bare, anything else as {@link describeValue} says. */
function partValue(value: unknown): string {
  return typeof value === 'number' && !Number.isNaN(value) ? String(value) : describeValue(value);
}

/** The parts a date can be given in, coarsest first. */
export type DatePart = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

/** Parts as found in the source: strings, numbers, empty strings, or anything else. */
export type DateParts = Partial<Record<DatePart, unknown>>;

/** A part that could not be used, and what became of the date. */
export interface DatePartProblem {
  part: DatePart;
  message: string;
}

/** The partial date (absent when there is no usable year) and the problems on the way. */
export interface PartsDate {
  date?: string;
  problems: DatePartProblem[];
}

const ORDER: DatePart[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];

/** What the date is kept to when the part after it is unusable. */
const KEPT_TO: Record<DatePart, string> = {
  year: '',
  month: 'the year',
  day: 'the month',
  hour: 'the day',
  minute: 'the day',
  second: 'the minute',
};

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** True for null, undefined and strings that are empty after trimming: "not given". */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A whole number written as a number or as decimal digits (with an optional sign), else undefined. */
export function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value + 0 : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!/^[+-]?\d{1,15}$/.test(text)) return undefined;
  return Number(text) + 0; // + 0 turns -0 into 0
}

/** A month number 1–12 from a number, digits, or an English name or abbreviation ("Apr", "April"). */
export function monthNumber(value: unknown): number | undefined {
  const number = wholeNumber(value);
  if (number !== undefined) return number >= 1 && number <= 12 ? number : undefined;
  if (typeof value !== 'string') return undefined;
  const name = value.trim().toLowerCase().replace(/\.$/, '');
  const full = FULL_MONTH_NAMES.indexOf(name);
  if (full >= 0) return full + 1;
  const short = MONTH_NAMES.indexOf(name === 'sept' ? 'sep' : name);
  return short >= 0 ? short + 1 : undefined;
}

/** Four-digit (or longer) year with a leading minus for years before year 0: "0044", "-0044". */
export function formatYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, '0');
  return year < 0 ? `-${digits}` : digits;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Days in a month of the proleptic Gregorian calendar (astronomical years: 0 is a leap year). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The partial date the parts give, at exactly their precision. Absent parts (undefined, null, '')
 * end the date; an hour without a minute gives minute precision (`T10:00`). An unusable part
 * (not a number, out of range) ends the date at the precision before it, with a problem; parts
 * given after a gap (a day without a month) are ignored, with a problem. Without a usable year
 * there is no date.
 */
export function dateFromParts(parts: DateParts): PartsDate {
  const problems: DatePartProblem[] = [];
  const get = (part: DatePart): unknown => (parts ? parts[part] : undefined);

  const yearValue = get('year');
  if (isAbsent(yearValue)) {
    problems.push({ part: 'year', message: 'year is missing' });
    return { problems };
  }
  const year = wholeNumber(yearValue);
  if (year === undefined) {
    problems.push({ part: 'year', message: `year ${partValue(yearValue)} is not a whole number` });
    return { problems };
  }
  let date = formatYear(year);
  let month = 0;

  for (let k = 1; k < ORDER.length; k++) {
    const part = ORDER[k];
    let value = get(part);
    if (isAbsent(value)) {
      if (part === 'minute' && date.includes('T')) {
        value = 0; // An hour alone is minute precision: "10" → "T10:00".
      } else {
        const ignored = ORDER.slice(k + 1).filter((p) => !isAbsent(get(p)));
        if (ignored.length > 0) {
          problems.push({
            part: ignored[0],
            message: `${ignored.join(' and ')} given without ${part === 'hour' ? 'an' : 'a'} ${part}; ignored`,
          });
        }
        break;
      }
    }
    let valid: number | undefined;
    if (part === 'month') {
      valid = monthNumber(value);
    } else {
      const number = wholeNumber(value);
      const max = part === 'day' ? daysInMonth(year, month) : part === 'hour' ? 23 : 59;
      const min = part === 'day' ? 1 : 0;
      if (number !== undefined && number >= min && number <= max) valid = number;
    }
    if (valid === undefined) {
      const range =
        part === 'month' ? 'a month (1–12)'
        : part === 'day' ? `a day of ${date}`
        : part === 'hour' ? 'an hour (0–23)'
        : `a ${part} (0–59)`;
      problems.push({
        part,
        message: `${part} ${partValue(value)} is not ${range}; the date is kept to ${KEPT_TO[part]}`,
      });
      if (part === 'minute') date = date.slice(0, date.indexOf('T'));
      break;
    }
    if (part === 'month') month = valid;
    date += part === 'month' || part === 'day' ? `-${two(valid)}` : part === 'hour' ? `T${two(valid)}` : `:${two(valid)}`;
  }
  return { date, problems };
}

/** Hour, minute and second from a clock time: "10:30", "10:30:05", "6:45 PM", "10". */
export function clockTime(text: string): { hour: number; minute?: number; second?: number } | undefined {
  const match = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?(?:\s*([ap])\.?\s*m\.?)?$/i.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  const minute = match[2] === undefined ? undefined : Number(match[2]);
  const second = match[3] === undefined ? undefined : Number(match[3]);
  if (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return undefined;
  return { hour, minute, second };
}

/**
 * A date written in one piece: partial ISO dates pass through trimmed; "1999/04/05" and
 * "1999/04" get dashes (and zero-padding); anything else is kept as written, for the validator to
 * report, so that no precision is ever invented or lost here.
 */
export function writtenDate(text: string): string {
  const trimmed = text.trim();
  const slashed = /^(-?\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?$/.exec(trimmed);
  if (!slashed) return trimmed;
  const [, year, month, day] = slashed;
  return `${year}-${month.padStart(2, '0')}${day === undefined ? '' : `-${day.padStart(2, '0')}`}`;
}
