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
 * Where to cut a drawing `height` tall into slices at most `max` tall: each cut is as low as it
 * can be, but never strictly inside a blocked interval. Where no such cut leaves a slice at least
 * `min` tall (a blocked run longer than a page), the slice is cut at `max` anyway. Returns the
 * cut positions in increasing order (none when the drawing fits in one slice).
 */
export function pageBreaks(height: number, blocked: readonly Blocked[], max: number, min = max / 4): number[] {
  if (!(max > 0) || !(height > max)) return [];
  const merged = merge(blocked);
  const cuts: number[] = [];
  let start = 0;
  while (height - start > max) {
    const limit = start + max;
    const inside = merged.find(([a, b]) => a < limit && b > limit);
    const cut = inside && inside[0] - start >= min ? inside[0] : limit;
    cuts.push(cut);
    start = cut;
  }
  return cuts;
}
