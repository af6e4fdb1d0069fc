import '../src/event-timeline';
import type { EventTimeline } from '../src/event-timeline';
import { generateEvents } from './generate';

// group-by="category" (in the page) draws one band per category with a legend that hides/shows each.
const timeline = document.querySelector<EventTimeline>('#timeline')!;
timeline.events = generateEvents({ count: 80, seed: 7, fromYear: 1900, toYear: 2020 });
