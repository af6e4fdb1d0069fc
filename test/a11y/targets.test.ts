import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mount, sampleEvents, type TimelineHarness } from '../harness';

/** Every rectangle that takes a pointer: event hit boxes, clusters, buttons, summaries, overview handles. */
function targets(t: TimelineHarness): Element[] {
  return [
    ...t.events().map((g) => g.querySelector('.hit')!),
    ...t.clusters().map((c) => c.querySelector('rect')!),
    ...t.root.querySelectorAll('button, summary, .brush-handle, [part~="overview-brush"]'),
  ];
}

function undersized(els: Element[]): string[] {
  return els
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width < 24 || box.height < 24;
    })
    .map((el) => `${el.outerHTML.slice(0, 90)} ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`);
}

describe('pointer targets are at least 24 × 24 CSS px (WCAG 2.5.8)', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  it('events, clusters, zoom buttons, the List button, the close button, problems and the overview handles', async () => {
    const crowd = Array.from({ length: 80 }, (_, i) => ({ id: `c${i}`, start: '2010-05-05', title: `Same day ${i}` }));
    const t = await mount({ width: 1000, events: [...sampleEvents, ...crowd, { id: 'x', start: 'never', title: 'Bad' }], selected: 'visit' });
    t.el.overview = 'show';
    t.el.zoomTo('2004', '2016');
    await new Promise((r) => setTimeout(r, 400));
    await t.settle();
    const all = targets(t);
    expect(t.clusters().length).to.be.greaterThan(0);
    expect(t.root.querySelectorAll('.brush-handle')).to.have.length(2);
    expect(t.root.querySelector('[part~="problems"] summary')).to.exist;
    expect(all.length).to.be.greaterThan(15);
    expect(undersized(all)).to.deep.equal([]);
  });

  it('an event with a one-letter title still has a 24 px wide hit box', async () => {
    const t = await mount({ width: 1000, events: [{ id: 'i', start: '2001', title: 'I' }, { id: 'j', start: '2003', title: 'J' }] });
    expect(undersized(targets(t))).to.deep.equal([]);
  });

  it('the Retry button of a failed load', async () => {
    const t = await mount({ width: 1000, src: '/__fixtures/status?code=500' });
    await new Promise((r) => setTimeout(r, 300));
    await t.settle();
    expect(t.root.querySelector('[part~="retry"]')).to.exist;
    expect(undersized(targets(t))).to.deep.equal([]);
  });

  it('on a phone (390 × 844): the vertical layout with the details open', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const t = await mount({ width: 358, events: sampleEvents, selected: 'decl' });
      expect(t.root.querySelector('svg.vertical')).to.exist;
      expect(undersized(targets(t))).to.deep.equal([]);
      // Hit boxes of different events never overlap, so a tap reaches the event it is on.
      const boxes = t.events().map((g) => g.querySelector('.hit')!.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `hit boxes ${i} and ${j}`).to.equal(false);
        }
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
  });
});
