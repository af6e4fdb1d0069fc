/**
 * The horizontal orientation: time runs left to right, events in lanes under the axis. Labels
 * are laid out once per zoom level (see `layout/zoom-levels.ts`, cached by the level-cache
 * controller); a frame only scales, shifts and culls what is laid out. Pure.
 */
import { ViewTransform } from './transform.js';
import type { TimelineEvent } from '../model/types.js';
import { layoutEras } from '../layout/eras.js';
import { axisTicks } from '../layout/ticks.js';
import { layoutLevel, type LevelLayout } from '../layout/zoom-levels.js';
import type { PlacedCluster, PlacedEvent } from '../layout/timeline-layout.js';
import { tabStop, type FocusState, type Frame, type FrameCluster, type FrameEra, type FrameEvent, type FrameGroup, type Plot, type PlotInput, type ViewLimits } from './frame.js';

/** Geometry of the horizontal layout, in CSS pixels. */
export const HORIZONTAL = {
  /** Room left and right of the data's extent. */
  margin: 16,
  axisHeight: 30,
  /** The row under the axis that holds era titles (only when the data has eras). */
  eraRow: 18,
  labelPadding: 6,
  gap: 10,
  minLabelWidth: 56,
  clusterBadgeWidth: 40,
  clusterMaxWidth: 96,
  maxLanes: 10,
  /** Lanes per category band in grouped layouts. */
  groupLanes: 4,
  /** Most category bands; the smallest categories past these share an "Other" band. */
  maxBands: 8,
  /** Target distance between axis ticks. */
  tickSpacing: 110,
} as const;

/**
 * The horizontal adapter. Category bands (group-by) are its subclass `GroupedHorizontalPlot`
 * (`view/categories.ts`), which loads with the categories only when asked for.
 */
export class HorizontalPlot implements Plot {
  readonly orientation = 'horizontal' as const;
  private readonly colors: Map<string, number>;
  private readonly eraRow: number;

  constructor(
    protected readonly input: PlotInput,
    /** The layouts per zoom level, cached (see the level-cache controller, which calls `layoutLevel`). */
    private readonly levels: { layoutFor(k: number): LevelLayout },
  ) {
    this.colors = new Map(input.categories?.map((g) => [g.category, g.colorIndex]));
    this.eraRow = input.data.eras.length > 0 ? HORIZONTAL.eraRow : 0;
  }

  /** Lays out the events at a zoom level (see `layoutLevel`): what the level cache stores. */
  readonly layoutLevel = (level: number): LevelLayout => this.layOut(level, this.levelOptions(HORIZONTAL.maxLanes));

  protected layOut(level: number, options: ReturnType<HorizontalPlot['levelOptions']>): LevelLayout {
    const { data, base, measure } = this.input;
    return layoutLevel(data.events, base, level, measure, options, this.input.titleWidths);
  }

  protected levelOptions(maxLanes: number) {
    return {
      markWidth: this.input.markSize,
      labelPadding: HORIZONTAL.labelPadding,
      gap: HORIZONTAL.gap,
      maxLanes,
      minLabelWidth: HORIZONTAL.minLabelWidth,
      clusterBadgeWidth: HORIZONTAL.clusterBadgeWidth,
      clusterMaxWidth: HORIZONTAL.clusterMaxWidth,
      margin: HORIZONTAL.margin,
    };
  }

  /** The titles of the category bands in a level's layout (none without group-by). */
  protected groups(_level: LevelLayout): FrameGroup[] {
    return [];
  }

  private layoutFor(k: number): LevelLayout {
    return this.levels.layoutFor(k);
  }

  frame(t: ViewTransform, focus: FocusState): Frame {
    const { width, laneHeight, data } = this.input;
    const level = this.layoutFor(t.k);
    const s = t.k / level.level;
    const rows = Math.max(1, level.layout.rowCount);
    const height = HORIZONTAL.axisHeight + this.eraRow + rows * laneHeight + 8;
    // What is in (or next to) the window, in the level's coordinates, in the layout's own order.
    const margin = width * 0.1;
    const a = (-margin - t.x) / s;
    const b = (width + margin - t.x) / s;
    const indexes = level.placedIndex.query(a, b);
    let first: PlacedEvent | undefined;
    for (const i of indexes) {
      const p = level.layout.placed[i];
      if (s * p.x1 + t.x >= 0 && s * p.x0 + t.x <= width && (!first || p.event.t0 < first.event.t0 || (p.event.t0 === first.event.t0 && p.event.index < first.event.index))) first = p;
    }
    const drawn = (id: string) => level.placedById.has(id);
    const stop = tabStop(focus, drawn, first?.event.id, () => data.events.find((e) => drawn(e.id))?.id);
    // The tab stop stays in the DOM even when scrolled out of view.
    const keep = stop === undefined ? undefined : level.placedById.get(stop);
    if (keep !== undefined && !indexes.includes(keep)) {
      indexes.push(keep);
      indexes.sort((p, q) => p - q);
    }
    const scale = t.rescaleX(this.input.base);
    const axisY = HORIZONTAL.axisHeight - 6;
    return {
      orientation: 'horizontal',
      width,
      height,
      axisLine: [0, axisY, width, axisY],
      ticks: axisTicks(scale, width / HORIZONTAL.tickSpacing, this.input.finest, this.input.tickFormat).map((tick) => {
        const x = scale(tick.t);
        return {
          line: [x, axisY - 5, x, axisY],
          grid: [x, axisY, x, height],
          text: { x, y: HORIZONTAL.axisHeight - 16, lines: [tick.text], anchor: 'middle', lineHeight: 0 },
        };
      }),
      eras: this.eras((time) => scale(time), height),
      groups: this.groups(level),
      events: indexes.map((i) => this.event(level.layout.placed[i], s, t.x)),
      clusters: level.clusterIndex.query(a, b).map((i) => this.cluster(level.layout.clusters[i], level.layout.laneCount, s, t.x)),
      tabStop: stop,
      earlier: false,
      later: false,
    };
  }

  draws(id: string, t: ViewTransform): boolean {
    return this.layoutFor(t.k).placedById.has(id);
  }

  reachable(id: string, t: ViewTransform): boolean {
    return this.draws(id, t);
  }

  revealTransform(event: TimelineEvent, t: ViewTransform, { maxK }: ViewLimits): ViewTransform | undefined {
    const { base } = this.input;
    const [left, right] = base.range();
    const level = this.layoutFor(t.k);
    const at = level.placedById.get(event.id);
    if (at !== undefined) {
      // Drawn: pan it into view when it is out of view.
      const p = level.layout.placed[at];
      const s = t.k / level.level;
      const x0 = s * p.x0 + t.x;
      const x1 = s * p.x1 + t.x;
      if (x0 >= left && x0 <= right) return undefined;
      const shift = x1 - x0 > right - left ? x0 - left - 8 : (x0 + x1) / 2 - (left + right) / 2;
      return new ViewTransform(t.k, t.x - shift);
    }
    // In a cluster: zoom in around it, to a few times its length (a sixty-fourth of the data at least).
    const [d0, d1] = base.domain().map((d) => d.getTime());
    const view = Math.min(d1 - d0, Math.max(Math.max(event.t1 - event.t0, 1) * 3, (d1 - d0) / 64));
    const mid = (event.t0 + event.t1) / 2;
    const k = Math.min(maxK, (right - left) / Math.max(1e-9, base(mid + view / 2) - base(mid - view / 2)));
    return new ViewTransform(k, (left + right) / 2 - base(mid) * k);
  }

  zoomAnchor(x: number): number {
    return x;
  }

  logicalKey(key: string, rtl: boolean): string {
    if (!rtl) return key;
    return key === 'ArrowLeft' ? 'ArrowRight' : key === 'ArrowRight' ? 'ArrowLeft' : key;
  }

  protected laneY(lane: number): number {
    const { laneHeight } = this.input;
    return HORIZONTAL.axisHeight + this.eraRow + lane * laneHeight + laneHeight / 2;
  }

  /** One event; positions come from its level layout, scaled by s and shifted by tx. Labels keep their size. */
  private event(p: PlacedEvent, s: number, tx: number): FrameEvent {
    const { markSize, laneHeight } = this.input;
    const event = p.event;
    const y = this.laneY(p.lane);
    const x0 = s * p.x0 + tx;
    const x1 = s * p.x1 + tx;
    const labelX = x0 + (p.labelX - p.x0);
    const left = Math.min(x0 - markSize / 2, labelX) - 2;
    const right = Math.max(x1, x0 + markSize / 2, labelX + p.labelWidth, left + 22) + 2;
    const boxHeight = Math.max(24, laneHeight - 4);
    return {
      event,
      mark: event.isSpan ? { kind: 'span', x: x0, y: y - 8, width: Math.max(2, x1 - x0), height: 16 } : { kind: 'point', cx: x0, cy: y, r: markSize / 2 },
      label: { x: labelX, y, lines: [p.label], anchor: 'start', lineHeight: 0 },
      hit: { x: left, y: y - boxHeight / 2, width: right - left, height: boxHeight },
      anchor: { x: (x0 + x1) / 2, y },
      colorIndex: this.input.categories ? this.colors.get(event.category ?? '') : undefined,
    };
  }

  private cluster(c: PlacedCluster, laneCount: number, s: number, tx: number): FrameCluster {
    const y = this.laneY(c.row ?? laneCount);
    const x = s * c.x0 + tx;
    const width = Math.max(HORIZONTAL.clusterBadgeWidth, s * (c.x1 - c.x0));
    return { box: { x, y: y - 12, width, height: 24 }, text: { x: x + 8, y }, events: c.events, t0: c.t0, t1: c.t1, first: c.first, last: c.last };
  }

  /** Eras as bands from the axis line down, titled in the era row (shortened to their band). */
  private eras(x: (t: number) => number, height: number): FrameEra[] {
    const { data, width, measure } = this.input;
    if (data.eras.length === 0) return [];
    const top = HORIZONTAL.axisHeight - 6;
    return layoutEras(data.eras, x, measure, { bounds: [0, width], padding: 4 }).map((p) => ({
      era: p.era,
      band: { x: p.x0, y: top, width: p.x1 - p.x0, height: height - top },
      title: p.label ? { x: p.labelX, y: HORIZONTAL.axisHeight + HORIZONTAL.eraRow / 2, lines: [p.label], anchor: 'start', lineHeight: 0, along: false } : undefined,
    }));
  }
}
