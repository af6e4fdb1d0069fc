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
 * **Which items get a lane** (only when `maxLanes` is limited). Items are
 * ranked once: by `rank` when the caller gives one, else by `importance`
 * (higher first), then by the length of their bars (major periods, then
 * points and short bars, then the others; see `barTier`), then in a spread
 * order over their positions `x0` (the item nearest the middle first, then
 * those nearest the middles of the halves, the quarters, …; never the
 * earliest first). In rank order, an item is chosen when fewer than
 * `maxLanes` items ranked before it (chosen or not) cover any one point of
 * its *reserved interval* `[left, right + gap)`: its extent with the label
 * cut to the shortest allowed, widened to `reserveLeft` / `reserveRight` when
 * given (see `label-choice.ts`). Items not chosen overflow into clusters
 * (rule 4). So the most important items keep their labels, labels of equal
 * importance are spread over the data like the data itself, and, since the
 * choice depends only on which reserved intervals intersect, zooming in
 * (which only pulls them apart) never takes a label away.
 *
 * **Where chosen items go**: rules applied to each chosen item in input order
 * (sorted by left edge; a label before its mark, see `labelBefore`, is placed
 * as wide as its lane leaves room for):
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
 *    joins a cluster (see {@link Cluster}). For chosen items this does not
 *    happen: at the item's left edge at most `maxLanes - 1` earlier chosen
 *    items reach, with shortest labels, within `gap`, so rule 1, 2 or 3 finds
 *    a lane.
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
import { buildClusters } from './lane-clusters.js';
import { leftEdge, minShownWidth, widestLabelAfter, widestLabelBefore } from './lane-geometry.js';
import { barTier, chooseByDepth, placementOrder } from './label-choice.js';

export { leftEdge } from './lane-geometry.js';

/** One event to place, in px at the layout's zoom level. */
export interface LaneItem {
  /** Start of the mark (the point, or the start of the span). */
  x0: number;
  /** End of the mark; equal to `x0` for a point event, never less than `x0`. */
  x1: number;
  /** Measured width of the full label text. */
  labelWidth: number;
  /**
   * The label is drawn before (left of) the mark, ending `labelPadding` before the mark's left
   * edge: the item's extent is `[x0 - markWidth / 2 - labelPadding - w, max(x1, x0 + markWidth / 2)]`
   * for a shown width `w`. Such a label is as wide as its lane leaves room for, between the
   * shortest allowed width and its full width (in full when `maxLanes` is not limited).
   */
  labelBefore?: boolean;
  /**
   * For a label after the mark that is cut short by the edge of the plot: the width it could
   * have before the mark instead (its full width, capped by the room there). When the item's lane
   * leaves more room than `labelWidth` before the mark, the label is drawn there, as wide as that
   * room allows up to this width (see `LaneLayout.before`). Lanes and the choice of labelled
   * items do not depend on it.
   */
  labelWidthBefore?: number;
  /** How much the item matters: when not every label fits, higher keeps its lane first. Default 0. */
  importance?: number;
  /**
   * Placement rank, lower first; overrides `importance` and the spread order. Used only when
   * every item has a finite one (ties by input order). Give ranks that do not depend on the zoom level
   * to keep "zooming in only adds labels".
   */
  rank?: number;
  /**
   * Left and right edges of room to reserve for the item when choosing which items get a lane
   * (at least its extent with the shortest label): for a label that may move to the other side
   * of its mark at another zoom level.
   */
  reserveLeft?: number;
  reserveRight?: number;
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
   * Indices of the members in order of their marks: ascending, within
   * `first..last` (items in between that have a lane are not members), unless
   * some items have `labelBefore`. A view into a buffer shared by all clusters
   * of the layout: read, do not write.
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
  /** 1 where the label is drawn before (left of) the mark, 0 elsewhere. */
  before: Uint8Array;
  /** Number of lanes used, at most `maxLanes`. */
  laneCount: number;
  /** Clusters, left to right. */
  clusters: Cluster[];
}

/**
 * Assigns each item a lane, a shown label width, or a cluster. `items` must be
 * sorted by the left edge of their extent with the shortest allowed label
 * (`x0 - markWidth / 2`, less the label for `labelBefore` items; so by `x0`
 * when no item has `labelBefore`), ties in any fixed order, and hold finite
 * numbers.
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
  const before = new Uint8Array(n);
  // Right edge of each item's extent with its full label, and with its label
  // cut to the minimum; never changed once set, so they can key heaps.
  const fullRight = new Float64Array(n);
  const minRight = new Float64Array(n);
  const lastInLane = new Int32Array(Math.max(1, maxLanes));
  // Right edge of each lane's last item with its label as shown (a `labelBefore` label grows into the room).
  const laneRight = new Float64Array(Math.max(1, maxLanes));

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
  const chosen = limited ? chooseItems(items, options, maxLanes) : null;

  const sweep = sweepOrder(items, options, limited);
  for (let s = 0; s < n; s++) {
    const i = sweep[s];
    if (chosen !== null && chosen[i] === 0) {
      overflow[overflowCount++] = i;
      continue;
    }
    const item = items[i];
    const x0 = item.x0;
    const requested = item.labelWidth > 0 ? item.labelWidth : 0;
    // Unlimited, a label before the mark is placed in full, like any other.
    const minimum = limited ? minShownWidth(item, minLabelWidth) : requested;
    const left = leftEdge(item, minimum, options);

    while (busy.size > 0 && busy.peekKey() + gap <= left) {
      const j = busy.pop();
      if (lastInLane[lane[j]] === j) free.push(lane[j]);
    }

    let k = -1;
    if (free.size > 0) {
      k = free.pop();
    } else if (laneCount < maxLanes) {
      k = laneCount++;
      laneRight[k] = -Infinity;
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
        laneRight[k] = Math.max(items[j].x1, items[j].x0 + markWidth + labelPadding + shown[j]);
        break;
      }
    }

    if (k < 0) {
      overflow[overflowCount++] = i;
      continue;
    }
    lane[i] = k;
    lastInLane[k] = i;
    const roomBefore = item.labelWidthBefore !== undefined && item.labelWidthBefore > requested
      ? widestLabelAfter({ ...item, labelBefore: true }, item.labelWidthBefore, requested, laneRight[k] + gap, options)
      : 0;
    if (item.labelBefore === true || roomBefore > requested) {
      before[i] = 1;
      shown[i] = item.labelBefore === true ? widestLabelAfter(item, requested, minimum, laneRight[k] + gap, options) : roomBefore;
      fullRight[i] = Math.max(item.x1, x0 + halfMark);
    } else {
      shown[i] = requested;
      const labelStart = x0 + markWidth + labelPadding;
      fullRight[i] = Math.max(item.x1, labelStart + requested);
      if (cuttable !== null && minimum < requested) {
        minRight[i] = Math.max(item.x1, labelStart + minimum);
        cuttable.push(i);
      }
    }
    laneRight[k] = fullRight[i];
    busy.push(i);
  }

  // Clusters are built when first read (a caller may only need `lane`).
  let clusters: Cluster[] | undefined;
  return {
    lane,
    labelWidth: shown,
    before,
    laneCount,
    get clusters() {
      return (clusters ??= buildClusters(items, overflow.subarray(0, overflowCount), options, badgeWidth));
    },
  };
}

/**
 * The order of the sweep: by left edge with the shortest label, which is the input order. When
 * lanes are not limited, labels before their marks keep their full width and may start earlier:
 * then the items are sorted again (stable).
 */
function sweepOrder(items: readonly LaneItem[], options: LaneOptions, limited: boolean): Int32Array {
  const n = items.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (limited || !items.some((item) => item.labelBefore === true)) return order;
  const lefts = Float64Array.from(items, (item) => leftEdge(item, item.labelWidth > 0 ? item.labelWidth : 0, options));
  return order.sort((a, b) => lefts[a] - lefts[b] || a - b);
}

/**
 * Which items get a lane: each item's reserved interval (its extent with the shortest label,
 * widened by `reserveLeft`/`reserveRight`, plus `gap`) goes to {@link chooseByDepth} in rank order.
 * The right edge is computed exactly as rule 3 computes it, so that every chosen item finds a lane.
 */
function chooseItems(items: readonly LaneItem[], options: LaneOptions, maxLanes: number): Uint8Array {
  const n = items.length;
  const { markWidth, labelPadding, gap, minLabelWidth } = options;
  const left = new Float64Array(n);
  const end = new Float64Array(n);
  let ranked = n > 0;
  for (let i = 0; i < n; i++) {
    const item = items[i];
    const minimum = minShownWidth(item, minLabelWidth);
    let l = leftEdge(item, minimum, options);
    let r = item.labelBefore === true ? Math.max(item.x1, item.x0 + markWidth / 2) : Math.max(item.x1, item.x0 + markWidth + labelPadding + minimum);
    if (item.reserveLeft !== undefined && item.reserveLeft < l) l = item.reserveLeft;
    if (item.reserveRight !== undefined && item.reserveRight > r) r = item.reserveRight;
    left[i] = l;
    end[i] = r + gap;
    if (typeof item.rank !== 'number' || !Number.isFinite(item.rank)) ranked = false;
  }
  let low = Infinity;
  let high = -Infinity;
  for (const item of items) {
    if (item.x0 < low) low = item.x0;
    if (item.x1 > high) high = item.x1;
  }
  const order = ranked
    ? orderByRank(items)
    : placementOrder(n, (i) => items[i].importance, (i) => items[i].x0, (i) => barTier(items[i].x1 - items[i].x0, high - low));
  return chooseByDepth(left, end, order, maxLanes);
}

/** Indices by `rank`, ties by index; ranks that are a permutation of 0..n-1 need no sort. */
function orderByRank(items: readonly LaneItem[]): Int32Array {
  const n = items.length;
  const order = new Int32Array(n).fill(-1);
  let permutation = true;
  for (let i = 0; i < n && permutation; i++) {
    const r = items[i].rank!;
    if (Number.isInteger(r) && r >= 0 && r < n && order[r] === -1) order[r] = i;
    else permutation = false;
  }
  if (permutation) return order;
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => items[a].rank! - items[b].rank! || a - b);
}
