/**
 * A text cut into what the draft numbers and quotes: paragraphs (blocks separated by blank lines)
 * and, inside each, sentences (lines, and sentences within a line). A leading headline, a dateline
 * and a closing copyright line are recognised and not numbered, as in the project's article
 * dataset: paragraph 1 is the first block after the dateline.
 *
 * Pure: no DOM, no current time. Offsets are JavaScript string indices (UTF-16 code units) into
 * the text as given, so that a page can highlight exactly the characters a date was read from.
 */

/** A stretch of the text: where it starts and ends (exclusive) in the whole text, and its characters. */
export interface TextSpan {
  /** Index in the whole text of the first non-blank character. */
  start: number;
  /** Index in the whole text just after the last non-blank character. */
  end: number;
  /** The characters from start to end, as written. */
  text: string;
}

/** A numbered paragraph. */
export interface Paragraph extends TextSpan {
  /** 1-based, counted from the first block after the dateline (or the headline, or the start). */
  number: number;
}

/** A block of the text before numbering: a run of non-blank lines. */
export type Block = TextSpan;

const BLANK = /^[\s\uFEFF]*$/;

/** The blocks of a text: runs of lines that are not blank, trimmed, with their offsets. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  let lineStart = 0;
  const close = () => {
    if (blockStart < 0) return;
    const raw = text.slice(blockStart, blockEnd);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) blocks.push({ start: blockStart + lead, end: blockStart + lead + trimmed.length, text: trimmed });
    blockStart = -1;
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (BLANK.test(line)) close();
    else {
      if (blockStart < 0) blockStart = lineStart;
      blockEnd = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  close();
  return blocks;
}

/** A sentence of a paragraph: offsets are within the paragraph's text. */
export interface Sentence {
  /** Index in the paragraph's text of its first non-blank character. */
  start: number;
  /** Index just after its last non-blank character. */
  end: number;
  /** True when the sentence begins a line (chronology lines such as "1961: …" or "June: …"). */
  lineStart: boolean;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'col', 'lt', 'sgt', 'capt', 'rev', 'gov', 'sen', 'rep',
    'pres', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'c', 'ca', 'approx', 'fig', 'vol', 'p', 'pp', 'cf', 'al',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  ],
);

/**
 * The sentences of a paragraph: every line is split on its own, and a line at `.`, `!` or `?`
 * followed by a space (closing quotes and brackets stay with the sentence), except after common
 * abbreviations ("Jan.", "Dr.", "c."), single initials ("J. R. R.") and dotted abbreviations
 * such as "B.C." or "U.S." when a lower-case word follows.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number, lineStart: boolean) => {
    const raw = paragraph.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ start: start + lead, end: start + lead + trimmed.length, lineStart });
  };
  let lineStart = 0;
  while (lineStart <= paragraph.length) {
    let lineEnd = paragraph.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = paragraph.length;
    let start = lineStart;
    let first = true;
    const boundary = /[.!?…]+["'”’»)\]]*(?=\s+\S)/g;
    boundary.lastIndex = lineStart;
    const line = paragraph.slice(0, lineEnd);
    let m: RegExpExecArray | null;
    while ((m = boundary.exec(line))) {
      const stop = m.index + m[0].length;
      if (m[0][0] === '.' && m[0].length === 1 && !endsSentence(paragraph, m.index, lineEnd)) continue;
      // "1919. The treaty …": a numbered line, not a sentence of its own.
      if (first && m[0] === '.' && /^\s*\d{1,4}$/.test(paragraph.slice(lineStart, m.index))) continue;
      push(start, stop, first);
      first = false;
      start = stop;
    }
    push(start, lineEnd, first);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/** Whether a single full stop at `dot` ends a sentence. */
function endsSentence(text: string, dot: number, lineEnd: number): boolean {
  const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  const word = before.split('.').pop() ?? '';
  const next = /^\s+(\S)/.exec(text.slice(dot + 1, lineEnd))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^[A-Z]$/.test(word)) return false; // an initial
  // "B.C." or "U.S." then a lower-case word or a digit: still the same sentence.
  if (before.includes('.') && /[a-z0-9]/.test(next)) return false;
  return /[A-Z0-9"'“‘(\[«¿¡]/u.test(next) || !/[a-z]/.test(next);
}

/** Words a dateline may hold besides its date and place names. */
const DATELINE_WORDS = /^(?:by|on|at|updated|published|posted|last|modified|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|est|edt|pst|pdt|cet|cest|kst|msk|and|of|the)$/i;

/**
 * Whether a block could be a dateline, once its date (found by the caller) is removed: one line,
 * nothing that ends a sentence, and only capitalised words (places, agencies) or dateline words.
 */
export function looksLikeDateline(block: string, dateStart: number, dateEnd: number): boolean {
  if (block.includes('\n')) return false;
  const rest = `${block.slice(0, dateStart)} ${block.slice(dateEnd)}`;
  if (/[.!?]\s*$/.test(rest.trim()) && !/\b[A-Z]{2,}\)?\s*[.]?$/.test(rest.trim())) return false;
  const words = rest.split(/[\s,;:()[\]/|•·–—-]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length > 6) return false;
  return words.every((w) => DATELINE_WORDS.test(w) || /^[\p{Lu}\d]/u.test(w));
}

/** A headline: a single short line that does not end like a sentence. */
export function looksLikeHeadline(block: string): boolean {
  if (block.includes('\n')) return false;
  if (/[.,;:!?]$/.test(block)) return false;
  const words = block.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 20 && /\p{L}/u.test(block);
}

/** A closing copyright or rights line. */
export function looksLikeCopyright(block: string): boolean {
  return !block.includes('\n') && block.length <= 200 && /©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b/i.test(block);
}
