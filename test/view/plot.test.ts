/**
 * The view contract without a page: both orientation adapters turn the same data into frames that
 * the one set of templates draws. A fake text measurer (7 px a character) keeps them deterministic.
 */
import { expect } from '@open-wc/testing';
import { identity as zoomIdentity, ViewTransform } from '../../src/view/transform';
import { normalizeEvents } from '../../src/model/normalize';
import { createTimeScale, timeExtent } from '../../src/layout/scale';
import { finestPrecision, levelFor, type LevelLayout } from '../../src/layout/zoom-levels';
import { groupByCategory } from '../../src/layout/categories';
import { createTickFormat } from '../../src/time/format';
import { HorizontalPlot, HORIZONTAL } from '../../src/view/horizontal';
import { GroupedHorizontalPlot } from '../../src/view/categories';
import { VerticalPlot, VERTICAL } from '../../src/view/vertical';
import type { Frame, Plot, PlotInput } from '../../src/view/frame';
import type { NormalizedData } from '../../src/model/types';
import { sampleEvents } from '../harness';

const measure = (s: string) => Array.from(s).length * 7;
const noFocus = { focused: null, selected: null };

function input(data: NormalizedData, width: number, grouped = false): PlotInput {
  const titleWidths = Float64Array.from(data.events, (e) => measure(e.title));
  const categories = grouped ? groupByCategory(data.events, titleWidths) : undefined;
  return {
    data,
    width,
    laneHeight: 32,
    markSize: 12,
    measure,
    tickFormat: createTickFormat('en-GB'),
    base: createTimeScale(timeExtent(data.events), HORIZONTAL.margin, width - HORIZONTAL.margin),
    finest: finestPrecision(data.events),
    titleWidths,
    categories,
    bands: categories,
    words: { uncategorized: 'Other', era: 'Era' },
  };
}

/**
 * The horizontal adapter (in category bands when the input has them) with a plain cache of level
 * layouts (the element's controller lays out between gestures).
 */
function horizontal(i: PlotInput): HorizontalPlot {
  const cache = new Map<number, LevelLayout>();
  const levels = {
    layoutFor(k: number): LevelLayout {
      const level = levelFor(k);
      if (!cache.has(level)) cache.set(level, plot.layoutLevel(level));
      return cache.get(level)!;
    },
  };
  const plot: HorizontalPlot = i.bands ? new GroupedHorizontalPlot({ ...i, bands: i.bands }, levels) : new HorizontalPlot(i, levels);
  return plot;
}

const ids = (frame: Frame) => frame.events.map((e) => e.event.id).sort();
const markAt = (frame: Frame, id: string) => {
  const m = frame.events.find((e) => e.event.id === id)!.mark;
  return m.kind === 'point' ? { x: m.cx, y: m.cy } : { x: m.x, y: m.y };
};

describe('the orientation adapters', () => {
  const data = normalizeEvents(sampleEvents);

  it('draw the same events, each once, in both orientations', () => {
    const h = horizontal(input(data, 1000)).frame(zoomIdentity, noFocus);
    const v = new VerticalPlot(input(data, 390)).frame(zoomIdentity, noFocus);
    expect(ids(h)).to.deep.equal(data.events.map((e) => e.id).sort());
    expect(ids(v)).to.deep.equal(ids(h));
    expect(h.clusters).to.have.length(0);
    expect(v.clusters).to.have.length(0);
  });

  it('run time left to right horizontally and top to bottom vertically', () => {
    const h = horizontal(input(data, 1000)).frame(zoomIdentity, noFocus);
    const v = new VerticalPlot(input(data, 390)).frame(zoomIdentity, noFocus);
    expect(markAt(h, 'decl').x).to.be.lessThan(markAt(h, 'visit').x);
    expect(markAt(h, 'visit').x).to.be.lessThan(markAt(h, 'anniv').x);
    expect(markAt(v, 'decl').y).to.be.lessThan(markAt(v, 'visit').y);
    expect(markAt(v, 'visit').y).to.be.lessThan(markAt(v, 'anniv').y);
    // The vertical axis stands at the start side, left of every mark.
    for (const e of v.events) expect(markAt(v, e.event.id).x).to.be.greaterThan(v.axisLine[0]);
  });

  it('keep labels inside the plot in both orientations', () => {
    for (const [plot, width] of [[horizontal(input(data, 700)), 700], [new VerticalPlot(input(data, 360)), 360]] as [Plot, number][]) {
      const frame = plot.frame(zoomIdentity, noFocus);
      for (const e of frame.events) {
        const right = e.label.x + Math.max(...e.label.lines.map(measure));
        expect(e.label.x, `${plot.orientation} ${e.event.id}`).to.be.at.least(-0.5);
        expect(right, `${plot.orientation} ${e.event.id}`).to.be.at.most(width + 0.5);
      }
    }
  });

  it('choose the tab stop: the focused event, else the selected, else the earliest in view', () => {
    for (const plot of [horizontal(input(data, 1000)), new VerticalPlot(input(data, 390))]) {
      expect(plot.frame(zoomIdentity, { focused: 'visit', selected: 'anniv' }).tabStop).to.equal('visit');
      expect(plot.frame(zoomIdentity, { focused: null, selected: 'anniv' }).tabStop).to.equal('anniv');
      expect(plot.frame(zoomIdentity, noFocus).tabStop).to.equal('decl');
    }
  });

  it('read arrow keys as directions in time: ↑ is earlier in the vertical layout, ← is later right to left', () => {
    const v: Plot = new VerticalPlot(input(data, 390));
    expect(v.logicalKey('ArrowUp', false)).to.equal('ArrowLeft');
    expect(v.logicalKey('ArrowDown', true)).to.equal('ArrowRight');
    const h = horizontal(input(data, 1000));
    expect(h.logicalKey('ArrowLeft', false)).to.equal('ArrowLeft');
    expect(h.logicalKey('ArrowLeft', true)).to.equal('ArrowRight');
  });

  it('pan a drawn event that is out of view into view without zooming (horizontal)', () => {
    const plot = horizontal(input(data, 1000));
    const zoomed = new ViewTransform(4, -3000);
    const target = plot.revealTransform(data.events.find((e) => e.id === 'decl')!, zoomed, { maxK: 100, constrain: (t) => t })!;
    expect(target.k).to.equal(4);
    const frame = plot.frame(target, noFocus);
    const x = markAt(frame, 'decl').x;
    expect(x).to.be.within(0, 1000);
    expect(plot.revealTransform(data.events[0], zoomIdentity, { maxK: 100, constrain: (t) => t })).to.equal(undefined);
  });
});

describe('the vertical adapter', () => {
  it('zooms in on an event merged into a "+N" until it is drawn on its own', () => {
    const crowd = normalizeEvents([
      ...Array.from({ length: 40 }, (_, i) => ({ id: `d${i}`, start: `2010-0${5 + Math.floor(i / 20)}-${String(1 + (i % 20)).padStart(2, '0')}`, title: `Crowded day event ${i}` })),
      { id: 'far', start: '1990', title: 'Far' },
      { id: 'late', start: '2030', title: 'Late' },
    ]);
    const plot = new VerticalPlot(input(crowd, 390));
    const hidden = crowd.events.find((e) => !plot.draws(e.id, zoomIdentity));
    expect(hidden, 'some event is clustered at the fitted view').to.exist;
    const target = plot.revealTransform(hidden!, zoomIdentity, { maxK: 1e6, constrain: (t) => t })!;
    expect(target.k).to.be.greaterThan(1);
    expect(plot.draws(hidden!.id, target)).to.equal(true);
  });

  it('draws category bands side by side, each event in its own band, with titles above', () => {
    const grouped = normalizeEvents(
      Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, start: `${1990 + i}`, title: `Event ${i}`, category: ['a', 'b', 'c'][i % 3] })),
    );
    const frame = new VerticalPlot(input(grouped, 600, true)).frame(zoomIdentity, noFocus);
    expect(frame.groups.map((g) => g.group.category)).to.deep.equal(['a', 'b', 'c']);
    for (const e of frame.events) {
      const band = frame.groups.find((g) => g.group.category === e.event.category)!.band;
      expect(markAt(frame, e.event.id).x).to.be.within(band.x, band.x + band.width);
      expect(e.colorIndex).to.equal(['a', 'b', 'c'].indexOf(e.event.category!));
    }
  });

  it('folds the smallest categories into "Other" where not all bands fit, and bands nothing where two do not', () => {
    const grouped = normalizeEvents(
      Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, start: `${1980 + i}`, title: `E${i}`, category: i < 20 ? 'big' : ['s1', 's2', 's3', 's4'][i % 4] })),
    );
    const mid = new VerticalPlot(input(grouped, 2 * VERTICAL.minBandWidth + 80, true)).frame(zoomIdentity, noFocus);
    expect(mid.groups.map((g) => g.label.lines[0])).to.deep.equal(['\u2068big\u2069 (20)', 'Other (20)']);
    const narrow = new VerticalPlot(input(grouped, VERTICAL.minBandWidth + 60, true)).frame(zoomIdentity, noFocus);
    expect(narrow.groups).to.have.length(0);
    expect(narrow.events.every((e) => e.colorIndex !== undefined)).to.equal(true);
  });

  it('titles eras along the axis, in a column of their own left of the events', () => {
    const withEras = normalizeEvents({
      events: [
        { id: 'a', start: '1950', title: 'First' },
        { id: 'b', start: '1990', title: 'Second' },
      ],
      eras: [{ start: '1945', end: '1970', title: 'Post-war years' }],
    });
    const frame = new VerticalPlot(input(withEras, 390)).frame(zoomIdentity, noFocus);
    expect(frame.eras).to.have.length(1);
    const title = frame.eras[0].title!;
    expect(title.along).to.equal(true);
    expect(title.lines[0]).to.equal('Post-war years');
    for (const e of frame.events) expect(e.hit.x).to.be.greaterThan(title.x + 8);
  });
});

describe('the horizontal adapter', () => {
  it('draws at most a few category bands, the smallest folded into "Other"', () => {
    const many = normalizeEvents(Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, start: `${1960 + i}`, title: `E${i}`, category: `c${i % 20}` })));
    const frame = horizontal(input(many, 1200, true)).frame(zoomIdentity, noFocus);
    expect(frame.groups).to.have.length(HORIZONTAL.maxBands);
    expect(frame.groups.at(-1)!.label.lines[0]).to.match(/^Other \(\d+\)$/);
    const drawn = frame.events.length + frame.clusters.reduce((n, c) => n + c.events.length, 0);
    expect(drawn).to.equal(60);
  });
});
