import type { Precision } from './partial-date.js';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/**
 * Writes an instant (ms, UTC) as a partial ISO 8601 date at a precision, in the form the element
 * reads back: four-digit years (signed when negative), "2019-04", "2000-07-19", "2000-07-19T10:30".
 */
export function isoAtPrecision(t: number, precision: Precision): string {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const year = `${y < 0 ? '-' : ''}${pad(y, 4)}`;
  if (precision === 'year') return year;
  const month = `${year}-${pad(d.getUTCMonth() + 1)}`;
  if (precision === 'month') return month;
  const day = `${month}-${pad(d.getUTCDate())}`;
  if (precision === 'day') return day;
  const minute = `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return precision === 'minute' ? minute : `${minute}:${pad(d.getUTCSeconds())}`;
}

/** The precision worth writing for a view that spans `ms`: days for weeks, minutes for hours. */
export function precisionForSpan(ms: number): Precision {
  const day = 86_400_000;
  if (ms >= 3 * day) return 'day';
  if (ms >= 3 * 60_000) return 'minute';
  return 'second';
}
