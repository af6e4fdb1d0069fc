/**
 * "+N" marks as stops of the arrow keys: moving in time order from an event (or from a "+N"), the
 * focus stops at a "+N" of the frame whose events come before the next event drawn on its own, so
 * that the keyboard reaches every mark (Enter then opens the list of its events). Pure.
 */
import type { TimelineEvent } from '../model/types.js';

/** The order the data's events are sorted in: start, end, then input order. */
export function timeOrder(a: TimelineEvent, b: TimelineEvent): number {
  return a.t0 - b.t0 || a.t1 - b.t1 || a.index - b.index;
}

/** The earliest and the latest of a cluster's events, in time order. */
export function clusterEnds(events: readonly TimelineEvent[]): [TimelineEvent, TimelineEvent] {
  let first = events[0];
  let last = events[0];
  for (const e of events) {
    if (timeOrder(e, first) < 0) first = e;
    if (timeOrder(e, last) > 0) last = e;
  }
  return [first, last];
}

/** Where an event is in the data's events (sorted in {@link timeOrder}); -1 when it is not there. */
export function positionOf(events: readonly TimelineEvent[], event: TimelineEvent): number {
  let lo = 0;
  let hi = events.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const order = timeOrder(events[mid], event);
    if (order === 0) return events[mid] === event ? mid : events.indexOf(event);
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The cluster (its index in `clusters`) the focus stops at when it moves `direction` in time from
 * the event `from` towards `to`, the next event drawn on its own (undefined: none in that
 * direction): the nearest cluster whose events begin (going later) or end (going earlier) between
 * the two. Undefined when there is none.
 */
export function clusterStop(
  clusters: readonly { events: readonly TimelineEvent[] }[],
  from: TimelineEvent,
  to: TimelineEvent | undefined,
  direction: 1 | -1,
): number | undefined {
  let best: number | undefined;
  let bestEdge: TimelineEvent | undefined;
  clusters.forEach((c, i) => {
    if (c.events.length === 0) return;
    const edge = clusterEnds(c.events)[direction > 0 ? 0 : 1];
    const after = timeOrder(edge, from) * direction > 0;
    const before = to === undefined || timeOrder(edge, to) * direction < 0;
    if (after && before && (bestEdge === undefined || timeOrder(edge, bestEdge) * direction < 0)) {
      best = i;
      bestEdge = edge;
    }
  });
  return best;
}
