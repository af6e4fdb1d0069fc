/**
 * Measures the horizontal layout without the element: how long `layoutLevel` takes for the
 * synthetic benchmark data, and where the labels go in the fitted view of 5,000 events (labelled
 * events per tenth of the axis). Runs in a browser page (bench/layout.mjs drives it) so that
 * label widths come from the canvas, as in the element. Sizes and limits are the element's.
 */
import { normalizeEvents } from '../src/model/normalize';
import type { TimelineEvent } from '../src/model/types';
import { createTimeScale, timeExtent } from '../src/layout/scale';
import { markExtent } from '../src/layout/timeline-layout';
import { layoutLevel } from '../src/layout/zoom-levels';
import { generateEvents } from '../demo/generate';
import { syntheticEvents } from './synthetic';

/** The element's layout options (src/event-timeline.component.ts). */
const OPTIONS = { markWidth: 12, labelPadding: 6, gap: 10, maxLanes: 10, minLabelWidth: 56, clusterBadgeWidth: 40, clusterMaxWidth: 96, margin: 16 };
const MARGIN_X = 16;

function canvasMeasure(font: string): (text: string) => number {
  const context = new OffscreenCanvas(1, 1).getContext('2d')!;
  context.font = font;
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) cache.set(text, (w = context.measureText(text).width));
    return w;
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds `layoutLevel` takes (median and least of `runs`, after one warm-up) per size and level. */
export function timeLayouts(sizes: number[], levels: number[], runs: number, width = 1280) {
  const measure = canvasMeasure('13px system-ui');
  const rows: { events: number; level: number; ms: number; min: number; placed: number; clusters: number }[] = [];
  for (const n of sizes) {
    const events = normalizeEvents(syntheticEvents(n, 1)).events;
    const widths = Float64Array.from(events, (e) => measure(e.title));
    const base = createTimeScale(timeExtent(events), MARGIN_X, width - MARGIN_X);
    for (const level of levels) {
      const times: number[] = [];
      let last;
      for (let r = 0; r <= runs; r++) {
        const t = performance.now();
        last = layoutLevel(events, base, level, measure, OPTIONS, widths);
        if (r > 0) times.push(performance.now() - t);
      }
      rows.push({ events: n, level, ms: median(times), min: Math.min(...times), placed: last!.layout.placed.length, clusters: last!.layout.clusters.length });
    }
  }
  return rows;
}

/** Counts of labelled events, and of all events, in `stretches` equal stretches of the plot. */
export function labelSpread(events: readonly TimelineEvent[], stretches: number, width = 1280, level = 1) {
  const measure = canvasMeasure('13px system-ui');
  const base = createTimeScale(timeExtent(events), MARGIN_X, width - MARGIN_X);
  const layout = layoutLevel(events, base, level, measure, OPTIONS).layout;
  const x = (t: number) => base(t);
  const plot = width - 2 * MARGIN_X;
  const bin = (e: TimelineEvent) => Math.min(stretches - 1, Math.max(0, Math.floor(((markExtent(e, x)[0] - MARGIN_X) / plot) * stretches)));
  const labelled = new Array<number>(stretches).fill(0);
  const all = new Array<number>(stretches).fill(0);
  for (const p of layout.placed) labelled[bin(p.event)]++;
  for (const e of events) all[bin(e)]++;
  const clusterWidths = layout.clusters.map((c) => c.x1 - c.x0);
  // Labelled / all events by importance (absent counts as 0).
  const byImportance: Record<string, [number, number]> = {};
  for (const e of events) (byImportance[e.importance ?? 0] ??= [0, 0])[1]++;
  for (const p of layout.placed) byImportance[p.event.importance ?? 0][0]++;
  return {
    labelled,
    all,
    total: layout.placed.length,
    clusters: layout.clusters.length,
    lanes: layout.laneCount,
    widestCluster: Math.max(0, ...clusterWidths),
    shortened: layout.placed.filter((p) => p.label !== p.event.title).length,
    byImportance,
  };
}

/** 5,000 events spread evenly over 1850–2024 (day dates), titled like the demo's. */
export function evenEvents(count = 5000): TimelineEvent[] {
  const titles = generateEvents({ count, seed: 1850, fromYear: 1850, toYear: 2024 }).map((e) => e.title);
  const t0 = Date.UTC(1850, 0, 1);
  const t1 = Date.UTC(2024, 11, 31);
  const input = titles.map((title, i) => ({ id: `even-${i}`, start: new Date(t0 + ((i + 0.5) / count) * (t1 - t0)).toISOString().slice(0, 10), title }));
  return normalizeEvents(input).events;
}

/** The 5,000-event demo page's data. */
export function demoEvents(): TimelineEvent[] {
  return normalizeEvents(generateEvents({ count: 5000, seed: 1850, fromYear: 1850, toYear: 2024 })).events;
}

declare global {
  interface Window {
    layoutMeasurements: (what: { sizes: number[]; levels: number[]; runs: number }) => unknown;
  }
}

window.layoutMeasurements = ({ sizes, levels, runs }) => ({
  spread: {
    even: { tenths: labelSpread(evenEvents(), 10), forties: labelSpread(evenEvents(), 40) },
    demo: { tenths: labelSpread(demoEvents(), 10), forties: labelSpread(demoEvents(), 40) },
  },
  timing: timeLayouts(sizes, levels, runs),
});
