/**
 * Building the plot: what the data, the width, the locale, the orientation and the categories
 * make of it — measured titles, the zoom's base scale, the orientation adapter, the overview's
 * density. Done again only when one of those changes.
 */
import type { NormalizedData } from '../model/types.js';
import { createTimeScale, timeExtent, type TimeScale } from '../layout/scale.js';
import { finestPrecision, viewLimits, type LevelLayout } from '../layout/zoom-levels.js';
import type { CategoryGroup } from '../layout/categories.js';
import { createTickFormat } from '../time/format.js';
import type { Precision } from '../time/partial-date.js';
import { messagesFor } from '../messages/index.js';
import type { TextMeasurer, TextMetrics } from '../interaction/text-measure.js';
import type { Plot, PlotInput } from './frame.js';
import { HorizontalPlot, HORIZONTAL } from './horizontal.js';
import type { VerticalPlot } from './vertical.js';

/** What the plot is built from: a change to any of these builds it anew. */
export interface PlotKey {
  width: number;
  locale: string;
  orientation: 'horizontal' | 'vertical';
  groupBy: string;
  hidden: ReadonlySet<string>;
  data: NormalizedData;
  /** How text is measured: a canvas, or as the server did (the render that hydrates its HTML must draw the same). */
  metrics: TextMetrics;
}

/** What the plot was built from, and what building it measured. */
export interface PlotBuild extends PlotKey {
  font: string;
  titleWidths: Float64Array;
  categories?: CategoryGroup[];
}

/** True when the plot built from `built` is the one `key` asks for. */
export function samePlot(built: PlotBuild, key: PlotKey): boolean {
  return (Object.keys(key) as (keyof PlotKey)[]).every((name) => built[name] === key[name]);
}

/** The style values a build reads: the element's computed style, or the defaults on the server. */
export type StyleSource = Pick<CSSStyleDeclaration, 'getPropertyValue' | 'fontFamily'>;

/**
 * What the element hands over: its computed style (sizes, font), its text measurer, its level
 * cache, and the vertical orientation's adapter once that module has loaded (it loads on demand).
 */
export interface BuildEnvironment {
  style: StyleSource;
  measurer: TextMeasurer;
  levels: { reset(compute: (level: number) => LevelLayout, eventCount: number, minK?: number): void; layoutFor(k: number): LevelLayout };
  vertical?: typeof VerticalPlot;
  /** Vertical layout: the tallest the plot may grow (see `PlotInput.maxHeight`). */
  maxHeight?: number;
  /** Category bands (group-by), once that module has loaded (it loads on demand). */
  categories?: typeof import('./categories.js');
}

/**
 * Builds the plot for `key`, reusing the measured titles of `previous` when the data and font are
 * the same. No plot before the width is known, nor for the vertical orientation before its module
 * has loaded.
 */
export function buildPlot(
  key: PlotKey,
  previous: PlotBuild | undefined,
  { style, measurer, levels, vertical, maxHeight, categories: grouping }: BuildEnvironment,
): { build: PlotBuild; plot?: Plot; base?: TimeScale; finest: Precision } {
  const { width, data } = key;
  measurer.setMetrics(key.metrics);
  measurer.setFont(`${style.getPropertyValue('--event-timeline-label-size').trim() || '13px'} ${style.fontFamily}`);
  const font = measurer.font;
  const titleWidths = previous?.data === data && previous.font === font ? previous.titleWidths : Float64Array.from(data.events, (e) => measurer.measure(e.title));
  const categories = key.groupBy === 'category' && grouping ? grouping.groupByCategory(data.events, titleWidths) : undefined;
  const finest = finestPrecision(data.events);
  const build: PlotBuild = { ...key, font, titleWidths, categories };
  if (width <= 0 || (key.orientation === 'vertical' && !vertical)) return { build, finest };
  const base = createTimeScale(timeExtent(data.events), HORIZONTAL.margin, width - HORIZONTAL.margin);
  const messages = messagesFor(key.locale);
  const input: PlotInput = {
    data,
    width,
    laneHeight: Math.max(24, parseFloat(style.getPropertyValue('--event-timeline-lane-height')) || 32),
    markSize: Math.min(24, Math.max(6, parseFloat(style.getPropertyValue('--event-timeline-mark-size')) || 12)),
    measure: measurer.measure,
    tickFormat: createTickFormat(key.locale),
    base,
    finest,
    titleWidths,
    categories,
    bands: categories?.filter((g) => !key.hidden.has(g.category)),
    words: { uncategorized: messages.uncategorized, era: messages.era },
    maxHeight,
  };
  if (vertical && key.orientation === 'vertical') return { build, plot: new vertical(input), base, finest };
  const plot = grouping && input.bands ? new grouping.GroupedHorizontalPlot({ ...input, bands: input.bands }, levels) : new HorizontalPlot(input, levels);
  levels.reset(plot.layoutLevel, data.events.length, viewLimits(finest, base, width).scaleExtent[0]);
  return { build, plot, base, finest };
}
