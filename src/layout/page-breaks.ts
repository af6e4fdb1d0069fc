/**
 * Cutting a tall drawing into slices that each fit on a printed page, never through a label:
 * the cuts fall between the intervals that must stay whole. Pure.
 */

/** An interval along the drawing's height, from `a` to `b`, that a cut must not pass through. */
export type Blocked = readonly [a: number, b: number];

/** The blocked intervals sorted and merged where they touch or overlap. */
function merge(blocked: readonly Blocked[]): [number, number][] {
  const sorted = blocked.filter(([a, b]) => b > a).map(([a, b]): [number, number] => [a, b]).sort((p, q) => p[0] - q[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * Where to cut a drawing `height` tall into slices about `max` tall (whole pixels), never through
 * a blocked interval: each cut is as low as it can be up to `max` below the last one. Where
 * intervals run on past that (labels side by side overlap along time), the slice grows to the end
 * of the run, up to `hardMax`; only a run longer than that is cut through, at `hardMax`. No
 * slice is shorter than `min` unless the drawing ends. Returns the cuts in increasing order
 * (none when the drawing fits in one slice).
 */
export function pageBreaks(height: number, blocked: readonly Blocked[], max: number, hardMax = max, min = max / 4): number[] {
  if (!(max > 0) || !(height > max)) return [];
  const merged = merge(blocked);
  const cuts: number[] = [];
  let start = 0;
  while (height - start > max) {
    const limit = start + max;
    const inside = merged.find(([a, b]) => a < limit && b > limit);
    let cut = limit;
    if (inside && inside[0] - start >= min) cut = Math.floor(inside[0]);
    else if (inside) cut = Math.min(Math.ceil(inside[1]), start + Math.max(max, hardMax));
    if (height - cut <= 0) break;
    cuts.push(cut);
    start = cut;
  }
  return cuts;
}
