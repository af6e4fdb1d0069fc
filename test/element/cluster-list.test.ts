import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { mount, overlappingLabels, type MountOptions, type TimelineHarness } from '../harness';
import type { TimelineSelectDetail } from '../../src/events';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A few spread events and a crowd around May 2010: some on 5 May (day precision), some dated only "2010-05" (month). */
function crowded(size = 40) {
  const crowd = Array.from({ length: size }, (_, i) =>
    i % 4 === 3 ? { id: `m${i}`, start: '2010-05', title: `Month ${i}` } : { id: `d${i}`, start: '2010-05-05', title: `Day ${i}` },
  );
  return [
    { id: 'early', start: '2001-03-01', title: 'Early' },
    { id: 'late', start: '2019-09-09', title: 'Late' },
    ...crowd,
  ];
}

async function open(options: MountOptions & { dir?: 'rtl' } = {}): Promise<TimelineHarness> {
  const t = await mount({ width: 1000, locale: 'en-GB', events: crowded(), ...options });
  if (options.dir) {
    t.container.dir = options.dir;
    t.el.locale = 'en-GB-u-nu-latn';
    await t.settle();
  }
  return t;
}

function list(t: TimelineHarness): HTMLElement | null {
  return t.root.querySelector<HTMLElement>('[part~="cluster-list"]');
}
function items(t: TimelineHarness): HTMLButtonElement[] {
  return [...t.root.querySelectorAll<HTMLButtonElement>('[part~="cluster-list-item"]')];
}
/** The "+N" mark of the crowd (the largest). */
function crowdMark(t: TimelineHarness): SVGGElement {
  return t.clusters().reduce((a, b) => (count(b) > count(a) ? b : a));
}
function count(mark: SVGGElement): number {
  return Number(mark.querySelector('text')!.textContent!.slice(1));
}
function middle(el: Element): [number, number] {
  const box = el.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}
async function click(t: TimelineHarness, el: Element): Promise<void> {
  await sendMouse({ type: 'click', position: middle(el) });
  await t.settle();
}

describe('what is inside a "+N": the cluster list', () => {
  before(() => setViewport({ width: 1280, height: 1000 }));

  it('a click opens the list of its events beside the mark, in the shadow root, the focus on the first', async () => {
    const t = await open();
    const mark = crowdMark(t);
    const n = count(mark);
    expect(mark.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(mark.getAttribute('aria-expanded')).to.equal('false');
    await click(t, mark.querySelector('rect')!);
    const panel = list(t)!;
    expect(panel, 'the list is open').to.exist;
    expect(panel.getRootNode()).to.equal(t.root);
    expect(panel.getAttribute('role')).to.equal('dialog');
    expect(crowdMark(t).getAttribute('aria-expanded')).to.equal('true');
    // Named after the cluster: how many events and from when to when.
    const name = t.root.getElementById(panel.getAttribute('aria-labelledby')!)!.textContent!;
    expect(name).to.equal(`${n} events, May 2010`);
    // Beside the mark: under it, its start edge at the mark's, inside the element.
    const box = crowdMark(t).querySelector('rect')!.getBoundingClientRect();
    const at = panel.getBoundingClientRect();
    expect(at.top).to.be.within(box.bottom, box.bottom + 8);
    expect(at.left).to.be.closeTo(Math.min(box.left, t.el.getBoundingClientRect().right - at.width), 1);
    expect(at.right).to.be.at.most(t.el.getBoundingClientRect().right + 0.5);
    // One item per event, each saying which of how many it is; the focus on the first.
    expect(items(t)[0].getAttribute('aria-setsize')).to.equal(String(n));
    expect(t.root.activeElement).to.equal(items(t)[0]);
    expect(t.root.querySelector('[part~="cluster-list-zoom"]')!.textContent!.trim()).to.equal('Zoom to these');
  });

  it('names each item like its event: the title and the date at its precision, in time order', async () => {
    const t = await open();
    await click(t, crowdMark(t).querySelector('rect')!);
    const names = items(t).map((b) => b.getAttribute('aria-label'));
    // "2010-05" starts on 1 May, before the events of 5 May; each says its own precision.
    expect(names[0]).to.match(/^Month \d+, May 2010$/);
    expect(names.find((s) => s!.startsWith('Day'))).to.match(/^Day \d+, 5 May 2010$/);
    const shown = items(t).map((b) => [b.querySelector('.cluster-item-title')!.textContent, b.querySelector('.cluster-item-date')!.textContent]);
    expect(shown[0][1]).to.equal('May 2010');
    expect(names[0]).to.equal(`${shown[0][0]}, ${shown[0][1]}`);
  });

  it('clicking an item selects its event (timeline-select): its details open, the list closes, the focus goes to the event', async () => {
    const t = await open();
    await click(t, crowdMark(t).querySelector('rect')!);
    const item = items(t)[2];
    const title = item.querySelector('.cluster-item-title')!.textContent!;
    const fired = t.next<TimelineSelectDetail>('timeline-select');
    await click(t, item);
    const { detail } = await fired;
    expect(detail.event.title).to.equal(title);
    expect(t.el.selected).to.equal(detail.id);
    await wait(1000);
    await t.settle();
    expect(list(t) === null, 'the list is closed').to.equal(true);
    expect(t.details()!.textContent).to.contain(title);
    const focused = t.root.activeElement as SVGElement;
    // The event, drawn on its own once the view has come to it; else the "+N" that still holds it.
    expect(focused.dataset.id === detail.id || focused.matches('[part~="cluster"]')).to.equal(true);
  });

  it('"Zoom to these" zooms to the cluster and splits it, as activating the mark once did', async () => {
    const t = await open();
    const before = t.el.visibleWindow!;
    await click(t, crowdMark(t).querySelector('rect')!);
    const viewChange = t.next('timeline-view-change');
    await click(t, t.root.querySelector('[part~="cluster-list-zoom"]')!);
    await viewChange;
    await wait(200);
    await t.settle();
    const after = t.el.visibleWindow!;
    expect(after.end.getTime() - after.start.getTime()).to.be.lessThan((before.end.getTime() - before.start.getTime()) / 50);
    expect(list(t) === null, 'the list is closed').to.equal(true);
    expect(overlappingLabels(t.labels())).to.deep.equal([]);
    expect(t.events().some((g) => /^[dm]\d+$/.test(g.dataset.id!))).to.equal(true);
  });

  it('closes when the mark is activated again, with its close button, or by a press outside', async () => {
    const t = await open();
    await click(t, crowdMark(t).querySelector('rect')!);
    await wait(600); // not a double click (that zooms in)
    await click(t, crowdMark(t).querySelector('rect')!);
    expect(list(t) === null, 'the list is closed').to.equal(true);
    expect(t.root.activeElement).to.equal(crowdMark(t));
    await wait(600);
    await click(t, crowdMark(t).querySelector('rect')!);
    await click(t, t.root.querySelector('.cluster-list-close')!);
    expect(list(t) === null, 'the list is closed').to.equal(true);
    await click(t, crowdMark(t).querySelector('rect')!);
    expect(list(t) !== null, 'the list is open').to.equal(true);
    await sendMouse({ type: 'click', position: [5, 990] });
    await t.settle();
    expect(list(t) === null, 'the list is closed').to.equal(true);
  });

  it('by keyboard: arrows stop at the "+N", Enter opens it, arrows move through it, Enter selects', async () => {
    const t = await open();
    t.event('early').focus();
    await sendKeys({ press: 'ArrowRight' });
    await t.settle();
    expect(t.root.activeElement, 'the arrow stops at the mark').to.equal(crowdMark(t));
    await sendKeys({ press: 'Enter' });
    await t.settle();
    expect(t.root.activeElement).to.equal(items(t)[0]);
    await sendKeys({ press: 'ArrowDown' });
    await t.settle();
    expect(t.root.activeElement).to.equal(items(t)[1]);
    expect(items(t)[1].tabIndex).to.equal(0);
    await sendKeys({ press: 'End' });
    await t.settle();
    const last = t.root.activeElement as HTMLElement;
    expect(last.getAttribute('aria-posinset')).to.equal(last.getAttribute('aria-setsize'));
    await sendKeys({ press: 'Home' });
    await t.settle();
    expect((t.root.activeElement as HTMLElement).getAttribute('aria-posinset')).to.equal('1');
    const fired = t.next<TimelineSelectDetail>('timeline-select');
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail.event.title).to.match(/^Month/);
  });

  it('Escape closes it and gives the focus back to the "+N"; the arrows go on from there', async () => {
    const t = await open();
    t.event('early').focus();
    await sendKeys({ press: 'ArrowRight' });
    await t.settle();
    await sendKeys({ press: 'Enter' });
    await t.settle();
    expect(list(t) !== null, 'the list is open').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await t.settle();
    expect(list(t) === null, 'the list is closed').to.equal(true);
    expect(t.root.activeElement).to.equal(crowdMark(t));
    expect(crowdMark(t).getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'ArrowRight' });
    await t.settle();
    expect((t.root.activeElement as SVGElement).dataset.id).to.equal('late');
    await sendKeys({ press: 'ArrowLeft' });
    await t.settle();
    expect(t.root.activeElement).to.equal(crowdMark(t));
  });

  it('Tab reaches "Zoom to these"; the focus leaving the list closes it', async () => {
    const t = await open();
    t.event('early').focus();
    await sendKeys({ press: 'ArrowRight' });
    await t.settle();
    await sendKeys({ press: 'Enter' });
    await t.settle();
    await sendKeys({ press: 'Tab' });
    await t.settle();
    expect(t.root.activeElement).to.equal(t.root.querySelector('[part~="cluster-list-zoom"]'));
    await sendKeys({ down: 'Shift' });
    try {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await t.settle();
      expect(t.root.activeElement).to.equal(t.root.querySelector('.cluster-list-close'));
      await sendKeys({ press: 'Tab' });
      await t.settle();
    } finally {
      await sendKeys({ up: 'Shift' });
    }
    expect(list(t) === null, 'the list is closed').to.equal(true);
  });

  it('by touch: a tap opens it, a tap on an item selects its event', async () => {
    await executeServerCommand('cdp-touch-emulation', { enabled: true });
    try {
      const t = await open();
      const tap = async (el: Element) => {
        const [x, y] = middle(el);
        await executeServerCommand('cdp-touch', { type: 'touchStart', points: [{ x, y }] });
        await executeServerCommand('cdp-touch', { type: 'touchEnd', points: [] });
        await wait(100);
        await t.settle();
      };
      await tap(crowdMark(t).querySelector('rect')!);
      expect(list(t), 'a tap opens the list').to.exist;
      const title = items(t)[1].querySelector('.cluster-item-title')!.textContent!;
      const fired = t.next<TimelineSelectDetail>('timeline-select');
      await tap(items(t)[1]);
      expect((await fired).detail.event.title).to.equal(title);
    } finally {
      await executeServerCommand('cdp-touch-emulation', { enabled: false });
    }
  });

  it('a long list scrolls and draws only the rows near its window (2,000 events at one instant)', async () => {
    const crowd = Array.from({ length: 2000 }, (_, i) => ({ id: `c${i}`, start: '2010-05-05', title: `Same day ${i}` }));
    const t = await mount({ width: 1000, events: [{ id: 'a', start: '2001', title: 'A' }, { id: 'b', start: '2019', title: 'B' }, ...crowd] });
    const n = count(crowdMark(t));
    expect(n, 'a few of the crowd have labels, the rest are in the "+N"').to.be.within(1900, 2000);
    await click(t, crowdMark(t).querySelector('rect')!);
    expect(items(t).length).to.be.within(6, 14);
    expect(items(t)[0].getAttribute('aria-setsize')).to.equal(String(n));
    const scroller = t.root.querySelector<HTMLElement>('.cluster-scroll')!;
    expect(scroller.scrollHeight).to.be.closeTo(n * 44, 2);
    // A wheel over the list scrolls it (and not the timeline): later rows are drawn, still few.
    const before = t.el.visibleWindow!;
    const [x, y] = middle(scroller);
    for (let i = 0; i < 10; i++) await executeServerCommand('cdp-wheel', { x, y, deltaY: 400 });
    await wait(200);
    await t.settle();
    const positions = items(t).map((b) => Number(b.getAttribute('aria-posinset')));
    expect(Math.min(...positions)).to.be.greaterThan(20);
    expect(items(t).length).to.be.at.most(14);
    expect(t.el.visibleWindow!.start.getTime()).to.equal(before.start.getTime());
    // The keyboard reaches the last one.
    items(t)[0].focus();
    await sendKeys({ press: 'End' });
    await t.settle();
    expect((t.root.activeElement as HTMLElement).getAttribute('aria-posinset')).to.equal(String(n));
    expect((t.root.activeElement as HTMLElement).getAttribute('aria-label')).to.match(/^Same day \d+, /);
    expect(t.root.querySelectorAll('*').length).to.be.below(2000);
    await sendKeys({ press: 'PageUp' });
    await t.settle();
    expect((t.root.activeElement as HTMLElement).getAttribute('aria-posinset')).to.equal(String(n - 6));
  });

  it('works in the vertical layout: the list hangs under the mark; an item selects', async () => {
    const crowd = Array.from({ length: 400 }, (_, i) => ({ id: `c${i}`, start: `2010-03-0${1 + (i % 9)}`, title: `Crowded ${i}` }));
    const t = await mount({ width: 390, events: [{ id: 'a', start: '2001', title: 'A' }, { id: 'b', start: '2019', title: 'B' }, ...crowd] });
    expect(t.svg()!.classList.contains('vertical')).to.equal(true);
    const mark = crowdMark(t);
    mark.scrollIntoView({ block: 'center' });
    await click(t, mark.querySelector('rect')!);
    const panel = list(t)!;
    expect(panel).to.exist;
    const box = crowdMark(t).querySelector('rect')!.getBoundingClientRect();
    expect(panel.getBoundingClientRect().top).to.be.within(box.bottom, box.bottom + 8);
    expect(panel.getBoundingClientRect().right).to.be.at.most(t.el.getBoundingClientRect().right + 0.5);
    expect(t.root.activeElement).to.equal(items(t)[0]);
    const fired = t.next<TimelineSelectDetail>('timeline-select');
    await click(t, items(t)[0]);
    expect((await fired).detail.event.title).to.match(/^Crowded/);
  });

  it('right to left: the list starts at the mark\'s right edge and reads right to left', async () => {
    const t = await open({ dir: 'rtl' });
    expect(t.root.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    const mark = crowdMark(t);
    await click(t, mark.querySelector('rect')!);
    const panel = list(t)!;
    const box = crowdMark(t).querySelector('rect')!.getBoundingClientRect();
    const at = panel.getBoundingClientRect();
    expect(at.right).to.be.closeTo(Math.max(box.right, t.el.getBoundingClientRect().left + at.width), 1);
    expect(getComputedStyle(panel).direction).to.equal('rtl');
    await sendKeys({ press: 'ArrowDown' });
    await t.settle();
    expect(t.root.activeElement).to.equal(items(t)[1]);
  });

  it('closes when a zoom no longer draws its mark, and is gone with new data', async () => {
    const t = await open();
    await click(t, crowdMark(t).querySelector('rect')!);
    t.el.zoomTo('2001-02', '2001-04');
    await wait(600);
    await t.settle();
    expect(list(t) === null, 'the list is closed').to.equal(true);
    t.el.fit();
    await wait(600);
    await t.settle();
    await click(t, crowdMark(t).querySelector('rect')!);
    expect(list(t) !== null, 'the list is open').to.equal(true);
    t.el.events = crowded(12);
    await t.settle();
    expect(list(t) === null, 'the list is closed').to.equal(true);
  });
});
