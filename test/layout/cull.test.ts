import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { visibleRange } from '../../src/layout/index';


const RUNS = { seed: 42, numRuns: 200 };

const sortedPositions = fc
  .array(fc.oneof(fc.integer({ min: -100, max: 1100 }), fc.double({ min: -100, max: 1100, noNaN: true })), {
    maxLength: 200,
  })
  .map((xs) => Float64Array.from(xs).sort());
const window = fc
  .tuple(fc.double({ min: -300, max: 1300, noNaN: true }), fc.double({ min: 0, max: 800, noNaN: true }))
  .map(([x0, width]) => [x0, x0 + width] as const);
const margin = fc.integer({ min: 0, max: 40 });
const reach = fc.integer({ min: 0, max: 300 });

/** Indices of items whose extent [x0 - halfMark, x0 + reach] intersects [a, b]. */
function bruteForce(xs: Float64Array, reachOf: (i: number) => number, halfMark: number, a: number, b: number): number[] {
  const hits: number[] = [];
  xs.forEach((x, i) => {
    if (x - halfMark <= b && x + reachOf(i) >= a) hits.push(i);
  });
  return hits;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

describe('visibleRange', () => {
  it('visibleRange equals a brute-force filter when every extent reaches maxExtentWidth', () => {
    fc.assert(
      fc.property(sortedPositions, reach, window, margin, (xs, maxExtent, [v0, v1], m) => {
        const [from, to] = visibleRange(xs, maxExtent, v0, v1, m);
        expect(range(from, to)).to.deep.equal(bruteForce(xs, () => maxExtent, 0, v0 - m, v1 + m));
      }),
      { ...RUNS },
    );
  });

  it('visibleRange keeps every item whose extent, shorter than maxExtentWidth, meets the window', () => {
    const halfMark = 5;
    fc.assert(
      fc.property(sortedPositions, reach, window, margin, fc.integer(), (xs, maxExtent, [v0, v1], m, salt) => {
        const reachOf = (i: number) => (Math.imul(i + 1, salt | 1) >>> 0) % (maxExtent + 1);
        const [from, to] = visibleRange(xs, maxExtent, v0, v1, m + halfMark);
        for (const i of bruteForce(xs, reachOf, halfMark, v0 - m, v1 + m)) {
          expect(i).to.be.at.least(from);
          expect(i).to.be.below(to);
        }
      }),
      RUNS,
    );
  });

  it('visibleRange includes every item tied at the window edges', () => {
    const xs = Float64Array.from([0, 10, 10, 10, 20, 30, 30, 40]);
    expect(visibleRange(xs, 0, 10, 30, 0)).to.deep.equal([1, 7]);
  });

  it('visibleRange reaches back by maxExtentWidth for labels that run into the window', () => {
    const xs = Float64Array.from([0, 50, 100, 150]);
    expect(visibleRange(xs, 60, 110, 200, 0)).to.deep.equal([1, 4]);
  });

  it('visibleRange is empty for a window past the last item', () => {
    const xs = Float64Array.from([0, 50, 100]);
    const [from, to] = visibleRange(xs, 20, 500, 900, 10);
    expect(to - from).to.equal(0);
  });

  it('visibleRange of no items is [0, 0]', () => {
    expect(visibleRange(new Float64Array(0), 100, 0, 100, 10)).to.deep.equal([0, 0]);
  });
});
