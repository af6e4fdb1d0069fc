import type { TimelineEvent } from '../model/types.js';
import { assignLanes, type Cluster } from './lanes.js';
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
 * Lays out events (sorted by time, as `normalizeEvents` returns them) along an x position
 * function: lanes so that no two marks or labels overlap, labels shortened where needed,
 * overflow merged into clusters. Pure: text width comes in as `measure`.
 */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  x: (t: number) => number,
  measure: (text: string) => number,
  options: TimelineLayoutOptions,
  /** Measured width of each event's title, when already known (saves measuring per zoom level). */
  titleWidths?: ArrayLike<number>,
): TimelineLayout {
  const { markWidth: mark, labelPadding: pad } = options;
  const [minX, maxX] = options.bounds;
  const extents = events.map((event) => markExtent(event, x));
  // Each label goes right of its mark when it fits there, else left when it fits there, else on
  // the roomier side, shortened to the room. A left label is handed to the lanes as an item that
  // starts where the label starts and has no label of its own: same extent, same guarantees.
  const sides = events.map((event, i) => {
    const [x0, x1] = extents[i];
    const full = titleWidths ? titleWidths[i] : measure(event.title);
    const right = maxX - (x0 + mark + pad);
    const left = x0 - mark / 2 - pad - minX;
    const onLeft = full > right && (full <= left || left > right);
    const width = Math.max(0, Math.min(full, onLeft ? left : right));
    return { onLeft, width, full, x0, x1 };
  });
  const items = sides.map(({ onLeft, width, x0, x1 }) =>
    onLeft ? { x0: x0 - pad - width, x1: Math.max(x1, x0 + mark / 2), labelWidth: 0 } : { x0, x1, labelWidth: width },
  );
  const order = items.map((_, i) => i).sort((a, b) => items[a].x0 - items[b].x0 || a - b);
  const lanes = assignLanes(
    order.map((i) => items[i]),
    options,
  );
  const placed: PlacedEvent[] = [];
  order.forEach((original, k) => {
    const lane = lanes.lane[k];
    if (lane < 0) return;
    const event = events[original];
    const side = sides[original];
    const shown = side.onLeft ? side.width : lanes.labelWidth[k];
    const label = shown >= side.full ? event.title : truncateToWidth(event.title, shown, measure);
    const labelX = side.onLeft ? side.x0 - mark / 2 - pad - shown : side.x0 + mark + pad;
    placed.push({ event, lane, x0: side.x0, x1: side.x1, labelX, labelLeft: side.onLeft, label, labelWidth: Math.min(shown, side.full) });
  });
  // The lanes merge every run of overflowing items that touch, which in dense data can be one
  // cluster across the whole plot; cut runs into chunks at most `clusterMaxWidth` wide, so a
  // cluster says where its events are and activating it zooms somewhere useful. A chunk takes
  // the items that start before its right edge plus the gap, so chunks never overlap.
  const maxWidth = Math.max(options.clusterBadgeWidth, options.clusterMaxWidth ?? Infinity);
  const clusters: PlacedCluster[] = [];
  for (const cluster of lanes.clusters as Cluster[]) {
    let chunk: number[] = [];
    let left = 0;
    let right = 0;
    const flush = () => {
      if (chunk.length === 0) return;
      const members = chunk.map((k) => events[order[k]]);
      let first = members[0];
      let last = members[0];
      let reach = -Infinity;
      for (const k of chunk) reach = Math.max(reach, items[order[k]].x1);
      for (const e of members) {
        if (e.t0 < first.t0) first = e;
        if (e.t1 > last.t1) last = e;
      }
      const x1 = Math.min(right, Math.max(left + options.clusterBadgeWidth, reach + pad + options.clusterBadgeWidth));
      clusters.push({ x0: left, x1, events: members, t0: first.t0, t1: last.t1, first, last });
      chunk = [];
    };
    for (const k of cluster.members) {
      const itemLeft = items[order[k]].x0 - mark / 2;
      if (chunk.length && itemLeft >= right + options.gap) flush();
      if (chunk.length === 0) {
        left = Math.max(itemLeft, clusters.length ? clusters[clusters.length - 1].x1 + options.gap : -Infinity);
        right = left + maxWidth;
      }
      chunk.push(k);
    }
    flush();
  }
  return { placed, clusters, laneCount: lanes.laneCount, rowCount: lanes.laneCount + (clusters.length ? 1 : 0) };
}
