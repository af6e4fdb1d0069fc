import { expect } from '@open-wc/testing';
import { normalizeEvents } from '../../src/model/normalize';

const event = { id: 'e', start: '1950', title: 'E' };

describe('normalizeEvents: eras', () => {
  it('returns eras with their precision, sorted by start', () => {
    const { eras, problems } = normalizeEvents({
      events: [event],
      eras: [{ start: '1960', end: '1969', title: 'Sixties' }, { start: '1939-09', end: '1945-05', title: 'War' }],
    });
    expect(problems).to.deep.equal([]);
    expect(eras.map((e) => [e.title, e.start.precision, e.index])).to.deep.equal([['War', 'month', 1], ['Sixties', 'year', 0]]);
    expect(eras[1].t0).to.equal(Date.UTC(1960, 0, 1));
    expect(eras[1].t1).to.equal(Date.UTC(1970, 0, 1));
  });

  it('reports an era with a bad or missing date, or an end before its start, and leaves it out', () => {
    const { eras, problems } = normalizeEvents({
      events: [event],
      eras: [{ start: '1999-13', end: '2000', title: 'a' }, { end: '2000', title: 'b' }, { start: '2000', end: '1990', title: 'c' }, 'junk'],
    });
    expect(eras).to.deep.equal([]);
    expect(problems.map((p) => p.field)).to.deep.equal(['eras[0].start', 'eras[1].start', 'eras[2].end', 'eras[3]']);
    expect(problems[2].message).to.equal('era 2: end 1990 is before start 2000; ignored');
    for (const p of problems) expect(p).to.not.have.property('index');
  });

  it('keeps an era without a title, and reports a title that is not text', () => {
    const { eras, problems } = normalizeEvents({ events: [], eras: [{ start: '2000', end: '2001' }, { start: '2002', end: '2003', title: 5 }] });
    expect(eras.map((e) => e.title)).to.deep.equal(['', '']);
    expect(problems.map((p) => p.message)).to.deep.equal(['era 1: title ignored: expected text, got the number 5']);
  });

  it('reports eras that are not a list, and has none for an array of events', () => {
    expect(normalizeEvents({ events: [], eras: {} }).problems[0].message).to.match(/^eras ignored/);
    expect(normalizeEvents([event]).eras).to.deep.equal([]);
  });

  it('lets eras change nothing about the events', () => {
    const without = normalizeEvents({ events: [event] });
    const withEras = normalizeEvents({ events: [event], eras: [{ start: '1000', end: '3000', title: 'Long' }] });
    expect(withEras.events).to.deep.equal(without.events);
  });
});

describe('normalizeEvents: eventName', () => {
  it('names events in messages as the option says', () => {
    const { problems } = normalizeEvents([{ id: 'a', start: '1999' }, 7], { eventName: (i) => `row ${i + 2}` });
    expect(problems.map((p) => p.message)).to.deep.equal(['row 2 ("a"): has no title', 'row 3: expected an object, got the number 7']);
    expect(problems.map((p) => p.index)).to.deep.equal([0, 1]);
  });
});
