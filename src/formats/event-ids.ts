import type { RawEvent } from './raw.js';

/**
 * A readable slug of an event's start and title: "1815-12-10-ada-lovelace". Accents are dropped
 * ("Rózsa" → "rozsa"), letters of other scripts are kept, everything else becomes a hyphen.
 * A start before year 0 is marked "neg-" so that it cannot read as a year after it.
 */
export function eventSlug(start: string | undefined, title: string | undefined): string {
  const words = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
  const datePart = start ? (start.trim().startsWith('-') ? 'neg-' : '') + words(start) : '';
  const titlePart = title ? words(title).slice(0, 48).replace(/-+$/, '') : '';
  return [datePart, titlePart].filter((s) => s !== '').join('-') || 'event';
}

/**
 * Gives every event without an id one made from its start and title, with "-2", "-3", … on a
 * collision. Ids the source gave are kept as they are and never reused; the result depends only
 * on the events and their order, so the same file always gets the same ids. Mutates and returns
 * the events.
 */
export function assignMissingIds<E extends Pick<RawEvent, 'id' | 'start' | 'title'>>(events: E[]): E[] {
  const taken = new Set<string>();
  for (const event of events) if (event.id !== undefined) taken.add(event.id);
  for (const event of events) {
    if (event.id !== undefined) continue;
    const base = eventSlug(event.start, event.title);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    event.id = id;
  }
  return events;
}
