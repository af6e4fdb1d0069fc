/** The element's own words in one language (English is built in; others load on demand). */
export interface Messages {
  /** The language of these words (`en`, `ru`, `ko`): the key of the words that load with other parts. */
  lang: string;
  empty: string;
  loading: string;
  loadFailed: (reason: string) => string;
  /** A module loaded on demand (`part`: vertical, details, gesture, …) failed to load. */
  partNotLoaded: (part: string, reason: string) => string;
  retry: string;
  problems: (count: number) => string;
  close: string;
  details: string;
  place: string;
  people: string;
  source: string;
  paragraph: (n: number) => string;
  links: string;
  events: (count: number) => string;
  moreEvents: (count: number) => string;
  /** Name of an era band whose source gives it no title. */
  era: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  zoomHint: string;
  zoomHintMac: string;
  timeline: string;
  /** The plot's accessible name when the timeline has no label or title. */
  timelineName: string;
  /** Live region: the user selected an event (its name: title and date, isolated). */
  selectedAnnouncement: (name: string) => string;
  /** Live region: a user gesture changed the visible window ("2005 to 2008"). */
  viewAnnouncement: (range: string) => string;
  /** The button that shows the list of all events (`part="list-toggle"`). */
  listToggle: string;
  /** Heading of the list of all events. */
  listHeading: (count: number) => string;
  /** Vertical layout: buttons that show earlier and later events. */
  earlier: string;
  later: string;
  categories: string;
  uncategorized: string;
  /** The toolbar's Download control and its choices. */
  download: string;
}

/** English: built in, and the fallback for languages without a table. */
export const en: Messages = {
  lang: 'en',
  empty: 'No events to show.',
  loading: 'Loading events…',
  loadFailed: (reason) => `The events could not be loaded: ${reason}`,
  partNotLoaded: (part, reason) => `Part of the timeline (${part}) could not be loaded: ${reason}`,
  retry: 'Retry',
  problems: (n) => (n === 1 ? '1 problem in the data' : `${n} problems in the data`),
  close: 'Close',
  details: 'Event details',
  place: 'Place',
  people: 'People',
  source: 'Source',
  paragraph: (n) => `paragraph ${n}`,
  links: 'Links',
  events: (n) => (n === 1 ? '1 event' : `${n} events`),
  moreEvents: (n) => `${n} more events`,
  era: 'Era',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all events',
  zoomHint: 'Ctrl + scroll to zoom',
  zoomHintMac: '⌘ + scroll to zoom',
  timeline: 'timeline',
  timelineName: 'Timeline',
  selectedAnnouncement: (name) => `Selected: ${name}`,
  viewAnnouncement: (range) => `Showing ${range}`,
  listToggle: 'List',
  listHeading: (n) => (n === 1 ? 'The event, as a list' : `All ${n} events in time order`),
  earlier: 'Earlier events',
  later: 'Later events',
  categories: 'Categories: show or hide',
  uncategorized: 'Other',
  download: 'Download',
};
