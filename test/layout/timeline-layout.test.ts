import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeEvents } from '../../src/model/normalize';
import { layoutTimeline, type TimelineLayoutOptions } from '../../src/layout/timeline-layout';
import { layoutLevel, layoutGroupedLevel, levelFor } from '../../src/layout/zoom-levels';
import { ExtentIndex } from '../../src/layout/extent-index';
import { createTimeScale, timeExtent } from '../../src/layout/scale';
import type { TimelineEvent } from '../../src/model/types';

/** A fake text measure: 7 px a character, so tests need no canvas. */
const measure = (text: string) => text.length * 7;
const options: TimelineLayoutOptions = {
  markWidth: 12,
  labelPadding: 6,
  gap: 10,
  maxLanes: 4,
  minLabelWidth: 40,
  clusterBadgeWidth: 40,
  clusterMaxWidth: 96,
  bounds: [0, 800],
};

const day = 86_400_000;
const arbitraryEvents = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 3000 }),
      length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 400 })),
      title: fc.string({ minLength: 1, maxLength: 40 }),
      precision: fc.constantFrom('day', 'month', 'year'),
    }),
    { maxLength: 120 },
  )
  .map((rows) =>
    normalizeEvents(
      rows.map((r, i) => {
        const d = new Date(Date.UTC(2000, 0, 1) + r.day * day).toISOString();
        const start = r.precision === 'year' ? d.slice(0, 4) : r.precision === 'month' ? d.slice(0, 7) : d.slice(0, 10);
        const end = r.length ? new Date(Date.UTC(2000, 0, 1) + (r.day + r.length + 400) * day).toISOString().slice(0, 10) : undefined;
        return { id: `e${i}`, start, ...(end ? { end } : {}), title: r.title.trim() || 'x' };
      }),
    ).events,
  );

function layOut(events: TimelineEvent[], width = 800) {
  const scale = createTimeScale(timeExtent(events), 16, width - 16);
  return layoutTimeline(events, (t) => scale(t), measure, { ...options, bounds: [0, width] });
}

/** The box a placed event takes in its lane: its mark and its label, as drawn. */
function box(p: ReturnType<typeof layOut>['placed'][number]) {
  return [Math.min(p.x0 - 6, p.labelX), Math.max(p.x1, p.x0 + 6, p.labelX + measure(p.label))];
}

describe('layoutTimeline', () => {
  it('never lets two things in one lane come within the gap, labels on either side included (property)', () => {
    fc.assert(
      fc.property(arbitraryEvents, (events) => {
        const { placed } = layOut(events);
        const byLane = new Map<number, number[][]>();
        for (const p of placed) byLane.set(p.lane, [...(byLane.get(p.lane) ?? []), box(p)]);
        for (const boxes of byLane.values()) {
          boxes.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < boxes.length; i++) expect(boxes[i][0] - boxes[i - 1][1]).to.be.at.least(options.gap - 1e-6);
        }
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('draws every event or puts it in exactly one cluster (property)', () => {
    fc.assert(
      fc.property(arbitraryEvents, (events) => {
        const { placed, clusters } = layOut(events);
        const seen = [...placed.map((p) => p.event.id), ...clusters.flatMap((c) => c.events.map((e) => e.id))].sort();
        expect(seen).to.deep.equal(events.map((e) => e.id).sort());
      }),
      { seed: 12, numRuns: 200 },
    );
  });

  it('keeps clusters apart and no wider than the limit (property)', () => {
    fc.assert(
      fc.property(arbitraryEvents, (events) => {
        const { clusters } = layOut(events);
        for (let i = 1; i < clusters.length; i++) expect(clusters[i].x0).to.be.at.least(clusters[i - 1].x1 + options.gap - 1e-6);
        for (const c of clusters) expect(c.x1 - c.x0).to.be.at.most(96 + 1e-6);
      }),
      { seed: 13, numRuns: 200 },
    );
  });

  it('keeps labels inside the bounds (property)', () => {
    fc.assert(
      fc.property(arbitraryEvents, (events) => {
        for (const p of layOut(events).placed) {
          expect(p.labelX).to.be.at.least(-1e-6);
          expect(p.labelX + measure(p.label)).to.be.at.most(800 + 1e-6);
        }
      }),
      { seed: 14, numRuns: 200 },
    );
  });

  it('gives the same layout for the same data (property)', () => {
    fc.assert(
      fc.property(arbitraryEvents, (events) => {
        const strip = (l: ReturnType<typeof layOut>) => l.placed.map((p) => [p.event.id, p.lane, p.labelX, p.label]);
        expect(strip(layOut(events))).to.deep.equal(strip(layOut(events)));
      }),
      { seed: 15, numRuns: 100 },
    );
  });

  it('puts a label left of its mark near the right edge', () => {
    const events = normalizeEvents([
      { id: 'a', start: '2000-01-01', title: 'a' },
      { id: 'z', start: '2020-01-01', title: 'A long label at the very end' },
    ]).events;
    const z = layOut(events).placed.find((p) => p.event.id === 'z')!;
    expect(z.labelLeft).to.equal(true);
    expect(z.labelX + measure(z.label)).to.be.at.most(z.x0);
  });
});

describe('zoom levels', () => {
  it('levelFor steps in √2 and never exceeds the zoom', () => {
    expect(levelFor(1)).to.equal(1);
    expect(levelFor(1.3)).to.equal(1);
    expect(levelFor(1.5)).to.be.closeTo(Math.SQRT2, 1e-9);
    expect(levelFor(0.8)).to.be.closeTo(Math.SQRT1_2, 1e-9);
    for (const k of [0.75, 1.01, 3.3, 17, 1000]) expect(levelFor(k)).to.be.at.most(k);
  });

  it('a layout made at a level stays free of overlaps when drawn at any larger zoom (property)', () => {
    fc.assert(
      fc.property(arbitraryEvents, fc.double({ min: 1, max: 8, noNaN: true }), (events, zoom) => {
        const scale = createTimeScale(timeExtent(events), 16, 784);
        const level = layoutLevel(events, scale, 1, measure, { ...options, margin: 16 });
        const byLane = new Map<number, number[][]>();
        level.layout.placed.forEach((p, i) => {
          // Drawn at `zoom`: positions scale, labels keep their size and offset from the mark.
          const x0 = p.x0 * zoom;
          const shift = x0 - p.x0;
          byLane.set(p.lane, [...(byLane.get(p.lane) ?? []), [level.lefts[i] + shift, Math.max(p.x1 * zoom, level.rights[i] + shift)]]);
        });
        for (const boxes of byLane.values()) {
          boxes.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < boxes.length; i++) expect(boxes[i][0]).to.be.at.least(boxes[i - 1][1] - 1e-6);
        }
      }),
      { seed: 16, numRuns: 150 },
    );
  });

  it('a grouped layout keeps each category in its own rows', () => {
    const events = normalizeEvents(
      Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, start: `20${String(10 + (i % 9)).padStart(2, '0')}-01-01`, title: `event ${i}`, category: ['a', 'b', 'c'][i % 3] })),
    ).events;
    const scale = createTimeScale(timeExtent(events), 16, 784);
    const groups = ['a', 'b', 'c'].map((category, colorIndex) => {
      const members = events.filter((e) => e.category === category);
      return { category, colorIndex, events: members, titleWidths: members.map((e) => measure(e.title)) };
    });
    const grouped = layoutGroupedLevel(groups, scale, 1, measure, { ...options, margin: 16 });
    const rowsOf = (c: string) => new Set(grouped.layout.placed.filter((p) => p.event.category === c).map((p) => p.lane));
    const [a, b, c] = ['a', 'b', 'c'].map(rowsOf);
    for (const r of a) expect(b.has(r) || c.has(r)).to.equal(false);
    for (const r of b) expect(c.has(r)).to.equal(false);
    expect(grouped.groups.map((g) => g.category)).to.deep.equal(['a', 'b', 'c']);
    expect(grouped.groups[1].headerRow).to.be.greaterThan(Math.max(...a));
  });
});

describe('ExtentIndex', () => {
  it('finds exactly the extents that intersect a window, like a brute-force filter (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 5e3, noNaN: true })), { maxLength: 300 }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 3e3, noNaN: true }),
        (items, a, width) => {
          const lefts = items.map(([l]) => l);
          const rights = items.map(([l, w]) => l + w);
          const got = new ExtentIndex(lefts, rights).query(a, a + width);
          const want = items.map((_, i) => i).filter((i) => rights[i] >= a && lefts[i] <= a + width);
          expect(got).to.deep.equal(want);
        },
      ),
      { seed: 17, numRuns: 300 },
    );
  });
});
