import { visibleRange } from './cull.js';

/**
 * Finds which items intersect a window [a, b] among items with horizontal extents [left, right],
 * in O(log n + k) time per query for k hits (plus a little slack), whatever the mix of short marks
 * and long spans. Items are grouped by extent width in powers of two; within a group every extent
 * is at most twice the group's base width, so a binary search on `left` bounds the candidates
 * tightly. Built once per layout, queried every frame.
 */
export class ExtentIndex {
  private readonly groups: { maxWidth: number; lefts: Float64Array; rights: Float64Array; items: Int32Array }[] = [];

  constructor(lefts: ArrayLike<number>, rights: ArrayLike<number>) {
    const n = lefts.length;
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const width = Math.max(1, rights[i] - lefts[i]);
      const key = Math.ceil(Math.log2(width));
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      bucket.push(i);
    }
    for (const [key, members] of buckets) {
      members.sort((p, q) => lefts[p] - lefts[q] || p - q);
      this.groups.push({
        maxWidth: 2 ** key,
        lefts: Float64Array.from(members, (i) => lefts[i]),
        rights: Float64Array.from(members, (i) => rights[i]),
        items: Int32Array.from(members),
      });
    }
  }

  /** Indexes of the items whose extent intersects [a, b], in ascending order. */
  query(a: number, b: number): number[] {
    const hits: number[] = [];
    for (const g of this.groups) {
      const [from, to] = visibleRange(g.lefts, g.maxWidth, a, b, 0);
      for (let i = from; i < to; i++) if (g.rights[i] >= a) hits.push(g.items[i]);
    }
    return hits.sort((p, q) => p - q);
  }
}
