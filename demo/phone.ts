import '../src/event-timeline';
import type { EventTimeline } from '../src/event-timeline';
import { generateEvents } from './generate';

document.querySelector<EventTimeline>('#more')!.events = generateEvents({
  count: 300,
  seed: 390,
  fromYear: 1950,
  toYear: 2024,
});
