import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { normalizeEvents } from '../../src/model/normalize';
import type { TimelineEvent } from '../../src/model/types';
import { layoutVertical, layoutVerticalFitting, verticalPlotHeight, type VerticalLayoutOptions } from '../../src/layout/vertical';
import { orientationFor } from '../../src/layout/orientation';
import { wrapText } from '../../src/layout/wrap';
import { mount, overlappingLabels, sampleEvents, type TimelineHarness } from '../harness';

/** A fake measurer: 7 px per code point, whatever the font. */
const measure = (s: string) => Array.from(s).length * 7;

function events(input: unknown[]): TimelineEvent[] {
  return normalizeEvents(input).events;
}

const YEAR = 365.2425 * 86_400_000;
const base: VerticalLayoutOptions = {
  t0: Date.UTC(2000, 0, 1),
  t1: Date.UTC(2024, 0, 1),
  top: 16,
  bottom: 784,
  left: 60,
  right: 380,
  lineHeight: 22,
  maxLines: 3,
  gap: 4,
  markWidth: 12,
  labelPadding: 6,
  minColumnWidth: 120,
  clusterWidth: 52,
};

describe('orientationFor', () => {
  it('orientationFor("auto") is vertical below 600 px and horizontal from 600 px', () => {
    expect(orientationFor('auto', 390)).to.equal('vertical');
    expect(orientationFor('auto', 599)).to.equal('vertical');
    expect(orientationFor('auto', 600)).to.equal('horizontal');
  });

  it('orientationFor("auto") is horizontal before the width is known', () => {
    expect(orientationFor('auto', 0)).to.equal('horizontal');
  });

  it('orientationFor keeps an explicit orientation at any width, and reads anything else as auto', () => {
    expect(orientationFor('horizontal', 300)).to.equal('horizontal');
    expect(orientationFor('vertical', 1600)).to.equal('vertical');
    expect(orientationFor('sideways', 300)).to.equal('vertical');
  });
});

describe('verticalPlotHeight', () => {
  it('verticalPlotHeight gives each event its share, within the bounds', () => {
    const opts = { perEvent: 28, min: 400, max: 4000 };
    expect(verticalPlotHeight(4, opts)).to.equal(400);
    expect(verticalPlotHeight(50, opts)).to.equal(1400);
    expect(verticalPlotHeight(100_000, opts)).to.equal(4000);
  });
});

describe('wrapText', () => {
  it('wrapText keeps a label that fits on one line', () => {
    expect(wrapText('Summit', 100, 3, measure)).to.deep.equal(['Summit']);
  });

  it('wrapText breaks at spaces, each line within the width', () => {
    const lines = wrapText('Kim Jong Il and Putin sign the declaration', 100, 4, measure);
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) expect(measure(line)).to.be.at.most(100);
    expect(lines.join(' ')).to.equal('Kim Jong Il and Putin sign the declaration');
  });

  it('wrapText shortens the last line with "…" when the text needs more lines', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 60, 2, measure);
    expect(lines).to.have.length(2);
    expect(lines[1].endsWith('…')).to.equal(true);
    for (const line of lines) expect(measure(line)).to.be.at.most(60);
  });

  it('wrapText breaks a word wider than the line between characters', () => {
    const lines = wrapText('Supercalifragilistic', 70, 3, measure);
    expect(lines.join('')).to.equal('Supercalifragilistic');
    for (const line of lines) expect(measure(line)).to.be.at.most(70);
  });

  it('wrapText never exceeds the width or the number of lines (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.integer({ min: 10, max: 300 }), fc.integer({ min: 1, max: 5 }), (text, width, maxLines) => {
        const lines = wrapText(text, width, maxLines, measure);
        expect(lines.length).to.be.within(1, maxLines);
        for (const line of lines) expect(measure(line)).to.be.at.most(width);
      }),
    );
  });
});

describe('layoutVertical', () => {
  it('layoutVertical puts time downwards: a later event is lower', () => {
    const layout = layoutVertical(events([{ id: 'a', start: '2001-01-01', title: 'A' }, { id: 'b', start: '2020-01-01', title: 'B' }]), measure, base);
    const [a, b] = layout.placed;
    expect(a.event.id).to.equal('a');
    expect(b.y0).to.be.greaterThan(a.y0);
    expect(a.y0).to.be.closeTo(base.top + ((Date.UTC(2001, 0, 1) + 43_200_000 - base.t0) / (base.t1 - base.t0)) * (base.bottom - base.top), 0.01);
  });

  it('layoutVertical uses one column when the labels have room, and a second for two events on one day', () => {
    const apart = layoutVertical(events([{ id: 'a', start: '2001-01-01', title: 'A' }, { id: 'b', start: '2010-01-01', title: 'B' }]), measure, base);
    expect(apart.columnCount).to.equal(1);
    const same = layoutVertical(events([{ id: 'a', start: '2001-01-01', title: 'A' }, { id: 'b', start: '2001-01-01', title: 'B' }]), measure, base);
    expect(same.columnCount).to.equal(2);
    expect(same.placed.map((p) => p.column).sort()).to.deep.equal([0, 1]);
    expect(same.placed[1].x).to.be.greaterThan(same.placed[0].x);
  });

  it('layoutVertical draws a span as a bar from its start to its end, clipped to the window', () => {
    const layout = layoutVertical(events([{ id: 's', start: '1990', end: '2010', title: 'Long span' }]), measure, base);
    const [s] = layout.placed;
    expect(s.y0).to.equal(base.top);
    expect(s.y1).to.be.closeTo(base.top + ((Date.UTC(2011, 0, 1) - base.t0) / (base.t1 - base.t0)) * (base.bottom - base.top), 0.01);
  });

  it('layoutVertical leaves out events outside the window', () => {
    const layout = layoutVertical(events([{ id: 'old', start: '1950', title: 'Old' }, { id: 'in', start: '2005-05-05', title: 'In' }]), measure, base);
    expect(layout.placed.map((p) => p.event.id)).to.deep.equal(['in']);
    expect(layout.clusters).to.have.length(0);
  });

  it('layoutVertical wraps labels to their column and never lets two items of a column overlap (property)', () => {
    const day = fc.integer({ min: 0, max: 24 * 365 });
    const input = fc.array(
      fc.record({ d: day, len: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3000 })), title: fc.string({ minLength: 1, maxLength: 80 }) }),
      { minLength: 1, maxLength: 120 },
    );
    fc.assert(
      fc.property(input, fc.integer({ min: 200, max: 600 }), (raw, right) => {
        const list = events(
          raw.map((r, i) => {
            const start = new Date(Date.UTC(2000, 0, 1) + r.d * 86_400_000).toISOString().slice(0, 10);
            const end = r.len ? new Date(Date.UTC(2000, 0, 1) + (r.d + r.len) * 86_400_000).toISOString().slice(0, 10) : undefined;
            return { id: `e${i}`, start, end, title: r.title.trim() || 'x' };
          }),
        );
        const options = { ...base, right };
        const layout = layoutVertical(list, measure, options);
        const inWindow = list.filter((e) => (e.isSpan ? e.t1 > options.t0 && e.t0 < options.t1 : (e.t0 + e.t1) / 2 >= options.t0 && (e.t0 + e.t1) / 2 <= options.t1));
        // Every event in the window is placed or in exactly one cluster.
        const clustered = layout.clusters.flatMap((c) => c.events.map((e) => e.id));
        expect(new Set([...layout.placed.map((p) => p.event.id), ...clustered]).size).to.equal(inWindow.length);
        expect(layout.placed.length + clustered.length).to.equal(inWindow.length);
        for (const p of layout.placed) {
          expect(p.lines.length).to.be.within(1, options.maxLines);
          for (const line of p.lines) expect(measure(line)).to.be.at.most(p.labelWidth + 1e-9);
          expect(p.labelX + p.labelWidth).to.be.at.most(options.right + 1e-9);
        }
        const byColumn = new Map<number, typeof layout.placed>();
        for (const p of layout.placed) byColumn.set(p.column, [...(byColumn.get(p.column) ?? []), p]);
        for (const column of byColumn.values()) {
          column.sort((a, b) => a.extentTop - b.extentTop);
          for (let i = 1; i < column.length; i++) expect(column[i].extentTop).to.be.at.least(column[i - 1].extentBottom + options.gap - 1e-6);
        }
        // Clusters sit in their own column at the right, inside the width.
        for (const c of layout.clusters) expect(c.x + options.clusterWidth).to.be.at.most(options.right + 1e-9);
        for (const p of layout.placed) if (layout.clusters.length) expect(p.labelX + p.labelWidth).to.be.at.most(layout.clusters[0].x + 1e-9);
      }),
      { numRuns: 150 },
    );
  });

  it('layoutVerticalFitting grows the plot until nothing is clustered, within its bound', () => {
    const crowded = events(Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, start: `2010-0${1 + (i % 9)}-1${i % 10}`, title: `Event ${i} with a title` })));
    const short = { ...base, t0: Date.UTC(2010, 0, 1), t1: Date.UTC(2011, 0, 1), bottom: 400 };
    expect(layoutVertical(crowded, measure, short).clusters.length).to.be.greaterThan(0);
    const { layout, bottom } = layoutVerticalFitting(crowded, measure, short, 20_000);
    expect(layout.clusters).to.have.length(0);
    expect(bottom).to.be.greaterThan(400);
    const capped = layoutVerticalFitting(crowded, measure, short, 500);
    expect(capped.bottom).to.equal(500);
    expect(capped.layout.clusters.length).to.be.greaterThan(0);
  });

  it('layoutVertical gives the places to the most important events when not all fit', () => {
    const crowded = events(
      Array.from({ length: 120 }, (_, i) => ({ id: `e${i}`, start: `2010-0${1 + (i % 9)}-1${i % 10}`, title: `Event ${i} with a title`, ...(i % 24 === 5 ? { importance: 3 } : {}) })),
    );
    const short = { ...base, t0: Date.UTC(2010, 0, 1), t1: Date.UTC(2011, 0, 1), bottom: 400 };
    const layout = layoutVertical(crowded, measure, short);
    expect(layout.clusters.length).to.be.greaterThan(0);
    const placed = new Set(layout.placed.map((p) => p.event.id));
    for (const e of crowded.filter((e) => e.importance === 3)) expect(placed.has(e.id), e.id).to.equal(true);
  });

  it('layoutVertical spreads the placed events over the window when not all fit, never taking the earliest first', () => {
    const even = events(Array.from({ length: 400 }, (_, i) => ({ id: `e${i}`, start: new Date(Date.UTC(2010, 0, 1) + i * 21_600_000 * 3).toISOString().slice(0, 10), title: `Event ${i}` })));
    const window = { ...base, t0: Date.UTC(2010, 0, 1), t1: Date.UTC(2010, 3, 11), bottom: 600 };
    const layout = layoutVertical(even, measure, window);
    expect(layout.clusters.length).to.be.greaterThan(0);
    const quarter = (t: number) => Math.min(3, Math.floor(((t - window.t0) / (window.t1 - window.t0)) * 4));
    const counts = [0, 0, 0, 0];
    for (const p of layout.placed) counts[quarter(p.event.t0)]++;
    const mean = layout.placed.length / 4;
    // Tolerance: each quarter within a third of the mean.
    for (const c of counts) expect(Math.abs(c - mean), counts.join(' ')).to.be.at.most(mean / 3);
  });

  it('layoutVertical draws each "+N" box from its first member, over its members, with the badge below them, boxes gap apart (property)', () => {
    // The rule of assignLanes' clusters, with the time axis down: y0 is the top of the first
    // member's first line (its mark less half a line), y1 is where the members' marks end plus
    // the badge; never taller than that.
    const input = fc.array(fc.record({ d: fc.integer({ min: 0, max: 365 }), len: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })) }), { minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(input, (raw) => {
        const list = events(
          raw.map((r, i) => ({
            id: `e${i}`,
            start: new Date(Date.UTC(2010, 0, 1) + r.d * 86_400_000).toISOString().slice(0, 10),
            ...(r.len ? { end: new Date(Date.UTC(2010, 0, 1) + (r.d + r.len) * 86_400_000).toISOString().slice(0, 10) } : {}),
            title: `Event ${i}`,
          })),
        );
        const options = { ...base, t0: Date.UTC(2010, 0, 1), t1: Date.UTC(2011, 1, 1), bottom: 300, right: 200 };
        const layout = layoutVertical(list, measure, options);
        const y = (t: number) => options.top + ((t - options.t0) / (options.t1 - options.t0)) * (options.bottom - options.top);
        const badge = Math.max(options.lineHeight, 24);
        layout.clusters.forEach((c, k) => {
          const tops = c.events.map((e) => (e.isSpan ? Math.max(options.top, y(e.t0)) : y((e.t0 + e.t1) / 2)));
          const ends = c.events.map((e) => (e.isSpan ? Math.min(options.bottom, Math.max(y(e.t0), y(e.t1))) : y((e.t0 + e.t1) / 2)));
          expect(c.y0).to.be.closeTo(Math.min(...tops) - options.lineHeight / 2, 1e-6);
          expect(c.y1).to.be.closeTo(Math.max(...ends) + badge, 1e-6);
          if (k > 0) expect(c.y0).to.be.at.least(layout.clusters[k - 1].y1 + options.gap - 1e-6);
        });
      }),
      { seed: 1407, numRuns: 150 },
    );
  });
});

// ---- the element in the vertical layout ----------------------------------------------------

function verticalSvg(t: TimelineHarness): SVGSVGElement | null {
  return t.root.querySelector('svg.vertical');
}

function labelsInsideHost(t: TimelineHarness): string[] {
  const host = t.el.getBoundingClientRect();
  return t.labels()
    .filter((label) => {
      const box = label.getBoundingClientRect();
      return box.left < host.left - 0.5 || box.right > host.right + 0.5 || box.top < host.top - 0.5 || box.bottom > host.bottom + 0.5;
    })
    .map((label) => label.textContent ?? '');
}

async function article(): Promise<unknown> {
  return (await fetch('/data/dprk-russia-2000-2023.json')).json();
}

describe('<event-timeline> vertical layout', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  it('turns vertical in a container narrower than 600 px (orientation="auto")', async () => {
    const t = await mount({ width: 390, events: sampleEvents });
    expect(verticalSvg(t)).to.exist;
    expect(t.root.querySelector('svg.main')).to.equal(null);
    expect(t.events()).to.have.length(sampleEvents.length);
  });

  it('stays horizontal at 390 px with orientation="horizontal", and is vertical at 1000 px with orientation="vertical"', async () => {
    const t = await mount({ width: 390, events: sampleEvents });
    t.el.orientation = 'horizontal';
    await t.settle();
    expect(t.root.querySelector('svg.main')).to.exist;
    const wide = await mount({ width: 1000, events: sampleEvents });
    expect(verticalSvg(wide)).to.equal(null);
    wide.el.setAttribute('orientation', 'vertical');
    await wide.settle();
    expect(verticalSvg(wide)).to.exist;
  });

  it("follows the container's width, not the window's", async () => {
    const t = await mount({ width: 800, events: sampleEvents });
    expect(verticalSvg(t)).to.equal(null);
    t.container.style.width = '390px';
    await new Promise((r) => setTimeout(r, 50));
    await t.settle();
    expect(verticalSvg(t)).to.exist;
    t.container.style.width = '700px';
    await new Promise((r) => setTimeout(r, 50));
    await t.settle();
    expect(verticalSvg(t)).to.equal(null);
  });

  it('runs time downwards: each later event is drawn lower', async () => {
    const t = await mount({ width: 390, events: sampleEvents });
    const y = (id: string) => t.event(id).querySelector('.mark')!.getBoundingClientRect().top;
    expect(y('decl')).to.be.lessThan(y('year'));
    expect(y('year')).to.be.lessThan(y('visit'));
    expect(y('visit')).to.be.lessThan(y('anniv'));
  });

  it('draws the article at 390 px with no overlapping labels, every label inside, and no horizontal overflow', async () => {
    const t = await mount({ width: 390, events: await article() });
    expect(t.events()).to.have.length(4);
    expect(t.clusters()).to.have.length(0);
    expect(overlappingLabels(t.labels())).to.deep.equal([]);
    expect(labelsInsideHost(t)).to.deep.equal([]);
    expect(t.el.scrollWidth).to.be.at.most(390);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    // The labels are whole: wrapped onto lines, not cut.
    const text = t.labels().map((l) => l.textContent);
    expect(text).to.include('Kim Jong Il and Putin sign DPRK-Russia Joint Declaration');
  });

  it('keeps 300 crowded events apart at 390 px: no overlap, everything inside, every event drawn or counted', async () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      id: `e${i}`,
      start: `${1950 + (i % 70)}-0${1 + (i % 9)}-1${i % 10}`,
      title: `Generated event number ${i} with a longer title than most`,
    }));
    const t = await mount({ width: 390, events: many });
    expect(overlappingLabels(t.labels())).to.deep.equal([]);
    expect(labelsInsideHost(t)).to.deep.equal([]);
    const counted = t.clusters().reduce((n, c) => n + Number(/\+(\d+)/.exec(c.textContent ?? '')![1]), 0);
    expect(t.events().length + counted).to.equal(300);
    expect(t.el.scrollWidth).to.be.at.most(390);
  });

  it('has a sensible height: at least 400 px, growing with the events, at most 4000 px', async () => {
    const few = await mount({ width: 390, events: sampleEvents });
    expect(verticalSvg(few)!.getBoundingClientRect().height).to.be.within(400, 1000);
    const many = Array.from({ length: 2000 }, (_, i) => ({ id: `e${i}`, start: `${1900 + (i % 120)}-01-01`, title: `E${i}` }));
    const big = await mount({ width: 390, events: many });
    expect(verticalSvg(big)!.getBoundingClientRect().height).to.be.within(3000, 4100);
  });

  it('moves through events with ↑/↓ in time order, Home/End, and opens and closes the details', async () => {
    const t = await mount({ width: 390, events: sampleEvents });
    const stops = t.events().filter((g) => g.getAttribute('tabindex') === '0');
    expect(stops).to.have.length(1);
    stops[0].focus();
    const visited = [t.root.activeElement?.getAttribute('data-id')];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'ArrowDown' });
      await t.settle();
      visited.push(t.root.activeElement?.getAttribute('data-id'));
    }
    expect(visited).to.deep.equal(['decl', 'decade', 'year', 'visit', 'anniv']);
    await sendKeys({ press: 'ArrowUp' });
    await t.settle();
    expect(t.root.activeElement?.getAttribute('data-id')).to.equal('visit');
    await sendKeys({ press: 'Home' });
    await t.settle();
    expect(t.root.activeElement?.getAttribute('data-id')).to.equal('decl');
    await sendKeys({ press: 'End' });
    await t.settle();
    expect(t.root.activeElement?.getAttribute('data-id')).to.equal('anniv');
    await sendKeys({ press: 'Enter' });
    await t.settle();
    expect(t.el.selected).to.equal('anniv');
    expect(t.details()).to.exist;
    await sendKeys({ press: 'Escape' });
    await t.settle();
    expect(t.details()).to.equal(null);
    expect(t.root.activeElement?.getAttribute('data-id')).to.equal('anniv');
  });

  it('reaches an event merged into a "+N" cluster with the arrow keys, zooming in to it', async () => {
    const crowd = Array.from({ length: 400 }, (_, i) => ({ id: `c${String(i).padStart(3, '0')}`, start: `2010-03-0${1 + (i % 9)}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`, title: `Crowded ${i}` }));
    const t = await mount({ width: 390, events: [{ id: 'first', start: '1990-01-01', title: 'First' }, ...crowd] });
    expect(t.clusters().length).to.be.greaterThan(0);
    t.event('first').focus();
    await sendKeys({ press: 'End' });
    await t.settle();
    const last = t.el.validEvents[t.el.validEvents.length - 1].id;
    expect(t.root.activeElement?.getAttribute('data-id')).to.equal(last);
  });

  it('zooms with the + and − buttons and shows earlier and later events with their buttons', async () => {
    const t = await mount({ width: 390, events: sampleEvents });
    const span = () => t.el.visibleWindow!.end.getTime() - t.el.visibleWindow!.start.getTime();
    const full = span();
    expect(t.root.querySelector('[part~="earlier"]')).to.equal(null);
    (t.root.querySelector('[part~="zoom-in"]') as HTMLButtonElement).click();
    await t.settle();
    expect(span()).to.be.closeTo(full / 2, full * 0.01);
    const earlier = t.root.querySelector<HTMLButtonElement>('[part~="earlier"]');
    const later = t.root.querySelector<HTMLButtonElement>('[part~="later"]');
    expect(earlier || later, 'a button to the events out of view').to.exist;
    const before = t.el.visibleWindow!.start.getTime();
    (earlier ?? later)!.click();
    await t.settle();
    const moved = t.el.visibleWindow!.start.getTime() - before;
    expect(Math.abs(moved)).to.be.greaterThan(YEAR);
    (t.root.querySelector('[part~="fit"]') as HTMLButtonElement).click();
    await t.settle();
    expect(span()).to.be.closeTo(full, full * 0.01);
  });

  it('keeps its keys to itself: ↓ in a second vertical timeline does not move the first', async () => {
    const a = await mount({ width: 390, events: sampleEvents });
    const b = await mount({ width: 390, events: sampleEvents });
    b.event('decl').focus();
    await sendKeys({ press: 'ArrowDown' });
    await b.settle();
    expect(b.root.activeElement?.getAttribute('data-id')).to.equal('decade');
    expect(a.root.activeElement).to.equal(null);
  });

  it('gives every event, cluster and button a pointer target of at least 24 × 24 px', async () => {
    const crowd = Array.from({ length: 400 }, (_, i) => ({ id: `c${i}`, start: `2010-03-0${1 + (i % 9)}`, title: `Crowded ${i}` }));
    const t = await mount({ width: 390, events: [...sampleEvents, ...crowd] });
    const targets = [
      ...t.events().map((g) => g.querySelector('.hit')!),
      ...t.clusters().map((c) => c.querySelector('rect')!),
      ...t.root.querySelectorAll('button'),
    ];
    expect(t.clusters().length).to.be.greaterThan(0);
    for (const el of targets) {
      const box = el.getBoundingClientRect();
      expect(box.width, `${el.outerHTML.slice(0, 80)} width`).to.be.at.least(24);
      expect(box.height, `${el.outerHTML.slice(0, 80)} height`).to.be.at.least(24);
    }
  });
});
