// Type-level test, checked by `npm run typecheck`, never run: the React wrapper's props are the
// element's properties plus typed `on…` event props.
import { createElement } from 'react';
import { EventTimeline } from '../../src/react';

export const ok = createElement(EventTimeline, {
  src: 'data/dprk-russia-2000-2023.json',
  label: 'History',
  selected: null,
  onTimelineSelect: (e) => void e.detail.event.title.toUpperCase(),
  onTimelineError: (e) => void e.detail.problems.length,
  onTimelineViewChange: (e) => void e.detail.start,
});

export const wrongDetail = createElement(EventTimeline, {
  // @ts-expect-error the select detail has no `start`
  onTimelineSelect: (e) => void e.detail.start,
});

export const wrongProperty = createElement(EventTimeline, {
  // @ts-expect-error `label` is a string
  label: 42,
});
