/**
 * What every template reads: the element's words and locale, the data, the selection, and the
 * handlers of user input, passed explicitly (templates read no element state of their own).
 */
import type { Messages } from '../messages/index.js';
import type { NormalizedData, TimelineEvent } from '../model/types.js';
import type { CategoryGroup } from '../layout/categories.js';
import { formatDate, formatSpan } from '../time/format.js';

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
  listMore(): void;
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
  /** The Download control (absent: not drawn). */
  download?: { open: boolean; busy: boolean; menu?: (ctx: ViewContext) => unknown };
  /** The Copy link button of the details (with `url-state`; absent: not drawn). */
  copyLink?: { status: 'idle' | 'copied' | 'manual'; url: string; view: (ctx: ViewContext) => unknown };
}

/** An event's date as said: its display date, else its dates at their precision. */
export function dateText(event: TimelineEvent, locale: string): string {
  return event.displayDate ?? formatSpan(event.start, event.end, locale);
}

/** The accessible name of an event: its title and its date as said. */
export function eventName(event: TimelineEvent, locale: string): string {
  return `${event.title}, ${dateText(event, locale)}`;
}

/** The name of a "+N" mark: how many events, from when to when. */
export function clusterName(messages: Messages, locale: string, c: { events: readonly unknown[]; first: TimelineEvent; last: TimelineEvent }): string {
  const range = c.first === c.last ? formatDate(c.first.start, locale) : `${formatDate(c.first.start, locale)} – ${formatDate(c.last.end ?? c.last.start, locale)}`;
  return `${messages.moreEvents(c.events.length)}, ${range}`;
}

/** The CSS class that gives a category its colour (a slot repeats past six categories). */
export function categoryClass(colorIndex: number | undefined): string {
  if (colorIndex === undefined) return '';
  return colorIndex < 0 ? 'cat-other' : `cat-${colorIndex % 6}`;
}
