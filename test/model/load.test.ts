import { expect } from '@open-wc/testing';
import { asProblem, normalizeLoaded, readSource, type LoadedSource } from '../../src/model/load';

/** The loaded source, failing the test when reading failed. */
function read(text: string, url: string, contentType: string | null, format = ''): LoadedSource {
  const result = readSource(text, url, contentType, format);
  if (!result.ok) throw new Error(`expected to read, got: ${result.reason}`);
  return result;
}

const CSV = 'date,title\n1999,a\n';
const TIMELINEJS = JSON.stringify({ events: [{ start_date: { year: '1999' }, text: { headline: 'a' } }] });

describe('readSource: which format', () => {
  it('readSource reads our JSON as it is', () => {
    const loaded = read('[{"id":"a","start":"1999","title":"a"}]', '/x.json', 'application/json');
    expect(loaded).to.include({ format: 'json' });
    expect(loaded.data).to.deep.equal([{ id: 'a', start: '1999', title: 'a' }]);
    expect(loaded.problems).to.deep.equal([]);
  });

  it('readSource converts JSON shaped like TimelineJS', () => {
    const loaded = read(TIMELINEJS, '/x.json', 'application/json');
    expect(loaded.format).to.equal('timelinejs');
    expect((loaded.data as { events: unknown[] }).events).to.deep.equal([{ id: '1999-a', start: '1999', title: 'a' }]);
  });

  it('readSource goes by content type, then extension, then content for generic types', () => {
    expect(read(CSV, '/x.json', 'text/csv').format).to.equal('csv');
    expect(read(CSV, '/x.csv', 'application/octet-stream').format).to.equal('csv');
    expect(read('date\ttitle\n1999\ta', '/data', 'text/plain').format).to.equal('tsv');
    expect(read(CSV, '/data', null).format).to.equal('csv');
  });

  it('readSource reads an unknown specific type as JSON, and says how it was sent when that fails', () => {
    expect(readSource('export {}', '/x.ts', 'application/javascript')).to.deep.equal({
      ok: false,
      reason: 'the file is not valid JSON (it was sent as application/javascript)',
    });
  });

  it('readSource refuses a web page unless a format is forced', () => {
    const page = readSource(CSV, '/x.csv', 'text/html; charset=utf-8');
    expect(page.ok).to.equal(false);
    expect(read(CSV, '/x.csv', 'text/html', 'csv').format).to.equal('csv');
  });

  it('readSource follows a forced format over type and extension', () => {
    expect(read('date\ttitle\n1999\ta', '/x.csv', 'text/csv', 'tsv').format).to.equal('tsv');
    expect(read(TIMELINEJS, '/x.json', 'application/json', 'json').format).to.equal('json');
    expect(read(TIMELINEJS, '/x.txt', 'text/plain', 'timelinejs').format).to.equal('timelinejs');
  });

  it('readSource reports an unknown format and detects instead', () => {
    const loaded = read(CSV, '/x.csv', 'text/csv', 'xlsx');
    expect(loaded.format).to.equal('csv');
    expect(loaded.problems.map((p) => p.field)).to.deep.equal(['format']);
  });

  it('readSource ignores a byte order mark, in JSON and CSV', () => {
    expect(read('\uFEFF{"events":[]}', '/x.json', 'application/json').format).to.equal('json');
    expect((read(`\uFEFF${CSV}`, '/x.csv', 'text/csv').data as { events: unknown[] }).events).to.have.length(1);
  });

  it('readSource reports text that is not JSON', () => {
    expect(readSource('{', '/x.json', 'application/json')).to.deep.equal({ ok: false, reason: 'the file is not valid JSON' });
    expect(readSource('{', '/x', 'text/plain', 'timelinejs').ok).to.equal(false);
  });
});

describe('readSource and normalizeLoaded: problems', () => {
  it('prefixes spreadsheet problems with their row, and the id of the kept event', () => {
    const loaded = read('id,date,title,month\n,,skipped,\nk,1999,kept,\n', '/x.csv', 'text/csv');
    expect(loaded.problems).to.deep.equal([{ message: 'row 2: no start date; row skipped', field: 'date' }]);
    const kept = asProblem({ row: 3, field: 'title', message: 'x' }, new Map([['row 3', 0]]), ['k']);
    expect(kept).to.deep.equal({ index: 0, id: 'k', field: 'title', message: 'row 3 ("k"): x' });
  });

  it('names events in validation problems by their row', () => {
    const loaded = read('id,date,title,link\na,1999,A,javascript:x\nb,2000,,\n', '/x.csv', 'text/csv');
    const { events, problems } = normalizeLoaded(loaded);
    expect(events.map((e) => e.id)).to.deep.equal(['a']);
    expect(problems.map((p) => p.message)).to.deep.equal([
      'row 2 ("a"): link 0 dropped: only http:, https:, mailto: and relative URLs are allowed, got "javascript:x"',
      'row 3 ("b"): has no title',
    ]);
    expect(problems[1]).to.include({ index: 1, id: 'b', field: 'title' });
  });

  it('names TimelineJS events by their index in the file, counting skipped ones', () => {
    const text = JSON.stringify({ events: [{ text: { headline: 'no date' } }, { start_date: { year: 2000, month: 13 }, unique_id: 'x', text: { headline: 'X' } }] });
    const { problems } = normalizeLoaded(read(text, '/x.json', 'application/json'));
    expect(problems.map((p) => p.message)).to.deep.equal([
      'event 0: start_date is missing; event skipped',
      'event 1 ("x"): start_date.month 13 is not a month (1–12); the date is kept to the year',
    ]);
    expect(problems[1]).to.include({ index: 0, id: 'x', field: 'start_date.month' });
  });

  it('puts reading problems before validation problems', () => {
    const loaded = read('[{"id":"a","start":"1999"}]', '/x.json', 'application/json', 'yaml');
    expect(normalizeLoaded(loaded).problems.map((p) => p.field)).to.deep.equal(['format', 'title']);
  });
});
