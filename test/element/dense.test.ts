import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, overlappingLabels, type TimelineHarness } from '../harness';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Events spread over 2000–2023 with a seeded generator, some on one busy day. */
function spread(n: number, seed = 3) {
  let a = seed;
  const random = () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: n }, (_, i) => {
    const t = i % 20 === 0 ? Date.UTC(2011, 2, 11) : Date.UTC(2000, 0, 1) + random() * 24 * 365 * 86_400_000;
    return { id: `e${i}`, start: new Date(t).toISOString().slice(0, 10), title: `Event ${i}`, category: ['politics', 'economy', 'culture'][i % 3] };
  });
}

/** How many events are drawn or counted in a drawn cluster, across the whole layout. */
function accounted(t: TimelineHarness): number {
  return t.events().length + t.clusters().reduce((n, c) => n + Number(c.querySelector('text')!.textContent!.slice(1)), 0);
}

describe('<event-timeline> dense data', () => {
  it('merges events that do not fit into "+N" clusters, and none disappears', async () => {
    const events = spread(400);
    const t = await mount({ width: 1000, events });
    expect(t.clusters().length).to.be.greaterThan(0);
    expect(accounted(t)).to.equal(400);
    expect(overlappingLabels(t.labels())).to.deep.equal([]);
  });

  it('names a cluster with its count and the time it covers', async () => {
    const t = await mount({ width: 1000, locale: 'en-GB', events: spread(400) });
    const name = t.clusters()[0].getAttribute('aria-label')!;
    expect(name).to.match(/^\d+ more events, /);
  });

  it('"Zoom to these" in a cluster\'s list zooms to it and splits it', async () => {
    const t = await mount({ width: 1000, events: spread(400) });
    const before = t.el.visibleWindow!;
    const cluster = t.clusters().find((c) => !/11 March 2011|March 11, 2011/.test(c.getAttribute('aria-label')!))!;
    (cluster as unknown as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await t.settle();
    // Enter opens the list of its events; its "Zoom to these" zooms.
    const zoom = t.root.querySelector<HTMLButtonElement>('[part~="cluster-list-zoom"]')!;
    zoom.focus();
    await sendKeys({ press: 'Enter' });
    await wait(500);
    await t.settle();
    const after = t.el.visibleWindow!;
    expect(after.end.getTime() - after.start.getTime()).to.be.lessThan((before.end.getTime() - before.start.getTime()) / 2);
    expect(overlappingLabels(t.labels())).to.deep.equal([]);
  });

  it('splits clusters as you zoom in and merges them as you zoom out', async () => {
    const t = await mount({ width: 1000, events: spread(400) });
    const fitted = t.clusters().reduce((n, c) => n + Number(c.querySelector('text')!.textContent!.slice(1)), 0);
    t.el.zoomTo('2005', '2005');
    await wait(400);
    await t.settle();
    const zoomed = t.clusters().reduce((n, c) => n + Number(c.querySelector('text')!.textContent!.slice(1)), 0);
    expect(zoomed).to.be.lessThan(fitted);
    t.el.fit();
    await wait(400);
    await t.settle();
    expect(accounted(t)).to.equal(400);
  });

  it('keeps the DOM bounded by what is on screen at 10,000 events', async () => {
    const t = await mount({ width: 1200, events: spread(10_000) });
    const nodes = t.root.querySelectorAll('*').length;
    expect(nodes).to.be.below(2000);
    t.el.zoomTo('2010-01', '2010-03');
    await wait(500);
    await t.settle();
    expect(t.root.querySelectorAll('*').length).to.be.below(2000);
    // Only events in or next to the window are in the DOM.
    const w = t.el.visibleWindow!;
    const span = w.end.getTime() - w.start.getTime();
    for (const g of t.events()) {
      const event = t.el.validEvents.find((e) => e.id === g.dataset.id)!;
      expect(event.t1).to.be.above(w.start.getTime() - span);
      expect(event.t0).to.be.below(w.end.getTime() + span);
    }
  });

  it('shows the full title in a tooltip inside the shadow root on hover and focus', async () => {
    const long = 'A very long title that will certainly have to be shortened on a narrow timeline with neighbours';
    const t = await mount({ width: 400, events: [{ id: 'a', start: '2001-01-01', title: long }, { id: 'b', start: '2001-01-03', title: 'Next' }] });
    t.event('a').focus();
    await t.settle();
    const tip = t.root.querySelector('[part~="tooltip"]')!;
    expect(tip.textContent).to.contain(long);
    expect(document.body.querySelector('[part~="tooltip"]')).to.equal(null);
  });
});

describe('<event-timeline group-by="category">', () => {
  async function grouped(): Promise<TimelineHarness> {
    const t = await mount({ width: 1000, events: spread(60) });
    t.el.groupBy = 'category';
    await t.settle();
    return t;
  }

  /** Categories in the order they first appear in time, as the bands are stacked. */
  const order = (t: TimelineHarness) => [...new Set(t.el.validEvents.map((e) => e.category!))];

  it('draws one labelled band per category, in order of first appearance, with a legend', async () => {
    const t = await grouped();
    const labels = [...t.root.querySelectorAll('[part~="group-label"]')].map((l) => l.textContent);
    // Each category is isolated (FSI … PDI), so that bidi controls in it cannot move its count.
    expect(labels).to.deep.equal(order(t).map((c) => `\u2068${c}\u2069 (20)`));
    const legend = [...t.root.querySelectorAll('[part~="legend-item"]')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(legend).to.deep.equal(order(t).map((c) => `${c} 20`));
    expect(overlappingLabels(t.labels())).to.deep.equal([]);
  });

  it('puts every event in the band of its category, coloured by category', async () => {
    const t = await grouped();
    const bands = [...t.root.querySelectorAll('[part~="group"] rect')].map((r) => r.getBoundingClientRect());
    const colours = new Set<string>();
    for (const g of t.events()) {
      const category = t.el.validEvents.find((e) => e.id === g.dataset.id)!.category!;
      const band = order(t).indexOf(category);
      const y = g.querySelector('.mark')!.getBoundingClientRect().y;
      expect(y).to.be.above(bands[band].top);
      if (bands[band + 1]) expect(y).to.be.below(bands[band + 1].top);
      colours.add(`${category}:${getComputedStyle(g.querySelector('.mark')!).fill}`);
    }
    expect(colours.size).to.equal(3);
  });

  it('hides and shows a category from the legend', async () => {
    const t = await grouped();
    const total = () => t.events().length + t.clusters().reduce((n, c) => n + Number(c.querySelector('text')!.textContent!.slice(1)), 0);
    expect(total()).to.equal(60);
    const economy = t.root.querySelectorAll<HTMLButtonElement>('[part~="legend-item"]')[order(t).indexOf('economy')];
    economy.click();
    await t.settle();
    expect(economy.getAttribute('aria-pressed')).to.equal('false');
    expect(total()).to.equal(40);
    expect(t.events().every((g) => t.el.validEvents.find((e) => e.id === g.dataset.id)!.category !== 'economy')).to.equal(true);
    economy.click();
    await t.settle();
    expect(total()).to.equal(60);
  });
});
