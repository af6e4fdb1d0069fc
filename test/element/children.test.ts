import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { settle, sampleEvents, TimelineHarness } from '../harness';
import type { EventTimeline, TimelineEventInput } from '../../src/event-timeline';

interface Dataset {
  events: (TimelineEventInput & { people?: string[] })[];
}
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A dataset written as the HTML the README describes: one <li> per event. */
function asHtml(dataset: Dataset): string {
  const items = dataset.events.map((e) => {
    const attrs = [
      `id="${escape(e.id)}"`,
      e.category ? `data-category="${escape(e.category)}"` : '',
      e.place ? `data-place="${escape(e.place)}"` : '',
      e.people ? `data-people="${escape(e.people.join('; '))}"` : '',
    ].join(' ');
    const dates = `<time datetime="${e.start}">${e.start}</time>${e.end ? ` – <time datetime="${e.end}">${e.end}</time>` : ''}`;
    return `<li ${attrs}>${dates} <strong>${escape(e.title)}</strong>${e.description ? `<p>${escape(e.description)}</p>` : ''}</li>`;
  });
  return `<ol>${items.join('')}</ol>`;
}

/** Mounts a timeline whose children are `markup`, in a container `width` px wide. */
async function mountWithChildren(markup: string, width = 900, attributes = ''): Promise<TimelineHarness> {
  const container = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  container.innerHTML = `<event-timeline locale="en-GB" ${attributes}>${markup}</event-timeline>`;
  const el = container.querySelector('event-timeline')!;
  await settle(el);
  return new TimelineHarness(el, container);
}

async function mountWithEvents(events: unknown, width = 900): Promise<TimelineHarness> {
  const container = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('event-timeline');
  el.locale = 'en-GB';
  el.events = events;
  container.append(el);
  await settle(el);
  return new TimelineHarness(el, container);
}

/** What a user sees of each mark: id, where it is, its label and its accessible name. */
const marks = (t: TimelineHarness) =>
  t.events().map((g) => ({ id: g.dataset.id, x: g.dataset.x, y: g.dataset.y, label: g.querySelector('[part~="label"]')!.textContent, name: g.getAttribute('aria-label') }));

/** Waits for the MutationObserver and the update it asks for. */
async function changed(t: TimelineHarness): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await t.settle();
}

describe('events written as the element’s children', () => {
  let article: Dataset;
  before(async () => {
    article = await (await fetch('/data/dprk-russia-2000-2023.json')).json();
  });

  it('the article written as HTML draws the same marks, at the same dates and precision, as its JSON', async () => {
    const fromJson = await mountWithEvents(article);
    const fromHtml = await mountWithChildren(asHtml(article));
    expect(fromHtml.el.problems).to.deep.equal([]);
    const fields = (e: EventTimeline['validEvents'][number]) => ({
      id: e.id,
      title: e.title,
      start: [e.start.text, e.start.precision],
      end: e.end && [e.end.text, e.end.precision],
      t: [e.t0, e.t1],
      isSpan: e.isSpan,
      description: e.description,
      category: e.category,
      place: e.place,
      people: e.people,
    });
    expect(fromHtml.el.validEvents.map(fields)).to.deep.equal(fromJson.el.validEvents.map(fields));
    expect(fromHtml.el.validEvents.find((e) => e.id === 'kim-jong-un-visits-russia')!.start.precision).to.equal('month');
    expect(marks(fromHtml)).to.have.length(article.events.length);
    expect(marks(fromHtml)).to.deep.equal(marks(fromJson));
    expect(fromHtml.ticks()).to.deep.equal(fromJson.ticks());
  });

  it('follows the children: an item added, removed, retitled, redated, recategorised', async () => {
    const t = await mountWithChildren(`<ol>
      <li id="a"><time datetime="2001">2001</time> <strong>First</strong></li>
      <li id="b"><time datetime="2005">2005</time> <strong>Second</strong></li></ol>`);
    const ids = () => t.events().map((g) => g.dataset.id);
    expect(ids()).to.deep.equal(['a', 'b']);
    const ol = t.el.querySelector('ol')!;

    ol.insertAdjacentHTML('beforeend', '<li id="c"><time datetime="2010-03">March 2010</time> <strong>Third</strong></li>');
    await changed(t);
    expect(ids()).to.deep.equal(['a', 'b', 'c']);
    expect(t.el.validEvents[2].start.precision).to.equal('month');

    t.el.querySelector('#a')!.remove();
    await changed(t);
    expect(ids()).to.deep.equal(['b', 'c']);

    t.el.querySelector('#b strong')!.firstChild!.nodeValue = 'Second, renamed';
    await changed(t);
    expect(t.event('b').getAttribute('aria-label')).to.equal('Second, renamed, 2005');

    const xBefore = Number(t.event('c').dataset.x);
    t.el.querySelector('#c time')!.setAttribute('datetime', '2007-06-01');
    await changed(t);
    expect(t.el.validEvents.find((e) => e.id === 'c')!.start.text).to.equal('2007-06-01');
    expect(Number(t.event('c').dataset.x)).to.be.lessThan(xBefore);
    expect(t.event('c').getAttribute('aria-label')).to.equal('Third, 1 June 2007');

    t.el.querySelector('#c')!.setAttribute('data-category', 'summit');
    await changed(t);
    expect(t.el.validEvents.find((e) => e.id === 'c')!.category).to.equal('summit');

    // A new list replaces the old one.
    t.el.innerHTML = '<ul><li id="z"><time datetime="1999">1999</time> Only</li></ul>';
    await changed(t);
    expect(ids()).to.deep.equal(['z']);
  });

  it('a change the mapping does not read redraws nothing', async () => {
    const t = await mountWithChildren('<ol><li id="a" class="x"><time datetime="2001">2001</time> A</li></ol>');
    const before = t.el.validEvents;
    t.el.querySelector('li')!.className = 'y';
    t.el.querySelector('li')!.setAttribute('title', 'hover text');
    t.el.querySelector('ol')!.append(document.createComment('a note'));
    await changed(t);
    expect(t.el.validEvents).to.equal(before);
  });

  it('bad items are reported like bad JSON, named by their place in the HTML; the good ones are drawn', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const errors: unknown[] = [];
    container.addEventListener('timeline-error', (e) => errors.push((e as CustomEvent).detail.problems));
    container.innerHTML = `<event-timeline><ol>
      <li id="ok"><time datetime="2001">2001</time> Fine</li>
      <li><strong>No date at all</strong></li>
      <li id="late"><time datetime="2023-02-30">30 February</time> Impossible</li></ol></event-timeline>`;
    const el = container.querySelector('event-timeline')!;
    await settle(el);
    const t = new TimelineHarness(el, container);
    expect(t.events().map((g) => g.dataset.id)).to.deep.equal(['ok']);
    expect(el.problems.map((p) => p.message)).to.deep.equal([
      'item 2 ("no-date-at-all"): has no start date',
      'item 3 ("late"): start 2023-02-30 is not a real date (February 2023 has 28 days)',
    ]);
    expect(errors).to.have.length(1);
    expect(t.problems()!.textContent).to.contain('item 3 ("late")');
  });

  it('precedence: events, then src, then the children', async () => {
    const t = await mountWithChildren('<ol><li id="child"><time datetime="2001">2001</time> From the children</li></ol>');
    const ids = () => t.events().map((g) => g.dataset.id);
    expect(ids()).to.deep.equal(['child']);

    t.el.events = sampleEvents;
    await t.settle();
    expect(ids()).to.have.members(sampleEvents.map((e) => e.id));
    // Children changed while `events` is set: still the events.
    t.el.querySelector('ol')!.insertAdjacentHTML('beforeend', '<li id="child2"><time datetime="2002">2002</time> Another</li>');
    await changed(t);
    expect(ids()).to.not.include('child2');

    t.el.events = undefined;
    await t.settle();
    expect(ids()).to.deep.equal(['child', 'child2']);

    t.el.src = '/data/dprk-russia-2000-2023.json';
    await waitUntil(() => t.el.validEvents.length === 4);
    await t.settle();
    expect(ids()).to.include('kim-jong-un-visits-russia');
    expect(ids()).to.not.include('child');

    // `events` set while `src` is set: the one set last wins, as before.
    t.el.events = [{ id: 'prop', start: '2010', title: 'Property' }];
    await t.settle();
    expect(ids()).to.deep.equal(['prop']);
    t.el.events = undefined;
    await waitUntil(() => t.el.validEvents.length === 4);
    await t.settle();
    expect(ids()).to.include('kim-jong-un-visits-russia');

    t.el.src = '';
    await t.settle();
    expect(ids()).to.deep.equal(['child', 'child2']);
  });

  it('the author’s list is the screen-reader chronology, read once: no list of the element’s own, nothing twice', async () => {
    const t = await mountWithChildren(asHtml(article));
    // The shadow root draws no list of its own; the light-DOM list is slotted into the hidden list section.
    const section = t.root.querySelector('[part~="list"]')!;
    expect(section.querySelector('ol') === null, 'no list of its own').to.equal(true);
    const slot = section.querySelector('slot')!;
    expect(slot.assignedElements().length === 1 && slot.assignedElements()[0] === t.el.querySelector('ol'), 'the list is slotted').to.equal(true);
    expect(section.getBoundingClientRect().width * section.getBoundingClientRect().height).to.be.at.most(1);

    const tree = (await executeServerCommand('cdp-ax-tree')) as AxNode[];
    const items = tree.filter((n) => n.role === 'listitem');
    expect(items).to.have.length(article.events.length);
    for (const e of article.events) {
      const mentions = readText(tree).filter((n) => n.name.includes(e.title));
      expect(mentions, e.title).to.have.length(1);
      // …and once more as the name of its mark on the timeline.
      expect(tree.filter((n) => n.role === 'button' && n.name.startsWith(`${e.title},`))).to.have.length(1);
    }
  });

  it('when events or src win, the children are neither shown nor read; the element’s own list is', async () => {
    const t = await mountWithChildren('<ol><li id="child"><time datetime="2001">2001</time> Written child</li></ol>');
    t.el.events = [{ id: 'prop', start: '2010', title: 'From the property' }];
    await t.settle();
    expect(t.root.querySelector('slot') === null, 'no slot').to.equal(true);
    const tree = (await executeServerCommand('cdp-ax-tree')) as AxNode[];
    expect(tree.filter((n) => n.name.includes('Written child'))).to.deep.equal([]);
    expect(tree.filter((n) => n.role === 'listitem')).to.have.length(1);
    expect(readText(tree).filter((n) => n.name.includes('From the property'))).to.have.length(1);
  });

  it('axe finds nothing: written children, hidden and shown, with a bad item, and in the phone layout', async () => {
    const markup = asHtml(article).replace('</ol>', '<li><strong>An item with no date</strong></li></ol>');
    const t = await mountWithChildren(markup, 1000, 'label="The article"');
    expect(t.events()).to.have.length(4);
    await expect(t.container).to.be.accessible();
    t.el.showList = true;
    await t.settle();
    await expect(t.container).to.be.accessible();
    const phone = await mountWithChildren(asHtml(article), 390, 'label="The article"');
    expect(phone.svg()!.classList.contains('vertical')).to.equal(true);
    await expect(phone.container).to.be.accessible();
  });

  it('show-list shows the author’s list; a link in the hidden list is shown while it has the focus', async () => {
    const t = await mountWithChildren(
      '<ol><li id="a"><time datetime="2001">2001</time> <strong>A</strong> <a href="#somewhere">Read the source</a></li></ol>',
    );
    const section = t.root.querySelector<HTMLElement>('[part~="list"]')!;
    const area = () => section.getBoundingClientRect().width * section.getBoundingClientRect().height;
    expect(area()).to.be.at.most(1);
    // Tab: from the timeline's one tab stop, past the List button, to the link in the list.
    t.el.shadowRoot!.querySelector<HTMLElement>('[part~="event"][tabindex="0"]')!.focus();
    const link = t.el.querySelector('a')!;
    for (let i = 0; i < 4 && document.activeElement !== link; i++) await sendKeys({ press: 'Tab' });
    expect(document.activeElement === link, 'the link has the focus').to.equal(true);
    expect(area()).to.be.greaterThan(100);
    (document.activeElement as HTMLElement).blur();
    t.el.showList = true;
    await t.settle();
    expect(area()).to.be.greaterThan(100);
    expect(t.el.querySelector('li')!.getBoundingClientRect().height).to.be.greaterThan(10);
  });
});

interface AxNode {
  role: string;
  name: string;
  depth: number;
}

/** The text a screen reader reads as text: StaticText nodes, except those inside a named control (read as its name). */
function readText(tree: AxNode[]): AxNode[] {
  const out: AxNode[] = [];
  let inside = -1;
  for (const node of tree) {
    if (inside >= 0 && node.depth > inside) continue;
    inside = node.role === 'button' ? node.depth : -1;
    if (node.role === 'StaticText') out.push(node);
  }
  return out;
}

async function waitUntil(condition: () => boolean, ms = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
