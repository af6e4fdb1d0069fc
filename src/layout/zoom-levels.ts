import type { TimeScale } from './scale.js';
import type { TimelineEvent } from '../model/types.js';
import { precisionDuration, precisionOrder, type Precision } from '../time/partial-date.js';
import { ExtentIndex } from './extent-index.js';
import { layoutTimeline, type TimelineLayout, type TimelineLayoutOptions } from './timeline-layout.js';

/**
 * Zoom levels: labels are laid out once per level (steps of √2 in zoom factor) and drawn at any
 * zoom factor k at or above their level. Zooming in from a level only spreads items apart, so a
 * layout made at level ≤ k never overlaps; pan and zoom frames only move what is laid out. The
 * events labelled at a level are labelled at every finer level too (see `layoutTimeline`), so
 * zooming in only ever adds labels.
 */
export function levelFor(k: number): number {
  return 2 ** (Math.floor(Math.log2(k) * 2 + 1e-9) / 2);
}

/** A layout made at one zoom level, with indexes to find what is in view. */
export interface LevelLayout {
  level: number;
  layout: TimelineLayout;
  /** Horizontal extent (mark and label) of each placed event, at the level. */
  lefts: Float64Array;
  rights: Float64Array;
  placedIndex: ExtentIndex;
  clusterIndex: ExtentIndex;
  /** Position in `layout.placed` of each drawn event, by id. */
  placedById: Map<string, number>;
}

/**
 * Lays out events at a zoom level: positions are `level × base(t)`, labels keep their size.
 * Labels stay within the data's range at that level (plus the margin).
 */
export function layoutLevel(
  events: readonly TimelineEvent[],
  base: TimeScale,
  level: number,
  measure: (text: string) => number,
  options: Omit<TimelineLayoutOptions, 'bounds'> & { margin: number },
  titleWidths?: ArrayLike<number>,
): LevelLayout {
  const [left, right] = base.range();
  // The base scale is linear in time: a plain function is much faster than calling d3's scale.
  const [d0, d1] = base.domain().map((d) => d.getTime());
  const perMs = (level * (right - left)) / (d1 - d0 || 1);
  const layout = layoutTimeline(events, (t) => level * left + (t - d0) * perMs, measure, {
    ...options,
    bounds: [level * left - options.margin, level * right + options.margin],
  }, titleWidths);
  const n = layout.placed.length;
  const lefts = new Float64Array(n);
  const rights = new Float64Array(n);
  layout.placed.forEach((p, i) => {
    lefts[i] = Math.min(p.x0 - options.markWidth / 2, p.labelX);
    rights[i] = Math.max(p.x1, p.x0 + options.markWidth / 2, p.labelX + p.labelWidth);
  });
  const clusters = layout.clusters;
  const clusterIndex = new ExtentIndex(
    clusters.map((c) => c.x0),
    clusters.map((c) => Math.max(c.x1, c.x0 + options.clusterBadgeWidth)),
  );
  const placedById = new Map<string, number>();
  layout.placed.forEach((p, i) => placedById.set(p.event.id, i));
  return { level, layout, lefts, rights, placedIndex: new ExtentIndex(lefts, rights), clusterIndex, placedById };
}

/** The finest precision among the events' dates (the most a user can want to zoom into). */
export function finestPrecision(events: readonly TimelineEvent[]): Precision {
  const rank = new Map(precisionOrder.map((p, i) => [p, i]));
  let finest = 0;
  for (const e of events) {
    const r = Math.max(rank.get(e.start.precision)!, e.end ? rank.get(e.end.precision)! : 0);
    if (r > finest) finest = r;
    if (finest === precisionOrder.length - 1) break;
  }
  return precisionOrder[finest];
}

/**
 * How far the view may zoom and pan: out to a little past the data's extent, in until the
 * viewport shows a few units of the finest precision in the data (five days for day dates,
 * five minutes for minute dates, never less than five seconds); panning stays near the data.
 */
export function viewLimits(
  finest: Precision,
  base: TimeScale,
  width: number,
): { scaleExtent: [number, number]; xExtent: [number, number] } {
  const [d0, d1] = base.domain().map((d) => d.getTime());
  const [left, right] = base.range();
  const smallest = Math.max(5 * precisionDuration(finest), 5000);
  const maxK = Math.max(1, ((d1 - d0) / smallest) * ((right - left) / Math.max(1, width)));
  const slack = width * 0.05;
  return { scaleExtent: [0.75, maxK], xExtent: [-slack, width + slack] };
}

/** One category band of a grouped layout. */
export interface LayoutGroup {
  /** The category, or '' for events without one. */
  category: string;
  /** Row of the band's title; its lanes follow. */
  headerRow: number;
  /** How many events of the category are shown (laid out or clustered). */
  count: number;
  /** Colour slot of the category (stable across hiding others). */
  colorIndex: number;
}

/** A grouped layout: one band per category, each with its own lanes and cluster row. */
export interface GroupedLevelLayout extends LevelLayout {
  groups: LayoutGroup[];
}

/**
 * Lays out each category in its own band of lanes (title row, lanes, cluster row), stacked in the
 * order given, and merges the bands into one layout whose lanes are rows of the whole plot.
 * Events of one category never share a lane with another's, so each band has the guarantees of
 * `layoutLevel` on its own.
 */
export function layoutGroupedLevel(
  groups: readonly { category: string; colorIndex: number; events: readonly TimelineEvent[]; titleWidths: ArrayLike<number> }[],
  base: TimeScale,
  level: number,
  measure: (text: string) => number,
  options: Omit<TimelineLayoutOptions, 'bounds'> & { margin: number },
): GroupedLevelLayout {
  const placed: TimelineLayout['placed'] = [];
  const clusters: TimelineLayout['clusters'] = [];
  const lefts: number[] = [];
  const rights: number[] = [];
  const bands: LayoutGroup[] = [];
  let row = 0;
  for (const group of groups) {
    const one = layoutLevel(group.events, base, level, measure, options, group.titleWidths);
    bands.push({ category: group.category, headerRow: row, count: group.events.length, colorIndex: group.colorIndex });
    const first = row + 1;
    one.layout.placed.forEach((p, i) => {
      placed.push({ ...p, lane: p.lane + first });
      lefts.push(one.lefts[i]);
      rights.push(one.rights[i]);
    });
    for (const c of one.layout.clusters) clusters.push({ ...c, row: first + one.layout.laneCount });
    row = first + Math.max(1, one.layout.rowCount);
  }
  const layout: TimelineLayout = { placed, clusters, laneCount: row, rowCount: row };
  const placedById = new Map<string, number>();
  placed.forEach((p, i) => placedById.set(p.event.id, i));
  const clusterIndex = new ExtentIndex(
    clusters.map((c) => c.x0),
    clusters.map((c) => Math.max(c.x1, c.x0 + options.clusterBadgeWidth)),
  );
  return {
    level,
    layout,
    lefts: Float64Array.from(lefts),
    rights: Float64Array.from(rights),
    placedIndex: new ExtentIndex(lefts, rights),
    clusterIndex,
    placedById,
    groups: bands,
  };
}
