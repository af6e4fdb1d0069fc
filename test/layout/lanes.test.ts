import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assignLanes, type LaneItem, type LaneLayout, type LaneOptions } from '../../src/layout/index';
import { extentLeft, extentRight, laneCollisions, laneItems, laneOptions, mixedLaneItems, shortestLabel } from './lane-fixtures';
import { barTier, placementOrder } from '../../src/layout/label-choice';


const RUNS = { seed: 42, numRuns: 200 };

/** markWidth 10 and labelPadding 4: a label starts 14 px after x0; extents start 5 px before it. */
const OPTIONS: LaneOptions = {
  markWidth: 10,
  labelPadding: 4,
  gap: 6,
  maxLanes: Infinity,
  minLabelWidth: 20,
  clusterBadgeWidth: 24,
};

const point = (x0: number, labelWidth: number): LaneItem => ({ x0, x1: x0, labelWidth });

function clusteredCount(layout: LaneLayout): number {
  return layout.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
}

describe('assignLanes', () => {
  describe('examples', () => {
    it('assignLanes puts non-overlapping items in one lane', () => {
      // Extents [-5, 64], [70, 144], [150, 169]: each 6 px (the gap) after the previous.
      const layout = assignLanes([point(0, 50), point(75, 55), point(155, 0)], OPTIONS);
      expect(Array.from(layout.lane)).to.deep.equal([0, 0, 0]);
      expect(layout.laneCount).to.equal(1);
    });

    it('assignLanes opens a new lane for an item that comes within gap of the previous one', () => {
      // The second extent starts at 69.5, 5.5 px after the first ends: less than the gap.
      const layout = assignLanes([point(0, 50), point(74.5, 10)], OPTIONS);
      expect(Array.from(layout.lane)).to.deep.equal([0, 1]);
      expect(layout.laneCount).to.equal(2);
    });

    it('assignLanes puts an item in the lowest lane that is free', () => {
      // Lanes 0 and 1 are both free again by x0 = 300; lane 0 is chosen.
      const layout = assignLanes([point(0, 100), point(10, 50), point(300, 10)], OPTIONS);
      expect(Array.from(layout.lane)).to.deep.equal([0, 1, 0]);
    });

    it('assignLanes keeps a lane busy until a span bar ends, even past its label', () => {
      const span: LaneItem = { x0: 0, x1: 400, labelWidth: 30 };
      const layout = assignLanes([span, point(200, 10), point(420, 10)], OPTIONS);
      expect(Array.from(layout.lane)).to.deep.equal([0, 1, 0]);
    });

    it('assignLanes shortens the previous label in a full lane to the widest width that makes room', () => {
      // The next extent starts at 95; with the gap, the label must end by 89: 89 - 14 = 75 px.
      const layout = assignLanes([point(0, 200), point(100, 40)], { ...OPTIONS, maxLanes: 1 });
      expect(Array.from(layout.lane)).to.deep.equal([0, 0]);
      expect(layout.labelWidth[0]).to.equal(75);
      expect(layout.labelWidth[1]).to.equal(40);
      expect(layout.clusters).to.deep.equal([]);
    });

    it('assignLanes shortens in the lane that needs the smallest cut', () => {
      // Both lanes are full at x0 = 100; lane 1's label is cut by less (ends at 134, not 214).
      const layout = assignLanes([point(0, 200), point(10, 110), point(100, 10)], { ...OPTIONS, maxLanes: 2 });
      expect(Array.from(layout.lane)).to.deep.equal([0, 1, 1]);
      expect(layout.labelWidth[0]).to.equal(200);
      expect(layout.labelWidth[1]).to.equal(65);
    });

    it('assignLanes never shortens a label below minLabelWidth and clusters the item instead', () => {
      // Making room at x0 = 30 would need a label of 30 - 5 - 6 - 14 = 5 px < minLabelWidth 20.
      // (The first item is the more important, so it is placed first.)
      const layout = assignLanes([{ ...point(0, 200), importance: 1 }, point(30, 40)], { ...OPTIONS, maxLanes: 1 });
      expect(Array.from(layout.lane)).to.deep.equal([0, -1]);
      expect(layout.labelWidth[0]).to.equal(200);
      expect(layout.labelWidth[1]).to.equal(0);
      expect(layout.clusters.map((c) => Array.from(c.members))).to.deep.equal([[1]]);
    });

    it('assignLanes never shortens a label that is already narrower than minLabelWidth', () => {
      const layout = assignLanes([{ ...point(0, 15), importance: 1 }, point(20, 10)], { ...OPTIONS, maxLanes: 1 });
      expect(layout.labelWidth[0]).to.equal(15);
      expect(layout.lane[1]).to.equal(-1);
    });

    it('assignLanes clusters a same-day pile-up of 1,000 items beyond maxLanes 5, keeping five spread over the input', () => {
      const items = Array.from({ length: 1000 }, () => point(500, 80));
      const layout = assignLanes(items, { ...OPTIONS, maxLanes: 5 });
      expect(layout.laneCount).to.equal(5);
      // The spread order: the middle item, then the quarters, then 1/8 and 5/8; never the first five.
      const laned = [125, 250, 500, 625, 750];
      expect(laned.map((i) => layout.lane[i])).to.deep.equal([0, 1, 2, 3, 4]);
      expect(layout.clusters).to.have.length(1);
      const [cluster] = layout.clusters;
      expect(cluster.count).to.equal(995);
      expect([cluster.first, cluster.last]).to.deep.equal([0, 999]);
      expect(Array.from(cluster.members)).to.deep.equal(Array.from({ length: 1000 }, (_, k) => k).filter((k) => !laned.includes(k)));
    });

    it('assignLanes gives the lanes of a pile-up to its most important items', () => {
      const items = Array.from({ length: 1000 }, (_, i) => ({ ...point(500, 80), importance: i % 97 === 3 ? 2 : 0 }));
      const layout = assignLanes(items, { ...OPTIONS, maxLanes: 5 });
      // Items 3, 100, 197, 294, 391, … have importance 2: the middle one first, then the quarters.
      const important = items.map((_, i) => i).filter((i) => i % 97 === 3);
      const laned = items.map((_, i) => i).filter((i) => layout.lane[i] >= 0);
      expect(laned).to.have.length(5);
      for (const i of laned) expect(important).to.include(i);
    });

    it('assignLanes draws a cluster box over the marks, then labelPadding, then the badge', () => {
      const items = [{ ...point(0, 80), importance: 1 }, point(3, 80), { x0: 8, x1: 60, labelWidth: 80 }, point(12, 80)];
      const [cluster] = assignLanes(items, { ...OPTIONS, maxLanes: 1 }).clusters;
      // Marks from 3 - 5 to the span's end at 60; then 4 px padding and a 24 px badge.
      expect([cluster.x0, cluster.x1]).to.deep.equal([-2, 88]);
    });

    it('assignLanes merges overflow items within gap of a cluster box into that cluster', () => {
      // A long span fills the one lane. The box of x0 = 1 is [-4, 6 + 4 + 24 = 34]; the item at 41
      // starts at 36, clear of it but within gap, so joins it (box to 74); the one at 100 starts at 95 >= 74 + 6.
      const items = [{ x0: 0, x1: 1000, labelWidth: 10, importance: 1 }, point(1, 10), point(41, 10), point(100, 10)];
      const layout = assignLanes(items, { ...OPTIONS, maxLanes: 1 });
      expect(layout.clusters.map((c) => Array.from(c.members))).to.deep.equal([[1, 2], [3]]);
      expect(layout.clusters.map((c) => [c.x0, c.x1])).to.deep.equal([
        [-4, 74],
        [95, 133],
      ]);
    });

    it('assignLanes with maxLanes 0 clusters every item', () => {
      const layout = assignLanes([point(0, 10), point(500, 10)], { ...OPTIONS, maxLanes: 0 });
      expect(layout.laneCount).to.equal(0);
      expect(Array.from(layout.lane)).to.deep.equal([-1, -1]);
      expect(clusteredCount(layout)).to.equal(2);
    });

    it('assignLanes lays out no items as no lanes and no clusters', () => {
      const layout = assignLanes([], { ...OPTIONS, maxLanes: 3 });
      expect(layout.lane.length).to.equal(0);
      expect(layout.laneCount).to.equal(0);
      expect(layout.clusters).to.deep.equal([]);
    });
  });

  describe('properties', () => {
    it('assignLanes never lets two items in one lane come within gap, with shown label widths', () => {
      fc.assert(
        fc.property(laneItems, laneOptions, (items, options) => {
          expect(laneCollisions(items, assignLanes(items, options), options)).to.deep.equal([]);
        }),
        RUNS,
      );
    });

    it('assignLanes puts every item in a lane or in exactly one cluster', () => {
      fc.assert(
        fc.property(laneItems, laneOptions, (items, options) => {
          const layout = assignLanes(items, options);
          const clusterOf = new Int32Array(items.length).fill(-1);
          layout.clusters.forEach((cluster, c) => {
            expect(cluster.count).to.equal(cluster.members.length);
            expect(cluster.members[0]).to.equal(cluster.first);
            expect(cluster.members[cluster.count - 1]).to.equal(cluster.last);
            for (const m of cluster.members) {
              expect(clusterOf[m], `item ${m} in two clusters`).to.equal(-1);
              clusterOf[m] = c;
            }
          });
          items.forEach((_, i) => {
            const inLane = layout.lane[i] >= 0;
            expect(inLane !== (clusterOf[i] >= 0), `item ${i} in a lane xor a cluster`).to.equal(true);
            if (inLane) expect(layout.lane[i]).to.be.below(layout.laneCount);
          });
          const laned = Array.from(layout.lane).filter((lane) => lane >= 0).length;
          expect(laned + clusteredCount(layout)).to.equal(items.length);
          expect(layout.laneCount).to.be.at.most(options.maxLanes);
        }),
        RUNS,
      );
    });

    it('assignLanes shows each label between min(requested, minLabelWidth) and its requested width', () => {
      fc.assert(
        fc.property(laneItems, laneOptions, (items, options) => {
          const layout = assignLanes(items, options);
          items.forEach((item, i) => {
            if (layout.lane[i] < 0) return;
            expect(layout.labelWidth[i]).to.be.at.most(item.labelWidth);
            expect(layout.labelWidth[i]).to.be.at.least(Math.min(item.labelWidth, options.minLabelWidth));
          });
        }),
        RUNS,
      );
    });

    it('assignLanes gives the same layout for the same input', () => {
      fc.assert(
        fc.property(laneItems, laneOptions, (items, options) => {
          const copy = items.map((item) => ({ ...item }));
          expect(assignLanes(copy, { ...options })).to.deep.equal(assignLanes(items, options));
        }),
        RUNS,
      );
    });

    it('assignLanes keeps cluster boxes at least gap apart, left to right', () => {
      // Few lanes and a positive gap, so that many items overflow and clusters come close.
      const fewLanes = fc.integer({ min: 0, max: 2 });
      const positiveGap = fc.integer({ min: 1, max: 30 });
      fc.assert(
        fc.property(laneItems, laneOptions, fewLanes, positiveGap, (items, someOptions, maxLanes, gap) => {
          const options = { ...someOptions, maxLanes, gap };
          const { clusters } = assignLanes(items, options);
          for (let c = 1; c < clusters.length; c++) {
            expect(clusters[c].x0).to.be.at.least(clusters[c - 1].x1 + options.gap);
          }
        }),
        RUNS,
      );
    });

    it('assignLanes draws each cluster box around its members’ marks and badge', () => {
      fc.assert(
        fc.property(laneItems, laneOptions, (items, options) => {
          for (const cluster of assignLanes(items, options).clusters) {
            for (const m of cluster.members) {
              const item = items[m];
              expect(item.x0 - options.markWidth / 2).to.be.at.least(cluster.x0);
              const marksEnd = Math.max(item.x1, item.x0 + options.markWidth / 2);
              expect(marksEnd + options.labelPadding + (options.clusterBadgeWidth ?? 0)).to.be.at.most(cluster.x1);
            }
          }
        }),
        RUNS,
      );
    });

    it('assignLanes with maxLanes Infinity clusters nothing and shortens no label', () => {
      fc.assert(
        fc.property(laneItems, laneOptions, (items, options) => {
          const layout = assignLanes(items, { ...options, maxLanes: Infinity });
          expect(layout.clusters).to.deep.equal([]);
          items.forEach((item, i) => expect(layout.labelWidth[i]).to.equal(item.labelWidth));
        }),
        RUNS,
      );
    });

    it('assignLanes layouts stay free of collisions when drawn zoomed in (positions scaled by s >= 1)', () => {
      const scale = fc.oneof(fc.constant(1), fc.double({ min: 1, max: 1000, noNaN: true }));
      const shift = fc.double({ min: -1e4, max: 1e4, noNaN: true });
      fc.assert(
        fc.property(laneItems, laneOptions, scale, shift, (items, options, s, t) => {
          const layout = assignLanes(items, options);
          // Tolerance covers only the rounding of x * s + t.
          const tolerance = 1e-9 * (Math.abs(t) + 2000 * s);
          expect(laneCollisions(items, layout, options, s, t, tolerance)).to.deep.equal([]);
        }),
        RUNS,
      );
    });

    it('assignLanes uses at most maxLanes lanes plus one cluster row', () => {
      fc.assert(
        fc.property(laneItems, laneOptions, (items, options) => {
          const layout = assignLanes(items, options);
          const rows = layout.laneCount + (layout.clusters.length > 0 ? 1 : 0);
          expect(rows).to.be.at.most(options.maxLanes + 1);
          if (layout.clusters.length > 0) expect(layout.laneCount).to.equal(options.maxLanes);
        }),
        RUNS,
      );
    });

    it('assignLanes gives a lane to exactly the items that fewer than maxLanes earlier-ranked items crowd at one point', () => {
      // The rule of lanes.ts, checked by brute force. (It replaces "clusters an item only when no
      // lane, even with a shortened label, could take it", a property of the old first-come
      // placement: now an item can be refused beside a free lane when items ranked before it,
      // refused or not, crowd a point of its reserved interval; that keeps zooming in monotone.)
      fc.assert(
        fc.property(mixedLaneItems, ([items, options]) => {
          const layout = assignLanes(items, options);
          const n = items.length;
          if (!(options.maxLanes < n)) {
            expect(Array.from(layout.lane).every((lane) => lane >= 0)).to.equal(true);
            return;
          }
          // Ranks: importance, then major periods, points and short bars, longer bars, then spread over x0.
          const low = Math.min(...items.map((item) => item.x0));
          const high = Math.max(...items.map((item) => item.x1));
          const order = placementOrder(n, (i) => items[i].importance, (i) => items[i].x0, (i) => barTier(items[i].x1 - items[i].x0, high - low));
          const rank = new Int32Array(n);
          order.forEach((i, k) => (rank[i] = k));
          // Reserved interval [left, end): the extent with the shortest label, plus the gap.
          const left = items.map((item) => extentLeft(item, options, shortestLabel(item, options)));
          const end = items.map((item) => extentRight(item, shortestLabel(item, options), options) + options.gap);
          const covers = (j: number, p: number) => (end[j] > left[j] ? left[j] <= p && p < end[j] : p === left[j]);
          items.forEach((_, i) => {
            const points = [left[i], ...left.filter((p) => p > left[i] && p < end[i])];
            const crowded = points.some((p) => items.filter((__, j) => rank[j] < rank[i] && covers(j, p)).length >= options.maxLanes);
            expect(layout.lane[i] >= 0, `item ${i} laned`).to.equal(!crowded);
          });
        }),
        { seed: 43, numRuns: 150 },
      );
    });

    it('assignLanes never lets two items in one lane come within gap, labels before their marks included', () => {
      fc.assert(
        fc.property(mixedLaneItems, ([items, options]) => {
          expect(laneCollisions(items, assignLanes(items, options), options)).to.deep.equal([]);
        }),
        { seed: 44, numRuns: 200 },
      );
    });

    it('assignLanes shows a label before its mark between its shortest width and its full width', () => {
      fc.assert(
        fc.property(mixedLaneItems, ([items, options]) => {
          const layout = assignLanes(items, options);
          items.forEach((item, i) => {
            if (layout.lane[i] < 0) return;
            if (item.labelBefore) {
              expect(layout.before[i]).to.equal(1);
              expect(layout.labelWidth[i]).to.be.within(shortestLabel(item, options), item.labelWidth);
              if (!(options.maxLanes < items.length)) expect(layout.labelWidth[i]).to.equal(item.labelWidth);
            } else if (layout.before[i] === 1) {
              // A label cut by the edge moves before its mark only to be wider there.
              expect(item.labelWidthBefore).to.be.a('number');
              expect(layout.labelWidth[i]).to.be.above(item.labelWidth);
              expect(layout.labelWidth[i]).to.be.at.most(item.labelWidthBefore!);
            }
          });
        }),
        { seed: 45, numRuns: 200 },
      );
    });

    it('assignLanes gives lanes to a superset of items when positions are scaled by s >= 1 (zooming in)', () => {
      const scale = fc.double({ min: 1, max: 50, noNaN: true });
      fc.assert(
        fc.property(laneItems, laneOptions, scale, (items, options, s) => {
          const ranked = items.map((item, i) => ({ ...item, rank: (i * 7919) % 10007 }));
          const zoomed = ranked.map((item) => ({ ...item, x0: item.x0 * s, x1: item.x1 * s }));
          const before = assignLanes(ranked, options);
          const after = assignLanes(zoomed, options);
          items.forEach((_, i) => {
            if (before.lane[i] >= 0) expect(after.lane[i], `item ${i} keeps its lane at ×${s}`).to.be.at.least(0);
          });
        }),
        { seed: 46, numRuns: 200 },
      );
    });
  });
});
