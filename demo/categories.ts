import '../src/event-timeline';
import type { EventTimeline } from '../src/event-timeline';
import { categories, generateEvents } from './generate';

const events = generateEvents({ count: 80, seed: 7, fromYear: 1900, toYear: 2020 });
const timeline = document.querySelector<EventTimeline>('#timeline')!;
const chips = document.querySelector('#chips')!;
const shown = new Set(categories);

function show(): void {
  timeline.events = events.filter((e) => shown.has(e.category ?? ''));
}

for (const category of categories) {
  const count = events.filter((e) => e.category === category).length;
  const chip = document.createElement('button');
  chip.type = 'button';
  chip.className = 'chip';
  chip.dataset.category = category;
  chip.setAttribute('aria-pressed', 'true');
  chip.textContent = `${category} (${count})`;
  chip.addEventListener('click', () => {
    if (shown.has(category)) shown.delete(category);
    else shown.add(category);
    chip.setAttribute('aria-pressed', String(shown.has(category)));
    show();
  });
  chips.append(chip);
}
show();
