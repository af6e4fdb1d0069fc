import type { TimelineEvent } from '../model/types.js';
import { assignLanes, leftEdge, type LaneItem } from './lanes.js';
import { barTier, placementOrder, ranksOf } from './label-choice.js';
import { truncateToWidth } from './truncate.js';

/** Sizes that shape the layout, in CSS pixels. */
export interface TimelineLayoutOptions {
  /** Width of a point mark (its diameter). */
  markWidth: number;
  /** Space between a mark's start and its label. */
  labelPadding: number;
  /** Least space between two things in one lane. */
  gap: number;
  /** Most lanes before nearby events merge into clusters. */
  maxLanes: number;
  /** A label is shortened with an ellipsis down to this width at the least. */
  minLabelWidth: number;
  /** Width kept for a cluster's "+N" badge. */
  clusterBadgeWidth: number;
  /** Widest a cluster may be; a longer run of overflowing events becomes several clusters. */
  clusterMaxWidth?: number;
  /** Labels stay between these x positions: near an edge they go to the other side of the mark or are shortened. */
  bounds: [number, number];
  /**
   * How far `bounds` reach beyond the plot, in px at every zoom level (at a finer level the plot
   * scales, the margin does not); `layoutLevel` passes its margin. Default 0. Used to foresee at
   * which finer level a label left of its mark will move to its right.
   */
  margin?: number;
}

/** Where one event is drawn. */
export interface PlacedEvent {
  event: TimelineEvent;
  /** Lane, from 0 at the top. */
  lane: number;
  /** Start and end of the mark (equal for a point event, whose mark is centred there). */
  x0: number;
  x1: number;
  /** Left edge of the label. */
  labelX: number;
  /** The label stands left of the mark (near the right edge), right-aligned at `labelX + width`. */
  labelLeft: boolean;
  /** The label as shown: the title, or the title shortened with "…" to fit. */
  label: string;
  /** Room given to the label (its width, or at least the shortened label's width). */
  labelWidth: number;
}

/** Events merged into one mark because the lanes were full. */
export interface PlacedCluster {
  x0: number;
  x1: number;
  events: TimelineEvent[];
  /** First and last instant covered by the members. */
  t0: number;
  t1: number;
  /** The member that starts first and the one that ends last. */
  first: TimelineEvent;
  last: TimelineEvent;
  /** Row the cluster is drawn in, when not the row under the lanes (grouped layouts). */
  row?: number;
}

/** The whole layout: placed events in time order, clusters, and how many rows they take. */
export interface TimelineLayout {
  placed: PlacedEvent[];
  clusters: PlacedCluster[];
  laneCount: number;
  /** Lanes plus the cluster row, when there are clusters. */
  rowCount: number;
}

/** Pixel position of an event's mark: bars cover their whole period, points sit at its middle. */
export function markExtent(event: TimelineEvent, x: (t: number) => number): [number, number] {
  if (event.isSpan) return [x(event.t0), x(event.t1)];
  const mid = x((event.t0 + event.t1) / 2);
  return [mid, mid];
}

/**
 * Placement rank of each event (0 first): by `importance` (higher first, absent = 0), then
 * by the length of their bars (major periods, then points and short bars, then the others; see
 * `barTier`), then in a spread order over the times
 * of their marks (see `label-choice.ts`). Depends only on the events, never on the zoom level,
 * so every level places them in the same order. The array returned is shared: read, do not write.
 */
export function placementRanks(events: readonly TimelineEvent[]): Int32Array {
  // Every zoom level asks again for the same events: remembered per array, as long as it holds
  // the same (immutable) event objects.
  const known = rankCache.get(events);
  if (known && known.events.length === events.length && known.events.every((e, i) => e === events[i])) return known.ranks;
  let t0 = Infinity;
  let t1 = -Infinity;
  for (const e of events) {
    if (e.t0 < t0) t0 = e.t0;
    if (e.t1 > t1) t1 = e.t1;
  }
  const length = (e: TimelineEvent) => (e.isSpan ? e.t1 - e.t0 : 0);
  const ranks = ranksOf(placementOrder(events.length, (i) => events[i].importance, (i) => markTime(events[i]), (i) => barTier(length(events[i]), t1 - t0)));
  rankCache.set(events, { events: events.slice(), ranks });
  return ranks;
}

const rankCache = new WeakMap<readonly TimelineEvent[], { events: TimelineEvent[]; ranks: Int32Array }>();

/** The instant of an event's mark: a span's start, a point's middle (as `markExtent` draws them). */
export function markTime(event: TimelineEvent): number {
  return event.isSpan ? event.t0 : (event.t0 + event.t1) / 2;
}

/**
 * Lays out events (sorted by time, as `normalizeEvents` returns them) along an x position
 * function: lanes so that no two marks or labels overlap, labels shortened where needed,
 * overflow merged into clusters. Pure: text width comes in as `measure`.
 *
 * When not every label fits, the more important events keep theirs, and among equal importance
 * the labelled events are spread over the data like the data itself (see `lanes.ts`). Laid out
 * at a finer zoom (`x` and the plot scaled by `s >= 1`, `margin` unchanged), the labelled events
 * are a superset.
 *
 * "+N" boxes (`clusters`): the overflowing events, in order of their marks, are cut into
 * clusters. A cluster's box `[x0, x1]` starts at the left edge of its first member's mark and is
 * as wide as its members' marks reach (`max(x1 of a span, x + markWidth / 2 of a point)`), but at
 * least `clusterBadgeWidth` (the room of its "+N" badge) and at most `clusterMaxWidth`:
 *
 *     x1 = max(x0 + clusterBadgeWidth, min(x0 + clusterMaxWidth, reach of the members' marks))
 *
 * so a box is never wider than its members span beyond the room its badge needs. The next event
 * joins the cluster when its mark starts less than `gap` after the box; otherwise it starts a new
 * one, so boxes are at least `gap` apart and every member's mark starts inside its box or less
 * than `gap` after it (in dense data the last few members poke out by less than that).
 */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  x: (t: number) => number,
  measure: (text: string) => number,
  options: TimelineLayoutOptions,
  /** Measured width of each event's title, when already known (saves measuring per zoom level). */
  titleWidths?: ArrayLike<number>,
): TimelineLayout {
  const { markWidth: mark, labelPadding: pad, gap, minLabelWidth } = options;
  const [minX, maxX] = options.bounds;
  const rank = placementRanks(events);
  // Room to the right bound grows with the zoom level L as `L * d + c`: this is `c`.
  const fixedRoom = (options.margin ?? 0) - mark - pad;
  // A label goes right of its mark when there is room there for its shortest form (its full
  // width, or `minLabelWidth`), cut to the room; when cut by the bound, it moves before the mark
  // if its lane has more room there (see `LaneItem.labelWidthBefore`). With no room for even the
  // shortest label on the right, it goes left of the mark when that has room, else on the
  // roomier side. Labels on either side are shortened to make room in their lanes.
  const n = events.length;
  const xs0 = new Float64Array(n);
  const xs1 = new Float64Array(n);
  const fulls = new Float64Array(n);
  const items: LaneItem[] = new Array(n);
  const lefts = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const event = events[i];
    let x0: number;
    let x1: number;
    if (event.isSpan) {
      x0 = x(event.t0);
      x1 = x(event.t1);
    } else {
      x0 = x1 = x((event.t0 + event.t1) / 2);
    }
    const measured = titleWidths ? titleWidths[i] : measure(event.title);
    const full = measured > 0 ? measured : 0;
    const shortest = Math.min(full, minLabelWidth);
    const right = maxX - (x0 + mark + pad);
    const left = x0 - mark / 2 - pad - minX;
    const onLeft = right < shortest && (left >= shortest || left > right);
    const width = Math.max(0, Math.min(full, onLeft ? left : right));
    // One shape for every item keeps the lanes' property reads fast.
    const item: LaneItem = {
      x0,
      x1,
      labelWidth: width,
      labelBefore: onLeft,
      labelWidthBefore: !onLeft && width < full && left > width ? Math.min(full, left) : undefined,
      rank: rank[i],
      reserveLeft: undefined,
      reserveRight: undefined,
    };
    if (right < shortest) reserveForSideChange(item, shortest, right, left >= shortest, fixedRoom, options);
    xs0[i] = x0;
    xs1[i] = x1;
    fulls[i] = full;
    items[i] = item;
    lefts[i] = leftEdge(item, Math.min(width, minLabelWidth), options);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => lefts[a] - lefts[b] || a - b);
  const lanes = assignLanes(
    order.map((i) => items[i]),
    options,
  );
  const placed: PlacedEvent[] = [];
  const overflow: number[] = [];
  for (let k = 0; k < n; k++) {
    const original = order[k];
    const lane = lanes.lane[k];
    if (lane < 0) {
      overflow.push(original);
      continue;
    }
    const event = events[original];
    const x0 = xs0[original];
    const shown = lanes.labelWidth[k];
    const onLeft = lanes.before[k] === 1;
    const label = shown >= fulls[original] ? event.title : truncateToWidth(event.title, shown, measure);
    const labelX = onLeft ? x0 - mark / 2 - pad - shown : x0 + mark + pad;
    placed.push({ event, lane, x0, x1: xs1[original], labelX, labelLeft: onLeft, label, labelWidth: Math.min(shown, fulls[original]) });
  }

  // The "+N" boxes, by the rule above.
  overflow.sort((a, b) => xs0[a] - xs0[b] || a - b);
  const badge = options.clusterBadgeWidth;
  const maxWidth = Math.max(badge, options.clusterMaxWidth ?? Infinity);
  const clusters: PlacedCluster[] = [];
  let from = 0;
  let boxLeft = 0;
  let reach = 0;
  let boxRight = 0;
  const close = (to: number) => {
    const members = overflow.slice(from, to).map((i) => events[i]);
    let first = members[0];
    let last = members[0];
    for (const e of members) {
      if (e.t0 < first.t0) first = e;
      if (e.t1 > last.t1) last = e;
    }
    clusters.push({ x0: boxLeft, x1: boxRight, events: members, t0: first.t0, t1: last.t1, first, last });
  };
  for (let m = 0; m < overflow.length; m++) {
    const i = overflow[m];
    const markLeft = xs0[i] - mark / 2;
    const markRight = Math.max(xs1[i], xs0[i] + mark / 2);
    if (m > 0 && markLeft < boxRight + gap) {
      if (markRight > reach) reach = markRight;
    } else {
      if (m > 0) close(m);
      from = m;
      boxLeft = markLeft;
      reach = markRight;
    }
    boxRight = Math.max(boxLeft + badge, Math.min(boxLeft + maxWidth, reach));
  }
  if (overflow.length > 0) close(overflow.length);
  return { placed, clusters, laneCount: lanes.laneCount, rowCount: lanes.laneCount + (clusters.length ? 1 : 0) };
}

/**
 * Room a label reserves, when labels are chosen, for the side it takes at finer zoom levels, so
 * that zooming in never takes a label away. Only a label with no room on the right for its
 * shortest form (`right < shortest`) can change sides; the room on either side grows with the
 * zoom level L, on the right as `L * d + c` (`c = fixedRoom`).
 *
 * - Room on the left: it stays left until the level `L_f` at which `right` reaches `shortest`,
 *   then stays right. From `L_f` on, its right extent with the shortest label reaches
 *   `mark + pad + shortest + gap` past `x0`; measured in time (px / L) that only shrinks, so at
 *   this level L it is enough to reserve that reach scaled by `L / L_f = (right - c) /
 *   (shortest - c)`.
 * - Room on neither side (a narrow plot): it may take either side later, and reserves the
 *   shortest label on both.
 */
function reserveForSideChange(item: LaneItem, shortest: number, right: number, roomLeft: boolean, fixedRoom: number, options: TimelineLayoutOptions): void {
  const { markWidth: mark, labelPadding: pad, gap } = options;
  const x0 = item.x0;
  const reach = mark + pad + shortest;
  if (roomLeft) {
    const scale = right > fixedRoom ? (right - fixedRoom) / (shortest - fixedRoom) : 0;
    item.reserveRight = Math.max(item.x1, x0 + mark / 2, x0 + (reach + gap) * scale - gap);
  } else {
    item.reserveLeft = x0 - mark / 2 - pad - shortest;
    item.reserveRight = Math.max(item.x1, x0 + reach);
  }
}
