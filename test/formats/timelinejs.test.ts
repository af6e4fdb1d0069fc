import { expect } from '@open-wc/testing';
import { fromTimelineJS, isTimelineJS } from '../../src/formats/index.js';

/** The events of a timeline made of these TimelineJS events. */
const eventsOf = (events: unknown[]) => fromTimelineJS({ events }).dataset.events;

describe('fromTimelineJS', () => {
  it('keeps a year alone as a year, never the first of January', () => {
    expect(eventsOf([{ start_date: { year: '1815' } }])[0].start).to.equal('1815');
    expect(eventsOf([{ start_date: { year: 1815, month: '', day: '' } }])[0].start).to.equal('1815');
  });

  it('writes each precision the parts give, from strings or numbers', () => {
    const events = eventsOf([
      { start_date: { year: '1943', month: '7', day: '' } },
      { start_date: { year: 1815, month: 12, day: 10 } },
      { start_date: { year: '2000', month: '01', day: '05', hour: '6' } },
      { start_date: { year: '2000', month: '01', day: '05', hour: '6', minute: '45', second: '56', millisecond: '' } },
      { start_date: { year: '-44', month: '3', day: '15' } },
    ]);
    expect(events.map((e) => e.start)).to.deep.equal(['1943-07', '1815-12-10', '2000-01-05T06:00', '2000-01-05T06:45:56', '-0044-03-15']);
  });

  it('maps headline, text, group, unique_id, end_date and http media, as plain text', () => {
    const [event] = eventsOf([{
      start_date: { year: '1815', month: '12', day: '10' },
      end_date: { year: '1852' },
      text: { headline: 'Ada <i>Lovelace</i>', text: '<p>Daughter of Byron &amp; <a href="#">more</a></p><script>alert(1)</script>' },
      group: 'People',
      unique_id: 'ada',
      media: { url: 'https://example.org/ada.jpg', caption: 'x' },
    }]);
    expect(event).to.deep.equal({
      id: 'ada', start: '1815-12-10', end: '1852', title: 'Ada Lovelace', description: 'Daughter of Byron & more',
      category: 'People', links: [{ href: 'https://example.org/ada.jpg', label: 'Media' }],
    });
  });

  it('leaves out media that is not an http(s) URL', () => {
    const [a, b] = eventsOf([
      { start_date: { year: 1 }, media: { url: '<blockquote>quote</blockquote>' } },
      { start_date: { year: 2 }, media: { url: 'javascript:alert(1)' } },
    ]);
    expect(a.links).to.equal(undefined);
    expect(b.links).to.equal(undefined);
  });

  it('takes display_date from the event or from start_date', () => {
    const events = eventsOf([
      { start_date: { year: 1943 }, display_date: 'During the war' },
      { start_date: { year: 1943, display_date: 'Wartime' } },
    ]);
    expect(events.map((e) => e.displayDate)).to.deep.equal(['During the war', 'Wartime']);
  });

  it("takes the title slide's headline as the dataset title and converts eras", () => {
    const { dataset, problems } = fromTimelineJS({
      title: { text: { headline: 'Women in <b>Computing</b>', text: '<p>intro</p>' }, start_date: { year: '' } },
      events: [],
      eras: [{ start_date: { year: 1939 }, end_date: { year: '1945', month: '5' }, text: { headline: 'The war' } }],
    });
    expect(problems).to.deep.equal([]);
    expect(dataset).to.deep.equal({ title: 'Women in Computing', events: [], eras: [{ start: '1939', end: '1945-05', title: 'The war' }] });
  });

  it('reports month 13 with index and field and keeps the event at year precision', () => {
    const { dataset, problems } = fromTimelineJS({ events: [{ start_date: { year: 1 } }, { start_date: { year: 1999, month: 13 } }] });
    expect(dataset.events[1].start).to.equal('1999');
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ index: 1, field: 'start_date.month' });
  });

  it('skips, with a problem, an event without a start_date or with a non-numeric year', () => {
    const { dataset, problems } = fromTimelineJS({
      events: [{ text: { headline: 'no date' } }, { start_date: { year: 'MCM' } }, 'junk', { start_date: { year: 2000 } }],
    });
    expect(dataset.events.map((e) => e.start)).to.deep.equal(['2000']);
    expect(problems.map((p) => [p.index, p.field ?? null])).to.deep.equal([
      [0, 'start_date'], [1, 'start_date.year'], [1, 'start_date'], [2, null],
    ]);
  });

  it('drops an unusable end_date with a problem and keeps the event', () => {
    const { dataset, problems } = fromTimelineJS({ events: [{ start_date: { year: 1999 }, end_date: { month: 5 } }] });
    expect(dataset.events[0]).to.not.have.property('end');
    expect(problems.map((p) => p.field)).to.deep.equal(['end_date.year', 'end_date']);
  });

  it('gives events without unique_id stable ids from start and headline', () => {
    const json = { events: [{ start_date: { year: 1951 }, text: { headline: 'Rózsa Péter' } }, { start_date: { year: 1951 }, text: { headline: 'Rózsa Péter' } }] };
    expect(eventsOf(json.events).map((e) => e.id)).to.deep.equal(['1951-rozsa-peter', '1951-rozsa-peter-2']);
  });

  it('reads JSON text, and reports text that is not JSON', () => {
    expect(fromTimelineJS('{"events":[{"start_date":{"year":"1999"}}]}').dataset.events[0].start).to.equal('1999');
    expect(fromTimelineJS('{nope').problems).to.have.length(1);
    expect(fromTimelineJS(null).problems).to.have.length(1);
  });
});

describe('isTimelineJS', () => {
  it('recognises events with start_date objects, or a title with text', () => {
    expect(isTimelineJS({ events: [{ start_date: { year: '1999' } }] })).to.equal(true);
    expect(isTimelineJS({ title: { text: { headline: 'x' } }, events: [] })).to.equal(true);
  });

  it('rejects our own format and other values', () => {
    expect(isTimelineJS({ events: [{ start: '1999', title: 'x' }] })).to.equal(false);
    expect(isTimelineJS({ title: 'x', events: [] })).to.equal(false);
    expect(isTimelineJS([])).to.equal(false);
    expect(isTimelineJS(null)).to.equal(false);
    expect(isTimelineJS('not json')).to.equal(false);
  });
});

describe('fromTimelineJS: events without a headline', () => {
  it('takes the title from the first line of the text, shortened, and reports it', () => {
    const long = `<p>${'word '.repeat(30)}end</p><p>second paragraph</p>`;
    const { dataset, problems } = fromTimelineJS({ events: [{ start_date: { year: 1900 }, text: { headline: '', text: long } }] });
    expect(dataset.events[0].title).to.match(/^word word .*…$/);
    expect([...dataset.events[0].title!].length).to.be.at.most(80);
    expect(dataset.events[0].description).to.contain('second paragraph');
    expect(problems).to.deep.equal([{ index: 0, field: 'text.headline', message: 'no headline; the title is taken from the text' }]);
  });

  it('else from the media caption, as plain text', () => {
    const { dataset, problems } = fromTimelineJS({ events: [{ start_date: { year: 1900 }, media: { url: 'x', caption: '<i>a</i> video' } }] });
    expect(dataset.events[0].title).to.equal('a video');
    expect(problems[0].message).to.equal('no headline; the title is taken from the media caption');
  });

  it('else leaves the title out, for the validator to report', () => {
    const { dataset, problems } = fromTimelineJS({ events: [{ start_date: { year: 1900 } }] });
    expect(dataset.events[0]).to.not.have.property('title');
    expect(problems).to.deep.equal([]);
  });
});

describe('fromTimelineJS: origins', () => {
  it('names the source index of each converted event, skipped ones left out', () => {
    const { dataset, origins } = fromTimelineJS({ events: [{ start_date: { year: 1 } }, { text: {} }, { start_date: { year: 3 } }] });
    expect(dataset.events).to.have.length(2);
    expect(origins).to.deep.equal([{ index: 0 }, { index: 2 }]);
  });
});
