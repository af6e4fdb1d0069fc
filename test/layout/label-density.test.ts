/**
 * Which events keep their labels when not all fit (issue 14): labels spread like the data, the
 * most important kept first, zooming in only adds labels, and "+N" boxes drawn where their
 * events are. Deterministic: fast-check with fixed seeds, a fake text measure.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeEvents } from '../../src/model/normalize';
import type { TimelineEvent } from '../../src/model/types';
import { createTimeScale, timeExtent } from '../../src/layout/scale';
import { layoutTimeline, markExtent, placementRanks, type TimelineLayoutOptions } from '../../src/layout/timeline-layout';
import { layoutLevel } from '../../src/layout/zoom-levels';
// fast-check draws a seed; mulberry32 spreads it into evenly distributed numbers in [0, 1).
import { mulberry32 } from '../../bench/synthetic';

/** A fake text measure: 7 px a character. */
const measure = (text: string) => text.length * 7;
/** The element's sizes (src/event-timeline.component.ts). */
const OPTIONS = { markWidth: 12, labelPadding: 6, gap: 10, maxLanes: 10, minLabelWidth: 56, clusterBadgeWidth: 40, clusterMaxWidth: 96, margin: 16 };
const YEAR = 365.25 * 86_400_000;
const T0 = Date.UTC(1900, 0, 1);
const SPAN = 100 * YEAR;

interface Row {
  u: number;
  chars: number;
  importance?: number;
}

/** Events at fractions `u` of a century (day dates), titles of `chars` characters (8 or more: 56 px). */
function eventsOf(rows: Row[]): TimelineEvent[] {
  return normalizeEvents(
    rows.map((r, i) => ({
      id: `e${i}`,
      start: new Date(T0 + Math.min(1, Math.max(0, r.u)) * SPAN).toISOString().slice(0, 10),
      title: `${i} `.padEnd(r.chars, 'x'),
      ...(r.importance === undefined ? {} : { importance: r.importance }),
    })),
  ).events;
}

/** The fixed window of the data (the century, padded like `timeExtent` pads it). */
function baseScale(width: number) {
  return createTimeScale([T0 - 4 * YEAR, T0 + 104 * YEAR], 16, width - 16);
}

/**
 * Labelled events and all events per stretch, for the window of `width - 32` px in the middle of
 * the plot laid out at `level` (at level 1 the whole century), cut into `stretches` equal stretches.
 */
function perStretch(events: TimelineEvent[], width: number, level: number, stretches: number) {
  const base = baseScale(width);
  const { layout } = layoutLevel(events, base, level, measure, OPTIONS);
  // The window: the middle `width - 32` px of the plot at `level`, within the century of data.
  const centre = level * (base.range()[0] + base.range()[1]) / 2;
  const from = Math.max(level * base(T0), centre - (width - 32) / 2);
  const plot = Math.min(level * base(T0 + SPAN), centre + (width - 32) / 2) - from;
  const bin = (x: number) => {
    const s = Math.floor(((x - from) / plot) * stretches);
    return s >= 0 && s < stretches ? s : -1;
  };
  const labelled = new Array<number>(stretches).fill(0);
  const all = new Array<number>(stretches).fill(0);
  for (const p of layout.placed) if (bin(p.x0) >= 0) labelled[bin(p.x0)]++;
  for (const e of events) {
    const s = bin(markExtent(e, (t) => level * base(t))[0]);
    if (s >= 0) all[s]++;
  }
  return { labelled, all, layout };
}

/** `n` events at evenly distributed random times, titles of 8 to 38 characters. */
function uniformRows(seed: number, n: number): Row[] {
  const next = mulberry32(seed);
  return Array.from({ length: n }, () => ({ u: next(), chars: 8 + Math.floor(next() * 31) }));
}

/**
 * Clustered: `inHumps` of the events around a few centres (a sum of three uniforms, roughly
 * normal, `sigma` wide), the rest spread evenly.
 */
function clusteredRows(seed: number, n: number, centres: number[], sigma: number, inHumps: number): Row[] {
  const next = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const u = next() < inHumps ? centres[i % centres.length] + (next() + next() + next() - 1.5) * 2 * sigma : next();
    return { u, chars: 8 + Math.floor(next() * 31) };
  });
}

const seed = fc.noBias(fc.integer({ min: 0, max: 2 ** 31 - 1 }));
const chars = fc.integer({ min: 8, max: 38 });
const width = fc.constantFrom(800, 1280, 1920);
const level = fc.constantFrom(1, 2, 4);

describe('honest density', () => {
  it('spreads the labels of evenly spread data evenly: each tenth within 25% + 2 of its share (property)', function () {
    this.timeout(60_000);
    // Tolerance: a stretch holds its share of the window's labelled events (its share of the
    // window's events times their number) within ±(25% of that + 2 labels); the 2 labels
    // absorb a label that reaches over a stretch boundary (a shortest label takes ~90 px).
    fc.assert(
      fc.property(
        seed,
        fc.integer({ min: 1500, max: 6000 }),
        width,
        level,
        (n, count, w, l) => {
          const rows = uniformRows(n, count);
          const { labelled, all } = perStretch(eventsOf(rows), w, l, 10);
          const total = labelled.reduce((a, b) => a + b, 0);
          const events = all.reduce((a, b) => a + b, 0);
          labelled.forEach((count, s) => {
            const share = (total * all[s]) / events;
            expect(Math.abs(count - share), `tenth ${s}: ${count} labelled, share ${share.toFixed(1)} (${labelled.join(' ')})`).to.be.at.most(0.25 * share + 2);
          });
        },
      ),
      { seed: 1401, numRuns: 12 },
    );
  });

  it('lets labels follow clustered data: a stretch with twice the events of another never has 3 labels fewer (property)', function () {
    this.timeout(60_000);
    // Clustered data: most events in a few humps, the rest spread out. Denser stretches fill
    // up to what their lanes hold (so labels cannot grow with the data past that); sparser ones
    // get labels where there is room. Tolerance: 3 labels, about what the labels of a full
    // neighbouring stretch take from the next one's lanes (a shortest label spans ~90 px).
    const humps = fc.array(fc.noBias(fc.integer({ min: 5, max: 95 })).map((c) => c / 100), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        seed,
        fc.integer({ min: 800, max: 5000 }),
        humps,
        fc.integer({ min: 2, max: 8 }).map((p) => p / 100),
        fc.integer({ min: 60, max: 90 }).map((p) => p / 100),
        width,
        level,
        (n, count, centres, sigma, inHumps, w, l) => {
          const rows = clusteredRows(n, count, centres, sigma, inHumps);
          const stretches = 8;
          const { labelled, all } = perStretch(eventsOf(rows), w, l, stretches);
          for (let a = 0; a < stretches; a++) {
            for (let b = 0; b < stretches; b++) {
              if (all[a] >= 2 * all[b]) expect(labelled[a], `stretch ${a} (${all[a]} events) vs ${b} (${all[b]}): ${labelled.join(' ')}`).to.be.at.least(labelled[b] - 3);
            }
          }
          // No desert: a stretch with 3 events or more shows at least one label.
          all.forEach((count, s) => {
            if (count >= 3) expect(labelled[s], `stretch ${s}: ${labelled.join(' ')}`).to.be.above(0);
          });
        },
      ),
      { seed: 1402, numRuns: 12 },
    );
  });

  it('labels 5,000 evenly spread events at 1,280 px in every fortieth of the axis (the issue’s case)', () => {
    // Before: labels came in columns of ten, and 21 of the inner 32 fortieths held none.
    const rows = Array.from({ length: 5000 }, (_, i): Row => ({ u: (i + 0.5) / 5000, chars: 20 + ((i * 7) % 19) }));
    const { labelled, all } = perStretch(eventsOf(rows), 1280, 1, 40);
    const inner = labelled.slice(4, 36);
    expect(inner.filter((c) => c === 0)).to.deep.equal([]);
    // No column: no fortieth holds more than twice the mean of the inner ones.
    const mean = inner.reduce((a, b) => a + b, 0) / inner.length;
    expect(Math.max(...inner)).to.be.at.most(2 * mean);
    expect(all.slice(4, 36).every((c) => c > 100)).to.equal(true);
  });
});

describe('zooming in only adds labels', () => {
  const events = fc
    .array(
      fc.record({
        day: fc.integer({ min: 0, max: 5000 }),
        length: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 900 }) }),
        precision: fc.constantFrom('day', 'day', 'month', 'year'),
        chars: fc.integer({ min: 1, max: 45 }),
        importance: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: -1, max: 3 }) }),
      }),
      { maxLength: 250 },
    )
    .map((rows) =>
      normalizeEvents(
        rows.map((r, i) => {
          const d = new Date(Date.UTC(2000, 0, 1) + r.day * 86_400_000).toISOString();
          const start = r.precision === 'year' ? d.slice(0, 4) : r.precision === 'month' ? d.slice(0, 7) : d.slice(0, 10);
          const end = r.length ? new Date(Date.UTC(2000, 0, 1) + (r.day + r.length + 400) * 86_400_000).toISOString().slice(0, 10) : undefined;
          return { id: `e${i}`, start, ...(end ? { end } : {}), title: 'x'.repeat(r.chars), ...(r.importance === undefined ? {} : { importance: r.importance }) };
        }),
      ).events,
    );

  it('the events labelled at level L are labelled at L·√2 and at any finer level, for the same data and window (property)', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(
        events,
        fc.constantFrom(320, 800, 1280),
        fc.integer({ min: -1, max: 8 }),
        fc.integer({ min: 1, max: 10 }),
        fc.double({ min: 1, max: 40, noNaN: true }),
        fc.integer({ min: 1, max: 10 }),
        (list, w, step, maxLanes, further, minChars) => {
          const options = { ...OPTIONS, maxLanes, minLabelWidth: 7 * minChars };
          const base = createTimeScale(timeExtent(list), 16, w - 16);
          const level = 2 ** (step / 2);
          const labelled = (l: number) => new Set(layoutLevel(list, base, l, measure, options).layout.placed.map((p) => p.event.id));
          const coarse = labelled(level);
          for (const finer of [level * Math.SQRT2, level * Math.SQRT2 * further]) {
            const fine = labelled(finer);
            for (const id of coarse) expect(fine.has(id), `${id} labelled at ${level} but not at ${finer}`).to.equal(true);
          }
        },
      ),
      { seed: 1403, numRuns: 250 },
    );
  });
  it('keeps the label of an event whose neighbour’s label moves from left of its mark to the right when zoomed in', () => {
    // At level 1 in 320 px, "xxx…" (21 characters, 147 px) has no room on the right and sits
    // left of its mark; at √2 it moves right, over the last event's mark.
    const list = normalizeEvents([
      { id: 'last', start: '2008-03-05', title: 'x' },
      { id: 'moves', start: '2006-11-23', title: 'x'.repeat(21) },
      { id: 'first', start: '2001-01-02', title: 'x'.repeat(35) },
    ]).events;
    const options = { ...OPTIONS, maxLanes: 1, minLabelWidth: 70 };
    const base = createTimeScale(timeExtent(list), 16, 304);
    const at = (l: number) => layoutLevel(list, base, l, measure, options).layout.placed;
    expect(at(1).find((p) => p.event.id === 'moves')?.labelLeft).to.equal(true);
    expect(at(Math.SQRT2).find((p) => p.event.id === 'moves')?.labelLeft).to.equal(false);
    const labelled = (l: number) => at(l).map((p) => p.event.id).sort();
    for (const id of labelled(1)) expect(labelled(Math.SQRT2)).to.include(id);
    for (const id of labelled(Math.SQRT2)) expect(labelled(2)).to.include(id);
  });

  it('keeps the labels of events near the plot’s end, whose labels move from left of their marks to the right as the plot grows (property)', function () {
    this.timeout(60_000);
    // A label with no room on the right sits left of its mark; zoomed in, the room grows and it
    // moves right, into the room of its neighbours. It reserves that room beforehand.
    const nearEnd = fc.array(
      fc.record({ late: fc.boolean(), at: fc.noBias(fc.integer({ min: 0, max: 1000 })), chars: fc.integer({ min: 1, max: 40 }) }),
      { minLength: 2, maxLength: 14 },
    );
    fc.assert(
      fc.property(nearEnd, fc.constantFrom(320, 800), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 10 }), (rows, w, maxLanes, minChars) => {
        const list = normalizeEvents(
          rows.map((r, i) => ({
            id: `e${i}`,
            start: new Date(Date.UTC(2000, 0, 1) + Math.floor((r.late ? 0.8 + (0.2 * r.at) / 1000 : r.at / 1000) * 3000) * 86_400_000).toISOString().slice(0, 10),
            title: 'x'.repeat(r.chars),
          })),
        ).events;
        const options = { ...OPTIONS, maxLanes, minLabelWidth: 7 * minChars };
        const base = createTimeScale(timeExtent(list), 16, w - 16);
        const labelled = (l: number) => new Set(layoutLevel(list, base, l, measure, options).layout.placed.map((p) => p.event.id));
        // Every level from √½ to 16, each against the next.
        let coarse = labelled(Math.SQRT1_2);
        for (let step = 0; step <= 8; step++) {
          const level = 2 ** (step / 2);
          const fine = labelled(level);
          for (const id of coarse) expect(fine.has(id), `${id} labelled at ${level / Math.SQRT2} but not at ${level}`).to.equal(true);
          coarse = fine;
        }
      }),
      { seed: 1406, numRuns: 1500 },
    );
  });
});

describe('importance', () => {
  it('keeps the labels of the most important events among 3,000', () => {
    const rows = Array.from({ length: 3000 }, (_, i): Row => ({ u: ((i * 7919) % 3000) / 3000, chars: 24, importance: i % 120 === 17 ? 5 : undefined }));
    const events = eventsOf(rows);
    const important = events.filter((e) => e.importance === 5).map((e) => e.id);
    expect(important).to.have.length(25);
    const { layout } = layoutLevel(events, baseScale(1280), 1, measure, OPTIONS);
    const labelled = new Set(layout.placed.map((p) => p.event.id));
    for (const id of important) expect(labelled.has(id), id).to.equal(true);
  });

  it('gives lanes to events on single days before periods of equal importance, and to a period marked important', () => {
    // 40 day events over 1950–1990 and 6 five-year periods over them (an eighth of the span:
    // not major periods), 4 lanes at 800 px.
    const days = Array.from({ length: 40 }, (_, i) => ({ id: `d${i}`, start: `${1950 + i}-06-01`, title: 'x'.repeat(12) }));
    const periods = Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, start: `${1950 + 6 * i}`, end: `${1954 + 6 * i}`, title: 'x'.repeat(12), ...(i === 3 ? { importance: 1 } : {}) }));
    const list = normalizeEvents([...days, ...periods]).events;
    const { layout } = layoutLevel(list, baseScale(800), 1, measure, { ...OPTIONS, maxLanes: 4 });
    const labelled = new Set(layout.placed.map((p) => p.event.id));
    expect(labelled.has('p3')).to.equal(true);
    for (const id of ['p0', 'p1', 'p2', 'p4', 'p5']) expect(labelled.has(id), id).to.equal(false);
    // Shortest labels take 90 px, about 12.7 years here: 4 lanes hold 8 of the days besides p3.
    expect(days.filter((d) => labelled.has(d.id)).length).to.be.at.least(6);
  });

  it('gives a lane to a major period (a quarter of the time span or more) before the day events it covers', () => {
    // The sample data's two decades of ties over a pile-up of 60 events on one day.
    const crowd = Array.from({ length: 60 }, (_, i) => ({ id: `c${i}`, start: '2012-05-05', title: `Same day ${i}` }));
    const list = normalizeEvents([{ id: 'decade', start: '2000-07-19', end: '2023-07-19', title: 'Two decades of ties' }, { id: 'first', start: '2000-07-19', title: 'First' }, ...crowd]).events;
    const scale = createTimeScale(timeExtent(list), 16, 984);
    const { layout } = layoutLevel(list, scale, 1, measure, OPTIONS);
    expect(layout.placed.some((p) => p.event.id === 'decade')).to.equal(true);
    expect(layout.placed.filter((p) => p.event.id.startsWith('c'))).to.have.length(9);
  });

  it('clusters a point event only when maxLanes events at least as important are within a label’s reach (property)', function () {
    this.timeout(60_000);
    // Reach: what a shortest label and its mark take on either side, plus the gap.
    const reach = OPTIONS.markWidth * 1.5 + OPTIONS.labelPadding * 2 + OPTIONS.minLabelWidth * 2 + OPTIONS.gap;
    fc.assert(
      fc.property(
        seed,
        fc.integer({ min: 200, max: 3000 }),
        width,
        (n, count, w) => {
          const next = mulberry32(n + 1);
          const events = eventsOf(uniformRows(n, count).map((r) => ({ ...r, importance: Math.floor(next() * next() * 5) })));
          const base = baseScale(w);
          const { layout } = layoutLevel(events, base, 1, measure, OPTIONS);
          const x = (e: TimelineEvent) => base((e.t0 + e.t1) / 2);
          const sorted = [...events].sort((a, b) => x(a) - x(b));
          const position = new Map(sorted.map((e, k) => [e, k]));
          for (const cluster of layout.clusters) {
            for (const e of cluster.events) {
              // Events at least as important within reach, on either side.
              let near = 0;
              for (const direction of [-1, 1]) {
                for (let k = position.get(e)! + direction; k >= 0 && k < sorted.length && Math.abs(x(sorted[k]) - x(e)) <= reach; k += direction) {
                  if ((sorted[k].importance ?? 0) >= (e.importance ?? 0)) near++;
                }
              }
              expect(near, `${e.id} (importance ${e.importance})`).to.be.at.least(OPTIONS.maxLanes);
            }
          }
        },
      ),
      { seed: 1404, numRuns: 15 },
    );
  });
});

describe('placementRanks', () => {
  it('gives the same ranks for the same events, and new ranks once the array holds other events', () => {
    const list = eventsOf(uniformRows(7, 50));
    const first = Array.from(placementRanks(list));
    expect(Array.from(placementRanks(list.slice()))).to.deep.equal(first);
    const important = normalizeEvents([{ id: 'x', start: '1950', title: 'x'.repeat(10), importance: 9 }]).events[0];
    const changed = list.slice();
    changed[10] = important;
    const before = Array.from(placementRanks(changed));
    changed[10] = list[10];
    expect(Array.from(placementRanks(changed))).to.deep.equal(first);
    expect(before[10]).to.equal(0);
    expect(first).to.not.deep.equal(before);
  });
});

describe('"+N" boxes', () => {
  const options: TimelineLayoutOptions = { ...OPTIONS, maxLanes: 2, bounds: [0, 800] };

  it('draws each box from its first event’s mark, as wide as its events reach but at least the badge and at most the limit, gap apart (property)', () => {
    // The rule (timeline-layout.ts): x0 = left edge of the first member's mark;
    // x1 = max(x0 + badge, min(x0 + clusterMaxWidth, reach of the members' marks));
    // every member's mark starts in [x0, x1 + gap); boxes are at least gap apart.
    fc.assert(
      fc.property(
        fc.array(fc.record({ u: fc.double({ min: 0, max: 1, noNaN: true }), chars, span: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.2, noNaN: true })) }), { maxLength: 400 }),
        (rows) => {
          const events = normalizeEvents(
            rows.map((r, i) => {
              const start = new Date(T0 + r.u * SPAN).toISOString().slice(0, 10);
              const end = r.span ? new Date(T0 + (r.u + r.span) * SPAN + 86_400_000).toISOString().slice(0, 10) : undefined;
              return { id: `e${i}`, start, ...(end ? { end } : {}), title: 'x'.repeat(r.chars) };
            }),
          ).events;
          const scale = baseScale(800);
          const { clusters } = layoutTimeline(events, (t) => scale(t), measure, options);
          const half = options.markWidth / 2;
          clusters.forEach((c, k) => {
            const lefts = c.events.map((e) => markExtent(e, (t) => scale(t))[0] - half);
            const rights = c.events.map((e) => {
              const [a, b] = markExtent(e, (t) => scale(t));
              return Math.max(b, a + half);
            });
            expect(c.x0).to.equal(Math.min(...lefts));
            expect(c.x0).to.equal(lefts[0]);
            const reach = Math.max(...rights);
            expect(c.x1).to.equal(Math.max(c.x0 + options.clusterBadgeWidth, Math.min(c.x0 + options.clusterMaxWidth!, reach)));
            // Never wider than the members span, beyond the room the badge needs.
            expect(c.x1 - c.x0).to.be.at.most(Math.max(options.clusterBadgeWidth, reach - c.x0));
            for (const l of lefts) expect(l).to.be.below(c.x1 + options.gap);
            if (k > 0) expect(c.x0).to.be.at.least(clusters[k - 1].x1 + options.gap);
          });
        },
      ),
      { seed: 1405, numRuns: 150 },
    );
  });

  it('draws a box over a pile-up of one day as wide as the badge', () => {
    const events = normalizeEvents(Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, start: '1950-06-01', title: 'x'.repeat(12) }))).events;
    const scale = baseScale(800);
    const { clusters } = layoutTimeline(events, (t) => scale(t), measure, options);
    expect(clusters).to.have.length(1);
    const x = scale(Date.UTC(1950, 5, 1, 12));
    expect(clusters[0].x0).to.be.closeTo(x - 6, 1e-9);
    expect(clusters[0].x1 - clusters[0].x0).to.equal(options.clusterBadgeWidth);
    expect(clusters[0].events).to.have.length(28);
  });
});
