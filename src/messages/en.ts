/** The element's own words in one language (English is built in; others load on demand). */
export interface Messages {
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
  /** Live region: the user selected an event. */
  selectedAnnouncement: (title: string, date: string) => string;
  /** Live region: a user gesture changed the visible window ("2005 to 2008"). */
  viewAnnouncement: (range: string) => string;
  /** The button that shows the list of all events (`part="list-toggle"`). */
  listToggle: string;
  /** Heading of the list of all events. */
  listHeading: (count: number) => string;
  /** Button under a long list that shows its next page. */
  listMore: (count: number) => string;
  /** Under the hidden list of a very large dataset: only the first events are in it. */
  listPartial: (shown: number, total: number) => string;
  /** Vertical layout: buttons that show earlier and later events. */
  earlier: string;
  later: string;
  categories: string;
  uncategorized: string;
  /** The toolbar's Download control and its choices. */
  download: string;
  downloadSVG: string;
  downloadPNG: string;
  downloadFailed: (reason: string) => string;
  /** The details panel's Copy link button, what it says once copied, and the fallback field. */
  copyLink: string;
  linkCopied: string;
  linkField: string;
  copyByHand: string;
  /** A state in the page URL (`url-state`) that could not be read, or names no event of the timeline. */
  urlStateProblem: (reason: 'encoding' | 'field' | 'date' | 'empty' | 'length', text: string) => string;
  urlUnknownEvent: (id: string) => string;
}

/** English: built in, and the fallback for languages without a table. */
export const en: Messages = {
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
  selectedAnnouncement: (title, date) => `Selected: ${title}, ${date}`,
  viewAnnouncement: (range) => `Showing ${range}`,
  listToggle: 'List',
  listHeading: (n) => (n === 1 ? 'The event, as a list' : `All ${n} events in time order`),
  listMore: (n) => `Show ${n} more`,
  listPartial: (shown, total) => `The first ${shown} of ${total} events. The List button shows them all, page by page.`,
  earlier: 'Earlier events',
  later: 'Later events',
  categories: 'Categories: show or hide',
  uncategorized: 'Other',
  download: 'Download',
  downloadSVG: 'SVG image',
  downloadPNG: 'PNG image',
  downloadFailed: (reason) => `The image could not be made: ${reason}`,
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  linkField: 'Link to this event',
  copyByHand: 'The link is selected: press Ctrl+C (⌘C on a Mac) to copy it',
  urlStateProblem: (reason, text) =>
    `the page address holds timeline state that was ignored: ${
      reason === 'encoding' ? `${text} is not validly encoded`
      : reason === 'field' ? `${text} is not known (expected event: or view:)`
      : reason === 'date' ? `the view ${text} is not two dates start/end`
      : reason === 'empty' ? `${text} names no event`
      : `it is too long (${text})`
    }`,
  urlUnknownEvent: (id) => `the page address names an event that is not in this timeline: ${id}; ignored`,
};
