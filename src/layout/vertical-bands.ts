/**
 * The vertical layout in category bands: the columns' room is cut into one band per category,
 * side by side, each laid out on its own by `layoutVertical` over the same time window, so the
 * events of one category never share a column with another's. As in the single layout, the plot
 * grows until nothing has to merge into a "+N" cluster, up to a limit. Pure.
 */
import type { TimelineEvent } from '../model/types.js';
import { layoutVertical, type VerticalLayout, type VerticalLayoutOptions } from './vertical.js';

/** One band of a banded vertical layout. */
export interface VerticalBand<G> {
  group: G;
  /** Left and right edge of the band. */
  x0: number;
  x1: number;
  layout: VerticalLayout;
}

/**
 * Lays out each group's events in its own band of columns, the bands of equal width from
 * `options.left` to `options.right`. The plot's `bottom` grows by half its height at a time, up to
 * `maxBottom`, while any band still clusters events. Returns the bands, the merged layout (placed
 * events and clusters of all bands; `placedById` over all) and the `bottom` used.
 */
export function layoutVerticalBands<G extends { events: readonly TimelineEvent[] }>(
  groups: readonly G[],
  measure: (text: string) => number,
  options: VerticalLayoutOptions,
  maxBottom: number,
): { bands: VerticalBand<G>[]; layout: VerticalLayout; bottom: number } {
  const width = (options.right - options.left) / Math.max(1, groups.length);
  const attempt = (bottom: number) =>
    groups.map((group, i): VerticalBand<G> => {
      const x0 = options.left + i * width;
      const x1 = x0 + width;
      return { group, x0, x1, layout: layoutVertical(group.events, measure, { ...options, left: x0, right: x1 - options.gap, bottom }) };
    });
  let bottom = options.bottom;
  let bands = attempt(bottom);
  while (bands.some((b) => b.layout.clusters.length > 0) && bottom < maxBottom) {
    bottom = Math.min(maxBottom, options.top + (bottom - options.top) * 1.5);
    bands = attempt(bottom);
  }
  const placed: VerticalLayout['placed'] = [];
  const clusters: VerticalLayout['clusters'] = [];
  const placedById = new Map<string, number>();
  let columnCount = 0;
  for (const band of bands) {
    for (const p of band.layout.placed) {
      placedById.set(p.event.id, placed.length);
      placed.push(p);
    }
    clusters.push(...band.layout.clusters);
    columnCount += band.layout.columnCount;
  }
  placed.sort((a, b) => a.y0 - b.y0 || a.event.t0 - b.event.t0 || a.x - b.x);
  placed.forEach((p, i) => placedById.set(p.event.id, i));
  return { bands, layout: { placed, clusters, columnCount, columnWidth: bands[0]?.layout.columnWidth ?? width, placedById }, bottom };
}
