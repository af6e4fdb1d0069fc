/**
 * Lane assignment for timeline labels: which row each event is drawn in, how
 * much of its label is shown, and which events are folded into "+N" clusters.
 *
 * Pure and DOM-free: positions and measured label widths come in, typed arrays
 * come out. O(n log n) time, O(n) memory, a fixed number of allocations.
 *
 * Geometry (all in px at the zoom level of the layout). An item's mark is
 * drawn at `x0` (a point, or a span bar from `x0` to `x1`), its label box
 * starts at `x0 + markWidth + labelPadding` and is `w` wide, `w` being the
 * shown label width. The item occupies, in its lane, the extent
 *
 *     [x0 - markWidth / 2, max(x1, x0 + markWidth + labelPadding + w)]
 *
 * and two items in one lane are at least `gap` apart: `right(a) + gap <= left(b)`.
 *
 * Rules, applied to each item in input order (sorted by `x0`):
 * 1. **Free lane.** The lowest lane whose last item, with its full label,
 *    ends at least `gap` before the item's left edge gets the item.
 * 2. **New lane.** Otherwise a new lane is opened below, while fewer than
 *    `maxLanes` are open.
 * 3. **Shorten the previous label.** Otherwise, a lane whose last item's label
 *    can be cut back (ellipsis), never below `minLabelWidth`, to end `gap`
 *    before the item gets it; among such lanes, the one needing the smallest
 *    cut (ties: the lowest lane). The previous label is cut to the widest
 *    width that makes room. An item's own label is always placed in full; it
 *    is only ever shortened later, by the item that follows it in its lane.
 *    Labels narrower than `minLabelWidth` are never shortened.
 * 4. **Cluster.** Otherwise the item overflows: it is not drawn in a lane and
 *    joins a cluster (see {@link Cluster}).
 *
 * Clusters are drawn in one extra row below the lanes, so a layout uses
 * `laneCount + (clusters.length > 0 ? 1 : 0) <= maxLanes + 1` rows.
 *
 * Guarantees: no two items in one lane come within `gap` of each other (with
 * shown label widths); every item is in exactly one lane or one cluster;
 * cluster boxes are `gap` apart; the result depends only on the input; with
 * `maxLanes = Infinity` nothing is clustered or shortened. Because every
 * separation is a difference of positions, drawing the layout at positions
 * `p * s` with `s >= 1` (zooming in) keeps all of these true.
 */

import { IntMinHeap, KeyedMinHeap } from './heap.js';

/** One event to place, in px at the layout's zoom level. */
export interface LaneItem {
  /** Start of the mark (the point, or the start of the span). */
  x0: number;
  /** End of the mark; equal to `x0` for a point event, never less than `x0`. */
  x1: number;
  /** Measured width of the full label text. */
  labelWidth: number;
}

/** Sizes and limits of a lane layout, in px. */
export interface LaneOptions {
  /** Width of a point mark, centred on `x0`. */
  markWidth: number;
  /** Space between the mark and its label. */
  labelPadding: number;
  /** Smallest horizontal distance between two items in one lane, and between two clusters. */
  gap: number;
  /** Most lanes to open; `Infinity` for no limit (then nothing clusters). */
  maxLanes: number;
  /**
   * A label may be cut back (ellipsis) down to this width to make room for the
   * next item in its lane, never below; labels are never hidden. When even
   * the shortest label leaves no room, the next item goes to a cluster.
   */
  minLabelWidth: number;
  /** Width reserved at the right end of a cluster box for its "+N" badge. Defaults to 0. */
  clusterBadgeWidth?: number;
}

/**
 * A run of overflowing items drawn as one box with a "+N" badge, in the row
 * below the lanes. The box covers the members' marks, then `labelPadding`,
 * then the badge: `[x0, x1]` with the badge in `[x1 - clusterBadgeWidth, x1]`.
 * Overflowing items merge into one cluster when their boxes would overlap or
 * come within `gap`, so boxes of different clusters are at least `gap` apart.
 */
export interface Cluster {
  /** Index (in the sorted input) of the first member. */
  first: number;
  /** Index (in the sorted input) of the last member. */
  last: number;
  /**
   * Indices of the members, ascending, within `first..last` (items in between
   * that have a lane are not members). A view into a buffer shared by all
   * clusters of the layout: read, do not write.
   */
  members: Int32Array;
  /** Left edge of the cluster box: the first member's `x0 - markWidth / 2`. */
  x0: number;
  /** Right edge of the cluster box, badge included. */
  x1: number;
  /** Number of members (`members.length`), the N of "+N". */
  count: number;
}

/** Result of {@link assignLanes}; arrays are indexed like the input. */
export interface LaneLayout {
  /** Lane per item (0 is the top lane), or -1 when the item is in a cluster. */
  lane: Int32Array;
  /**
   * Shown label width per item: the requested width, less when the label is
   * shortened (draw it with an ellipsis), 0 for items in a cluster.
   */
  labelWidth: Float64Array;
  /** Number of lanes used, at most `maxLanes`. */
  laneCount: number;
  /** Clusters, left to right. */
  clusters: Cluster[];
}

/**
 * Assigns each item a lane, a shown label width, or a cluster. `items` must be
 * sorted by `x0` (ties in any fixed order) and hold finite numbers.
 */
export function assignLanes(items: readonly LaneItem[], options: LaneOptions): LaneLayout {
  const n = items.length;
  const { markWidth, labelPadding, gap, minLabelWidth } = options;
  const badgeWidth = options.clusterBadgeWidth ?? 0;
  const halfMark = markWidth / 2;
  // More lanes than items are never needed, so a limit of n or more is no limit.
  const limited = options.maxLanes < n;
  const maxLanes = limited ? Math.max(0, Math.floor(options.maxLanes)) : n;

  const lane = new Int32Array(n).fill(-1);
  const shown = new Float64Array(n);
  // Right edge of each item's extent with its full label, and with its label
  // cut to the minimum; never changed once set, so they can key heaps.
  const fullRight = new Float64Array(n);
  const minRight = new Float64Array(n);
  const lastInLane = new Int32Array(Math.max(1, maxLanes));

  // Heaps hold item indices; an entry is stale once its item is no longer the
  // last of its lane (`lastInLane[lane[j]] !== j`) and is then skipped.
  // busy: last items of lanes, by full right edge, until the lane frees up.
  const busy = new KeyedMinHeap(n, fullRight, lane);
  // free: lanes whose last item ends `gap` before the current item.
  const free = new IntMinHeap(maxLanes);
  // cuttable: last items by right edge with the shortest label, until that clears.
  // shortenable: last items whose label can be cut to make room, by full right edge.
  const cuttable = limited ? new KeyedMinHeap(n, minRight, lane) : null;
  const shortenable = limited ? new KeyedMinHeap(n, fullRight, lane) : null;

  const overflow = new Int32Array(n);
  let overflowCount = 0;
  let laneCount = 0;

  for (let i = 0; i < n; i++) {
    const item = items[i];
    const x0 = item.x0;
    const left = x0 - halfMark;
    const requested = item.labelWidth > 0 ? item.labelWidth : 0;

    while (busy.size > 0 && busy.peekKey() + gap <= left) {
      const j = busy.pop();
      if (lastInLane[lane[j]] === j) free.push(lane[j]);
    }

    let k = -1;
    if (free.size > 0) {
      k = free.pop();
    } else if (laneCount < maxLanes) {
      k = laneCount++;
    } else if (cuttable !== null && shortenable !== null) {
      while (cuttable.size > 0 && cuttable.peekKey() + gap <= left) {
        const j = cuttable.pop();
        if (lastInLane[lane[j]] === j) shortenable.push(j);
      }
      // With the free heap empty, every lane that freed up has been reused, so
      // a current entry here is a lane that is still busy at full width.
      while (shortenable.size > 0) {
        const j = shortenable.pop();
        if (lastInLane[lane[j]] !== j) continue;
        shown[j] = widestLabelBefore(items[j], shown[j], minShownWidth(items[j], minLabelWidth), left, options);
        k = lane[j];
        break;
      }
    }

    if (k < 0) {
      overflow[overflowCount++] = i;
      continue;
    }
    lane[i] = k;
    lastInLane[k] = i;
    shown[i] = requested;
    const labelStart = x0 + markWidth + labelPadding;
    fullRight[i] = Math.max(item.x1, labelStart + requested);
    busy.push(i);
    if (cuttable !== null) {
      const minimum = minShownWidth(item, minLabelWidth);
      if (minimum < requested) {
        minRight[i] = Math.max(item.x1, labelStart + minimum);
        cuttable.push(i);
      }
    }
  }

  return {
    lane,
    labelWidth: shown,
    laneCount,
    clusters: buildClusters(items, overflow.subarray(0, overflowCount), options, badgeWidth),
  };
}

/** The narrowest a label may be shown: `minLabelWidth`, or the full width when that is narrower. */
function minShownWidth(item: LaneItem, minLabelWidth: number): number {
  const requested = item.labelWidth > 0 ? item.labelWidth : 0;
  return requested < minLabelWidth ? requested : minLabelWidth;
}

/**
 * The widest label width in `[minimum, current]` with which `item` ends at
 * least `gap` before `left`. The caller knows that `minimum` fits; the checks
 * guard against rounding in the subtraction.
 */
function widestLabelBefore(
  item: LaneItem,
  current: number,
  minimum: number,
  left: number,
  { markWidth, labelPadding, gap }: LaneOptions,
): number {
  const fits = (w: number) => Math.max(item.x1, item.x0 + markWidth + labelPadding + w) + gap <= left;
  let w = Math.min(current, left - gap - (item.x0 + markWidth + labelPadding));
  if (w <= minimum) return minimum;
  if (fits(w)) return w;
  w = Math.max(minimum, w - 1e-9 * (1 + Math.abs(left)));
  return fits(w) ? w : minimum;
}

/** Groups overflowing items (ascending indices) into clusters whose boxes are `gap` apart. */
function buildClusters(
  items: readonly LaneItem[],
  overflow: Int32Array,
  { markWidth, labelPadding, gap }: LaneOptions,
  badgeWidth: number,
): Cluster[] {
  const clusters: Cluster[] = [];
  const halfMark = markWidth / 2;
  let start = 0;
  let boxLeft = 0;
  let marksRight = 0;
  let boxRight = 0;
  const close = (end: number) => {
    clusters.push({
      first: overflow[start],
      last: overflow[end - 1],
      members: overflow.subarray(start, end),
      x0: boxLeft,
      x1: boxRight,
      count: end - start,
    });
  };
  for (let m = 0; m < overflow.length; m++) {
    const item = items[overflow[m]];
    const left = item.x0 - halfMark;
    const right = Math.max(item.x1, item.x0 + halfMark);
    if (m > 0 && left < boxRight + gap) {
      if (right > marksRight) marksRight = right;
    } else {
      if (m > 0) close(m);
      start = m;
      boxLeft = left;
      marksRight = right;
    }
    boxRight = marksRight + labelPadding + badgeWidth;
  }
  if (overflow.length > 0) close(overflow.length);
  return clusters;
}
