/**
 * Binary min-heaps over integer ids, stored in typed arrays so that laying out
 * 100,000 items allocates a handful of arrays instead of 100,000 objects.
 * Internal to the layout module.
 */

/**
 * A min-heap of ids ordered by `keys[id]`, ties broken by `ties[id]` (then by
 * id), so the order of pops is fully deterministic. The key arrays are read at
 * push and pop time: an id's key must not change while the id is in the heap.
 */
export class KeyedMinHeap {
  private readonly ids: Int32Array;
  private length = 0;

  constructor(
    capacity: number,
    private readonly keys: Float64Array,
    private readonly ties: Int32Array,
  ) {
    this.ids = new Int32Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.length;
  }

  /** The id with the smallest key; only valid when `size > 0`. */
  peek(): number {
    return this.ids[0];
  }

  /** The smallest key; `Infinity` when empty. */
  peekKey(): number {
    return this.length > 0 ? this.keys[this.ids[0]] : Infinity;
  }

  push(id: number): void {
    const ids = this.ids;
    let i = this.length++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = ids[parent];
      if (!this.less(id, p)) break;
      ids[i] = p;
      i = parent;
    }
    ids[i] = id;
  }

  /** Removes and returns the id with the smallest key; only valid when `size > 0`. */
  pop(): number {
    const ids = this.ids;
    const top = ids[0];
    const last = ids[--this.length];
    const n = this.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        const right = child + 1;
        if (right < n && this.less(ids[right], ids[child])) child = right;
        const c = ids[child];
        if (!this.less(c, last)) break;
        ids[i] = c;
        i = child;
      }
      ids[i] = last;
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a];
    const kb = this.keys[b];
    if (ka !== kb) return ka < kb;
    const ta = this.ties[a];
    const tb = this.ties[b];
    return ta !== tb ? ta < tb : a < b;
  }
}

/** A min-heap of non-negative integers ordered by value. */
export class IntMinHeap {
  private readonly values: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.values = new Int32Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.length;
  }

  push(value: number): void {
    const values = this.values;
    let i = this.length++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = values[parent];
      if (p <= value) break;
      values[i] = p;
      i = parent;
    }
    values[i] = value;
  }

  /** Removes and returns the smallest value; only valid when `size > 0`. */
  pop(): number {
    const values = this.values;
    const top = values[0];
    const last = values[--this.length];
    const n = this.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        const right = child + 1;
        if (right < n && values[right] < values[child]) child = right;
        const c = values[child];
        if (c >= last) break;
        values[i] = c;
        i = child;
      }
      values[i] = last;
    }
    return top;
  }
}
