/**
 * The DOM bound in every mode: however many events or categories, the shadow root holds at most
 * about 2,000 elements — category bands fold into "Other", the legend folds behind "N more", the
 * visible list pages, the hidden list holds the first 600, the vertical layout draws what is near.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { mount, type TimelineHarness } from '../harness';

const BOUND = 2000;
const DAY = 86_400_000;

/** `n` events, one a day from 1 January 1900 (UTC), in `categories` categories (none: no category). */
function events(n: number, categories = 0) {
  const base = Date.UTC(1900, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    start: new Date(base + i * DAY).toISOString().slice(0, 10),
    title: `Event ${i}`,
    ...(categories ? { category: `Category ${String(i % categories).padStart(4, '0')}` } : {}),
  }));
}

const nodes = (t: TimelineHarness) => t.root.querySelectorAll('*').length;

async function grouped(n: number, categories: number, width = 1200): Promise<TimelineHarness> {
  const t = await mount({ width, events: events(n, categories) });
  t.el.groupBy = 'category';
  await t.settle();
  await t.settle();
  return t;
}

describe('the DOM bound holds in every mode', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 1280, height: 900 }));

  it('group-by with 3,000 categories: a few bands and "Other", a legend of 8 and "N more"', async () => {
    const t = await grouped(9000, 3000);
    expect(nodes(t), 'elements in the shadow root').to.be.below(BOUND);
    const labels = [...t.root.querySelectorAll('[part~="group-label"]')].map((l) => l.textContent!.replace(/[\u2068\u2069]/g, ''));
    expect(labels.length).to.be.within(2, 12);
    expect(labels[labels.length - 1]).to.match(/^Other/);
    const row = t.root.querySelectorAll('[part~="legend-item"]');
    expect(row.length).to.equal(7);
    const more = t.root.querySelector<HTMLButtonElement>('[part~="legend-more"]')!;
    expect(more.textContent!.trim()).to.equal('2,993 more');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
  });

  it('the legend\'s "N more" opens a panel that finds a category and pages; Escape closes it', async () => {
    const t = await grouped(9000, 3000);
    const more = t.root.querySelector<HTMLButtonElement>('[part~="legend-more"]')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await t.settle();
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    const panel = t.root.querySelector('[part~="legend-panel"]')!;
    expect(panel.querySelectorAll('[part~="legend-item"]').length).to.equal(40);
    expect(nodes(t)).to.be.below(BOUND);
    // The focus is in the field that finds a category.
    const find = t.root.activeElement as HTMLInputElement;
    expect(find.type).to.equal('search');
    await sendKeys({ type: '2999' });
    await t.settle();
    const found = [...panel.querySelectorAll('[part~="legend-item"]')];
    expect(found.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Category 2999 3']);
    // Hiding it from the panel: its events leave the plot, the button counts it as hidden.
    (found[0] as HTMLButtonElement).click();
    await t.settle();
    expect(t.el.validEvents.filter((e) => e.category === 'Category 2999').length).to.equal(3);
    expect(t.root.querySelector('[part~="legend-more"]')!.textContent!.trim()).to.equal('2,993 more (1 hidden)');
    t.root.querySelector<HTMLInputElement>('.legend-find')!.focus();
    await sendKeys({ press: 'Escape' });
    await t.settle();
    expect(t.root.querySelector('[part~="legend-panel"]')).to.equal(null);
    expect(t.root.activeElement).to.equal(t.root.querySelector('[part~="legend-more"]'));
  });

  it('a visible list of 100,000 events shows 100 a page, with a pager', async () => {
    const t = await mount({ width: 1200, events: events(100_000) });
    t.el.showList = true;
    await t.settle();
    expect(nodes(t)).to.be.below(BOUND);
    const items = () => [...t.root.querySelectorAll('[part~="list"] li')];
    expect(items().length).to.equal(100);
    const status = () => t.root.querySelector('[part~="list-pager"] [role="status"]')!.textContent!.trim();
    expect(status()).to.equal('Events 1–100 of 100,000');
    const pager = t.root.querySelector('[part~="list-pager"]')!;
    // Next keeps the part the old "Show more" button had.
    expect(pager.querySelector('[data-go="next"]')!.getAttribute('part')).to.equal('list-page list-more');
    pager.querySelector<HTMLButtonElement>('[data-go="next"]')!.click();
    await t.settle();
    expect(status()).to.equal('Events 101–200 of 100,000');
    expect(items()[0].textContent).to.contain('Event 100');
    expect(t.root.querySelector('[part~="list"] ol')!.getAttribute('start')).to.equal('101');
    t.root.querySelector<HTMLButtonElement>('[part~="list-pager"] [data-go="last"]')!.click();
    await t.settle();
    expect(status()).to.equal('Events 99,901–100,000 of 100,000');
    expect(items()[99].textContent).to.contain('Event 99999');
    expect(t.root.querySelector('[part~="list-pager"] [data-go="next"]')!.getAttribute('aria-disabled')).to.equal('true');
    expect(nodes(t)).to.be.below(BOUND);
  });

  it('the hidden list of 100,000 events holds the first 600 and says so', async () => {
    const t = await mount({ width: 1200, events: events(100_000) });
    expect(nodes(t)).to.be.below(BOUND);
    const list = t.root.querySelector('[part~="list"]')!;
    expect(list.querySelectorAll('li').length).to.equal(600);
    expect(list.textContent).to.contain('The first 600 of 100,000 events');
  });

  it('the vertical layout with 100,000 events', async () => {
    const t = await mount({ width: 390, events: events(100_000) });
    expect(t.svg()!.classList.contains('vertical')).to.equal(true);
    expect(nodes(t)).to.be.below(BOUND);
  });
});

describe('text that hides itself cannot reorder the element\'s own', () => {
  it('a title holding U+202E keeps its date after it, in names, the list and labels', async () => {
    const title = 'abc\u202Edef';
    const t = await mount({ width: 1000, locale: 'en-GB', events: [{ id: 'x', start: '2001-05-05', title }, { id: 'y', start: '2003', title: 'Next' }] });
    const name = t.event('x').getAttribute('aria-label')!;
    // The title is isolated and its override closed, so the date reads after it, left to right.
    expect(name).to.equal(`\u2068abc\u202Edef\u202C\u2069, 5 May 2001`);
    const item = [...t.root.querySelectorAll('[part~="list"] li')].find((li) => li.textContent!.includes('abc'))!;
    expect(item.textContent).to.equal(`5 May 2001: \u2068abc\u202Edef\u202C\u2069`);
    // The drawn label: the override stays inside its own isolated box.
    const label = t.event('x').querySelector('[part~="label"]')!;
    expect(label.textContent).to.contain('abc');
    // plaintext isolates too, and takes its direction from the title itself.
    expect(getComputedStyle(label).unicodeBidi).to.be.oneOf(['isolate', 'plaintext']);
  });
});
