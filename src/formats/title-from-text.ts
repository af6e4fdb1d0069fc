/** Longest title made from other text, in characters (the label is shortened further to fit). */
export const TITLE_FROM_TEXT_LIMIT = 80;

/**
 * A title for an event whose source gives none (TimelineJS allows slides without a headline):
 * the first line of its plain text, cut at a word boundary to at most `limit` characters with a
 * trailing "…". '' when the text is empty.
 */
export function titleFromText(text: string, limit = TITLE_FROM_TEXT_LIMIT): string {
  const line = (text.split('\n').find((l) => l.trim() !== '') ?? '').replace(/\s+/g, ' ').trim();
  const chars = [...line];
  if (chars.length <= limit) return line;
  const cut = chars.slice(0, limit - 1).join('');
  const space = cut.lastIndexOf(' ');
  const head = space >= limit / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
