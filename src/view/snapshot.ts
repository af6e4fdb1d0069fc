/**
 * What a picture of the timeline (an export, the printed chronology) is made from: the element's
 * view context and plot build as they are now, laid out again for another width or orientation
 * with the same adapters and templates as the element.
 */
import { levelFor, type LevelLayout } from '../layout/zoom-levels.js';
import type { OrientationSetting } from '../layout/orientation.js';
import type { TimeScale } from '../layout/scale.js';
import type { TextMeasurer } from '../interaction/text-measure.js';
import { buildPlot, type PlotBuild, type PlotKey } from './build.js';
import type { ViewContext, ViewHandlers } from './context.js';
import type { Plot } from './frame.js';
import { identity, ViewTransform } from './transform.js';
// Pictures are made by modules loaded on demand (export, print): the vertical adapter comes with them.
import { VerticalPlot } from './vertical.js';
import * as categories from './categories.js';

/** The element's state, as a picture of it needs it. */
export interface TimelineSnapshot {
  view: ViewContext;
  /** What the element's plot was built from (data, locale, grouping, hidden categories, width). */
  build: PlotBuild;
  /** The element's `orientation` setting. */
  orientation: OrientationSetting;
  /** The element's computed style (sizes, fonts, colours). */
  style: CSSStyleDeclaration;
  measurer: TextMeasurer;
  /** The time window on screen. */
  window: { start: Date; end: Date } | null;
  /** The element's shadow root: a copy drawn there takes the element's styles. */
  root: HTMLElement | DocumentFragment;
}

/** Handlers that do nothing: a picture is not interactive. */
export const inert = new Proxy({}, { get: () => () => undefined }) as ViewHandlers;

/** Zoom levels laid out when asked, at once (a picture is made in one go). */
function levelsNow(): { reset(compute: (level: number) => LevelLayout): void; layoutFor(k: number): LevelLayout } {
  const levels = new Map<number, LevelLayout>();
  let compute: ((level: number) => LevelLayout) | undefined;
  return {
    reset: (c) => {
      compute = c;
      levels.clear();
    },
    layoutFor: (k) => {
      const level = levelFor(k);
      let layout = levels.get(level);
      if (!layout) levels.set(level, (layout = compute!(level)));
      return layout;
    },
  };
}

/** The element's plot laid out for `width` and `orientation` (vertical: up to `maxHeight` tall). */
export function plotFor(
  s: TimelineSnapshot,
  width: number,
  orientation: 'horizontal' | 'vertical',
  maxHeight?: number,
): { plot: Plot; base: TimeScale } | undefined {
  const b = s.build;
  const key: PlotKey = { width: width, locale: b.locale, orientation: orientation, groupBy: b.groupBy, hidden: b.hidden, data: b.data, metrics: b.metrics };
  const made = buildPlot(key, b, { style: s.style, measurer: s.measurer, levels: levelsNow(), vertical: VerticalPlot, categories: categories, maxHeight: maxHeight });
  return made.plot && made.base ? { plot: made.plot, base: made.base } : undefined;
}

/** The zoom transform that shows `window` on `base` (all of it: the identity). */
export function transformFor(base: TimeScale, window: { start: Date; end: Date } | null): ViewTransform {
  if (!window) return identity;
  const [left, right] = base.range();
  const x0 = base(window.start);
  const x1 = base(window.end);
  if (!(x1 - x0 > 0)) return identity;
  const k = (right - left) / (x1 - x0);
  return new ViewTransform(k, left - k * x0);
}
