/**
 * Keeping the data's text from reordering the element's own: bidi controls in a title (U+202E
 * RIGHT-TO-LEFT OVERRIDE, an isolate left open, a stray U+2069) act past the end of the title
 * unless they are closed, and right-to-left text pulls neighbouring punctuation and digits into
 * its run. Pure (Unicode Bidirectional Algorithm, rules X1–X8, for explicit controls only).
 */

const FSI = '\u2068';
const PDI = '\u2069';
const PDF = '\u202c';
/** The explicit bidi controls: LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI. */
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/** What makes isolating matter in a left-to-right element: a bidi control or a right-to-left letter. */
const NEEDS = /[\p{Bidi_C}\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * The text with its explicit bidi controls paired: an embedding, override or isolate left open is
 * closed at the end (PDF, PDI), and a PDF or PDI that closes nothing is dropped (it does nothing
 * inside the text, but would close what the element put around it). Text without controls is
 * returned as it is.
 */
export function closeBidi(text: string): string {
  if (!text.match(CONTROLS)) return text;
  // Each open control: true for an isolate (closed by PDI), false for an embedding or override (PDF).
  const open: boolean[] = [];
  const out = text.replace(CONTROLS, (c) => {
    if (c === PDF) return open.length > 0 && !open[open.length - 1] ? (open.pop(), c) : '';
    if (c === PDI) {
      const at = open.lastIndexOf(true);
      if (at < 0) return '';
      open.length = at;
      return c;
    }
    open.push(c >= '\u2066');
    return c;
  });
  return out + open.reverse().map((isolate) => (isolate ? PDI : PDF)).join('');
}

/**
 * The data's text to join with the element's words (accessible names, announcements, the hidden
 * list, band titles): wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, its controls
 * paired, so that nothing in it reorders the words around it. Left as it is when isolating cannot
 * change anything: no right-to-left letter and no bidi control, and `always` (the element is right
 * to left) is false. Empty text stays empty.
 */
export function isolate(text: string, always = false): string {
  return text && (always || NEEDS.test(text)) ? FSI + closeBidi(text) + PDI : text;
}
