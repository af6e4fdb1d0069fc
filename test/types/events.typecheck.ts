// Type-level test, checked by `npm run typecheck` (tsc), never run: the typed DOM events and the
// tag name map let a page use <event-timeline> without casts. A line that stops type-checking, or
// an `@ts-expect-error` that stops being an error, fails the type-check.
import '../../src/event-timeline';
import type { EventTimeline, TimelineEvent } from '../../src/event-timeline';

/** Asserts at compile time that T is exactly U. */
type Equals<T, U> = (<X>() => X extends T ? 1 : 2) extends <X>() => X extends U ? 1 : 2 ? true : false;
const assertType = <T extends true>(): T => true as T;

export function typedEvents(): void {
  // The tag name map: createElement and querySelector know the element's class.
  const el = document.createElement('event-timeline');
  assertType<Equals<typeof el, EventTimeline>>();
  const found = document.querySelector('event-timeline');
  assertType<Equals<typeof found, EventTimeline | null>>();

  // The event map: the listener's event has a typed detail.
  el.addEventListener('timeline-select', (e) => {
    const title: string = e.detail.event.title;
    const id: string = e.detail.id;
    assertType<Equals<typeof e.detail.event, TimelineEvent>>();
    // @ts-expect-error the detail has no such field
    void e.detail.nonexistent;
    void title, id;
  });
  el.addEventListener('timeline-error', (e) => {
    const messages: string[] = e.detail.problems.map((p) => p.message);
    void messages;
  });
  el.addEventListener('timeline-view-change', (e) => {
    const window: [string, string] = [e.detail.start, e.detail.end];
    void window;
  });
  // Bubbling, composed events also type-check on an ancestor.
  document.body.addEventListener('timeline-select', (e) => void e.detail.event.start);

  // Properties are typed.
  el.selected = 'joint-declaration-signed';
  el.locale = 'ko';
  // @ts-expect-error `selected` is a string or null
  el.selected = 42;
}
