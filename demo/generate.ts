// Deterministic, made-up datasets for the demo pages: the same seed always gives the same events,
// so the pages (and screenshots of them) never change from one load to the next.
import type { TimelineEventInput } from '../src/event-timeline';

/** mulberry32: a small seeded pseudo-random generator returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const places = ['Aldmoor', 'Brenna', 'Caskwell', 'Dunmere', 'Elstow', 'Farrow', 'Galloway Bay', 'Hollin', 'Ivel', 'Jarrow Point', 'Kestrel Ridge', 'Lowmarsh'];
const subjects: Record<string, string[]> = {
  politics: ['Council elected in', 'Charter signed at', 'Treaty talks held in', 'New mayor for', 'Referendum in'],
  science: ['Observatory opens in', 'Comet sighted over', 'Laboratory founded in', 'Survey of the coast near', 'Seed bank set up in'],
  culture: ['Festival first held in', 'Library opens in', 'Theatre rebuilt in', 'Archive digitised in', 'Choir founded in'],
  transport: ['Railway reaches', 'Harbour enlarged at', 'Bridge opens at', 'Tram line built in', 'Airfield opens near'],
};
/** The categories of the generated events, in a fixed order. */
export const categories = Object.keys(subjects);

export interface GenerateOptions {
  count: number;
  seed: number;
  fromYear: number;
  toYear: number;
}

/**
 * The importance of a generated event: a few high, most low. About 1 in 100 events gets 3, 1 in
 * 25 gets 2, 1 in 7 gets 1, the rest 0 (the default, written out).
 */
function importanceOf(r: number): number {
  return r < 0.01 ? 3 : r < 0.05 ? 2 : r < 0.19 ? 1 : 0;
}

/**
 * `count` made-up events between `fromYear` and `toYear`, with every precision the element
 * knows (year, month, day), some spans, some approximate dates, a category and an importance
 * each (see {@link importanceOf}). The importance comes from a second stream of the seed, so
 * the events' dates and titles are the same as before importance was added.
 */
export function generateEvents({ count, seed, fromYear, toYear }: GenerateOptions): TimelineEventInput[] {
  const random = seededRandom(seed);
  const weigh = seededRandom(seed ^ 0x5eed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const events: TimelineEventInput[] = [];
  for (let i = 0; i < count; i++) {
    const category = pick(categories);
    const place = pick(places);
    const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * daysIn(year, month));
    const precision = random();
    let start = precision < 0.2 ? `${pad(year, 4)}` : precision < 0.5 ? `${pad(year, 4)}-${pad(month)}` : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    if (precision < 0.05) start += '~';
    const event: TimelineEventInput = {
      id: `event-${i + 1}`,
      start,
      title: `${pick(subjects[category])} ${place}`,
      category,
      place,
      description: `A made-up ${category} event, number ${i + 1} of ${count}, generated from seed ${seed}.`,
      importance: importanceOf(weigh()),
    };
    if (random() < 0.08 && year < toYear) {
      const endYear = Math.min(toYear, year + 1 + Math.floor(random() * 6));
      event.end = `${pad(endYear, 4)}`;
    }
    events.push(event);
  }
  return events;
}
