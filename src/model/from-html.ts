/**
 * Events written in HTML: the `<li>` items of the lists among an element's children, mapped to the
 * element's input (the fields of the JSON format), for the same validation as JSON.
 *
 * It reads only the nodes it is given, through the few members every DOM has (a browser's, or a
 * server-side parse): no layout, no styles, no globals. So it runs in the browser on the element's
 * light DOM and on the server on a parsed fragment alike, and both give the same events.
 *
 * The mapping (README, "Events written in HTML"):
 * - each `<li>` child of an `<ol>` or `<ul>` child of the element is one event, in document order;
 * - the first `<time>` is the start, a second one the end (a `<time>` inside a `<p>` or a nested
 *   list is part of that text, not a date of the event); a `<time>`'s date is its `datetime`
 *   attribute, or, without one, its text (as HTML defines it); its text is never the display date;
 * - the title is the text of the first heading (`<h1>`–`<h6>`), else of the first `<strong>` or
 *   `<b>` outside a `<p>`, else the item's own text outside `<time>`, `<p>` and nested lists
 *   (separators such as "–" or ":" at its ends dropped), else the first line of the description;
 * - the description is the text of the `<p>` elements, one paragraph each;
 * - each `<a href>` is a link, labelled by its text;
 * - `id` is the id (one is made from the date and title when missing, as for spreadsheets);
 * - `data-category`, `data-place`, `data-people` (names separated by `;` or `|`),
 *   `data-display-date` and `data-importance` (a number) are those fields.
 */
import { assignMissingIds } from '../formats/event-ids.js';
import type { RawEvent } from '../formats/raw.js';
import { titleFromText } from '../formats/title-from-text.js';
import { parsePartialDate } from '../time/partial-date.js';
import type { Problem } from './types.js';

/** The little of a DOM node the mapping reads: what a browser's DOM and a server-side parse both offer. */
export interface HtmlNode {
  /** 1 for an element, 3 for text; other kinds are skipped. */
  readonly nodeType: number;
  /** Lower-case tag name of an element (HTML elements in an HTML document). */
  readonly localName?: string | null;
  /** The text of a text node. */
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
  getAttribute?(name: string): string | null;
}

/** One event as the HTML gives it: the JSON fields; `importance` as read (the model reports a non-number). */
export interface HtmlEventInput extends Omit<RawEvent, 'importance'> {
  /** `data-importance` as a number (its text when it is not one, for validation to report). */
  importance?: number | string;
}

/** What the children of an element say: the input, what could not be read, and how to name an item. */
export interface HtmlEvents {
  /** The element's input, shaped like a dataset file. */
  data: { events: HtmlEventInput[] };
  /** Problems met while reading the HTML, phrased like the validator's ("item 3: …"). */
  problems: Problem[];
  /** How validation messages name the event at an index: "item 3", counted from 1 as an `<ol>` is. */
  eventName: (index: number) => string;
}

const ELEMENT = 1;
const TEXT = 3;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LISTS = new Set(['ol', 'ul']);
/** Never text a reader sees. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);
/** `<time>` and `<strong>` inside these are part of that text, not the event's date or title. */
const PROSE = new Set(['p', 'ol', 'ul']);
/** Separators left at the ends of a title made from the item's own text: "19 July 2000 – Signed." */
const EDGE_SEPARATORS = /^[\s\-–—:;,.·|/]+|[\s\-–—:;,|/·]+$/gu;

const tag = (node: HtmlNode): string => (node.nodeType === ELEMENT ? (node.localName ?? '').toLowerCase() : '');
const attr = (node: HtmlNode, name: string): string | null => node.getAttribute?.(name) ?? null;
const children = (node: HtmlNode): HtmlNode[] => Array.from(node.childNodes);

/** Text as a reader sees it: runs of white space made one space, trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text inside a node, skipping what is never text and, below the node, any element `skip` names. */
function textOf(node: HtmlNode, skip: (tagName: string) => boolean = () => false): string {
  if (node.nodeType === TEXT) return node.nodeValue ?? '';
  if (node.nodeType !== ELEMENT || NOT_TEXT.has(tag(node))) return '';
  let text = '';
  for (const child of children(node)) {
    const name = tag(child);
    if (name === 'br') text += '\n';
    else if (!(name && skip(name))) text += textOf(child, skip);
  }
  return text;
}

/** Elements below `node` in document order for which `match` holds; not below elements `stop` names. */
function find(node: HtmlNode, match: (tagName: string) => boolean, stop: (tagName: string) => boolean = () => false): HtmlNode[] {
  const found: HtmlNode[] = [];
  const walk = (parent: HtmlNode) => {
    for (const child of children(parent)) {
      const name = tag(child);
      if (!name || NOT_TEXT.has(name)) continue;
      if (match(name)) found.push(child);
      if (!stop(name)) walk(child);
    }
  };
  walk(node);
  return found;
}

/** The `<li>` items of the lists among `host`'s children, in document order. */
export function listItems(host: HtmlNode): HtmlNode[] {
  return children(host)
    .filter((child) => LISTS.has(tag(child)))
    .flatMap((list) => children(list).filter((child) => tag(child) === 'li'));
}

/** True when `host` has a list child: its children are events written in HTML. */
export function hasEventList(host: HtmlNode): boolean {
  return children(host).some((child) => LISTS.has(tag(child)));
}

/**
 * Reads the events written as lists among `host`'s children. Never throws; what cannot be read is
 * reported, and the validator reports the rest (see `normalizeLoaded`).
 */
export function eventsFromHtml(host: HtmlNode): HtmlEvents {
  const problems: Problem[] = [];
  const items = listItems(host);
  const events = items.map((li, index) => readItem(li, index, problems));
  // Ids the HTML gives are kept; the others are made from the date and title, the same each time.
  assignMissingIds(events);
  // Named as the validator names them: `item 3 ("visit"): …`.
  for (const problem of problems) {
    const id = problem.index === undefined ? undefined : events[problem.index]?.id;
    if (id === undefined) continue;
    problem.id = id;
    problem.message = problem.message.replace(/^(item \d+)/, `$1 (${JSON.stringify(id.length > 40 ? `${id.slice(0, 40)}…` : id)})`);
  }
  return { data: { events }, problems, eventName: (index) => `item ${index + 1}` };
}

function readItem(li: HtmlNode, index: number, problems: Problem[]): HtmlEventInput {
  const report = (field: string, message: string) => problems.push({ index, field, message: `item ${index + 1}: ${message}` });
  const event: HtmlEventInput = {};
  const id = attr(li, 'id');
  if (id !== null && id.trim() !== '') event.id = id;

  const dates: string[] = [];
  for (const time of find(li, (name) => name === 'time', (name) => PROSE.has(name))) {
    if (dates.length === 2) break;
    const datetime = attr(time, 'datetime');
    if (datetime !== null) {
      dates.push(datetime.trim());
      continue;
    }
    const text = collapse(textOf(time));
    if (parsePartialDate(text).ok) dates.push(text);
    else {
      report(
        dates.length === 0 ? 'start' : 'end',
        `<time>${text.length > 40 ? `${text.slice(0, 40)}…` : text}</time> has no datetime attribute and its text is not a date, so it was not read (write it as <time datetime="2019-04">…</time>)`,
      );
    }
  }
  if (dates[0] !== undefined) event.start = dates[0];
  if (dates[1] !== undefined) event.end = dates[1];

  const paragraphs = find(li, (name) => name === 'p', (name) => name === 'p' || LISTS.has(name))
    .map((p) => textOf(p).split('\n').map(collapse).filter(Boolean).join('\n'))
    .filter((text) => text !== '');
  if (paragraphs.length > 0) event.description = paragraphs.join('\n\n');

  const heading = find(li, (name) => HEADINGS.has(name), (name) => LISTS.has(name))[0] ?? find(li, (name) => name === 'strong' || name === 'b', (name) => PROSE.has(name))[0];
  let title = heading ? collapse(textOf(heading)) : '';
  if (title === '') title = collapse(textOf(li, (name) => name === 'time' || PROSE.has(name))).replace(EDGE_SEPARATORS, '');
  if (title === '' && event.description) {
    title = titleFromText(event.description);
    report('title', 'no heading, <strong> or text of its own; the title is taken from its description');
  }
  if (title !== '') event.title = title;

  const links = find(li, (name) => name === 'a').filter((a) => attr(a, 'href') !== null);
  if (links.length > 0) event.links = links.map((a) => ({ href: attr(a, 'href')!, label: collapse(textOf(a)) }));

  for (const [field, name] of [
    ['category', 'data-category'],
    ['place', 'data-place'],
    ['displayDate', 'data-display-date'],
  ] as const) {
    const value = attr(li, name);
    if (value !== null && value.trim() !== '') event[field] = collapse(value);
  }
  const people = attr(li, 'data-people');
  if (people !== null) {
    const names = people.split(/[;|]/).map(collapse).filter((name) => name !== '');
    if (names.length > 0) event.people = names;
  }
  const importance = attr(li, 'data-importance');
  if (importance !== null && importance.trim() !== '') {
    const number = Number(importance);
    event.importance = Number.isFinite(number) ? number : importance.trim();
  }
  return event;
}
