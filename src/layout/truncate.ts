/**
 * Shortening label text to a width, with a trailing ellipsis. Pure: the text
 * measurer is passed in (canvas `measureText` in the element, a fake in tests).
 */

import { closeBidi } from '../model/bidi.js';

const ELLIPSIS = '\u2026';

const graphemes: Intl.Segmenter | null =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/**
 * `text` when it fits in `maxWidth`; otherwise the longest prefix followed by
 * "…" that fits (trailing spaces before the "…" dropped); `''` when not even
 * "…" fits (an embedding, override or isolate the cut leaves open is closed before the
 * "…", see {@link closeBidi}). Cuts only between grapheme clusters (code points where
 * `Intl.Segmenter` is missing), so an emoji, a flag or an accented letter is
 * never split. Calls `measure` O(log length) times and assumes it grows with
 * the text.
 */
export function truncateToWidth(text: string, maxWidth: number, measure: (s: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  const cuts = boundaries(text);
  // A bidi control the cut leaves open is closed before the "…", so that it stays at the end.
  const candidate = (count: number) => closeBidi(text.slice(0, cuts[count]).trimEnd()) + ELLIPSIS;
  // Largest count of leading clusters, in [0, cuts.length - 2], whose candidate fits.
  let lo = 0;
  let hi = cuts.length - 2;
  if (measure(candidate(0)) > maxWidth) return '';
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(candidate(mid)) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return candidate(lo);
}

/** String offsets between grapheme clusters, from 0 to `text.length` inclusive. */
function boundaries(text: string): number[] {
  const cuts = [0];
  if (graphemes !== null) {
    for (const { index, segment } of graphemes.segment(text)) cuts.push(index + segment.length);
  } else {
    for (let i = 0; i < text.length; ) {
      i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      cuts.push(i);
    }
  }
  return cuts;
}
