import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeEvents } from '../../src/model/normalize';
import { safeUrl } from '../../src/model/url';

const ok = { id: 'a', start: '2000-07-19', title: 'A' };

describe('normalizeEvents', () => {
  it('accepts an array of events', () => {
    const { events, problems } = normalizeEvents([ok]);
    expect(problems).to.deep.equal([]);
    expect(events.map((e) => e.id)).to.deep.equal(['a']);
  });

  it('accepts a dataset object and keeps its title', () => {
    const result = normalizeEvents({ title: 'T', events: [ok] });
    expect(result.title).to.equal('T');
    expect(result.events).to.have.length(1);
  });

  it('sorts events by start, then end, then input order', () => {
    const { events } = normalizeEvents([
      { id: 'late', start: '2010', title: 'x' },
      { id: 'long', start: '2000', end: '2005', title: 'x' },
      { id: 'short', start: '2000', title: 'x' },
      { id: 'short2', start: '2000', title: 'x' },
    ]);
    expect(events.map((e) => e.id)).to.deep.equal(['short', 'short2', 'long', 'late']);
  });

  for (const [input, said] of [
    [null, 'got null'],
    ['text', 'got "text"'],
    [42, 'got the number 42'],
    [{ foo: 1 }, 'the object has no "events"'],
    [{ events: 'x' }, '"events" is "x"'],
  ] as const) {
    it(`reports input that is not events: ${JSON.stringify(input)}`, () => {
      const { events, problems } = normalizeEvents(input);
      expect(events).to.deep.equal([]);
      expect(problems).to.have.length(1);
      expect(problems[0].message).to.contain(said);
    });
  }

  it('treats an empty list as no events and no problem', () => {
    expect(normalizeEvents([])).to.deep.equal({ events: [], eras: [], problems: [], title: undefined });
  });

  it('names the event by index and id, the field, and why: end before start', () => {
    const { events, problems } = normalizeEvents([ok, ok, ok, { id: 'visit', start: '2020-01-01', end: '2010-01-01', title: 'V' }]);
    expect(events).to.have.length(1);
    const p = problems.find((x) => x.field === 'end')!;
    expect(p).to.include({ index: 3, id: 'visit', field: 'end' });
    expect(p.message).to.equal('event 3 ("visit"): end 2010-01-01 is before start 2020-01-01');
  });

  it('allows an end inside the period of a coarser start', () => {
    const { events, problems } = normalizeEvents([{ id: 'x', start: '2020', end: '2020-06-01', title: 'X' }]);
    expect(problems).to.deep.equal([]);
    expect(events[0].t1).to.equal(Date.UTC(2021, 0, 1));
  });

  it('reports missing and non-string ids and leaves those events out', () => {
    const { events, problems } = normalizeEvents([{ start: '2000', title: 'x' }, { id: 7, start: '2000', title: 'x' }]);
    expect(events).to.deep.equal([]);
    expect(problems.map((p) => p.message)).to.deep.equal(['event 0: has no id', 'event 1: id must be a non-empty string, got the number 7']);
  });

  it('keeps the first of two events with the same id and reports the second', () => {
    const { events, problems } = normalizeEvents([ok, { ...ok, title: 'B' }]);
    expect(events.map((e) => e.title)).to.deep.equal(['A']);
    expect(problems[0].message).to.contain('duplicate id "a"');
  });

  it('reports an impossible calendar date with the reason', () => {
    const { problems } = normalizeEvents([{ id: 'x', start: '2023-02-30', title: 'X' }]);
    expect(problems[0].field).to.equal('start');
    expect(problems[0].message).to.match(/^event 0 \("x"\): start .*2023-02-30/);
  });

  it('reports a title that is not text, and NaN where a date belongs', () => {
    const { problems } = normalizeEvents([{ id: 'x', start: NaN, title: 5 }]);
    expect(problems.map((p) => p.field).sort()).to.deep.equal(['start', 'title']);
    expect(problems.find((p) => p.field === 'title')!.message).to.contain('title must be text, got the number 5');
  });

  it('ignores unknown fields without a problem', () => {
    const { events, problems } = normalizeEvents([{ ...ok, colour: 'red', extra: { a: 1 } }]);
    expect(events).to.have.length(1);
    expect(problems).to.deep.equal([]);
  });

  it('keeps an event whose optional fields are wrong, drops those fields and says so', () => {
    const { events, problems } = normalizeEvents([{ ...ok, description: 3, people: 'Kim', place: ['x'] }]);
    expect(events).to.have.length(1);
    expect(events[0].description).to.equal(undefined);
    expect(events[0].people).to.deep.equal([]);
    expect(problems.map((p) => p.field).sort()).to.deep.equal(['description', 'people', 'place']);
  });

  it('drops javascript:, data: and vbscript: links with a problem and keeps safe ones', () => {
    const { events, problems } = normalizeEvents([
      {
        ...ok,
        links: [
          { href: 'javascript:alert(1)', label: 'x' },
          { href: ' data:text/html,<script>alert(1)</script>' },
          { href: 'VBScript:msgbox' },
          { href: 'https://example.org', label: 'ok' },
          { href: 'notes/page.html' },
        ],
      },
    ]);
    expect(events[0].links).to.deep.equal([
      { href: 'https://example.org', label: 'ok' },
      { href: 'notes/page.html', label: 'notes/page.html' },
    ]);
    expect(problems).to.have.length(3);
    expect(problems[0].message).to.contain('only http:, https:, mailto: and relative URLs');
  });

  it('marks month and year precision events and spans as bars, day events as points', () => {
    const { events } = normalizeEvents([
      { id: 'd', start: '2000-01-01', title: 'd' },
      { id: 'm', start: '2000-02', title: 'm' },
      { id: 'y', start: '2001', title: 'y' },
      { id: 's', start: '2002-01-01', end: '2002-01-05', title: 's' },
    ]);
    expect(events.map((e) => [e.id, e.isSpan])).to.deep.equal([
      ['d', false],
      ['m', true],
      ['y', true],
      ['s', true],
    ]);
  });

  it('keeps a BCE date and a year below 100 exact', () => {
    const { events } = normalizeEvents([
      { id: 'ides', start: '-0044-03-15', title: 'Ides' },
      { id: 'y44', start: '0044', title: '44' },
    ]);
    expect(new Date(events[0].t0).getUTCFullYear()).to.equal(-44);
    expect(new Date(events[1].t0).getUTCFullYear()).to.equal(44);
  });

  it('never throws and reports every dropped event (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything(), fc.record({ id: fc.string(), start: fc.string(), title: fc.anything() }))), (input) => {
        const { events, problems } = normalizeEvents(input);
        const dropped = input.length - events.length;
        const reportedIndexes = new Set(problems.filter((p) => p.index !== undefined).map((p) => p.index));
        expect(reportedIndexes.size).to.be.at.least(dropped);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('safeUrl', () => {
  it('allows http, https, mailto and relative URLs', () => {
    for (const href of ['http://a.b', 'HTTPS://a.b/c', 'mailto:x@y.z', '/p', 'p/q', '#frag', '?q=1', '//host/p']) expect(safeUrl(href)).to.equal(href);
  });

  it('refuses other schemes, also when hidden by case, tabs or control characters', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:x', 'java\tscript:x', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd'])
      expect(safeUrl(href), href).to.equal(undefined);
  });

  it('refuses what is not a non-empty string', () => {
    for (const href of [undefined, null, 5, {}, '', '   ']) expect(safeUrl(href)).to.equal(undefined);
  });
});
