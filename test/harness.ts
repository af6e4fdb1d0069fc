/**
 * A harness for <event-timeline>: mounts it at a fixed width and hides shadow-DOM selectors
 * from the tests, which speak of what a user sees (marks, labels, the details panel).
 */
import { fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../src/event-timeline';
import { onDemandSettled } from '../src/controllers/on-demand';
import type { EventTimeline } from '../src/event-timeline';

export interface MountOptions {
  width?: number;
  events?: unknown;
  src?: string;
  label?: string;
  locale?: string;
  selected?: string;
}

/** Waits until the element has rendered and then two animation frames have passed. */
export async function settle(el: EventTimeline): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  // The hidden list of all events is drawn when the page is idle, its module loaded on demand.
  await new Promise((r) => requestIdleCallback(r, { timeout: 1000 }));
  await onDemandSettled();
  await el.updateComplete;
}

/** Mounts a timeline inside a container of the given width and waits for it to lay out. */
export async function mount(options: MountOptions = {}): Promise<TimelineHarness> {
  const container = await fixture<HTMLDivElement>(html`<div style="width:${options.width ?? 800}px"></div>`);
  const el = document.createElement('event-timeline');
  if (options.label) el.label = options.label;
  if (options.locale) el.locale = options.locale;
  if (options.selected) el.selected = options.selected;
  if (options.events !== undefined) el.events = options.events;
  if (options.src) el.src = options.src;
  container.append(el);
  await settle(el);
  return new TimelineHarness(el, container);
}

export class TimelineHarness {
  constructor(
    readonly el: EventTimeline,
    readonly container: HTMLElement,
  ) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  settle(): Promise<void> {
    return settle(this.el);
  }
  /** Every drawn event (its `part~=event` group). */
  events(): SVGGElement[] {
    return [...this.root.querySelectorAll<SVGGElement>('[part~="event"]')];
  }
  event(id: string): SVGGElement {
    const found = this.root.querySelector<SVGGElement>(`[part~="event"][data-id="${CSS.escape(id)}"]`);
    if (!found) throw new Error(`no event ${id} is drawn`);
    return found;
  }
  labels(): SVGTextElement[] {
    return [...this.root.querySelectorAll<SVGTextElement>('[part~="label"]')];
  }
  ticks(): string[] {
    return [...this.root.querySelectorAll('[part~="tick"] text')].map((t) => t.textContent ?? '');
  }
  clusters(): SVGGElement[] {
    return [...this.root.querySelectorAll<SVGGElement>('[part~="cluster"]')];
  }
  details(): HTMLElement | null {
    return this.root.querySelector('[part~="details"]');
  }
  problems(): HTMLElement | null {
    return this.root.querySelector('[part~="problems"]');
  }
  status(): HTMLElement | null {
    return this.root.querySelector('[part~="status"]');
  }
  svg(): SVGSVGElement | null {
    return this.root.querySelector('svg');
  }
  /** Clicks the middle of an event's mark with the real mouse. */
  async clickEvent(id: string): Promise<void> {
    const mark = this.event(id).querySelector('.mark')!;
    const box = mark.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await this.settle();
  }
  /** Resolves with the next `name` event the element fires. */
  next<T = unknown>(name: string): Promise<CustomEvent<T>> {
    return oneEvent(this.el, name) as Promise<CustomEvent<T>>;
  }
}

/** True when two rectangles overlap by more than a rounding error. */
export function overlaps(a: DOMRect, b: DOMRect): boolean {
  const e = 0.5;
  return a.left < b.right - e && b.left < a.right - e && a.top < b.bottom - e && b.top < a.bottom - e;
}

/** Pairs of labels whose boxes overlap on screen (should always be empty). */
export function overlappingLabels(labels: Element[]): [string, string][] {
  const boxes = labels.map((l) => ({ text: l.textContent ?? '', box: l.getBoundingClientRect() }));
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i].box, boxes[j].box)) pairs.push([boxes[i].text, boxes[j].text]);
  return pairs;
}

/** A few events with every precision, a span and an approximate date. */
export const sampleEvents = [
  { id: 'decl', start: '2000-07-19', title: 'Joint declaration signed', place: 'Pyongyang', people: ['A', 'B'], description: 'Signed.', source: { paragraph: 2 }, links: [{ href: 'https://example.org/a', label: 'Read more' }] },
  { id: 'visit', start: '2019-04', title: 'Visit in April', place: 'Russia' },
  { id: 'decade', start: '2000-07-19', end: '2023-07-19~', title: 'Two decades of ties' },
  { id: 'year', start: '2010', title: 'A year-only event' },
  { id: 'anniv', start: '2023-07-19', title: 'Anniversary' },
];
