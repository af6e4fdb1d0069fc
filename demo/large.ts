import '../src/event-timeline';
import type { EventTimeline } from '../src/event-timeline';
import { generateEvents } from './generate';

const timeline = document.querySelector<EventTimeline>('#timeline')!;
const started = performance.now();
timeline.events = { title: '5,000 generated events', events: generateEvents({ count: 5000, seed: 1850, fromYear: 1850, toYear: 2024 }) };
await timeline.updateComplete;
requestAnimationFrame(() => {
  const stats = document.querySelector('#stats')!;
  stats.textContent = `${timeline.validEvents.length.toLocaleString('en-GB')} events validated, sorted and laid out in ${Math.round(performance.now() - started)} ms.`;
});
