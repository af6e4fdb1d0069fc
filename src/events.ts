import type { Problem, TimelineEvent } from './model/types.js';

/** `detail` of `timeline-select`: the selected event's id and the event itself. */
export interface TimelineSelectDetail {
  id: string;
  event: TimelineEvent;
}

/** `detail` of `timeline-error`: every problem found in the input (or the failed request). */
export interface TimelineErrorDetail {
  problems: Problem[];
}

/** `detail` of `timeline-view-change`: the visible window after a user gesture, as partial ISO dates. */
export interface TimelineViewChangeDetail {
  start: string;
  end: string;
}

/** Fired when the user selects an event (click, tap, Enter or Space); not for changes made from code. */
export type TimelineSelectEvent = CustomEvent<TimelineSelectDetail>;
/** Fired when input has problems or `src` cannot be loaded. */
export type TimelineErrorEvent = CustomEvent<TimelineErrorDetail>;

/** Fired at the end of a user gesture that changed the visible window; not for changes made from code. */
export type TimelineViewChangeEvent = CustomEvent<TimelineViewChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-view-change': TimelineViewChangeEvent;
    'timeline-select': TimelineSelectEvent;
    'timeline-error': TimelineErrorEvent;
  }
}

/** Makes a bubbling, composed event with an object `detail`, as every event of the element is. */
export function timelineEvent<T>(name: keyof GlobalEventHandlersEventMap & `timeline-${string}`, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true });
}
