import { expect } from '@open-wc/testing';
import { mount, overlappingLabels, sampleEvents } from '../harness';

describe('<event-timeline> rendering', () => {
  it('draws one mark per valid event', async () => {
    const t = await mount({ events: sampleEvents });
    expect(t.events()).to.have.length(sampleEvents.length);
    expect(t.events().map((g) => g.dataset.id).sort()).to.deep.equal(sampleEvents.map((e) => e.id).sort());
  });

  it('accepts a dataset object with a title and shows the title as its heading', async () => {
    const t = await mount({ events: { title: 'My chronology', events: sampleEvents } });
    expect(t.root.querySelector('h2')?.textContent).to.equal('My chronology');
  });

  it('prefers the label attribute over the dataset title', async () => {
    const t = await mount({ events: { title: 'Dataset title', events: sampleEvents }, label: 'Given label' });
    expect(t.root.querySelector('h2')?.textContent).to.equal('Given label');
    expect(t.svg()!.getAttribute('aria-label')).to.contain('Given label');
  });

  for (const width of [390, 1280]) {
    it(`never lets two labels overlap at ${width} px`, async () => {
      const many = Array.from({ length: 40 }, (_, i) => ({
        id: `e${i}`,
        start: `20${String(10 + (i % 5)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
        title: `Event number ${i} with a fairly long title`,
      }));
      const t = await mount({ width, events: [...sampleEvents, ...many] });
      expect(t.labels().length).to.be.greaterThan(0);
      expect(overlappingLabels(t.labels())).to.deep.equal([]);
    });

    it(`stays inside its container at ${width} px`, async () => {
      const t = await mount({ width, events: sampleEvents });
      const host = t.el.getBoundingClientRect();
      expect(host.width).to.be.at.most(width);
      for (const label of t.labels()) {
        const box = label.getBoundingClientRect();
        expect(box.right, `label "${label.textContent}" ends inside`).to.be.at.most(host.right + 0.5);
        expect(box.left, `label "${label.textContent}" starts inside`).to.be.at.least(host.left - 0.5);
      }
    });
  }

  it('draws a month-precision event over the whole month', async () => {
    const t = await mount({ width: 1200, events: [{ id: 'm', start: '2019-04', title: 'April' }, { id: 'a', start: '2019-01-01', title: 'a' }, { id: 'b', start: '2019-12-31', title: 'b' }] });
    const bar = t.event('m').querySelector('rect.mark')!;
    const day = t.event('a').querySelector('circle.mark')!;
    expect(bar, 'a bar, not a dot').to.exist;
    expect(day, 'a day event is a dot').to.exist;
    const width = bar.getBoundingClientRect().width;
    const yearWidth = t.event('b').querySelector('circle')!.getBoundingClientRect().x - day.getBoundingClientRect().x;
    // April is 30 of 364 days between the two dots.
    expect(width / yearWidth).to.be.closeTo(30 / 364, 0.01);
  });

  it('marks approximate events so they look softer', async () => {
    const t = await mount({ events: [{ id: 'x', start: '2000~', title: 'Around 2000' }, { id: 'y', start: '2001', title: 'In 2001' }] });
    expect(t.event('x').getAttribute('part')).to.contain('event--approximate');
    expect(t.event('y').getAttribute('part')).to.not.contain('event--approximate');
    expect(getComputedStyle(t.event('x').querySelector('.mark')!).strokeDasharray).to.not.equal('none');
  });

  it('names each event with its title and the date at its precision', async () => {
    const t = await mount({ locale: 'en-GB', events: sampleEvents });
    expect(t.event('visit').getAttribute('aria-label')).to.equal('Visit in April, April 2019');
    expect(t.event('decl').getAttribute('aria-label')).to.equal('Joint declaration signed, 19 July 2000');
    expect(t.event('year').getAttribute('aria-label')).to.equal('A year-only event, 2010');
    expect(t.event('decade').getAttribute('aria-label')).to.equal('Two decades of ties, 19 July 2000 to 19 July 2023, approximately');
  });

  it('labels axis ticks as years across two decades', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    const ticks = t.ticks();
    expect(ticks.length).to.be.greaterThan(3);
    for (const tick of ticks) expect(tick).to.match(/^\d{4}$/);
  });

  it('labels axis ticks as months or days across a few weeks', async () => {
    const t = await mount({ width: 1000, events: [{ id: 'a', start: '2020-03-01', title: 'a' }, { id: 'b', start: '2020-03-20', title: 'b' }] });
    expect(t.ticks().some((tick) => /Mar/.test(tick))).to.equal(true);
    expect(t.ticks().every((tick) => !/^\d{4}$/.test(tick))).to.equal(true);
  });

  it('shows one event on a sensible width of time', async () => {
    const t = await mount({ events: [{ id: 'only', start: '2001-05-05', title: 'Only' }] });
    expect(t.events()).to.have.length(1);
    expect(t.ticks().length).to.be.greaterThan(1);
    const mark = t.event('only').querySelector('.mark')!.getBoundingClientRect();
    const host = t.el.getBoundingClientRect();
    expect(mark.x).to.be.within(host.left + 100, host.right - 100);
  });

  it('shows an empty state when there are no events', async () => {
    const t = await mount({ events: [] });
    expect(t.status()?.textContent).to.contain('No events');
    expect(t.events()).to.have.length(0);
  });

  it('has parts for the axis, ticks, events and labels', async () => {
    const t = await mount({ events: sampleEvents });
    expect(t.root.querySelector('[part~="axis"]')).to.exist;
    expect(t.root.querySelectorAll('[part~="tick"]').length).to.be.greaterThan(1);
    expect(t.labels()).to.have.length(sampleEvents.length);
  });

  it('shows dates in the element locale: Korean month names', async () => {
    const t = await mount({ locale: 'ko', events: sampleEvents });
    expect(t.event('visit').getAttribute('aria-label')).to.contain('2019년 4월');
  });

  it('takes its locale from the nearest lang attribute', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'ru';
    document.body.append(wrapper);
    const el = document.createElement('event-timeline');
    el.events = sampleEvents;
    wrapper.append(el);
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-id="visit"]')!.getAttribute('aria-label')).to.contain('апрель 2019');
    wrapper.remove();
  });

  it('renders user text as text, never as markup', async () => {
    const t = await mount({ events: [{ id: 'x', start: '2001', title: '<img src=x onerror="window.__pwned=1">', description: '<b>bold</b>' }] });
    expect(t.root.querySelector('img')).to.equal(null);
    expect(t.labels()[0].textContent).to.contain('<img');
  });
});
