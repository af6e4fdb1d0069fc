import { expect, fixture, html } from '@open-wc/testing';
import { onDemand } from '../../src/controllers/on-demand';
import { settle, TimelineHarness, sampleEvents } from '../harness';
import type { EventTimeline } from '../../src/event-timeline';
import { instrument, pageTargets, type LeakCounters } from './instrument';
import { catchGlobalErrors, shownCount, sleep } from './support';

const frames = (n = 2) => new Promise<void>((r) => {
  const step = (left: number) => (left === 0 ? r() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

/** Listeners on the element, in its shadow tree, or on the page: what could grow with reconnects. */
const ownOrPage = (el: EventTimeline) => (target: EventTarget) =>
  pageTargets(target) || target === el || target === el.shadowRoot || (target instanceof Node && target.getRootNode() === el.shadowRoot);

const idsOf = (el: EventTimeline) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="event"]')].map((g) => g.dataset.id);

describe('robustness: lifecycle', () => {
  let counters: LeakCounters;
  let errors: ReturnType<typeof catchGlobalErrors>;
  beforeEach(() => {
    errors = catchGlobalErrors();
    counters = instrument();
  });
  afterEach(() => {
    counters.restore();
    expect(errors.stop(), 'no uncaught error or rejection').to.deep.equal([]);
  });

  it('connects, disconnects and reconnects 300 times: one observer, no growing listeners, no timers left', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
    const pageBefore = counters.listeners(pageTargets);
    const el = document.createElement('event-timeline');
    el.events = sampleEvents;
    host.append(el);
    await settle(el);
    // The gesture's module loads on demand after the first render: count once it listens.
    await Promise.all(Object.values(onDemand).map((module) => module.load()));
    await settle(el);
    expect(counters.observers()).to.equal(1);
    const listenersAtStart = counters.listeners(ownOrPage(el));
    // While connected the element listens for printing (beforeprint, afterprint) and nothing else on the page.
    const pageAtStart = counters.listeners(pageTargets);
    expect(pageAtStart - pageBefore).to.be.at.most(2);
    for (let i = 0; i < 300; i++) {
      el.remove();
      if (i % 3 === 0) await el.updateComplete; // sometimes let an update run while disconnected
      host.append(el);
      if (i % 10 === 0) await settle(el);
    }
    await settle(el);
    expect(counters.observers(), 'observers while connected').to.equal(1);
    expect(counters.listeners(ownOrPage(el)), 'listeners on the element, its shadow tree and the page').to.be.at.most(listenersAtStart);
    expect(counters.listeners(pageTargets)).to.equal(pageAtStart);
    expect(idsOf(el).sort()).to.deep.equal(sampleEvents.map((e) => e.id).sort());
    el.remove();
    await sleep(1700); // longer than any delay the element uses (the zoom hint shows 1.5 s)
    expect(counters.observers(), 'observers once removed').to.equal(0);
    expect(counters.listeners(pageTargets), 'page listeners once removed').to.equal(pageBefore);
    expect(counters.timers()).to.deep.equal({ timeouts: 0, intervals: 0, frames: 0 });
  });

  it('creates and removes 200 elements: nothing stays behind', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const pageAtStart = counters.listeners(pageTargets);
    for (let i = 0; i < 200; i++) {
      const el = document.createElement('event-timeline');
      el.events = sampleEvents;
      host.append(el);
      if (i % 4 === 0) await settle(el);
      el.remove();
    }
    await sleep(1700);
    expect(counters.observers()).to.equal(0);
    expect(counters.listeners(pageTargets)).to.equal(pageAtStart);
    expect(counters.timers()).to.deep.equal({ timeouts: 0, intervals: 0, frames: 0 });
  });

  it('an element connected and removed before its first update keeps no observer', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const el = document.createElement('event-timeline');
    el.events = sampleEvents;
    host.append(el);
    el.remove();
    await el.updateComplete;
    await frames();
    expect(counters.observers()).to.equal(0);
    host.append(el);
    await settle(el);
    await frames();
    await settle(el);
    expect(counters.observers(), 'observing again once connected').to.equal(1);
    expect(idsOf(el)).to.have.length(sampleEvents.length);
    el.remove();
  });

  it('moves between containers of different widths and lays out for the new one', async () => {
    const a = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const b = await fixture<HTMLDivElement>(html`<div style="width:400px"></div>`);
    const el = document.createElement('event-timeline');
    el.events = sampleEvents;
    a.append(el);
    await settle(el);
    for (let i = 0; i < 50; i++) (i % 2 ? a : b).append(el);
    b.append(el);
    await frames();
    await settle(el);
    expect(counters.observers()).to.equal(1);
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getBoundingClientRect().width).to.be.within(390, 400);
    expect(idsOf(el)).to.have.length(sampleEvents.length);
    el.remove();
  });

  it('shows the last of 500 events values set in a row, synchronously and across frames', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
    const el = document.createElement('event-timeline');
    host.append(el);
    const t = new TimelineHarness(el, host);
    for (let i = 0; i < 500; i++) {
      el.events = [{ id: `e${i}`, start: `20${String(i % 90).padStart(2, '0')}`, title: `E${i}` }, { id: 'fixed', start: '2000-01-01', title: 'F' }];
      if (i % 7 === 0) await Promise.resolve();
      if (i % 50 === 0) await frames(1);
    }
    const last = [{ id: 'last', start: '1999', title: 'Last' }, ...sampleEvents];
    el.events = last;
    await t.settle();
    expect(idsOf(el).sort()).to.deep.equal(['last', ...sampleEvents.map((e) => e.id)].sort());
    expect(el.validEvents.map((e) => e.id)).to.include('last');
    el.remove();
  });

  it('a zero-width container that later gets a width draws the latest events', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:0px"></div>`);
    const el = document.createElement('event-timeline');
    el.events = [{ id: 'old', start: '2000', title: 'Old' }];
    host.append(el);
    await settle(el);
    el.events = sampleEvents;
    await settle(el);
    expect(idsOf(el), 'nothing stale is drawn at zero width').to.not.include('old');
    host.style.width = '640px';
    await frames();
    await settle(el);
    const t = new TimelineHarness(el, host);
    expect(idsOf(el).sort()).to.deep.equal(sampleEvents.map((e) => e.id).sort());
    const box = el.getBoundingClientRect();
    for (const g of t.events()) {
      const mark = g.querySelector('.mark')!.getBoundingClientRect();
      expect(mark.left).to.be.at.least(box.left - 1);
      expect(mark.right).to.be.at.most(box.right + 1);
    }
    el.remove();
  });

  it('a display:none container that becomes visible lays out at its real width', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:700px; display:none"></div>`);
    const el = document.createElement('event-timeline');
    el.events = [{ id: 'first', start: '2001', title: 'First' }];
    host.append(el);
    await settle(el);
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`, start: `2010-0${1 + (i % 9)}-1${i % 10}`, title: `Many ${i}` }));
    el.events = many;
    await settle(el);
    host.style.display = 'block';
    await frames();
    await settle(el);
    const t = new TimelineHarness(el, host);
    expect(shownCount(t)).to.equal(40);
    expect(t.svg()!.getBoundingClientRect().width).to.be.within(690, 700);
    host.style.display = 'none';
    await frames();
    await settle(el);
    host.style.display = 'block';
    await frames();
    await settle(el);
    expect(shownCount(t)).to.equal(40);
    el.remove();
  });
});
