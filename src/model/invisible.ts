/**
 * Text that hides itself: characters a reader cannot see (format characters such as zero-width
 * spaces and bidi controls, other default-ignorable code points such as the Hangul fillers
 * U+115F, U+1160, U+3164 and U+FFA0, control characters, whitespace, and the blank Braille
 * pattern U+2800). A title made only of these draws as nothing, so it is reported like a blank
 * one. Pure.
 */

/** One character no reader can see. */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}\p{White_Space}\u2800]/u;
const ALL_INVISIBLE = new RegExp(`^${INVISIBLE.source}*$`, 'u');
/** Invisible characters a quote in a message spells out (a plain space stays a space). */
const SPELLED = new RegExp(`(?! )${INVISIBLE.source}`, 'gu');

/** True when `text` shows nothing: empty, or only invisible characters and whitespace. */
export function isBlank(text: string): boolean {
  return ALL_INVISIBLE.test(text);
}

/** True when `text` is blank (see {@link isBlank}) but not merely empty or whitespace: it hides characters. */
export function hidesCharacters(text: string): boolean {
  return isBlank(text) && text.trim() !== '';
}

/**
 * The text with every invisible character but the plain space spelled out as `\uXXXX`, so that a
 * message quoting it shows what is there, and a bidi control in it cannot reorder the message.
 */
export function spellInvisible(text: string): string {
  return text.replace(SPELLED, (c) => {
    const code = c.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16).toUpperCase()}}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
