/**
 * The printed chronology without a page: the vertical adapter, its height limit lifted, cut into
 * slices between events (view/print.ts, layout/page-breaks.ts). A fake measurer (7 px a character).
 */
import { expect } from '@open-wc/testing';
import { identity as zoomIdentity } from '../../src/view/transform';
import { normalizeEvents } from '../../src/model/normalize';
import { createTimeScale, timeExtent } from '../../src/layout/scale';
import { finestPrecision } from '../../src/layout/zoom-levels';
import { pageBreaks } from '../../src/layout/page-breaks';
import { createTickFormat } from '../../src/time/format';
import { HORIZONTAL } from '../../src/view/horizontal';
import { VerticalPlot } from '../../src/view/vertical';
import { blockedIntervals, PRINT_SLICE, PRINT_SLICE_MAX, sliceFrame } from '../../src/view/print';
import type { PlotInput } from '../../src/view/frame';

const measure = (s: string) => Array.from(s).length * 7;

function verticalFor(count: number, maxHeight?: number) {
  const data = normalizeEvents(
    Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      start: `${1900 + Math.floor(i / 3)}-${String((i % 12) + 1).padStart(2, '0')}`,
      ...(i % 17 === 0 ? { end: `${1905 + Math.floor(i / 3)}` } : {}),
      title: `Event ${i} ${i % 4 === 0 ? 'with a title long enough to wrap onto several lines of the column' : 'short'}`,
    })),
  );
  const width = 680;
  const input: PlotInput = {
    data,
    width,
    laneHeight: 32,
    markSize: 12,
    measure,
    tickFormat: createTickFormat('en-GB'),
    base: createTimeScale(timeExtent(data.events), HORIZONTAL.margin, width - HORIZONTAL.margin),
    finest: finestPrecision(data.events),
    titleWidths: Float64Array.from(data.events, (e) => measure(e.title)),
    words: { uncategorized: 'Other', era: 'Era' },
    maxHeight,
  };
  return new VerticalPlot(input).frame(zoomIdentity, { focused: null, selected: null });
}

describe('the printed chronology', () => {
  it('with its height limit lifted, the vertical layout labels every event (no "+N")', () => {
    const screen = verticalFor(400);
    const paper = verticalFor(400, 400_000);
    expect(screen.clusters.length, 'the screen layout clusters at 4,000 px').to.be.greaterThan(0);
    expect(paper.clusters).to.have.length(0);
    expect(paper.events).to.have.length(400);
  });

  it('slices hold every label whole, once, and together the whole height', () => {
    const frame = verticalFor(300, 400_000);
    const cuts = pageBreaks(frame.height, blockedIntervals(frame, measure), PRINT_SLICE, PRINT_SLICE_MAX);
    const edges = [0, ...cuts, frame.height];
    const slices = edges.slice(1).map((y1, i) => sliceFrame(frame, edges[i], y1));
    expect(slices.length).to.be.greaterThan(10);
    expect(slices.reduce((h, s) => h + s.height, 0)).to.be.closeTo(frame.height, 1e-6);
    const labelled = new Map<string, number>();
    for (const s of slices) {
      expect(s.height).to.be.at.most(PRINT_SLICE_MAX);
      for (const e of s.events) {
        if (e.label.lines.length === 0) continue;
        labelled.set(e.event.id, (labelled.get(e.event.id) ?? 0) + 1);
        const top = e.label.y - e.label.lineHeight / 2;
        const bottom = e.label.y + (e.label.lines.length - 0.5) * e.label.lineHeight;
        expect(top, `${e.event.id} top`).to.be.at.least(0);
        expect(bottom, `${e.event.id} bottom`).to.be.at.most(s.height);
      }
      for (const t of s.ticks) expect(t.text.y).to.be.within(0, s.height);
      expect(s.tabStop).to.equal(undefined);
    }
    expect(labelled.size).to.equal(300);
    expect([...labelled.values()].every((n) => n === 1)).to.equal(true);
  });

  it('a span that crosses slices has its bar in each, its label in one', () => {
    const frame = verticalFor(300, 400_000);
    const cuts = pageBreaks(frame.height, blockedIntervals(frame, measure), PRINT_SLICE, PRINT_SLICE_MAX);
    const edges = [0, ...cuts, frame.height];
    const slices = edges.slice(1).map((y1, i) => sliceFrame(frame, edges[i], y1));
    const withBar = slices.filter((s) => s.events.some((e) => e.event.id === 'e0'));
    expect(withBar.length).to.be.greaterThan(1);
    expect(withBar.filter((s) => s.events.find((e) => e.event.id === 'e0')!.label.lines.length > 0)).to.have.length(1);
  });
});
