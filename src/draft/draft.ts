/**
 * `draftEvents(text)`: a first draft of a timeline from an article or a chronology. Each date
 * expression the text states becomes an event at the precision of its words, with its paragraph,
 * the offset and length of its words in that paragraph, a title drafted from its sentence, and a
 * confidence. Expressions that cannot be dated from the text are listed as skipped.
 *
 * Pure: no DOM, no current time; runs in browsers and in Node. Never throws.
 */
import { parsePartialDate, type Precision } from '../time/partial-date.js';
import { findExpressions, normaliseForParsing, parseDates, type Expression, type StatedParts } from './expression.js';
import {
  looksLikeCopyright, looksLikeDateline, looksLikeHeadline, splitBlocks, splitSentences,
  type Paragraph, type Sentence, type TextSpan,
} from './paragraphs.js';
import { draftTitle } from './title.js';
import { findYearExpressions } from './year-expressions.js';

/** Options of {@link draftEvents}. */
export interface DraftOptions {
  /** The text's own date (YYYY, YYYY-MM or YYYY-MM-DD), used instead of its dateline. */
  referenceDate?: string;
  /** Title of the dataset, instead of the headline ("Draft timeline" when there is neither). */
  title?: string;
}

/** Where a drafted event's date is written: paragraph, and offset and length within it. */
export interface DraftSource {
  /** 1-based paragraph number (blocks separated by blank lines, after headline and dateline). */
  paragraph: number;
  /** Index (UTF-16 code units) of the date expression in the paragraph's text. */
  offset: number;
  /** Length of the date expression. */
  length: number;
  /** How the date was read, e.g. "“July 19”; the year (2023) from the dateline". */
  note: string;
}

/** One drafted event, ready for the schema (its `source` uses the schema's offset/length). */
export interface DraftEvent {
  id: string;
  start: string;
  end?: string;
  title: string;
  source: DraftSource;
  /** 0 to 1: how sure the draft is of the date (see README, "Drafting a timeline"). */
  confidence: number;
}

/** A date expression that was found but not made into an event, and why. */
export interface SkippedExpression {
  text: string;
  paragraph: number;
  offset: number;
  length: number;
  reason: string;
}

/** The draft: numbered paragraphs, events in text order, and what was skipped. */
export interface Draft {
  /** The `title` option, or the headline, or "Draft timeline". */
  title: string;
  headline?: TextSpan;
  dateline?: TextSpan & { date: string };
  /** The date relative expressions count from: the `referenceDate` option or the dateline's date. */
  reference?: string;
  paragraphs: Paragraph[];
  events: DraftEvent[];
  skipped: SkippedExpression[];
}

/** A resolved date: ISO-style parts down to its precision. */
interface Dated {
  year: number;
  month?: number;
  day?: number;
}

const precisionOf = (d: Dated): Precision => (d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year');
const RANK: Record<string, number> = { year: 0, month: 1, day: 2 };

/** Parts cut down to a precision. */
function atPrecision(d: Dated, p: Precision): Dated {
  if (p === 'year') return { year: d.year };
  if (p === 'month') return { year: d.year, month: d.month };
  return d;
}

function isoText(d: Dated): string {
  const y = `${d.year < 0 ? '-' : ''}${String(Math.abs(d.year)).padStart(4, '0')}`;
  if (d.month === undefined) return y;
  const m = `${y}-${String(d.month).padStart(2, '0')}`;
  return d.day === undefined ? m : `${m}-${String(d.day).padStart(2, '0')}`;
}

/** Stated parts as a date, when they have a year; a month is kept only with it, a day only with a month. */
function dated(parts: StatedParts, year = parts.year): Dated | undefined {
  if (year === undefined) return undefined;
  if (parts.month === undefined) return { year };
  return parts.day === undefined ? { year, month: parts.month } : { year, month: parts.month, day: parts.day };
}

/** The UTC noon of a date (for chrono-node's reference), at its first day. */
const noon = (d: Dated) => {
  const t = new Date(Date.UTC(2000, (d.month ?? 1) - 1, d.day ?? 1, 12));
  t.setUTCFullYear(d.year);
  return t;
};

/** Finds the headline, the dateline and the closing copyright line, and numbers the rest. */
function frame(text: string) {
  const blocks = splitBlocks(text);
  let first = 0;
  let headline: TextSpan | undefined;
  let dateline: (TextSpan & { date: Dated }) | undefined;
  const asDateline = (b: TextSpan) => {
    const normal = normaliseForParsing(b.text);
    const r = parseDates(normal, new Date(Date.UTC(2000, 0, 1, 12)))[0];
    if (!r || !r.start.isCertain('year') || !r.start.isCertain('month')) return undefined;
    if (!looksLikeDateline(normal, r.index, r.index + r.text.length)) return undefined;
    const d = dated({ year: r.start.get('year')!, month: r.start.get('month')!, day: r.start.isCertain('day') ? r.start.get('day')! : undefined });
    return d && { ...b, date: d };
  };
  const onlyDate = (b: TextSpan) => {
    const found = findYearExpressions(normaliseForParsing(b.text), 0, true);
    return found.some((e) => e.length >= b.text.replace(/[\s:.]+$/, '').length);
  };
  if (blocks.length >= 2) {
    dateline = asDateline(blocks[0]);
    if (dateline) first = 1;
    else if (looksLikeHeadline(blocks[0].text) && !onlyDate(blocks[0])) {
      headline = blocks[0];
      first = 1;
      dateline = blocks.length >= 3 ? asDateline(blocks[1]) : undefined;
      if (dateline) first = 2;
    }
  }
  let last = blocks.length;
  if (last - first >= 2 && looksLikeCopyright(blocks[last - 1].text)) last -= 1;
  const paragraphs: Paragraph[] = blocks.slice(first, last).map((b, i) => ({ ...b, number: i + 1 }));
  return { headline, dateline, paragraphs };
}

/** A year stated somewhere in the text, and where. */
interface YearMention {
  paragraph: number;
  sentence: number;
  index: number;
  year: number;
}

/** The year for an expression whose words give none, from the text around it. */
interface YearChoice {
  year: number;
  from: string;
  confidence: number;
  uncertain: boolean;
}

/**
 * Drafts timeline events from a text. The text is cut into paragraphs at blank lines; a leading
 * headline and a dateline ("July 19, 2023") are recognised and not numbered, nor is a closing
 * copyright line; the dateline's date is the reference for relative expressions.
 */
export function draftEvents(text: string, options: DraftOptions = {}): Draft {
  const source = typeof text === 'string' ? text : '';
  const { headline, dateline, paragraphs } = frame(source);
  const option = options.referenceDate === undefined ? undefined : parsePartialDate(options.referenceDate);
  const reference: Dated | undefined =
    option?.ok ? { year: option.date.year, month: option.date.month, day: option.date.day } : dateline?.date;
  const referenceName = option?.ok ? 'the reference date' : 'the dateline';
  const events: DraftEvent[] = [];
  const skipped: SkippedExpression[] = [];
  const ids = new Set<string>();

  // Every paragraph's sentences and expressions first: a year may be stated after the words that need it.
  const found = paragraphs.map((p) => {
    const sentences = splitSentences(p.text);
    const expressions = findExpressions(p.text, sentences, reference && noon(reference));
    const sentenceOf = (e: Expression) => Math.max(0, sentences.findIndex((s) => e.index >= s.start && e.index < s.end));
    return { p, sentences, expressions, sentenceOf };
  });
  const mentions: YearMention[] = found.flatMap(({ p, expressions, sentenceOf }) =>
    expressions
      .filter((e) => (e.kind === 'date' || e.kind === 'sameDay') && e.start.year !== undefined)
      .map((e) => ({ paragraph: p.number, sentence: sentenceOf(e), index: e.index, year: e.start.year! })),
  );

  let heading: { year: number; paragraph: number } | undefined;
  let previous: Dated | undefined;
  let previousDay: Dated | undefined = reference?.day !== undefined ? reference : undefined;

  const chooseYear = (paragraph: number, sentence: number, index: number): YearChoice | undefined => {
    const here = mentions.filter((m) => m.paragraph === paragraph && m.sentence === sentence);
    if (here.length) {
      const nearest = here.reduce((a, b) => (Math.abs(b.index - index) < Math.abs(a.index - index) ? b : a));
      return { year: nearest.year, from: 'the same sentence', confidence: 0.7, uncertain: false };
    }
    const earlier = mentions.filter((m) => m.paragraph === paragraph && m.sentence < sentence).pop();
    if (earlier) return { year: earlier.year, from: 'an earlier sentence', confidence: 0.7, uncertain: false };
    if (heading) return { year: heading.year, from: `the heading in paragraph ${heading.paragraph}`, confidence: 0.7, uncertain: false };
    if (reference) return { year: reference.year, from: referenceName, confidence: 0.6, uncertain: false };
    const before = mentions.filter((m) => m.paragraph < paragraph).pop();
    if (before) return { year: before.year, from: `paragraph ${before.paragraph}`, confidence: 0.5, uncertain: false };
    const after = mentions.find((m) => m.paragraph > paragraph || (m.paragraph === paragraph && m.sentence > sentence));
    if (after) return { year: after.year, from: `paragraph ${after.paragraph}, after it; uncertain`, confidence: 0.3, uncertain: true };
    return undefined;
  };

  for (const { p, sentences, expressions, sentenceOf } of found) {
    for (const e of expressions) {
      const sentenceIndex = sentenceOf(e);
      const sentence: Sentence = sentences[sentenceIndex] ?? { start: 0, end: p.text.length, lineStart: true };
      const words = `“${p.text.slice(e.index, e.index + e.length)}”`;
      const skip = (reason: string) => skipped.push({ text: p.text.slice(e.index, e.index + e.length), paragraph: p.number, offset: e.index, length: e.length, reason });

      // A line or paragraph that is nothing but a date is a heading: context, not an event.
      const bare = (s: string) => s.replace(/^[\s#*•(]+|[\s:.)*-]+$/g, '');
      if (e.kind === 'date' && bare(p.text.slice(sentence.start, sentence.end)) === bare(e.text)) {
        if (e.start.year !== undefined) heading = { year: e.start.year, paragraph: p.number };
        continue;
      }

      let start: Dated | undefined;
      let end: Dated | undefined;
      let uncertain = false;
      let confidence = 0.9;
      const notes: string[] = [];

      if (e.kind === 'present') {
        skip('refers to the present (the text’s own date); not drafted as an event');
        continue;
      } else if (e.kind === 'time') {
        skip('a time of day without a date');
        continue;
      } else if (e.kind === 'sameDay') {
        if (!previousDay) {
          skip('“the day” points back to a date, but no day is stated before it');
          continue;
        }
        start = { year: e.start.year!, month: previousDay.month, day: previousDay.day };
        notes.push(`the day and month (${isoText(previousDay).slice(-5)}) from the date before it`);
        confidence = 0.6;
      } else if (e.kind === 'sinceThen') {
        if (!previous) {
          skip('“since then” points back to a date, but none is stated before it');
          continue;
        }
        if (!reference) {
          skip('“since then” runs to the text’s own date, which it does not give (no dateline)');
          continue;
        }
        start = previous;
        end = reference;
        notes.push(`from the date before it (${isoText(previous)}) to ${referenceName}`);
        confidence = 0.5;
      } else if (e.kind === 'relative') {
        const anchor = e.anchor === 'previous' ? previous : reference;
        if (!anchor) {
          skip(e.anchor === 'previous' ? 'counts from an earlier date, but none is stated before it' : 'counts from the text’s own date, which it does not give (no dateline)');
          continue;
        }
        const r = parseDates(e.text, noon(anchor))[0];
        if (!r) {
          skip('a relative expression that could not be resolved');
          continue;
        }
        // A weekday names a day, but which one (the last or the next) is chrono-node's guess: uncertain.
        const weekday = r.start.isCertain('weekday') && !r.start.isCertain('day');
        if (weekday) uncertain = true;
        const wordsSay: Precision = r.start.isCertain('day') || weekday ? 'day' : r.start.isCertain('month') ? 'month' : 'year';
        const p0 = RANK[wordsSay] <= RANK[precisionOf(anchor)] ? wordsSay : precisionOf(anchor);
        start = atPrecision({ year: r.start.get('year')!, month: r.start.get('month')!, day: r.start.get('day')! }, p0);
        notes.push(`counted from ${e.anchor === 'previous' ? `the date before it (${isoText(anchor)})` : `${referenceName} (${isoText(anchor)})`}`);
        confidence = 0.5;
      } else {
        let year = e.start.year;
        if (year === undefined) {
          const choice = chooseYear(p.number, sentenceIndex, e.index);
          if (!choice) {
            skip('no year for it anywhere in the text');
            continue;
          }
          year = choice.year;
          uncertain = choice.uncertain;
          confidence = choice.confidence;
          notes.push(`the year (${isoText({ year })}) from ${choice.from}`);
        } else if (e.numberAsYear) {
          confidence = 0.8; // a number that could still be a quantity
        }
        start = dated(e.start, year);
        if (e.end) {
          end = dated(e.end, e.end.year ?? year);
          if (end && e.end.year === undefined && end.month !== undefined && start?.month !== undefined && end.month < start.month) end.year += 1;
        }
        if (e.label) notes.push(e.label);
        if (e.since && reference && !end) {
          end = reference;
          notes.push(`“since”: to ${referenceName}`);
          confidence = Math.min(confidence, 0.6);
        }
      }

      const qualifier = uncertain ? '?' : e.approximate ? '~' : '';
      const startParsed = parsePartialDate(isoText(start!) + qualifier);
      if (!startParsed.ok) {
        skip(startParsed.error);
        continue;
      }
      let endText: string | undefined;
      if (end) {
        const endParsed = parsePartialDate(isoText(end) + qualifier);
        if (endParsed.ok && endParsed.date.end > startParsed.date.start && endParsed.date.text !== startParsed.date.text) endText = endParsed.date.text;
        else if (!endParsed.ok || endParsed.date.end <= startParsed.date.start) notes.push(`end ${isoText(end)} dropped: ${endParsed.ok ? 'before the start' : endParsed.error}`);
      }

      const atStart = e.index === sentence.start ? e.length : 0;
      const title = draftTitle(p.text.slice(sentence.start, sentence.end), atStart) || p.text.slice(e.index, e.index + e.length);
      const base = `p${p.number}-${startParsed.date.text.replace(/^-/, 'bce-').replace(/[^0-9a-z-]/gi, '').toLowerCase()}`;
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
      ids.add(id);
      events.push({
        id,
        start: startParsed.date.text,
        ...(endText ? { end: endText } : {}),
        title,
        source: { paragraph: p.number, offset: e.index, length: e.length, note: [words, ...notes].join('; ') },
        confidence,
      });
      previous = end && e.kind !== 'sinceThen' ? end : start;
      if (start!.day !== undefined) previousDay = start;
    }
  }

  return {
    title: options.title ?? headline?.text.replace(/\s+/g, ' ') ?? 'Draft timeline',
    ...(headline ? { headline } : {}),
    ...(dateline ? { dateline: { start: dateline.start, end: dateline.end, text: dateline.text, date: isoText(dateline.date) } } : {}),
    ...(reference ? { reference: isoText(reference) } : {}),
    paragraphs,
    events,
    skipped,
  };
}
