import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { barTier, chooseByDepth, lengthTier, placementOrder, ranksOf } from '../../src/layout/label-choice';

describe('placementOrder', () => {
  it('placementOrder puts every index exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 300 }), (n, weights) => {
        const order = placementOrder(n, weights.length ? (i) => weights[i % weights.length] : undefined);
        expect(Array.from(order).sort((a, b) => a - b)).to.deep.equal(Array.from({ length: n }, (_, i) => i));
      }),
      { seed: 51, numRuns: 100 },
    );
  });

  it('placementOrder starts with the item nearest the middle, then those nearest the middles of the halves, then of the quarters', () => {
    // Positions 0 … 999 span [0, 999]: middles 499.5 (ties go right), 249.75 and 749.25, then 124.9, 624.4, 374.6, 874.1.
    expect(Array.from(placementOrder(1000).subarray(0, 7))).to.deep.equal([500, 250, 749, 125, 624, 375, 874]);
    expect(Array.from(placementOrder(3))).to.deep.equal([1, 0, 2]);
    expect(Array.from(placementOrder(1))).to.deep.equal([0]);
  });

  it('placementOrder spreads by position, not by count: the first picks of lopsided data are spread over its span', () => {
    // 90 items crowd the first tenth of the span, 10 are spread over the rest.
    const at = (i: number) => (i < 90 ? i / 900 : 0.1 + ((i - 90) * 0.9) / 9);
    const first = Array.from(placementOrder(100, undefined, at).subarray(0, 7)).map(at);
    const covered = new Set(first.map((u) => Math.min(3, Math.floor(u * 4))));
    expect(covered.size).to.equal(4);
  });

  it('placementOrder takes a pile-up at one position from the middle of its input order outwards', () => {
    expect(Array.from(placementOrder(1000, undefined, () => 7).subarray(0, 7))).to.deep.equal([500, 250, 750, 125, 625, 375, 875]);
  });

  it('placementOrder never starts with the earliest item of two or more', () => {
    for (let n = 2; n < 200; n++) expect(placementOrder(n)[0]).to.equal(Math.floor(n / 2));
  });

  it('placementOrder spreads the first 2^k − 1 of evenly spaced items evenly: the j-th lies within 1 of j · (m − 1) / 2^k (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20_000 }), fc.integer({ min: 1, max: 10 }), (m, k) => {
        if (2 ** (k + 1) > m) return;
        const first = Array.from(placementOrder(m).subarray(0, 2 ** k - 1)).sort((a, b) => a - b);
        first.forEach((p, j) => expect(Math.abs(p - ((j + 1) * (m - 1)) / 2 ** k), `pick ${j + 1} of ${m}`).to.be.at.most(1));
      }),
      { seed: 52, numRuns: 200 },
    );
  });

  it('placementOrder puts higher importance first, and spreads each class on its own', () => {
    // Every fifth item is important: those come first, middle-first among themselves.
    const order = placementOrder(100, (i) => (i % 5 === 0 ? 1 : 0));
    const important = Array.from({ length: 20 }, (_, j) => j * 5);
    expect(Array.from(order.subarray(0, 20)).sort((a, b) => a - b)).to.deep.equal(important);
    expect(order[0]).to.equal(50);
    // The middle of the other 80 (position 40 among them) is item 51.
    expect(order[20]).to.equal(51);
  });

  it('placementOrder counts missing and non-finite importance as 0', () => {
    const weights = [undefined, NaN, Infinity, 0, -0];
    expect(Array.from(placementOrder(5, (i) => weights[i]))).to.deep.equal(Array.from(placementOrder(5)));
  });

  it('placementOrder puts a higher tier first among equal importance, importance before tier', () => {
    const tier = (i: number) => (i % 3 === 0 ? 1 : 0);
    const order = Array.from(placementOrder(30, (i) => (i === 7 ? 1 : 0), undefined, tier));
    expect(order[0]).to.equal(7);
    expect(order.slice(1, 11).every((i) => i % 3 === 0)).to.equal(true);
    expect(order.slice(11).every((i) => i % 3 !== 0)).to.equal(true);
  });

  it('lengthTier is 0 for points and bars under 1/64 of the extent, then one step per doubling', () => {
    expect(lengthTier(0, 6400)).to.equal(0);
    expect(lengthTier(99, 6400)).to.equal(0);
    expect(lengthTier(100, 6400)).to.equal(1);
    expect(lengthTier(199, 6400)).to.equal(1);
    expect(lengthTier(200, 6400)).to.equal(2);
    expect(lengthTier(6400, 6400)).to.equal(7);
    expect(lengthTier(50, 0)).to.equal(0);
  });

  it('barTier puts major periods first (a quarter of the span or more), then points and short bars, then the bars in between, shortest first', () => {
    const lengths = [0, 50, 100, 400, 1600, 3200, 6400];
    const tiers = lengths.map((l) => barTier(l, 6400));
    expect(tiers).to.deep.equal([0, 0, -1, -3, 5, 6, 7]);
    // The two point-like ones (0 and 1) in spread order: the one nearer the middle of them first.
    expect(Array.from(placementOrder(lengths.length, undefined, undefined, (i) => tiers[i]))).to.deep.equal([6, 5, 4, 1, 0, 2, 3]);
  });

  it('ranksOf inverts an order', () => {
    const order = placementOrder(37);
    const rank = ranksOf(order);
    order.forEach((i, k) => expect(rank[i]).to.equal(k));
  });
});

describe('chooseByDepth', () => {
  /** The rule, by brute force: chosen when fewer than maxDepth earlier intervals cover one point of it. */
  function naive(left: number[], end: number[], order: number[], maxDepth: number): number[] {
    const covers = (j: number, p: number) => (end[j] > left[j] ? left[j] <= p && p < end[j] : p === left[j]);
    const chosen = new Array<number>(left.length).fill(0);
    order.forEach((i, k) => {
      const earlier = order.slice(0, k);
      const points = [left[i], ...left.filter((p) => p > left[i] && p < end[i])];
      if (points.every((p) => earlier.filter((j) => covers(j, p)).length < maxDepth)) chosen[i] = 1;
    });
    return chosen;
  }

  const intervals = fc.array(
    fc.tuple(
      fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 30, noNaN: true })),
      fc.oneof(fc.constant(0), fc.constant(-1), fc.integer({ min: 1, max: 12 }), fc.double({ min: 0, max: 12, noNaN: true })),
    ),
    { maxLength: 80 },
  );

  it('chooseByDepth matches the rule checked by brute force (property)', () => {
    fc.assert(
      fc.property(intervals, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1000 }), (rows, maxDepth, seed) => {
        const left = rows.map(([l]) => l);
        const end = rows.map(([l, w]) => l + w);
        const order = Array.from(placementOrder(rows.length, (i) => (i * 31 + seed) % 4));
        const got = chooseByDepth(Float64Array.from(left), Float64Array.from(end), Int32Array.from(order), maxDepth);
        expect(Array.from(got)).to.deep.equal(naive(left, end, order, maxDepth));
      }),
      { seed: 53, numRuns: 300 },
    );
  });

  it('chooseByDepth never lets more than maxDepth chosen intervals share a point (property)', () => {
    fc.assert(
      fc.property(intervals, fc.integer({ min: 1, max: 5 }), (rows, maxDepth) => {
        const left = Float64Array.from(rows, ([l]) => l);
        const end = Float64Array.from(rows, ([l, w]) => l + w);
        const chosen = chooseByDepth(left, end, placementOrder(rows.length), maxDepth);
        for (const p of left) {
          const depth = rows.filter((_, j) => chosen[j] && (end[j] > left[j] ? left[j] <= p && p < end[j] : p === left[j])).length;
          expect(depth).to.be.at.most(maxDepth);
        }
      }),
      { seed: 54, numRuns: 300 },
    );
  });

  it('chooseByDepth keeps every choice when intervals only shrink towards their left edge (property)', () => {
    // Zooming in: in units of time, every interval shrinks. Chosen before ⇒ chosen after.
    fc.assert(
      fc.property(intervals, fc.integer({ min: 1, max: 5 }), fc.double({ min: 0, max: 1, noNaN: true }), (rows, maxDepth, shrink) => {
        const left = Float64Array.from(rows, ([l]) => l);
        const wide = Float64Array.from(rows, ([l, w]) => l + w);
        const narrow = Float64Array.from(rows, ([l, w]) => l + w * shrink);
        const order = placementOrder(rows.length);
        const before = chooseByDepth(left, wide, order, maxDepth);
        const after = chooseByDepth(left, narrow, order, maxDepth);
        before.forEach((c, i) => {
          if (c) expect(after[i], `interval ${i}`).to.equal(1);
        });
      }),
      { seed: 55, numRuns: 300 },
    );
  });

  it('chooseByDepth with maxDepth 0 chooses nothing, and with enough depth everything', () => {
    const left = Float64Array.from([0, 0, 0, 5]);
    const end = Float64Array.from([10, 10, 10, 6]);
    expect(Array.from(chooseByDepth(left, end, placementOrder(4), 0))).to.deep.equal([0, 0, 0, 0]);
    expect(Array.from(chooseByDepth(left, end, placementOrder(4), 4))).to.deep.equal([1, 1, 1, 1]);
    // Depth 2: the middle-first order is 2, 1, 3, 0: items 2 and 1 are chosen; 3 and 0 meet both at a point.
    expect(Array.from(chooseByDepth(left, end, placementOrder(4), 2))).to.deep.equal([0, 1, 1, 0]);
  });
});
