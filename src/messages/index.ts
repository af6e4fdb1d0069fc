/**
 * The element's words per language. English is built in; Russian and Korean load on demand (a
 * chunk each), and the element waits for the table of its language before it renders, so its
 * words never flash in English first. Other languages get English words and `Intl` dates.
 */
import { en, type Messages } from './en.js';

export type { Messages } from './en.js';

const importers: Record<string, () => Promise<{ default: Messages }>> = {
  ru: () => import('./ru.js'),
  ko: () => import('./ko.js'),
};
const loaded = new Map<string, Messages>([['en', en]]);
const loading = new Map<string, Promise<unknown>>();

/** The language of a BCP 47 locale ("ru-RU" → "ru"). */
function languageOf(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0];
}

/** The words for a locale: its language's table once loaded, else English. */
export function messagesFor(locale: string): Messages {
  return loaded.get(languageOf(locale)) ?? en;
}

/** Loads the table of a locale's language; undefined when there is nothing to wait for. */
export function messagesLoading(locale: string): Promise<unknown> | undefined {
  const language = languageOf(locale);
  const load = importers[language];
  if (!load || loaded.has(language)) return undefined;
  let promise = loading.get(language);
  if (!promise) {
    promise = load().then(
      (module) => void loaded.set(language, module.default),
      () => void loaded.set(language, en), // a table that cannot load: English, not a blank element
    );
    loading.set(language, promise);
  }
  return promise;
}

/** Every table, loaded (for server rendering, where nothing waits for a chunk). */
export async function loadAllMessages(): Promise<void> {
  await Promise.all(Object.keys(importers).map((language) => messagesLoading(language)));
}
