/**
 * The timeline's state in the page URL's fragment (`url-state`): the selected event and the
 * visible window, under one key per timeline, beside whatever else the fragment holds.
 *
 *     #timeline=event:kim-jong-un-visits-russia,view:2015/2020&other=kept
 *
 * The fragment is read as `&`-separated segments; a segment `key=value` whose key decodes to the
 * timeline's key is its state, and every other segment is kept exactly as it was written. The
 * value is `,`-separated fields `name:value`: `event:<id>` and `view:<start>/<end>` (partial
 * dates; either may be empty). Pure: no DOM, never throws.
 */
import { parsePartialDate } from '../time/partial-date.js';
import { quote as quoteText } from './describe.js';

/** What a timeline keeps in the URL. */
export interface UrlState {
  /** Id of the selected event. */
  event?: string;
  /** The visible window as partial dates (`view-start`, `view-end`); empty for the data's edge. */
  view?: { start: string; end: string };
}

/** Why a state in the URL was not (wholly) read; `text` quotes the part concerned. */
export interface UrlStateProblem {
  reason: 'encoding' | 'field' | 'date' | 'empty' | 'length';
  text: string;
}

/** A state longer than this (characters, encoded) is not read: no id or window needs it. */
export const MAX_STATE_LENGTH = 8000;

/** The key a timeline uses: its element id, or `timeline` when it has none. */
export function stateKey(id: string): string {
  return id.trim() || 'timeline';
}

/** Percent-encodes a key or value; `:` and `/` stay readable (they are allowed in a fragment). */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The fragment's segments (without the leading `#`); an empty fragment has none. */
function segments(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split('&');
}

/** True when a segment is `key=…` (its key decoded), or the bare key. */
function isOwn(segment: string, key: string): boolean {
  const at = segment.indexOf('=');
  return decode(at < 0 ? segment : segment.slice(0, at)) === key;
}

/**
 * The state stored under `key` in a fragment (`location.hash`), the raw text it was read from
 * (to tell a change from the same state), and what could not be read. `found` is false when the
 * fragment holds nothing for the key. What is malformed is left out, the rest is still read.
 */
export function readUrlState(hash: string, key: string): { found: boolean; raw: string; state: UrlState; problems: UrlStateProblem[] } {
  const own = segments(hash).filter((s) => isOwn(s, key));
  const state: UrlState = {};
  const problems: UrlStateProblem[] = [];
  if (own.length === 0) return { found: false, raw: '', state, problems };
  const segment = own[own.length - 1];
  const at = segment.indexOf('=');
  const raw = at < 0 ? '' : segment.slice(at + 1);
  if (raw.length > MAX_STATE_LENGTH) {
    problems.push({ reason: 'length', text: `${raw.length} characters` });
    return { found: true, raw, state, problems };
  }
  for (const field of raw.split(',')) {
    if (field === '') continue;
    const colon = field.indexOf(':');
    const name = colon < 0 ? field : field.slice(0, colon);
    const value = decode(colon < 0 ? '' : field.slice(colon + 1));
    if (value === undefined) {
      problems.push({ reason: 'encoding', text: quoteText(field, 60) });
    } else if (name === 'event') {
      if (value.trim() === '') problems.push({ reason: 'empty', text: quoteText(field, 60) });
      else state.event = value;
    } else if (name === 'view') {
      const view = readView(value);
      if (view) state.view = view;
      else problems.push({ reason: 'date', text: quoteText(value, 60) });
    } else {
      problems.push({ reason: 'field', text: quoteText(decode(name) ?? name, 60) });
    }
  }
  return { found: true, raw, state, problems };
}

/** `start/end` as two partial dates (either may be empty, not both), else undefined. */
function readView(value: string): { start: string; end: string } | undefined {
  const parts = value.split('/');
  if (parts.length !== 2) return undefined;
  const [start, end] = parts.map((p) => p.trim());
  if (!start && !end) return undefined;
  for (const date of [start, end]) if (date && !parsePartialDate(date).ok) return undefined;
  return { start, end };
}

/** The encoded value of a state (empty when there is nothing to keep). */
export function formatUrlState(state: UrlState): string {
  const fields: string[] = [];
  if (state.event !== undefined && state.event !== '') fields.push(`event:${encode(state.event)}`);
  if (state.view && (state.view.start || state.view.end)) fields.push(`view:${encode(state.view.start)}/${encode(state.view.end)}`);
  return fields.join(',');
}

/**
 * The fragment with the state under `key` replaced by `state` (removed when empty): the state
 * stays where it was among the other segments (at the end when new), which are kept as written.
 * Returns the fragment with its `#`, or `''` when nothing is left.
 */
export function writeUrlState(hash: string, key: string, state: UrlState): string {
  const value = formatUrlState(state);
  const own = value ? `${encode(key)}=${value}` : undefined;
  const out: string[] = [];
  let placed = false;
  for (const segment of segments(hash)) {
    if (!isOwn(segment, key)) out.push(segment);
    else if (!placed && own) {
      out.push(own);
      placed = true;
    }
  }
  if (!placed && own) out.push(own);
  return out.length ? `#${out.join('&')}` : '';
}
