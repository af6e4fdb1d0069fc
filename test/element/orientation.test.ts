/**
 * One view, two orientations: what the horizontal layout does, the vertical (phone) layout does
 * too — category bands with the legend, eras, right to left, the overview — and gestures mean
 * the same anywhere on the element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { EventTimeline } from '../../src/event-timeline';
import { mount, overlappingLabels, sampleEvents, type TimelineHarness } from '../harness';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** 30 events over 1990–2019 in three categories. */
const grouped = Array.from({ length: 30 }, (_, i) => ({
  id: `e${i}`,
  start: `${1990 + i}-0${1 + (i % 9)}`,
  title: `Event ${i}`,
  category: ['politics', 'economy', 'culture'][i % 3],
}));

async function vertical(events: unknown, options: { locale?: string; groupBy?: boolean; width?: number } = {}): Promise<TimelineHarness> {
  const t = await mount({ width: options.width ?? 500, events, locale: options.locale });
  t.el.orientation = 'vertical';
  if (options.groupBy) t.el.groupBy = 'category';
  await t.settle();
  return t;
}

/** The drawn category of each event group, from the data. */
const categoryOf = (t: TimelineHarness, g: Element) => t.el.validEvents.find((e) => e.id === (g as SVGGElement).dataset.id)!.category!;

describe('the vertical layout with group-by="category"', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => resetMouse());

  it('draws one titled band per category, side by side, each event inside the band of its category', async () => {
    const t = await vertical(grouped, { groupBy: true });
    expect(t.root.querySelector('svg.vertical')).to.exist;
    const titles = [...t.root.querySelectorAll('[part~="group-label"]')].map((l) => l.textContent);
    // Each title is isolated (FSI … PDI): a bidi control in a category cannot move its count.
    expect(titles).to.deep.equal(['\u2068politics\u2069 (10)', '\u2068economy\u2069 (10)', '\u2068culture\u2069 (10)']);
    const bands = [...t.root.querySelectorAll('[part~="group"] rect')].map((r) => r.getBoundingClientRect());
    const order = ['politics', 'economy', 'culture'];
    for (const g of t.events()) {
      const band = bands[order.indexOf(categoryOf(t, g))];
      const mark = g.querySelector('.mark')!.getBoundingClientRect();
      expect(mark.left + mark.width / 2).to.be.within(band.left, band.right);
    }
    expect(overlappingLabels(t.labels())).to.deep.equal([]);
  });

  it('colours marks by category and hides a category from the legend, as the horizontal layout does', async () => {
    const t = await vertical(grouped, { groupBy: true });
    const fills = new Map<string, Set<string>>();
    for (const g of t.events()) {
      const fill = getComputedStyle(g.querySelector('.mark')!).fill;
      fills.set(categoryOf(t, g), (fills.get(categoryOf(t, g)) ?? new Set()).add(fill));
    }
    expect([...fills.values()].every((s) => s.size === 1)).to.equal(true);
    expect(new Set([...fills.values()].map((s) => [...s][0])).size).to.equal(3);
    const economy = [...t.root.querySelectorAll<HTMLButtonElement>('[part~="legend-item"]')].find((b) => b.textContent!.includes('economy'))!;
    const box = economy.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await t.settle();
    expect(economy.getAttribute('aria-pressed')).to.equal('false');
    expect(t.events().some((g) => categoryOf(t, g) === 'economy')).to.equal(false);
    expect([...t.root.querySelectorAll('[part~="group-label"]')].map((l) => l.textContent)).to.deep.equal(['\u2068politics\u2069 (10)', '\u2068culture\u2069 (10)']);
  });

  it('moves through events in time order with ↓ across the bands', async () => {
    const t = await vertical(grouped, { groupBy: true });
    t.event('e0').focus();
    for (const id of ['e1', 'e2', 'e3']) {
      await sendKeys({ press: 'ArrowDown' });
      await t.settle();
      expect((t.root.activeElement as SVGGElement).dataset.id).to.equal(id);
    }
  });
});

describe('the vertical layout right to left, with bands and eras', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  it('mirrors: the axis at the right, bands from the right, every text readable and inside the element', async () => {
    const events = { events: grouped, eras: [{ start: '1995', end: '2005', title: 'A decade' }] };
    const t = await vertical(events, { groupBy: true, locale: 'ar' });
    const host = t.el.getBoundingClientRect();
    const tick = t.root.querySelector('[part~="tick"] text')!.getBoundingClientRect();
    const marks = t.events().map((g) => g.querySelector('.mark')!.getBoundingClientRect().left);
    expect(tick.left).to.be.greaterThan(Math.max(...marks));
    const bands = [...t.root.querySelectorAll('[part~="group"] rect')].map((r) => r.getBoundingClientRect().left);
    expect(bands[0]).to.be.greaterThan(bands[1]); // the first band is at the start side: the right
    const texts = [...t.root.querySelectorAll('svg.vertical text')];
    expect(texts.length).to.be.greaterThan(10);
    for (const text of texts) {
      const box = text.getBoundingClientRect();
      expect(new DOMMatrix(getComputedStyle(text).transform).a, 'flipped back').to.equal(-1);
      expect(box.left).to.be.at.least(host.left - 0.5);
      expect(box.right).to.be.at.most(host.right + 0.5);
    }
    expect(overlappingLabels(t.labels())).to.deep.equal([]);
  });

  it('titles eras along the axis, named for assistive technology, clear of the events', async () => {
    const t = await vertical({ events: sampleEvents, eras: [{ start: '2001', end: '2012', title: 'First decade' }] });
    const era = t.root.querySelector('[part~="era"]')!;
    expect(era.getAttribute('aria-label')).to.match(/^First decade, /);
    const title = era.querySelector('text')!;
    expect(title.textContent).to.equal('First decade');
    const box = title.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(box.width); // it runs down
    for (const g of t.events()) expect(g.querySelector('.mark')!.getBoundingClientRect().left).to.be.greaterThan(box.right);
  });
});

describe('gestures mean the same anywhere on the element', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => resetMouse());

  const span = (t: TimelineHarness) => t.el.visibleWindow!.end.getTime() - t.el.visibleWindow!.start.getTime();

  it('Ctrl + wheel over the overview strip zooms (it used to land on the brush and do nothing)', async () => {
    const t = await mount({ width: 1000, events: sampleEvents, selected: 'visit' });
    t.el.zoomTo('2005', '2015');
    await wait(400);
    await t.settle();
    expect(t.details()).to.exist;
    const overview = t.root.querySelector('[part~="overview-brush"]')!.getBoundingClientRect();
    const before = span(t);
    for (let i = 0; i < 3; i++) {
      await executeServerCommand('cdp-wheel', { x: Math.round(overview.x + overview.width / 2), y: Math.round(overview.y + overview.height / 2), deltaY: -100, ctrlKey: true });
      await wait(30);
    }
    await wait(300);
    await t.settle();
    expect(span(t)).to.be.lessThan(before * 0.7);
  });

  it('Ctrl + wheel over the toolbar zooms too, and a plain wheel there still scrolls the page', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    const toolbar = t.root.querySelector('.toolbar')!.getBoundingClientRect();
    const before = span(t);
    await executeServerCommand('cdp-wheel', { x: Math.round(toolbar.x + 200), y: Math.round(toolbar.y + toolbar.height / 2), deltaY: -200, ctrlKey: true });
    await wait(300);
    await t.settle();
    expect(span(t)).to.be.lessThan(before * 0.8);
  });

  it('Ctrl + wheel zooms the vertical layout around the time under the pointer', async () => {
    const t = await vertical(sampleEvents);
    const mark = t.event('visit').querySelector('.mark')!.getBoundingClientRect();
    const before = t.el.visibleWindow!;
    const visit = Date.UTC(2019, 3, 15);
    for (let i = 0; i < 3; i++) {
      await executeServerCommand('cdp-wheel', { x: Math.round(mark.x + 60), y: Math.round(mark.y + mark.height / 2), deltaY: -100, ctrlKey: true });
      await wait(30);
    }
    await wait(300);
    await t.settle();
    const after = t.el.visibleWindow!;
    expect(span(t)).to.be.lessThan((before.end.getTime() - before.start.getTime()) * 0.7);
    expect(visit).to.be.within(after.start.getTime(), after.end.getTime());
  });

  it('the vertical layout shows the overview when zoomed in, and dragging its brush moves the window', async () => {
    const t = await vertical(sampleEvents);
    expect(t.root.querySelector('[part~="overview"]')).to.equal(null);
    t.el.zoomTo('2005', '2010');
    await t.settle();
    const brush = t.root.querySelector('[part~="overview-brush"]')!.getBoundingClientRect();
    const start = t.el.visibleWindow!.start.getTime();
    const y = Math.round(brush.y + brush.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(brush.x + brush.width / 2), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(brush.x + brush.width / 2 + 60), y] });
    await sendMouse({ type: 'up' });
    await t.settle();
    expect(t.el.visibleWindow!.start.getTime()).to.be.greaterThan(start);
  });
});

describe('the first render', () => {
  class CountingTimeline extends EventTimeline {
    updates = 0;
    protected override updated(changed: Map<PropertyKey, unknown>): void {
      this.updates++;
      super.updated(changed);
    }
  }
  customElements.define('counting-timeline', CountingTimeline);

  it('draws the events in the update that connecting starts: no render at width 0 and then another', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('counting-timeline') as CountingTimeline;
    el.events = sampleEvents;
    container.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length).to.equal(sampleEvents.length);
    expect(el.updates).to.equal(1);
    expect(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.equal(900);
  });

  it('on a narrow element too: the vertical layout (loaded on demand) is drawn in that first update', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width:390px"></div>`);
    const el = document.createElement('counting-timeline') as CountingTimeline;
    el.events = sampleEvents;
    container.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg.vertical')).to.exist;
    expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length).to.equal(sampleEvents.length);
    expect(el.updates).to.equal(1);
  });

  it('in another language, the first update already speaks it (its words load on demand, before it)', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="ru" style="width:900px"></div>`);
    const el = document.createElement('counting-timeline') as CountingTimeline;
    el.events = sampleEvents;
    container.append(el);
    await el.updateComplete;
    expect(el.updates).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part~="zoom-in"]')!.getAttribute('aria-label')).to.equal('Приблизить');
  });

  it('setting events on a connected element draws them in the next update', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const el = document.createElement('counting-timeline') as CountingTimeline;
    container.append(el);
    await el.updateComplete;
    const before = el.updates;
    el.events = sampleEvents;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length).to.equal(sampleEvents.length);
    expect(el.updates - before).to.equal(1);
  });
});
