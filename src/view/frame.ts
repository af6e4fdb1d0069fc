/**
 * The view contract: what the templates draw, in the plot's own pixels. An orientation adapter
 * (horizontal or vertical) turns a layout and the zoom transform into a {@link Frame}; the
 * templates draw any frame the same way. Nothing here touches the DOM.
 */
import type { TimeScale } from '../layout/scale.js';
import type { ViewTransform } from './transform.js';
import type { NormalizedData, TimelineEvent } from '../model/types.js';
import type { Precision } from '../time/partial-date.js';
import type { CategoryGroup } from '../layout/categories.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line from (x1, y1) to (x2, y2). */
export type Segment = readonly [x1: number, y1: number, x2: number, y2: number];

/** A text: where it starts (or ends, with anchor `end`) and its lines, one under another. */
export interface FrameText {
  x: number;
  y: number;
  lines: readonly string[];
  anchor: 'start' | 'middle' | 'end';
  /** Space between the lines' baselines. */
  lineHeight: number;
}

/** One event as drawn. */
export interface FrameEvent {
  event: TimelineEvent;
  /** A point's circle, or a span's bar. */
  mark: { kind: 'point'; cx: number; cy: number; r: number } | ({ kind: 'span' } & Box);
  label: FrameText;
  /** The pointer target around mark and label. */
  hit: Box;
  /** Where the tooltip points (the mark's middle). */
  anchor: { x: number; y: number };
  /** Colour slot of its category (group-by), else undefined. */
  colorIndex?: number;
}

/** A "+N" mark: events merged because there was no room to label them. */
export interface FrameCluster {
  box: Box;
  text: { x: number; y: number };
  events: readonly TimelineEvent[];
  /** First and last instant covered by the members. */
  t0: number;
  t1: number;
  first: TimelineEvent;
  last: TimelineEvent;
}

export interface FrameTick {
  /** The short line at the axis, the grid line across the plot, and the text. */
  line: Segment;
  grid: Segment;
  text: FrameText;
}

export interface FrameEra {
  era: NormalizedData['eras'][number];
  band: Box;
  /** The title as it fits, when one fits; `along` titles run along a vertical axis. */
  title?: FrameText & { along: boolean };
}

/** A category band's title (group-by). */
export interface FrameGroup {
  group: CategoryGroup;
  band: Box;
  label: FrameText;
}

/** Everything the plot draws at one zoom transform. */
export interface Frame {
  orientation: 'horizontal' | 'vertical';
  width: number;
  height: number;
  axisLine: Segment;
  ticks: FrameTick[];
  eras: FrameEra[];
  groups: FrameGroup[];
  /** Events in (or next to) the view, in a stable order (nodes never move: a moved node loses focus). */
  events: FrameEvent[];
  clusters: FrameCluster[];
  /** The event that holds the one tab stop (see `tabStop`). */
  tabStop?: string;
  /** Vertical layout: earlier or later events are outside the window (the Earlier/Later buttons). */
  earlier: boolean;
  later: boolean;
}

/** What an adapter needs to know about the data and the element. */
export interface PlotInput {
  data: NormalizedData;
  width: number;
  laneHeight: number;
  markSize: number;
  measure: (text: string) => number;
  /** Formats tick labels (see `createTickFormat`). */
  tickFormat: (date: Date, unit: Precision) => string;
  /** The zoom's base scale: the data's extent across the width. */
  base: TimeScale;
  /** The finest precision of any date in the data: ticks never go finer. */
  finest: Precision;
  /** Measured width of each event's title (indexed like `data.events`). */
  titleWidths: Float64Array;
  /** Every category with its colour slot (group-by); undefined without grouping. */
  categories?: readonly CategoryGroup[];
  /** The categories drawn as bands (those the legend has not hidden), in order; undefined without grouping. */
  bands?: readonly CategoryGroup[];
  /** Names for a band without a category and an era without a title. */
  words: { uncategorized: string; era: string };
  /** Vertical layout: the tallest the plot may grow to fit every event (default `VERTICAL.maxHeight`; print lifts it). */
  maxHeight?: number;
}

/** How far the view may go: the largest zoom factor, and the transform the viewport would really show for a wish. */
export interface ViewLimits {
  maxK: number;
  constrain(t: ViewTransform): ViewTransform;
}

/** Where the user's focus is, to choose the tab stop. */
export interface FocusState {
  focused: string | null;
  selected: string | null;
}

/**
 * One orientation of the plot. Horizontal and vertical differ here and only here: they map time
 * and lanes to screen positions and answer what is laid out in a window.
 */
export interface Plot {
  readonly orientation: 'horizontal' | 'vertical';
  /** The frame at a zoom transform; the tab stop stays in the frame even when out of view. */
  frame(t: ViewTransform, focus: FocusState): Frame;
  /** True when the event is drawn on its own (not merged into a cluster) at the transform. */
  draws(id: string, t: ViewTransform): boolean;
  /** True when arrow keys may move to the event at the transform (else it is passed over). */
  reachable(id: string, t: ViewTransform): boolean;
  /** The transform that brings an event into view, or undefined when it is in view already. */
  revealTransform(event: TimelineEvent, t: ViewTransform, limits: ViewLimits): ViewTransform | undefined;
  /** The zoom's x coordinate of the instant under a point of the plot (to zoom around the pointer). */
  zoomAnchor(x: number, y: number, t: ViewTransform): number;
  /** An arrow key as a direction in time: `ArrowLeft` is earlier, `ArrowRight` later. */
  logicalKey(key: string, rtl: boolean): string;
}

/** Picks the tab stop: the focused event, else the selected, else the earliest in view, else the first drawn. */
export function tabStop(focus: FocusState, drawn: (id: string) => boolean, firstInView: string | undefined, firstDrawn: () => string | undefined): string | undefined {
  if (focus.focused !== null && drawn(focus.focused)) return focus.focused;
  if (focus.selected !== null && drawn(focus.selected)) return focus.selected;
  if (firstInView !== undefined) return firstInView;
  return firstDrawn();
}

/** True when an event's date is approximate or uncertain at either end. */
export function isApproximate(event: TimelineEvent): boolean {
  return Boolean(event.start.approximate || event.end?.approximate || event.start.uncertain || event.end?.uncertain);
}
