import '../src/event-timeline';
import type { EventTimeline } from '../src/event-timeline';
import { generateEvents } from './generate';

const more = document.querySelector<EventTimeline>('#more');
if (more) more.events = generateEvents({ count: 80, seed: 7, fromYear: 1900, toYear: 2020 });
