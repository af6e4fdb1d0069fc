/**
 * The vertical orientation (phones, narrow containers): time runs down, the axis at the start
 * side, marks in columns, labels wrapped beside them. The window the zoom transform shows is laid
 * out over a height that gives each event some room; each window's layout is cached. Pure.
 */
import { ViewTransform } from './transform.js';
import type { TimelineEvent } from '../model/types.js';
import { createTimeScale } from '../layout/scale.js';
import { layoutEras } from '../layout/eras.js';
import { axisTicks } from '../layout/ticks.js';
import { truncateToWidth } from '../layout/truncate.js';
import { isolate } from '../model/bidi.js';
import { foldGroups, type CategoryGroup } from '../layout/categories.js';
import { layoutVerticalFitting, verticalPlotHeight, type VerticalCluster, type VerticalLayout, type VerticalLayoutOptions, type VerticalPlacedEvent } from '../layout/vertical.js';
import { layoutVerticalBands, type VerticalBand } from '../layout/vertical-bands.js';
import { tabStop, type FocusState, type Frame, type FrameCluster, type FrameEvent, type FrameGroup, type Plot, type PlotInput, type ViewLimits } from './frame.js';

/** Geometry of the vertical layout, in CSS pixels. */
/** The vertical layout's style sheet, adopted when it is first drawn or printed. */
export { vertical as verticalStyles } from '../styles/vertical.js';

export const VERTICAL = {
  pad: 16,
  perEvent: 28,
  minHeight: 400,
  maxHeight: 4000,
  lineHeight: 22,
  maxLines: 4,
  gap: 4,
  minColumnWidth: 120,
  clusterWidth: 52,
  axisGap: 10,
  labelPadding: 6,
  /** The row above the plot that holds the category bands' titles (group-by). */
  bandHeader: 24,
  /**
   * Narrowest band of a category; past what fits, the smallest categories share an "Other" band.
   * Where not even two bands fit, the events are not banded (their marks keep their colours).
   */
  minBandWidth: 130,
  /** The column beside the axis that holds era titles (only when the data has eras). */
  eraColumn: 18,
  /** Target distance between axis ticks. */
  tickSpacing: 90,
} as const;

/** The layout of one window, with its axis. */
interface WindowLayout {
  t0: number;
  t1: number;
  top: number;
  bottom: number;
  height: number;
  axisWidth: number;
  ticks: { y: number; text: string }[];
  layout: VerticalLayout;
  bands?: VerticalBand<CategoryGroup>[];
  y: (t: number) => number;
}

export class VerticalPlot implements Plot {
  readonly orientation = 'vertical' as const;
  private readonly cache = new Map<string, WindowLayout>();
  private readonly colors: Map<string, number>;
  /** The latest instant any event is drawn at (a point's middle, a span's end). */
  private readonly last: number;

  constructor(private readonly input: PlotInput) {
    this.colors = new Map(input.categories?.map((g) => [g.category, g.colorIndex]));
    let last = -Infinity;
    for (const e of input.data.events) last = Math.max(last, e.isSpan ? e.t1 : (e.t0 + e.t1) / 2);
    this.last = last;
  }

  frame(t: ViewTransform, focus: FocusState): Frame {
    const { width, data, markSize } = this.input;
    const view = this.windowAt(t);
    const { layout, axisWidth } = view;
    const drawn = (id: string) => layout.placedById.has(id);
    const firstDrawn = () => data.events.find((e) => drawn(e.id))?.id;
    const axisX = axisWidth + 2;
    return {
      orientation: 'vertical',
      width,
      height: view.height,
      axisLine: [axisX, view.top - 8, axisX, view.bottom + 8],
      ticks: view.ticks.map((tick) => ({
        line: [axisWidth - 3, tick.y, axisX, tick.y],
        grid: [axisX, tick.y, width, tick.y],
        text: { x: axisWidth - 6, y: tick.y, lines: [tick.text], anchor: 'end', lineHeight: 0 },
      })),
      eras: this.eras(view),
      groups: this.groups(view),
      events: layout.placed.map((p) => this.event(p, markSize)),
      clusters: layout.clusters.map((c) => this.cluster(c)),
      tabStop: tabStop(focus, drawn, undefined, firstDrawn),
      earlier: data.events.length > 0 && data.events[0].t0 < view.t0,
      later: this.last > view.t1,
    };
  }

  draws(id: string, t: ViewTransform): boolean {
    return this.windowAt(t).layout.placedById.has(id);
  }

  /** Any event: one outside the window or in a cluster is brought into view by zooming in. */
  reachable(): boolean {
    return true;
  }

  /**
   * Centres the window on the event, zooming in (twice at a time) while it is merged into a "+N"
   * cluster, up to the deepest zoom. Undefined when it is drawn already.
   */
  revealTransform(event: TimelineEvent, t: ViewTransform, { maxK, constrain }: ViewLimits): ViewTransform | undefined {
    if (this.draws(event.id, t)) return undefined;
    const { base } = this.input;
    const [left, right] = base.range();
    const mid = event.isSpan ? event.t0 : (event.t0 + event.t1) / 2;
    let k = t.k;
    let candidate = t;
    for (let i = 0; i < 24; i++) {
      candidate = constrain(new ViewTransform(k, (left + right) / 2 - base(mid) * k));
      if (this.draws(event.id, candidate) || k >= maxK) break;
      k = Math.min(maxK, k * 2);
    }
    return candidate;
  }

  zoomAnchor(_x: number, y: number, t: ViewTransform): number {
    const view = this.windowAt(t);
    const time = view.t0 + ((y - view.top) / Math.max(1, view.bottom - view.top)) * (view.t1 - view.t0);
    return t.applyX(this.input.base(Math.min(view.t1, Math.max(view.t0, time))));
  }

  logicalKey(key: string): string {
    return key === 'ArrowUp' ? 'ArrowLeft' : key === 'ArrowDown' ? 'ArrowRight' : key;
  }

  /** The layout of the window a transform shows, cached (a few windows: revealing tries some). */
  private windowAt(t: ViewTransform): WindowLayout {
    const scale = t.rescaleX(this.input.base);
    const [left, right] = this.input.base.range();
    const t0 = scale.invert(left).getTime();
    const t1 = scale.invert(right).getTime();
    const key = `${t0}|${t1}`;
    let view = this.cache.get(key);
    if (!view) {
      view = this.layoutWindow(t0, t1);
      if (this.cache.size >= 6) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, view);
    }
    return view;
  }

  private layoutWindow(t0: number, t1: number): WindowLayout {
    const { data, measure, width, markSize, finest, tickFormat } = this.input;
    const maxHeight = this.input.maxHeight ?? VERTICAL.maxHeight;
    const plot = verticalPlotHeight(data.events.length, { perEvent: VERTICAL.perEvent, min: VERTICAL.minHeight, max: maxHeight });
    // The axis is measured at the first height; a taller plot only spreads the same ticks.
    const ticks = axisTicks(createTimeScale([t0, t1], 0, plot), plot / VERTICAL.tickSpacing, finest, tickFormat);
    const axisWidth = Math.ceil(Math.max(28, ...ticks.map((tick) => measure(tick.text)))) + 10;
    const left = axisWidth + VERTICAL.axisGap + (data.eras.length > 0 ? VERTICAL.eraColumn : 0);
    const right = width - 2;
    const most = Math.floor((right - left) / VERTICAL.minBandWidth);
    const groups = this.input.bands && most >= 2 ? foldGroups(this.input.bands, most) : undefined;
    const top = VERTICAL.pad + (groups ? VERTICAL.bandHeader : 0);
    const options: VerticalLayoutOptions = {
      t0,
      t1,
      top,
      bottom: plot - VERTICAL.pad,
      left,
      right,
      lineHeight: VERTICAL.lineHeight,
      maxLines: VERTICAL.maxLines,
      gap: VERTICAL.gap,
      markWidth: markSize,
      labelPadding: VERTICAL.labelPadding,
      minColumnWidth: VERTICAL.minColumnWidth,
      clusterWidth: VERTICAL.clusterWidth,
    };
    const maxBottom = maxHeight - VERTICAL.pad;
    let layout: VerticalLayout;
    let bottom: number;
    let bands: VerticalBand<CategoryGroup>[] | undefined;
    if (groups) ({ layout, bottom, bands } = layoutVerticalBands(groups, measure, options, maxBottom));
    else ({ layout, bottom } = layoutVerticalFitting(data.events, measure, options, maxBottom));
    const y = createTimeScale([t0, t1], top, bottom);
    let height = bottom + VERTICAL.pad;
    for (const p of layout.placed) height = Math.max(height, p.extentBottom + 4);
    for (const c of layout.clusters) height = Math.max(height, c.y0 + Math.max(24, c.y1 - c.y0) + 4);
    return {
      t0,
      t1,
      top,
      bottom,
      height: Math.ceil(height),
      axisWidth,
      ticks: ticks.map((tick) => ({ y: y(tick.t), text: tick.text })),
      layout,
      bands,
      y: (t) => y(t),
    };
  }

  private event(p: VerticalPlacedEvent, mark: number): FrameEvent {
    const event = p.event;
    const textWidth = Math.max(0, ...p.lines.map((line) => this.input.measure(line)));
    const hitLeft = p.x - mark / 2 - 2;
    const hitRight = Math.max(p.x + mark / 2 + 2, p.labelX + Math.min(textWidth, p.labelWidth) + 2, hitLeft + 24);
    return {
      event,
      mark: event.isSpan
        ? { kind: 'span', x: p.x - mark / 3, y: p.y0, width: (2 * mark) / 3, height: Math.max(2, p.y1 - p.y0) }
        : { kind: 'point', cx: p.x, cy: p.y0, r: mark / 2 },
      // A space ends each wrapped line, so the label's text reads as the title (label in name).
      label: { x: p.labelX, y: p.y0, lines: p.lines.map((line, i) => (i < p.lines.length - 1 ? `${line} ` : line)), anchor: 'start', lineHeight: VERTICAL.lineHeight },
      hit: { x: hitLeft, y: p.extentTop - 1, width: hitRight - hitLeft, height: p.extentBottom - p.extentTop + 2 },
      anchor: { x: p.x, y: p.y0 },
      colorIndex: this.input.categories ? this.colors.get(event.category ?? '') : undefined,
    };
  }

  private cluster(c: VerticalCluster): FrameCluster {
    return {
      box: { x: c.x + 4, y: c.y0, width: VERTICAL.clusterWidth - 8, height: Math.max(24, c.y1 - c.y0) },
      text: { x: c.x + 12, y: c.y0 + 12 },
      events: c.events,
      t0: c.t0,
      t1: c.t1,
      first: c.first,
      last: c.last,
    };
  }

  /** Each category band's title, in the row above the plot, shortened to the band. */
  private groups(view: WindowLayout): FrameGroup[] {
    const { measure, words } = this.input;
    return (view.bands ?? []).map((band) => {
      const width = band.x1 - band.x0 - VERTICAL.gap;
      const y = VERTICAL.pad;
      // The category is isolated: a bidi control in it cannot move the count.
      const text = `${isolate(band.group.category, true) || words.uncategorized} (${band.group.events.length})`;
      return {
        group: band.group,
        band: { x: band.x0, y, width, height: VERTICAL.bandHeader - 6 },
        label: { x: band.x0 + 6, y: y + (VERTICAL.bandHeader - 6) / 2, lines: [truncateToWidth(text, width - 12, measure)], anchor: 'start', lineHeight: 0 },
      };
    });
  }

  /** Eras as bands across the plot, their titles running down the era column beside the axis. */
  private eras(view: WindowLayout) {
    const { data, width, measure } = this.input;
    if (data.eras.length === 0) return [];
    const x = view.axisWidth + 2;
    return layoutEras(data.eras, view.y, measure, { bounds: [view.top - 8, view.bottom + 8], padding: 4 }).map((p) => ({
      era: p.era,
      band: { x, y: p.x0, width: width - x, height: p.x1 - p.x0 },
      title: p.label
        ? { x: x + VERTICAL.axisGap / 2 + VERTICAL.eraColumn / 2, y: p.labelX, lines: [p.label], anchor: 'start' as const, lineHeight: 0, along: true }
        : undefined,
    }));
  }
}
