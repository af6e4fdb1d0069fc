/**
 * Nothing changed: the model never writes to what it is given (deeply frozen input works, and is
 * deep-equal before and after), and JSON keys named `__proto__` or `constructor` pollute nothing.
 * Pathological JSON (deep nesting, huge strings) gets a message or a shortened text.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fromCSV, fromTimelineJS, fromTSV } from '../../src/formats/index';
import { count, jsonDepth, MAX_JSON_DEPTH, MAX_TITLE_LENGTH, shorten } from '../../src/model/limits';
import { normalizeLoaded, readSource } from '../../src/model/load';
import { normalizeEvents } from '../../src/model/normalize';

/** Freezes a value and everything reachable from it. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

const dataset = () => ({
  title: 'A frozen dataset',
  events: [
    { id: 'b', start: '2019-04', end: '2019-06~', title: 'Second', category: 'talks', place: 'Moscow', people: ['Kim', 'Putin'], links: [{ href: 'https://example.org/b', label: 'Read' }, { href: 'javascript:x' }], source: { paragraph: 3, note: 'n' } },
    { id: 'a', start: '2000-07-19T10:30-05:00', title: 'First', description: 'D', displayDate: 'Summer 2000', extra: { nested: [1, { deep: true }] } },
    { id: 'a', start: '2001', title: 'Duplicate' },
    { id: 'bad', start: 'soon', title: 'Bad date' },
    { id: 'zw', start: '2002', title: '\u200B' },
  ],
  eras: [{ start: '1999', end: '2005', title: 'An era' }, { start: '2010', end: '2001' }],
});

const timelineJS = () => ({
  title: { text: { headline: 'TJS <b>title</b>' } },
  events: [
    { start_date: { year: '2001', month: '5' }, text: { headline: 'One', text: '<p>Text</p>' }, group: 'g', unique_id: 'one', media: { url: 'https://example.org/m' } },
    { start_date: { year: 1999 }, end_date: { year: 2000 }, text: { headline: 'Two' } },
    { start_date: 'bad' },
  ],
  eras: [{ start_date: { year: 1990 }, end_date: { year: 1995 }, text: { headline: 'Era' } }],
});

/** Own property names of the built-in prototypes, to see that nothing was added. */
const prototypeKeys = () => [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Reflect.ownKeys(p).map(String).sort());

describe('the model never mutates its input', () => {
  it('normalizeEvents reads a deeply frozen dataset without throwing, and leaves it deep-equal', () => {
    const input = dataset();
    const before = structuredClone(input);
    deepFreeze(input);
    const result = normalizeEvents(input);
    expect(result.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
    expect(result.eras).to.have.length(1);
    expect(result.problems.length).to.be.greaterThan(3);
    expect(input).to.deep.equal(before);
  });

  it('normalizeEvents shares no object or array with its input, so changing the result cannot change the input', () => {
    const input = dataset();
    const result = normalizeEvents(input);
    const b = result.events.find((e) => e.id === 'b')!;
    expect(b).to.not.equal(input.events[0]);
    expect(b.people).to.not.equal(input.events[0].people);
    expect(b.links[0]).to.not.equal(input.events[0].links![0]);
    expect(b.source).to.not.equal(input.events[0].source);
  });

  it('normalizeEvents leaves any frozen input alone (fast-check, fixed seed)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.array(fc.record({ id: fc.string(), start: fc.constantFrom('2001', '2001-02-03T04:05+06:00', 'x'), title: fc.string(), people: fc.array(fc.string()) }, { requiredKeys: [] })), (json, events) => {
        for (const input of [json, events, { events, eras: json }]) {
          const before = structuredClone(input);
          normalizeEvents(deepFreeze(input));
          expect(input).to.deep.equal(before);
        }
      }),
      { seed: 55, numRuns: 200 },
    );
  });

  it('fromTimelineJS converts a deeply frozen TimelineJS object and leaves it deep-equal', () => {
    const input = timelineJS();
    const before = structuredClone(input);
    const conversion = fromTimelineJS(deepFreeze(input));
    expect(conversion.dataset.events.map((e) => e.title)).to.deep.equal(['One', 'Two', undefined]);
    expect(input).to.deep.equal(before);
  });

  it('a converted source can be frozen before validation: normalizeLoaded writes nothing', () => {
    for (const [text, url, type] of [
      ['id,start,title,people\na,2001,A,Kim;Lee\n', '/x.csv', 'text/csv'],
      ['id\tstart\ttitle\na\t2001\tA\n', '/x.tsv', 'text/tab-separated-values'],
      [JSON.stringify(timelineJS()), '/x.json', 'application/json'],
      [JSON.stringify(dataset()), '/x.json', 'application/json'],
    ]) {
      const loaded = readSource(text, url, type);
      if (!loaded.ok) throw new Error(loaded.reason);
      const before = structuredClone(loaded.data);
      const data = normalizeLoaded(deepFreeze(loaded));
      expect(data.events.length, url).to.be.greaterThan(0);
      expect(loaded.data, url).to.deep.equal(before);
    }
    expect(fromCSV('start,title\n2001,A\n').dataset.events).to.have.length(1);
    expect(fromTSV('start\ttitle\n2001\tA\n').dataset.events).to.have.length(1);
  });
});

describe('keys named __proto__ and constructor pollute nothing', () => {
  const json = `{"__proto__":{"polluted":"dataset","events":[]},"constructor":{"prototype":{"polluted":"constructor"}},"events":[
    {"id":"a","start":"2001","title":"A","__proto__":{"polluted":"event","title":"from the prototype"}},
    {"id":"b","start":"2002","title":"B","constructor":{"prototype":{"polluted":"event constructor"}}},
    {"__proto__":{"id":"c","start":"2003","title":"only in __proto__"}},
    {"id":"d","start":"2004","title":"D","links":[{"href":"/x","__proto__":{"label":"polluted label"}}],"people":{"__proto__":["x"]}}
  ]}`;

  it('our JSON with __proto__ and constructor keys: events still read, prototypes untouched', () => {
    const keys = prototypeKeys();
    const loaded = readSource(json, '/x.json', 'application/json');
    if (!loaded.ok) throw new Error(loaded.reason);
    const data = normalizeLoaded(loaded);
    expect(data.events.map((e) => [e.id, e.title])).to.deep.equal([['a', 'A'], ['b', 'B'], ['d', 'D']]);
    expect(data.events[2].links).to.deep.equal([{ href: '/x', label: '/x' }]);
    expect(data.problems.map((p) => p.message)).to.deep.equal(['event 2: has no id', 'event 2: has no title', 'event 2: has no start date', 'event 3 ("d"): people ignored: expected a list of names, got an object']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(([] as unknown as Record<string, unknown>).polluted).to.equal(undefined);
    expect(prototypeKeys()).to.deep.equal(keys);
  });

  it('TimelineJS JSON and a spreadsheet with __proto__ and constructor columns pollute nothing', () => {
    const keys = prototypeKeys();
    const tjs = fromTimelineJS(JSON.parse('{"__proto__":{"x":1},"events":[{"start_date":{"year":"2001","__proto__":{"month":"5"}},"text":{"headline":"T","__proto__":{"text":"p"}},"constructor":{"prototype":{"polluted":1}}}]}'));
    expect(tjs.dataset.events).to.deep.equal([{ id: '2001-t', start: '2001', title: 'T' }]);
    const csv = fromCSV('__proto__,constructor,start,title,toString,hasOwnProperty\nx,y,2001,A,z,w\n');
    expect(csv.dataset.events).to.deep.equal([{ id: '2001-a', start: '2001', title: 'A' }]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
    expect(prototypeKeys()).to.deep.equal(keys);
  });
});

describe('pathological JSON', () => {
  it(`jsonDepth counts nesting, ignores brackets in strings, and stops past the limit (${MAX_JSON_DEPTH})`, () => {
    expect(jsonDepth('{"events":[{"links":[{"href":"/a"}]}]}')).to.equal(5);
    expect(jsonDepth('["[[[[", "\\"[[["]')).to.equal(1);
    expect(jsonDepth('1')).to.equal(0);
    expect(jsonDepth('['.repeat(5_000_000), 10)).to.equal(11);
  });

  it('readSource refuses JSON nested 100,000 deep with a message, quickly', () => {
    const text = `{"events":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`;
    const start = performance.now();
    expect(readSource(text, '/x.json', 'application/json')).to.deep.equal({
      ok: false,
      reason: `the file nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep, which no dataset needs; it was not read`,
    });
    expect(performance.now() - start).to.be.below(100);
  });

  it(`readSource still reads JSON nested ${MAX_JSON_DEPTH} deep in an extra field`, () => {
    const nested = '['.repeat(MAX_JSON_DEPTH - 3) + ']'.repeat(MAX_JSON_DEPTH - 3);
    const loaded = readSource(`{"events":[{"id":"a","start":"2001","title":"A","extra":${nested}}]}`, '/x.json', 'application/json');
    expect(loaded.ok).to.equal(true);
  });

  it('normalizeEvents refuses nothing for depth given as an object (it never walks unknown fields)', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const { events, problems } = normalizeEvents([{ id: 'a', start: '2001', title: 'A', extra: deep }, deep]);
    expect(events.map((e) => e.id)).to.deep.equal(['a']);
    expect(problems.map((p) => p.message)).to.deep.equal(['event 1: expected an object, got an array']);
  });

  it(`a 15 MB title is cut to its first ${count(MAX_TITLE_LENGTH)} characters, with a problem; the event is shown`, () => {
    const title = 'x'.repeat(15 * 1024 * 1024);
    const { events, problems } = normalizeEvents([{ id: 'long', start: '2001', title }]);
    expect(events[0].title).to.equal(`${'x'.repeat(MAX_TITLE_LENGTH)}…`);
    expect(problems).to.deep.equal([{ index: 0, id: 'long', field: 'title', message: 'event 0 ("long"): title is 15,728,640 characters long; shortened to its first 100,000' }]);
  });

  it('a long id is refused (cutting it would change the event it names), long texts are cut, each with a problem', () => {
    const long = (n: number) => 'y'.repeat(n);
    const { events, problems } = normalizeEvents({
      title: long(100_001),
      events: [
        { id: long(1_001), start: '2001', title: 'A' },
        { id: 'b', start: '2001', title: 'B', category: long(10_001), place: long(10_001), people: [long(10_001)], links: [{ href: '/x', label: long(10_001) }], displayDate: long(10_001), description: 'z'.repeat(1_000_001) },
        { id: 'c', start: '2001', title: long(100_000), category: long(10_000), description: long(1_000_000) },
      ],
      eras: [{ start: '2000', end: '2002', title: long(100_002) }],
    });
    expect(events.map((e) => e.id)).to.deep.equal(['b', 'c']);
    expect(events[0].category).to.have.length(10_001);
    expect(events[0].category!.endsWith('y…')).to.equal(true);
    expect(events[0].description).to.have.length(1_000_001);
    expect([events[1].title.length, events[1].category!.length, events[1].description!.length], 'at the limit: kept whole').to.deep.equal([100_000, 10_000, 1_000_000]);
    expect(problems.map((p) => p.message)).to.deep.equal([
      'the dataset title is 100,001 characters long; shortened to its first 100,000',
      'event 0 ("yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy…"): id is 1,001 characters long; ids are limited to 1,000',
      'event 1 ("b"): description is 1,000,001 characters long; shortened to its first 1,000,000',
      'event 1 ("b"): category is 10,001 characters long; shortened to its first 10,000',
      'event 1 ("b"): place is 10,001 characters long; shortened to its first 10,000',
      'event 1 ("b"): displayDate is 10,001 characters long; shortened to its first 10,000',
      'event 1 ("b"): person 0 is 10,001 characters long; shortened to its first 10,000',
      'event 1 ("b"): link 0 label is 10,001 characters long; shortened to its first 10,000',
      'era 0: title is 100,002 characters long; shortened to its first 100,000',
    ]);
  });

  it('shorten never cuts a surrogate pair in two', () => {
    expect(shorten('ab🎉cd', 3)).to.equal('ab…');
    expect(shorten('ab🎉cd', 4)).to.equal('ab🎉…');
    expect(shorten('abc', 3)).to.equal('abc');
  });
});
