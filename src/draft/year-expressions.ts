/**
 * The date expressions that chrono-node does not read, found with regular expressions: years
 * standing alone ("in 2000", "1961: …", "(1998)"), year ranges ("between 1961 and 1963",
 * "from 2000 to 2003", "1939–45"), decades ("the 1870s"), centuries ("the 19th century"),
 * years before and of the common era ("44 BC", "480 BCE", "AD 79"), and two relative
 * expressions that point back into the text ("on the day in 2000", "since then"); and month
 * names labelling a line ("May: …"), which chrono-node leaves alone.
 *
 * Years are astronomical: 1 BCE is year 0, 44 BC is -43. Pure; no DOM.
 */
import type { Expression } from './expression.js';

const ERA = String.raw`(?:B\.C\.(?:E\.)?|BCE|BC|A\.D\.|AD|C\.E\.|CE)`;
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d{1,5})`;
/** Four-digit years read without an era: 1000 to 2199. */
const YEAR4 = String.raw`(?:1\d{3}|20\d{2}|21\d{2})`;
const CIRCA = String.raw`(?:(?:c\.|ca\.|circa)\s?)`;
/** Not part of a longer number, an amount, a date written with digits, or a word. */
const BEFORE = String.raw`(?<![\w$£€¥#/.,-]|\d[.,])`;
const AFTER = String.raw`(?![\w%/]|[.,]\d|-\d|\s?(?:%|percent|per cent)\b)`;

/** Words after which a bare four-digit number is read as a year. */
const YEAR_CONTEXT = String.raw`(?:in|since|by|until|till|during|before|after|from|around|circa|c\.|ca\.|early|mid|late|through|throughout|year|spring|summer|autumn|fall|winter|(?:end|beginning|start|middle|spring|summer|autumn|fall|winter|the\s+year)\s+of)`;

const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth', 'twenty-first', 'twenty-second',
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const patterns = {
  sameDay: new RegExp(String.raw`\b(?:on\s+)?(?:the|this|that)\s+(?:same\s+|very\s+)?(?:day|date)\s+(?:in|of)\s+(${YEAR4})${AFTER}`, 'gi'),
  sinceThen: /\b(?:ever\s+)?since\s+(?:then|that\s+(?:time|day|date|year))\b/gi,
  range: new RegExp(
    String.raw`${BEFORE}(?:([Bb]etween|[Ff]rom)\s+)?(${CIRCA})?(${NUM}|(?:A\.D\.|AD)\s?\d{1,4})(?:\s?(${ERA}))?` +
      String.raw`\s*(and|to|until|till|through|-)\s*(${CIRCA})?(${NUM}|(?:A\.D\.|AD)\s?\d{1,4})(?:\s?(${ERA}))?${AFTER}`,
    'g',
  ),
  decade: new RegExp(String.raw`\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(\d{2,3}0)'?s\b`, 'gi'),
  century: new RegExp(
    String.raw`\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS.join('|')})[\s-]+century\b(?:\s?(${ERA}))?`,
    'gi',
  ),
  eraYear: new RegExp(String.raw`${BEFORE}(${CIRCA})?(?:(${NUM})\s?(${ERA})|(A\.D\.|AD)\s?(\d{1,4}))${AFTER}`, 'g'),
  contextYear: new RegExp(String.raw`\b(${YEAR_CONTEXT})(?:\s+|-)(?:the\s+year\s+)?(${YEAR4})${AFTER}`, 'gi'),
  parenthesisYear: new RegExp(String.raw`\((${YEAR4})\)`, 'g'),
  monthYear: new RegExp(String.raw`\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(${YEAR4})${AFTER}`, 'g'),
  lineMonth: /^(January|February|March|April|May|June|July|August|September|October|November|December)(?=\s*(?::|-\s))/g,
  lineYear: new RegExp(String.raw`^(${CIRCA})?(${YEAR4})(?=\s*(?:[:.)\]-]|$)|\s+[\p{Lu}"'(])`, 'gu'),
};

/** A number as written ("3,000"), without its grouping commas. */
function numberOf(text: string): number {
  return Number(text.replace(/[,\s]/g, '').replace(/^(?:A\.D\.|AD)/, ''));
}

const isBce = (era: string | undefined) => era !== undefined && /^B/.test(era);

/** The astronomical year of a number written with an era (or none): 44 BC → -43. */
function astronomical(n: number, era: string | undefined): number {
  return isBce(era) ? 1 - n : n;
}

function ordinalNumber(text: string): number {
  const word = ORDINAL_WORDS.indexOf(text.toLowerCase());
  return word >= 0 ? word + 1 : Number.parseInt(text, 10);
}

/**
 * The year-shaped expressions of one sentence (`text` is the sentence; `lineStart` whether it
 * begins a line). `offset` is added to every index, so that results are relative to the paragraph.
 */
export function findYearExpressions(text: string, offset: number, lineStart: boolean): Expression[] {
  const found: Expression[] = [];
  const add = (e: Omit<Expression, 'index' | 'length' | 'text'>, index: number, matched: string) => {
    const trimmed = matched.replace(/\s+$/, '');
    found.push({ ...e, index: offset + index, length: trimmed.length, text: trimmed });
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) fn(m);
  };

  each(patterns.sameDay, (m) => add({ kind: 'sameDay', start: { year: Number(m[1]) } }, m.index, m[0]));
  each(patterns.sinceThen, (m) => add({ kind: 'sinceThen', start: {} }, m.index, m[0]));

  each(patterns.range, (m) => {
    const [, lead, circa1, a, era1, joiner, circa2, b, era2] = m;
    if ((joiner === 'and' && lead?.toLowerCase() !== 'between') || (lead?.toLowerCase() === 'between' && joiner !== 'and')) return;
    const hasEra = era1 !== undefined || era2 !== undefined || /^A/.test(a) || /^A/.test(b);
    let first = numberOf(a);
    let second = numberOf(b);
    if (!hasEra) {
      if (!new RegExp(`^${YEAR4}$`).test(a)) return;
      if (/^\d{2}$/.test(b)) second = Math.floor(first / 100) * 100 + second;
      else if (!new RegExp(`^${YEAR4}$`).test(b)) return;
      if (second <= first) return;
      if (!lead && joiner !== '-') return;
    }
    // An era written once, after the second year, applies to both ("500-400 BC").
    const startEra = era1 ?? (isBce(era2) && !/^A/.test(a) ? era2 : undefined);
    first = astronomical(first, startEra);
    second = astronomical(second, era2);
    if (second < first) return;
    const approximate = circa1 !== undefined || circa2 !== undefined;
    const index = m.index;
    add({ kind: 'date', start: { year: first }, end: { year: second }, approximate }, index, m[0]);
  });

  each(patterns.decade, (m) => {
    const [, part, digits] = m;
    const base = Number(digits);
    // "the 1800s" is the hundred years 1800–1899 (but "the 2000s" is a decade); "the 1870s" a decade.
    const hundreds = base % 100 === 0 && base !== 2000 && digits.length === 4;
    if (digits.length < 3 || base < 100) return;
    const end = hundreds ? base + 99 : base + 9;
    add({ kind: 'date', start: { year: base }, end: { year: end }, ...(part ? { label: `${part.toLowerCase()}: the whole ${hundreds ? 'hundred years' : 'decade'}` } : {}) }, m.index, m[0]);
  });

  each(patterns.century, (m) => {
    const [, , ordinal, era] = m;
    const n = ordinalNumber(ordinal);
    if (!(n >= 1 && n <= 22)) return;
    // The nth century CE is the years (n-1)01 to n00; BCE counts backwards (5th century BC: 500–401 BC).
    const [first, last] = isBce(era) ? [astronomical(n * 100, era), astronomical((n - 1) * 100 + 1, era)] : [(n - 1) * 100 + 1, n * 100];
    add({ kind: 'date', start: { year: first }, end: { year: last }, label: `the ${ordinal.toLowerCase()} century: ${first}–${last}` }, m.index, m[0]);
  });

  each(patterns.eraYear, (m) => {
    const [, circa, n, era, ad, adNumber] = m;
    const year = ad ? Number(adNumber) : astronomical(numberOf(n), era);
    if (!ad && numberOf(n) < 1) return;
    add({ kind: 'date', start: { year }, approximate: circa !== undefined }, m.index, m[0]);
  });

  each(patterns.contextYear, (m) => {
    const word = m[1].toLowerCase();
    const approximate = ['circa', 'c.', 'ca.'].includes(word);
    const since = word === 'since';
    // The word before the year is part of the expression only when it says something about the date.
    const keep = approximate || since || /^(early|mid|late|spring|summer|autumn|fall|winter|year)$/.test(word) || / of$/.test(word);
    const yearAt = m.index + m[0].length - m[2].length;
    const index = keep ? m.index : yearAt;
    add({ kind: 'date', start: { year: Number(m[2]) }, approximate, since, numberAsYear: true }, index, text.slice(index, m.index + m[0].length));
  });

  each(patterns.parenthesisYear, (m) => add({ kind: 'date', start: { year: Number(m[1]) }, numberAsYear: true }, m.index + 1, m[1]));

  // "January 1999" where chrono-node misses it (it does when a number follows: "January 1999 20-odd").
  each(patterns.monthYear, (m) => add({ kind: 'date', start: { year: Number(m[2]), month: MONTHS.indexOf(m[1]) + 1 } }, m.index, m[0]));

  if (lineStart) {
    // "May: …" (chrono-node leaves "May" alone, a modal verb as often as a month).
    each(patterns.lineMonth, (m) => add({ kind: 'date', start: { month: MONTHS.indexOf(m[1]) + 1 } }, m.index, m[0]));
    each(patterns.lineYear, (m) => add({ kind: 'date', start: { year: Number(m[2]) }, approximate: m[1] !== undefined, numberAsYear: true }, m.index, m[0]));
  }
  return found;
}
