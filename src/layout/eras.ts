import type { TimelineEra } from '../model/types.js';
import { truncateToWidth } from './truncate.js';

const ELLIPSIS = '\u2026';

/** An era as drawn: its band clipped to the plot, and its title shortened to fit the band. */
export interface PlacedEra {
  readonly era: TimelineEra;
  /** Left and right edges of the visible band, in pixels (x0 < x1). */
  readonly x0: number;
  readonly x1: number;
  /** The title as shown ('' when not even "…" fits), starting at `labelX`. */
  readonly label: string;
  readonly labelX: number;
}

export interface EraLayoutOptions {
  /** The plot's [left, right] in pixels; bands are clipped to it. */
  bounds: [number, number];
  /** Space between a band's left edge and its title, and before the next title or the band's end. */
  padding: number;
}

/**
 * Places eras (sorted by start) on a time scale `x`: each band is clipped to the bounds (an era
 * wholly outside is left out), and each title is shortened with "…" to fit inside its visible
 * band and to end before the next era's band begins, so that era titles, drawn in one row, never
 * overlap each other; a title of which not even one character fits is left out. Pure: text width
 * comes from `measure`.
 */
export function layoutEras(
  eras: readonly TimelineEra[],
  x: (t: number) => number,
  measure: (text: string) => number,
  { bounds: [left, right], padding }: EraLayoutOptions,
): PlacedEra[] {
  const bands = eras
    .map((era) => ({ era, x0: Math.max(left, x(era.t0)), x1: Math.min(right, x(era.t1)) }))
    .filter((band) => band.x1 - band.x0 >= 1)
    .sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
  return bands.map((band, i) => {
    // Titles start at their band's left edge: one ends before the next band's (of two bands that
    // start together, the wider one, sorted after, keeps the title).
    const next = bands[i + 1];
    const labelX = band.x0 + padding;
    const limit = Math.min(band.x1, next ? next.x0 : Infinity) - padding;
    const fitted = band.era.title === '' || limit <= labelX ? '' : truncateToWidth(band.era.title, limit - labelX, measure);
    // A lone "…" says nothing: the band then goes untitled (its name stays in its accessible name).
    return { ...band, label: fitted === ELLIPSIS ? '' : fitted, labelX };
  });
}
