import { expect } from '@open-wc/testing';
import { mount } from '../harness';

/** One event at each precision, and the ways a date can be qualified. */
const events = [
  { id: 'year', start: '2010', title: 'A year' },
  { id: 'month', start: '2019-04', title: 'A month' },
  { id: 'day', start: '2000-07-19', title: 'A day' },
  { id: 'minute', start: '2001-05-05T10:30', title: 'A minute' },
  { id: 'second', start: '2001-05-05T10:30:15Z', title: 'A second' },
  { id: 'span', start: '2000-07-19', end: '2023-07-19~', title: 'A span' },
  { id: 'months', start: '2019-04', end: '2019-06', title: 'Some months' },
  { id: 'approx', start: '1999~', title: 'About a year' },
  { id: 'uncertain', start: '2019-04?', title: 'Perhaps April' },
  { id: 'bce', start: '-0044-03-15', title: 'The Ides' },
  { id: 'display', start: '2005', displayDate: 'Spring 2005', title: 'As the source says' },
];

describe('accessible names: each event says its title and its date as a person would', () => {
  let names: Map<string, string>;

  before(async () => {
    const t = await mount({ width: 1600, locale: 'en-GB', events });
    // Every event, also those the layout would merge: read the names one zoom at a time.
    names = new Map();
    for (const e of events) {
      t.el.zoomToEvent(e.id);
      await new Promise((r) => setTimeout(r, 350));
      await t.settle();
      names.set(e.id, t.event(e.id).getAttribute('aria-label') ?? '');
    }
  });

  for (const [id, name] of [
    ['year', 'A year, 2010'],
    ['month', 'A month, April 2019'],
    ['day', 'A day, 19 July 2000'],
    ['span', 'A span, 19 July 2000 to 19 July 2023, approximately'],
    ['months', 'Some months, April 2019 to June 2019'],
    ['approx', 'About a year, 1999, approximately'],
    ['uncertain', 'Perhaps April, April 2019, uncertain'],
    ['bce', 'The Ides, 15 March 45 BC'],
    ['display', 'As the source says, Spring 2005'],
  ]) {
    it(`names the ${id} event "${name}"`, () => {
      expect(names.get(id)).to.equal(name);
    });
  }

  it('says the time of a minute and a second event as written, the zone only when one is stated, and never a finer unit than given', () => {
    expect(names.get('minute')).to.match(/^A minute, 5 May 2001(,| at) 10:30$/);
    expect(names.get('second')).to.match(/^A second, 5 May 2001(,| at) 10:30:15 \(UTC\)$/);
  });

  it('never invents a day for a month or a year', () => {
    expect(names.get('month')).to.not.match(/\b1 April\b/);
    expect(names.get('year')).to.not.match(/January/);
  });

  it('gives the events role button with aria-pressed, inside a group named after the timeline', async () => {
    const t = await mount({ width: 1000, label: 'My chronology', events: events.slice(0, 3), selected: 'day' });
    for (const g of t.events()) {
      expect(g.getAttribute('role')).to.equal('button');
      expect(g.getAttribute('aria-pressed')).to.equal(g.dataset.id === 'day' ? 'true' : 'false');
    }
    const group = t.svg()!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('My chronology, 3 events');
    expect(group.getAttribute('aria-roledescription')).to.equal('timeline');
  });

  it('labels the details panel with the event title (a region named by its heading)', async () => {
    const t = await mount({ width: 1000, locale: 'en-GB', events, selected: 'month' });
    const details = t.details()!;
    expect(details.getAttribute('role')).to.equal('region');
    const heading = t.root.getElementById(details.getAttribute('aria-labelledby')!)!;
    expect(heading.textContent).to.equal('A month');
    expect(details.querySelector('.details-date')!.textContent).to.equal('April 2019');
  });

  it('names the "+N" clusters with their count and dates', async () => {
    const crowd = Array.from({ length: 80 }, (_, i) => ({ id: `c${i}`, start: '2010-05-05', title: `Same day ${i}` }));
    const t = await mount({ width: 1000, locale: 'en-GB', events: crowd });
    const cluster = t.clusters()[0];
    expect(cluster.getAttribute('role')).to.equal('button');
    expect(cluster.getAttribute('aria-label')).to.match(/^\d+ more events, 5 May 2010$/);
  });
});
