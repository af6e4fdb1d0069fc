/**
 * The writing direction of a locale's script, for mirroring the timeline in right-to-left
 * languages. Pure: Intl only.
 */

/** Languages written right to left (their default scripts). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);
/** Scripts written right to left, for tags that name one (`az-Arab`, `pa-Arab`). */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);

/** True when a BCP 47 locale is written right to left ("ar", "he-IL", "fa", "az-Arab"); false for invalid tags. */
export function isRightToLeft(locale: string): boolean {
  let tag: Intl.Locale;
  try {
    tag = new Intl.Locale(locale).maximize();
  } catch {
    return false;
  }
  if (tag.script) return RTL_SCRIPTS.has(tag.script.toLowerCase());
  return RTL_LANGUAGES.has(tag.language.toLowerCase());
}
