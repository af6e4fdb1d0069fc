/**
 * Which items keep their labels when not all fit: priority-ordered placement, as in
 * cartographic label selection. Items are ranked once, independently of the zoom level: by
 * importance (higher first), then by a tier (for bars: {@link barTier}), then, within a class of
 * equal importance and tier, in a spread order over their positions (their times): the item nearest the middle of the class's span first, then those
 * nearest the middles of the two halves, then of the four quarters, … (each level of halving in
 * bit-reversed order). So the first items of any class are spread evenly over its span, never
 * taken from its start; items at one position (a pile-up) are taken from the middle of their
 * input order outwards.
 *
 * An item is chosen when, counting every item ranked before it (chosen or not), no point of its
 * interval is covered by `maxDepth` or more of them. So at every point at most `maxDepth` chosen
 * intervals meet (the last-ranked of any `maxDepth + 1` meeting ones would have been refused),
 * and a sweep by left edge fits the chosen items into `maxDepth` lanes. The choice only looks at
 * which intervals intersect; when intersections only ever disappear (zooming in spreads marks
 * apart while labels keep their size), an item chosen once stays chosen: zooming in only adds
 * labels. Blockers count whether or not they were chosen themselves; that is what makes the
 * choice monotone (a greedy "fit if it still fits" is not: an item let in at a finer zoom can
 * push out one that fitted at the coarser zoom).
 *
 * Pure; O(n log n) time, O(n) memory.
 */

/**
 * The order in which items are placed: by `importance` (higher first; missing or not finite
 * counts as 0), then by `tier` (higher first; default 0), ties in spread order over `position`
 * (by default the index). Deterministic.
 */
export function placementOrder(
  n: number,
  importance?: (i: number) => number | undefined,
  position?: (i: number) => number,
  tier?: (i: number) => number,
): Int32Array {
  const order = new Int32Array(n);
  if (n === 0) return order;
  const weight = new Float64Array(n);
  const tiers = new Float64Array(n);
  let mixed = false;
  for (let i = 0; i < n; i++) {
    const w = importance ? importance(i) : 0;
    weight[i] = typeof w === 'number' && Number.isFinite(w) ? w : 0;
    const t = tier ? tier(i) : 0;
    tiers[i] = Number.isFinite(t) ? t : 0;
    if (weight[i] !== weight[0] || tiers[i] !== tiers[0]) mixed = true;
  }
  const at = new Float64Array(n);
  for (let i = 0; i < n; i++) at[i] = position ? position(i) : i;
  // Classes of equal importance and tier, most important (then highest tier) first, each in
  // index order, then sorted by position (ties by index): usually already so.
  const members = new Int32Array(n);
  const bounds: number[] = [0];
  if (!mixed) {
    for (let i = 0; i < n; i++) members[i] = i;
    bounds.push(n);
  } else {
    // Few distinct importances and tiers, as a rule: classes by a counting sort; else one sort.
    const weights = distinct(weight, 64);
    const tierValues = distinct(tiers, 64);
    if (weights && tierValues) {
      const classOf = new Int32Array(n);
      const count = new Int32Array(weights.length * tierValues.length);
      for (let i = 0; i < n; i++) {
        classOf[i] = weights.indexOf(weight[i]) * tierValues.length + tierValues.indexOf(tiers[i]);
        count[classOf[i]]++;
      }
      const start = new Int32Array(count.length);
      let offset = 0;
      for (let c = 0; c < count.length; c++) {
        start[c] = offset;
        offset += count[c];
        if (count[c] > 0) bounds.push(offset);
      }
      for (let i = 0; i < n; i++) members[start[classOf[i]]++] = i;
    } else {
      const sorted = Array.from({ length: n }, (_, i) => i).sort((p, q) => weight[q] - weight[p] || tiers[q] - tiers[p] || p - q);
      members.set(sorted);
      for (let k = 1; k < n; k++) if (weight[sorted[k]] !== weight[sorted[k - 1]] || tiers[sorted[k]] !== tiers[sorted[k - 1]]) bounds.push(k);
      bounds.push(n);
    }
  }
  let filled = 0;
  for (let c = 0; c + 1 < bounds.length; c++) {
    const from = bounds[c];
    const to = bounds[c + 1];
    let sorted = true;
    for (let k = from + 1; k < to && sorted; k++) if (at[members[k]] < at[members[k - 1]]) sorted = false;
    // (An array's sort with a comparator is much faster than a typed array's.)
    if (!sorted) members.set(Array.from(members.subarray(from, to)).sort((p, q) => at[p] - at[q] || p - q), from);
    const spots = Float64Array.from(members.subarray(from, to), (i) => at[i]);
    filled = spreadInto(members.subarray(from, to), spots, 0, to - from, order, filled);
  }
  return order;
}

/**
 * How long a bar is, in steps: 0 for a point or a bar shorter than 1/64 of `extent` (the span of
 * all items), else 1 + ⌊log2(64 · length / extent)⌋ (so 5 from a quarter of `extent` on).
 */
export function lengthTier(length: number, extent: number): number {
  if (!(length > 0) || !(extent > 0)) return 0;
  const share = (64 * length) / extent;
  return share < 1 ? 0 : 1 + Math.floor(Math.log2(share));
}

/** Bars at least this tier (a quarter of the span of all items) are major periods. */
const MAJOR_TIER = 5;

/**
 * The `tier` of a bar for {@link placementOrder} (higher first), among items of equal importance:
 * major periods (a quarter of the span of all items or longer) first, the longest first; then
 * points and bars shorter than 1/64 of it; then the bars in between, the shortest first. A bar
 * holds its lane all along: ranked before the events it covers, a middling bar would take their
 * room, and ranked after them but refused, it would still crowd them; ranked after them it gets
 * the room they leave. A major period is context worth a lane (like an era).
 */
export function barTier(length: number, extent: number): number {
  const tier = lengthTier(length, extent);
  return tier >= MAJOR_TIER ? tier : tier === 0 ? 0 : -tier;
}

/** The distinct values, largest first, or undefined when there are more than `most`. */
function distinct(values: Float64Array, most: number): number[] | undefined {
  const found: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (found.indexOf(v) < 0) {
      if (found.length === most) return undefined;
      found.push(v);
    }
  }
  return found.sort((a, b) => b - a);
}

/** Rank of each item (0 = placed first) for a placement order. */
export function ranksOf(order: Int32Array): Int32Array {
  const rank = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) rank[order[k]] = k;
  return rank;
}

/**
 * Appends `members[start..end)` (sorted by `spots`, their positions) to `out` at `filled` in
 * spread order: the member nearest the middle of the run's span, then, in each part left and
 * right of it, the one nearest the middle of that part's half of the span, and so on, level by
 * level, each level in bit-reversed order (all left parts, then all right parts, of the level
 * before). Among members at the same position, the middle one of the run is taken.
 */
function spreadInto(members: Int32Array, spots: Float64Array, start: number, end: number, out: Int32Array, filled: number): number {
  // A level: parts [from, to) of the run, each with the span [low, high] it divides.
  let from = [start];
  let to = [end];
  let low = [spots[start]];
  let high = [spots[end - 1]];
  while (from.length > 0) {
    const lefts: number[][] = [[], [], [], []];
    const rights: number[][] = [[], [], [], []];
    for (let k = 0; k < from.length; k++) {
      const a = from[k];
      const b = to[k];
      const middle = low[k] + (high[k] - low[k]) / 2;
      // The member nearest the middle, then the middle of the members at its position.
      let near = lowerBound(spots, middle, a, b);
      if (near === b || (near > a && middle - spots[near - 1] < spots[near] - middle)) near--;
      const first = lowerBound(spots, spots[near], a, b);
      const last = upperBound(spots, spots[near], a, b);
      const p = (first + last) >>> 1;
      out[filled++] = members[p];
      if (a < p) push(lefts, a, p, low[k], middle);
      if (p + 1 < b) push(rights, p + 1, b, middle, high[k]);
    }
    from = lefts[0].concat(rights[0]);
    to = lefts[1].concat(rights[1]);
    low = lefts[2].concat(rights[2]);
    high = lefts[3].concat(rights[3]);
  }
  return filled;
}

function push(parts: number[][], from: number, to: number, low: number, high: number): void {
  parts[0].push(from);
  parts[1].push(to);
  parts[2].push(low);
  parts[3].push(high);
}

/**
 * Chooses items in `order`: item `i` takes the half-open interval `[left[i], end[i])` (a single
 * point `left[i]` when `end[i] <= left[i]`) and is chosen when fewer than `maxDepth` intervals of
 * items earlier in `order` cover any one point of it. Returns 1 for chosen items, 0 for others.
 *
 * Computed offline: an item is chosen exactly when, at every point of its interval, it is among
 * the `maxDepth` earliest-ordered intervals covering that point. A sweep along the axis finds,
 * at each left edge, the `maxDepth`-th smallest rank among the intervals covering it (a Fenwick
 * tree over ranks); an item is chosen when its rank is at most the least of those over its
 * interval (a static minimum tree). O(n log n).
 */
export function chooseByDepth(left: Float64Array, end: Float64Array, order: Int32Array, maxDepth: number): Uint8Array {
  const n = left.length;
  const chosen = new Uint8Array(n);
  if (n === 0 || maxDepth <= 0) return chosen;
  // The most intervals that share a point always share a left edge (the rightmost left edge
  // among them): the left edges are the points to look at.
  const sorted = Float64Array.from(left).sort();
  let size = 0;
  for (let k = 0; k < n; k++) if (k === 0 || sorted[k] !== sorted[size - 1]) sorted[size++] = sorted[k];
  const points = sorted.subarray(0, size);
  // Item i covers the points from[i] .. to[i] - 1.
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    from[i] = lowerBound(points, left[i]);
    to[i] = Math.max(from[i] + 1, lowerBound(points, end[i]));
  }
  const rank = new Int32Array(n);
  for (let k = 0; k < n; k++) rank[order[k]] = k;
  const starting = bucket(from, size);
  const ending = bucket(to, size + 1);

  // Sweep: `bits` counts the ranks of the intervals covering the current point.
  let capacity = 1;
  while (capacity < n) capacity *= 2;
  const bits = new Int32Array(capacity + 1);
  const change = (r: number, by: number) => {
    for (let j = r + 1; j <= capacity; j += j & -j) bits[j] += by;
  };
  let covering = 0;
  // Leaves of a minimum tree over the points: the maxDepth-th smallest covering rank, or n.
  let leaves = 1;
  while (leaves < size) leaves *= 2;
  const least = new Int32Array(2 * leaves).fill(n);
  for (let k = 0; k < size; k++) {
    for (let e = ending.head[k]; e < ending.head[k + 1]; e++) {
      change(rank[ending.items[e]], -1);
      covering--;
    }
    for (let s = starting.head[k]; s < starting.head[k + 1]; s++) {
      change(rank[starting.items[s]], 1);
      covering++;
    }
    if (covering >= maxDepth) {
      // Fenwick descent to the maxDepth-th smallest rank.
      let position = 0;
      let remaining = maxDepth;
      for (let step = capacity; step > 0; step >>= 1) {
        const next = position + step;
        if (next <= capacity && bits[next] < remaining) {
          position = next;
          remaining -= bits[next];
        }
      }
      least[leaves + k] = position;
    }
  }
  for (let node = leaves - 1; node >= 1; node--) least[node] = Math.min(least[2 * node], least[2 * node + 1]);
  for (let i = 0; i < n; i++) {
    let lowest = n;
    for (let l = from[i] + leaves, r = to[i] + leaves; l < r; l >>= 1, r >>= 1) {
      if (l & 1) lowest = Math.min(lowest, least[l++]);
      if (r & 1) lowest = Math.min(lowest, least[--r]);
    }
    if (rank[i] <= lowest) chosen[i] = 1;
  }
  return chosen;
}

/** Items grouped by a key in `[0, keys)`: those with key k are `items[head[k] .. head[k + 1])`. */
function bucket(key: Int32Array, keys: number): { head: Int32Array; items: Int32Array } {
  const head = new Int32Array(keys + 1);
  for (let i = 0; i < key.length; i++) head[key[i] + 1]++;
  for (let k = 0; k < keys; k++) head[k + 1] += head[k];
  const fill = head.slice(0, keys);
  const items = new Int32Array(key.length);
  for (let i = 0; i < key.length; i++) items[fill[key[i]]++] = i;
  return { head, items };
}

/** First index in `[lo, hi)` whose value is `>= x` (`hi` when none). */
function lowerBound(values: Float64Array, x: number, lo = 0, hi = values.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in `[lo, hi)` whose value is `> x` (`hi` when none). */
function upperBound(values: Float64Array, x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
