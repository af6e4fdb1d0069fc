/**
 * How every message in the project names a value it was given: one wording for the validator,
 * the date parser, the file converters and the URL reader. Strings are quoted (shortened, with
 * invisible characters spelled out so none can hide or reorder the message); anything else is
 * named by its kind. Pure.
 */
import { spellInvisible } from './invisible.js';

/** How much of a user's text is quoted back in a message. */
export const QUOTE_LIMIT = 40;

/** A value for a message: `null`, `an array`, `an object`, `the number 5`, `NaN`, `true`, or a quote of a string. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  return typeof value; // undefined, bigint, symbol
}

/** User text quoted for a message: `"…"`, cut after `limit` characters, invisible characters spelled out (`"\u200B"`). */
export function quote(text: string, limit = QUOTE_LIMIT): string {
  const short = text.length > limit ? `${text.slice(0, limit)}…` : text;
  return spellInvisible(JSON.stringify(short));
}
