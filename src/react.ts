/**
 * `event-timeline/react`: `<event-timeline>` as a React component, made with `@lit/react`.
 *
 * Properties (`events`, `selected`, `locale`, ...) are set as element properties, not attributes,
 * and the element's DOM events are mapped to `on…` props:
 *
 * ```tsx
 * import { EventTimeline } from 'event-timeline/react';
 *
 * <EventTimeline events={events} label="History" onTimelineSelect={(e) => console.log(e.detail.id)} />
 * ```
 *
 * Importing this module also defines `<event-timeline>`.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { EventTimeline as EventTimelineElement } from './event-timeline.js';
import type { TimelineErrorEvent, TimelineSelectEvent, TimelineViewChangeEvent } from './events.js';

/** `<event-timeline>` for React: `onTimelineSelect`, `onTimelineViewChange` and `onTimelineError` receive the DOM events. */
export const EventTimeline = createComponent({
  tagName: 'event-timeline',
  elementClass: EventTimelineElement,
  react: React,
  events: {
    onTimelineSelect: 'timeline-select' as EventName<TimelineSelectEvent>,
    onTimelineViewChange: 'timeline-view-change' as EventName<TimelineViewChangeEvent>,
    onTimelineError: 'timeline-error' as EventName<TimelineErrorEvent>,
  },
  displayName: 'EventTimeline',
});

export type { EventTimelineElement };
export type {
  TimelineSelectEvent,
  TimelineErrorEvent,
  TimelineViewChangeEvent,
  TimelineSelectDetail,
  TimelineErrorDetail,
  TimelineViewChangeDetail,
} from './events.js';
