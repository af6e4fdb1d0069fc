/**
 * What every template reads: the element's words and locale, the data, the selection, and the
 * handlers of user input, passed explicitly (templates read no element state of their own).
 */
import type { Messages } from '../messages/index.js';
import type { NormalizedData, TimelineEvent } from '../model/types.js';
import type { CategoryGroup } from '../layout/categories.js';
import type { FrameCluster } from './frame.js';
import { formatDate, formatSpan } from '../time/format.js';
import { isolate } from '../model/bidi.js';

export { isolate };

export interface ViewHandlers {
  plotClick(e: MouseEvent): void;
  plotKeyDown(e: KeyboardEvent): void;
  focusIn(e: FocusEvent): void;
  focusOut(e: FocusEvent): void;
  pointerOver(e: PointerEvent): void;
  pointerLeave(e: PointerEvent): void;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  earlier(): void;
  later(): void;
  toggleCategory(category: string): void;
  closeDetails(): void;
  retry(): void;
  toggleList(): void;
  overviewDown(e: PointerEvent): void;
  overviewMove(e: PointerEvent): void;
  overviewUp(e: PointerEvent): void;
  downloadToggle(): void;
  downloadChoose(format: 'svg' | 'png'): void;
  downloadKeyDown(e: KeyboardEvent): void;
  downloadFocusOut(e: FocusEvent): void;
  copyLink(): void;
}

export interface ViewContext {
  messages: Messages;
  /** The resolved locale (dates, numbers). */
  locale: string;
  rtl: boolean;
  /** The heading: the `label`, else the dataset's title; may be empty. */
  heading: string;
  data: NormalizedData;
  selected: string | null;
  /** Every category with its colour (group-by), and those the legend hides. */
  categories?: readonly CategoryGroup[];
  hidden: ReadonlySet<string>;
  /** The legend's template, with the categories' module (group-by). */
  legend?: (ctx: ViewContext) => unknown;
  on: ViewHandlers;
  /** True for the "+N" mark whose list is open (the cluster list, once loaded). */
  expanded?: (cluster: FrameCluster) => boolean;
  /** The Download control (absent: not drawn). */
  download?: { open: boolean; busy: boolean; menu?: (ctx: ViewContext) => unknown };
  /** The Copy link button of the details (with `url-state`; absent: not drawn). */
  copyLink?: { status: 'idle' | 'copied' | 'manual'; url: string; view: (ctx: ViewContext) => unknown };
}

/** An event's date as said: its display date, else its dates at their precision. */
export function dateText(event: TimelineEvent, locale: string): string {
  return event.displayDate ?? formatSpan(event.start, event.end, locale);
}

/**
 * The accessible name of an event: its title and its date as said, each isolated (see `isolate`:
 * always in a right-to-left element) so that a bidi control in the title cannot move the date.
 */
export function eventName(event: TimelineEvent, locale: string, rtl = false): string {
  return `${isolate(event.title, rtl)}, ${isolate(dateText(event, locale), rtl)}`;
}

/** The name of a "+N" mark: how many events, from when to when. */
export function clusterName(messages: Messages, locale: string, c: { events: readonly unknown[]; first: TimelineEvent; last: TimelineEvent }): string {
  return `${messages.moreEvents(c.events.length)}, ${clusterRange(locale, c)}`;
}

/** From when to when a cluster's events are: its first start to its last end. */
export function clusterRange(locale: string, c: { first: TimelineEvent; last: TimelineEvent }): string {
  return c.first === c.last ? formatDate(c.first.start, locale) : `${formatDate(c.first.start, locale)} – ${formatDate(c.last.end ?? c.last.start, locale)}`;
}

/** The CSS class that gives a category its colour (a slot repeats past six categories). */
export function categoryClass(colorIndex: number | undefined): string {
  if (colorIndex === undefined) return '';
  return colorIndex < 0 ? 'cat-other' : `cat-${colorIndex % 6}`;
}
