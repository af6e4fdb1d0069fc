/**
 * Wrapping a label onto a few lines of a given width; the last line is shortened with "…" when
 * the text does not fit. Pure: the text measurer is passed in.
 */
import { truncateToWidth } from './truncate.js';

const graphemes: Intl.Segmenter | null =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/**
 * `text` broken at spaces into at most `maxLines` lines, each at most `width` wide. A word wider
 * than a line is broken between grapheme clusters; what does not fit on the last line is cut
 * with "…" (see {@link truncateToWidth}). Every line is non-empty unless `text` is empty or not
 * even "…" fits in `width` (then `['']`). Joining the lines with spaces gives back the text when
 * it was not cut (whitespace runs collapse to one space).
 */
export function wrapText(text: string, width: number, maxLines: number, measure: (s: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [''];
  const lines: string[] = [];
  let line = '';
  let i = 0;
  while (i < words.length) {
    if (lines.length === maxLines - 1) {
      // The last line takes all that is left, shortened to fit.
      const rest = (line ? `${line} ` : '') + words.slice(i).join(' ');
      lines.push(truncateToWidth(rest, width, measure));
      return lines;
    }
    const word = words[i];
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      i++;
    } else if (line) {
      lines.push(line);
      line = '';
    } else {
      // A word wider than the line: as much of it as fits, the rest on the next line.
      const [head, tail] = splitToWidth(word, width, measure);
      if (!head) {
        lines.push(truncateToWidth(words.slice(i).join(' '), width, measure));
        return lines;
      }
      lines.push(head);
      words[i] = tail;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The longest leading run of grapheme clusters of `word` that fits in `width`, and the rest. */
function splitToWidth(word: string, width: number, measure: (s: string) => number): [string, string] {
  const cuts = [0];
  if (graphemes !== null) for (const { index, segment } of graphemes.segment(word)) cuts.push(index + segment.length);
  else for (let i = 0; i < word.length; ) cuts.push((i += (word.codePointAt(i) ?? 0) > 0xffff ? 2 : 1));
  let lo = 0;
  let hi = cuts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(word.slice(0, cuts[mid])) <= width) lo = mid;
    else hi = mid - 1;
  }
  return [word.slice(0, cuts[lo]), word.slice(cuts[lo])];
}
