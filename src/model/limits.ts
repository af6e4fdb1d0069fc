/**
 * What no dataset needs, and the element refuses or shortens so that the tab stays responsive:
 * JSON nested deeper than {@link MAX_JSON_DEPTH}, and texts longer than their limit. Pure.
 */

/**
 * Deepest nesting of arrays and objects read from a JSON file. A dataset needs 5 levels (dataset,
 * events, event, links, link), a TimelineJS file 6; extra fields may nest further, up to this.
 */
export const MAX_JSON_DEPTH = 256;

/**
 * Longest title (dataset, event or era), in UTF-16 code units; a longer one is cut, with a problem.
 * Far more than a title needs (labels are shortened to their space anyway, the details show the
 * whole title), and far less than what freezes the page: a 15 MB title took over 10 s to draw.
 */
export const MAX_TITLE_LENGTH = 100_000;

/** Longest id; a longer one is refused (cutting it would change which event it names). */
export const MAX_ID_LENGTH = 1_000;

/** Longest short text: category, place, a person's name, a link label, a display date. */
export const MAX_SHORT_TEXT_LENGTH = 10_000;

/** Longest description (some 300 pages); a longer one is cut, with a problem. */
export const MAX_DESCRIPTION_LENGTH = 1_000_000;

/**
 * How deep the arrays and objects of a JSON text nest, counted up to `limit + 1` (the scan stops
 * there: a text nested a million deep costs no more than one nested just past the limit).
 * Brackets inside strings do not count. The text need not be valid JSON.
 */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** A text cut to `limit` code units, never inside a surrogate pair, ending with "…". */
export function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate whose pair would be cut off
  return `${text.slice(0, end)}…`;
}

/** A count as people write it: "15,728,640". */
export function count(n: number): string {
  return n.toLocaleString('en');
}
