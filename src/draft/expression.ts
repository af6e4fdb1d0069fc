/**
 * Date expressions of a paragraph: what chrono-node finds (month names, days, numeric dates,
 * relative words) and what the year scanner finds (years, ranges, decades, eras), merged so that
 * no two overlap. Each keeps only the date parts its words state; the rest is decided later
 * (see resolve.ts) from the text around it.
 *
 * Only chrono-node's English parser is imported (`chrono-node/en`), not its other locales.
 */
import { casual, type ParsedResult } from 'chrono-node/en';
import { findYearExpressions } from './year-expressions.js';
import type { Sentence } from './paragraphs.js';

/** Date parts that the words state (year astronomical: 0 is 1 BCE). */
export interface StatedParts {
  year?: number;
  month?: number;
  day?: number;
}

/**
 * What an expression is:
 * - `date`: a date or span given by its own words (the year may be left to the context);
 * - `sameDay`: "on the day in 2000", the month and day of an earlier date in another year;
 * - `sinceThen`: "since then", from an earlier date to the text's date;
 * - `relative`: "two years later", "yesterday", "last year", a weekday;
 * - `present`: "today", "now";
 * - `time`: a time of day without a date.
 */
export type ExpressionKind = 'date' | 'sameDay' | 'sinceThen' | 'relative' | 'present' | 'time';

/** One date expression, with its place in the paragraph's text. */
export interface Expression {
  kind: ExpressionKind;
  /** Index in the paragraph's text. */
  index: number;
  length: number;
  /** The words, as in the (normalised) text. */
  text: string;
  start: StatedParts;
  end?: StatedParts;
  /** "c. 1850", "circa 44 BC": EDTF `~`. */
  approximate?: boolean;
  /** "since 1990": a span from the date to the text's date, when the text has one. */
  since?: boolean;
  /** What the note should add to the words ("the 19th century: 1801–1900"). */
  label?: string;
  /** A number that context makes a year ("in 2000", "1961: …"): it could still be a quantity. */
  numberAsYear?: boolean;
  /** For relative expressions: what they count from. */
  anchor?: 'reference' | 'previous';
  /** The chrono-node result, kept to resolve relative expressions against another date. */
  result?: ParsedResult;
}

/**
 * The text as the parsers read it: dashes become '-', curly quotes straight ones and no-break
 * spaces plain spaces. Every replacement is one UTF-16 unit for one, so indices stay valid.
 */
export function normaliseForParsing(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u00A0\u2007\u202F]/g, ' ');
}

const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** Words before a month name standing alone that make it a date ("in June", "by mid-March"). */
const MONTH_CONTEXT = /(?:\b(?:in|by|until|till|since|from|of|during|early|late|through|to|between|and|or|last|next|this|that|before|after|around)\s+|\bmid-)$/i;
const PRESENT = /^(?:today|now|nowadays|currently|at present|these days|right now)$/i;

/** Date parts chrono-node knows (rather than implies), with years made astronomical. */
function stated(components: ParsedResult['start'], text: string): StatedParts {
  const parts: StatedParts = {};
  if (components.isCertain('year')) {
    const year = components.get('year')!;
    // chrono-node reads "44 BC" as -44; astronomically that is -43.
    parts.year = /\bB\.?C/.test(text) && year < 0 ? year + 1 : year;
  }
  if (components.isCertain('month')) parts.month = components.get('month')!;
  if (components.isCertain('day')) parts.day = components.get('day')!;
  return parts;
}

/** A chrono-node result as an expression, or undefined for a match that is no date here. */
function fromChrono(r: ParsedResult, offset: number, paragraph: string): Expression | undefined {
  const text = r.text.replace(/[\s,]+$/, '');
  const index = r.index + offset;
  const base = { index, length: text.length, text, result: r };
  const tags = r.tags();
  if (PRESENT.test(text.trim())) return { ...base, kind: 'present', start: {} };
  const start = stated(r.start, text);
  const relative = tags.has('result/relativeDate') || [...tags].some((t) => t.startsWith('casualReference/'));
  if (relative) {
    const before = paragraph.slice(Math.max(0, index - 4), index).toLowerCase();
    const previous = /\b(?:later|after|afterwards|earlier|before|following|on)\b/i.test(text) || (/\bnext\b/i.test(text) && before.endsWith('the '));
    return { ...base, kind: 'relative', start, anchor: previous ? 'previous' : 'reference' };
  }
  if (start.year === undefined && start.month === undefined && start.day === undefined) {
    if (r.start.isCertain('weekday')) return { ...base, kind: 'relative', start, anchor: 'reference' };
    return { ...base, kind: 'time', start };
  }
  if (start.month !== undefined && start.year === undefined && start.day === undefined && !monthAloneIsDate(index, text, paragraph)) return undefined;
  const end = r.end ? stated(r.end, text) : undefined;
  const since = /\bsince\s+$/i.test(paragraph.slice(Math.max(0, index - 6), index));
  return { ...base, kind: 'date', start, ...(end && (end.year ?? end.month ?? end.day) !== undefined ? { end } : {}), since };
}

/**
 * A month name alone ("June") is a date only when capitalised and after a word such as "in" or
 * "by", or when it labels a line ("June: …"); "march" and "May I" are not dates.
 */
function monthAloneIsDate(index: number, text: string, paragraph: string): boolean {
  const word = /\p{L}+/u.exec(text)?.[0] ?? '';
  if (!MONTH_WORD.test(word) || !/^\p{Lu}/u.test(word)) return false;
  const lineBefore = paragraph.slice(paragraph.lastIndexOf('\n', index - 1) + 1, index);
  if (/^\s*$/.test(lineBefore) && /^[ \t]*(?:[:-]|$)/m.test(paragraph.slice(index + text.length))) return true;
  return MONTH_CONTEXT.test(paragraph.slice(Math.max(0, index - 12), index + text.indexOf(word)));
}

/** chrono-node's results for a text, in UTC; none if it ever throws (it is not expected to). */
export function parseDates(text: string, instant: Date): ParsedResult[] {
  try {
    return casual.parse(text, { instant, timezone: 0 });
  } catch {
    return [];
  }
}

/** Fixed reference for chrono-node when the text gives none (only implied values depend on it). */
const NEUTRAL_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * The date expressions of one paragraph, in text order, none overlapping another. Where two
 * overlap, the longer wins (chrono-node's on a tie).
 */
export function findExpressions(paragraph: string, sentences: readonly Sentence[], reference?: Date): Expression[] {
  const text = normaliseForParsing(paragraph);
  const instant = reference ?? NEUTRAL_REFERENCE;
  // One sentence at a time, so that chrono-node does not join a year heading to the next line.
  const fromParser = sentences.flatMap((s) =>
    parseDates(text.slice(s.start, s.end), instant)
      .map((r) => fromChrono(r, s.start, text))
      .filter((e): e is Expression => e !== undefined),
  );
  const fromYears = sentences.flatMap((s) => findYearExpressions(text.slice(s.start, s.end), s.start, s.lineStart));
  const all = [...fromParser.map((e) => ({ e, chrono: true })), ...fromYears.map((e) => ({ e, chrono: false }))];
  all.sort((a, b) => b.e.length - a.e.length || Number(b.chrono) - Number(a.chrono) || a.e.index - b.e.index);
  const kept: Expression[] = [];
  for (const { e } of all) {
    if (kept.some((k) => e.index < k.index + k.length && k.index < e.index + e.length)) continue;
    kept.push(e);
  }
  return mergeRanges(kept.sort((a, b) => a.index - b.index), text);
}

/**
 * "between March and June 1999", "from May to July 2001": two dates joined by a range word
 * become one span (chrono-node merges "to" and "-" but not these).
 */
function mergeRanges(list: Expression[], text: string): Expression[] {
  const out: Expression[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    if (b && a.kind === 'date' && b.kind === 'date' && !a.end && !b.end) {
      const between = text.slice(a.index + a.length, b.index);
      const before = text.slice(Math.max(0, a.index - 12), a.index);
      const leadMatch = /\b(between|from)\s+$/i.exec(before);
      const lead = leadMatch?.[1].toLowerCase();
      const joiner = /^\s*(and|to|until|till|through|-)\s*$/i.exec(between)?.[1]?.toLowerCase();
      if (leadMatch && lead && joiner && (lead === 'between') === (joiner === 'and')) {
        const from = a.index - (before.length - leadMatch.index);
        const start = { ...a.start };
        if (start.year === undefined && b.start.year !== undefined && start.month !== undefined) start.year = b.start.year;
        out.push({ ...a, index: from, length: b.index + b.length - from, text: text.slice(from, b.index + b.length), start, end: b.start, result: undefined });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
