/**
 * Culling: which items to put in the DOM for the visible window. Pure; two
 * binary searches over the sorted mark starts.
 */

/**
 * The half-open index range `[from, to)` of the items whose extent can
 * intersect `[viewX0 - margin, viewX1 + margin]`.
 *
 * Each item's extent is taken to lie within `[x0, x0 + maxExtentWidth]`:
 * pass as `maxExtentWidth` the largest distance any extent reaches right of
 * its `x0` (label or span end), and a `margin` of at least `markWidth / 2`
 * so that a mark whose left half pokes into the window is kept. The range is
 * conservative: it may hold items just outside the window, never misses one
 * inside. Empty (`from === to`) when nothing can be visible.
 *
 * @param sortedX0 mark starts, ascending, in the same px as the window.
 */
export function visibleRange(
  sortedX0: Float64Array,
  maxExtentWidth: number,
  viewX0: number,
  viewX1: number,
  margin: number,
): [from: number, to: number] {
  const from = lowerBound(sortedX0, viewX0 - margin - Math.max(0, maxExtentWidth));
  const to = upperBound(sortedX0, viewX1 + margin);
  return [from, Math.max(from, to)];
}

/** First index whose value is `>= x` (length when none). */
function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is `> x` (length when none). */
function upperBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
