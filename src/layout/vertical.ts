/**
 * The vertical layout (phones, narrow containers): time runs down, marks sit in columns, each
 * label to the right of its mark as horizontal text wrapped onto a few lines. It is the lane
 * algorithm of the horizontal layout with the axes swapped: along time, an item takes the height
 * of its label's lines (and a span also its bar), so labels in one column never overlap; columns
 * stand side by side, as narrow as the width allows, and what does not fit merges into "+N"
 * clusters in a column of their own: the more important events keep their places first, and
 * among equal importance the placed ones are spread over the window (see `lanes.ts`).
 *
 * Pure and DOM-free: the time window, the sizes and the text measurer come in.
 */
import type { TimelineEvent } from '../model/types.js';
import { assignLanes, type LaneItem } from './lanes.js';
import { barTier, placementOrder, ranksOf } from './label-choice.js';
import { wrapText } from './wrap.js';

/** A cluster box is at least this tall: a pointer target of 24 × 24 px (WCAG 2.5.8). */
const MIN_TARGET = 24;

/** Bounds of the height of the vertical plot: so many px per event on average, within limits. */
export interface VerticalHeightOptions {
  perEvent: number;
  min: number;
  max: number;
}

/** The height of the vertical plot for a number of events: `count × perEvent`, within `[min, max]`. */
export function verticalPlotHeight(count: number, { perEvent, min, max }: VerticalHeightOptions): number {
  return Math.round(Math.min(max, Math.max(min, count * perEvent)));
}

/** Sizes of the vertical layout, in CSS px. */
export interface VerticalLayoutOptions {
  /** The time window shown, from `top` (its first instant) to `bottom` (its last). */
  t0: number;
  t1: number;
  top: number;
  bottom: number;
  /** Where the columns start and end horizontally. */
  left: number;
  right: number;
  /** Height of one line of label text: an item takes at least this much time-axis room. */
  lineHeight: number;
  /** Most lines a label wraps onto; the last is shortened with "…". */
  maxLines: number;
  /** Least space along time between two items in one column, and between two clusters. */
  gap: number;
  /** Width of a point mark (and of a span's bar). */
  markWidth: number;
  /** Space between a mark and its label. */
  labelPadding: number;
  /** Columns are never narrower than this (unless the whole width is). */
  minColumnWidth: number;
  /** Width of the column of "+N" clusters, taken from the right when some events do not fit. */
  clusterWidth: number;
}

/** Where one event is drawn. */
export interface VerticalPlacedEvent {
  event: TimelineEvent;
  /** Column, from 0 at the left. */
  column: number;
  /** x of the mark's centre. */
  x: number;
  /** Top of the mark (the point, or the start of a span's bar; a span that began earlier starts at `top`). */
  y0: number;
  /** Bottom of the mark (equal to `y0` for a point). */
  y1: number;
  /** Left edge of the label; its first line is centred on `y0`, the next ones follow below. */
  labelX: number;
  /** The label's lines, as shown. */
  lines: string[];
  /** Room for the label: from `labelX`, at most this wide. */
  labelWidth: number;
  /** Extent the item takes along time (label lines and bar): `[extentTop, extentBottom]`. */
  extentTop: number;
  extentBottom: number;
}

/** Events merged into one "+N" box in the cluster column. */
export interface VerticalCluster {
  /** Top and bottom of the box. */
  y0: number;
  y1: number;
  /** Left edge of the box. */
  x: number;
  events: TimelineEvent[];
  /** First and last instant covered by the members. */
  t0: number;
  t1: number;
  first: TimelineEvent;
  last: TimelineEvent;
}

/** The vertical layout of the events in a time window. */
export interface VerticalLayout {
  /** Placed events, in time order of their top edge. */
  placed: VerticalPlacedEvent[];
  clusters: VerticalCluster[];
  columnCount: number;
  columnWidth: number;
  /** Position in `placed` of each event, by id. */
  placedById: Map<string, number>;
}

/** The y position of an instant in the window. */
export function verticalScale(options: Pick<VerticalLayoutOptions, 't0' | 't1' | 'top' | 'bottom'>): (t: number) => number {
  const { t0, t1, top, bottom } = options;
  const perMs = (bottom - top) / Math.max(1, t1 - t0);
  return (t) => top + (t - t0) * perMs;
}

/**
 * Lays out the events (sorted by time) that fall in the window `[t0, t1]`: the fewest columns in
 * which every event gets a place, each label wrapped to its column's width; when even the most
 * columns that fit (each at least `minColumnWidth` wide) are not enough, the rest merge into
 * clusters in a column at the right.
 */
export function layoutVertical(
  events: readonly TimelineEvent[],
  measure: (text: string) => number,
  options: VerticalLayoutOptions,
): VerticalLayout {
  const { top, bottom, left, right, lineHeight: h, maxLines, gap, markWidth, labelPadding, minColumnWidth, clusterWidth } = options;
  const y = verticalScale(options);
  const shown = events.filter((e) => (e.isSpan ? e.t1 > options.t0 && e.t0 < options.t1 : inWindow((e.t0 + e.t1) / 2, options)));
  // Along time: where each mark starts and ends, clipped to the window.
  const marks = shown.map((e): [number, number] => {
    if (!e.isSpan) {
      const mid = y((e.t0 + e.t1) / 2);
      return [mid, mid];
    }
    return [Math.max(top, y(e.t0)), Math.min(bottom, Math.max(y(e.t0), y(e.t1)))];
  });
  const order = shown.map((_, i) => i).sort((a, b) => marks[a][0] - marks[b][0] || a - b);
  // Which events keep a place when not all fit: the more important first, then by the length of
  // their bars (see `barTier`), then spread over time.
  const barLength = (k: number) => marks[order[k]][1] - marks[order[k]][0];
  const rank = ranksOf(placementOrder(order.length, (k) => shown[order[k]].importance, (k) => marks[order[k]][0], (k) => barTier(barLength(k), bottom - top)));
  const available = Math.max(1, right - left);
  const most = Math.max(1, Math.floor(available / minColumnWidth));

  const attempt = (columns: number, width: number) => {
    const textWidth = Math.max(1, width - markWidth - labelPadding - gap);
    const lines = order.map((i) => wrapText(shown[i].title, textWidth, maxLines, measure));
    // An item is the height of its lines, its first line centred on the mark's start; a span
    // also takes its bar's length. Shortening is off (minLabelWidth = ∞): lines stay whole.
    const items: LaneItem[] = order.map((i, k) => ({ x0: marks[i][0] - h / 2, x1: marks[i][1], labelWidth: lines[k].length * h, rank: rank[k] }));
    const lanes = assignLanes(items, { markWidth: 0, labelPadding: 0, gap, maxLanes: columns, minLabelWidth: Infinity, clusterBadgeWidth: Math.max(h, MIN_TARGET) });
    return { columns, width, textWidth, lines, items, lanes };
  };
  let result = attempt(1, available);
  for (let columns = 2; result.lanes.clusters.length > 0 && columns <= most; columns++) result = attempt(columns, available / columns);
  if (result.lanes.clusters.length > 0) {
    // Make room for the cluster column at the right, with one column fewer if need be.
    let columns = result.columns;
    while (columns > 1 && available - clusterWidth < minColumnWidth * columns) columns--;
    result = attempt(columns, Math.max(1, available - clusterWidth) / columns);
  }
  const { width, lines, items, lanes } = result;

  const placed: VerticalPlacedEvent[] = [];
  const placedById = new Map<string, number>();
  order.forEach((i, k) => {
    const column = lanes.lane[k];
    if (column < 0) return;
    const x = left + column * width + markWidth / 2;
    placedById.set(shown[i].id, placed.length);
    placed.push({
      event: shown[i],
      column,
      x,
      y0: marks[i][0],
      y1: marks[i][1],
      labelX: x + markWidth / 2 + labelPadding,
      lines: lines[k],
      labelWidth: result.textWidth,
      extentTop: items[k].x0,
      extentBottom: Math.max(items[k].x1, items[k].x0 + items[k].labelWidth),
    });
  });
  const clusterX = Math.min(left + lanes.laneCount * width, right - clusterWidth);
  const clusters = lanes.clusters.map((c): VerticalCluster => {
    const members = Array.from(c.members, (k) => shown[order[k]]);
    let first = members[0];
    let last = members[0];
    for (const e of members) {
      if (e.t0 < first.t0) first = e;
      if (e.t1 > last.t1) last = e;
    }
    return { y0: c.x0, y1: c.x1, x: clusterX, events: members, t0: first.t0, t1: last.t1, first, last };
  });
  return { placed, clusters, columnCount: lanes.laneCount, columnWidth: width, placedById };
}

function inWindow(t: number, { t0, t1 }: { t0: number; t1: number }): boolean {
  return t >= t0 && t <= t1;
}

/**
 * {@link layoutVertical} in the shortest plot in which no event merges into a cluster: from
 * `options.bottom`, the plot grows by half its height at a time, up to `maxBottom`; there, what
 * still does not fit is clustered. Returns the layout and the `bottom` it used.
 */
export function layoutVerticalFitting(
  events: readonly TimelineEvent[],
  measure: (text: string) => number,
  options: VerticalLayoutOptions,
  maxBottom: number,
): { layout: VerticalLayout; bottom: number } {
  let bottom = options.bottom;
  let layout = layoutVertical(events, measure, options);
  while (layout.clusters.length > 0 && bottom < maxBottom) {
    bottom = Math.min(maxBottom, options.top + (bottom - options.top) * 1.5);
    layout = layoutVertical(events, measure, { ...options, bottom });
  }
  return { layout, bottom };
}
