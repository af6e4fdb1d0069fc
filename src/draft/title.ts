/** Longest drafted title, in characters. */
export const DRAFT_TITLE_LIMIT = 80;

/**
 * A title drafted from a sentence, in its own words: white space collapsed, a leading date
 * label ("1961: ", "June – ") dropped when the date is the sentence's first words, a final full
 * stop dropped, and cut at a word boundary to at most `limit` characters with "…".
 */
export function draftTitle(sentence: string, dateAtStart = 0, limit = DRAFT_TITLE_LIMIT): string {
  let text = sentence;
  if (dateAtStart > 0) {
    const rest = text.slice(dateAtStart);
    const label = /^\s*(?:[:\u2013\u2014-]|\.(?=\s))\s*/.exec(rest);
    if (label && /\p{L}/u.test(rest.slice(label[0].length))) text = rest.slice(label[0].length);
  }
  text = text.replace(/\s+/g, ' ').trim();
  // A final full stop goes, but not the one of "B.C." or "U.S." or an ellipsis.
  if (/[^.]\.$/.test(text) && !/\b(?:\p{L}\.){2,}$/u.test(text)) text = text.slice(0, -1).trimEnd();
  const chars = [...text];
  if (chars.length <= limit) return text;
  const cut = chars.slice(0, limit - 1).join('');
  const space = cut.lastIndexOf(' ');
  const head = space >= limit / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.(\u2013\u2014-]+$/u, '')}…`;
}
