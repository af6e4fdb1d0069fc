import { expect } from '@open-wc/testing';
import { eventsFromHtml, listItems } from '../../src/model/from-html';
import { normalizeLoaded } from '../../src/model/load';

/** The children of an <event-timeline> written as `html`, parsed as a page would be (nothing runs). */
function host(html: string): Element {
  const doc = new DOMParser().parseFromString(`<!doctype html><body><event-timeline>${html}</event-timeline>`, 'text/html');
  return doc.querySelector('event-timeline')!;
}
const read = (html: string) => eventsFromHtml(host(html));
const events = (html: string) => read(html).data.events;

describe('eventsFromHtml: events written as list items', () => {
  it('reads the example of the README', () => {
    const { data, problems } = read(`
      <ol>
        <li id="kim-jong-un-visits-russia" data-category="summit" data-place="Russia" data-people="Kim Jong Un; Putin">
          <time datetime="2019-04">April 2019</time>
          <strong>Kim Jong Un visits Russia, first summit with Putin</strong>
          <p>The DPRK leader travelled to Russia.</p>
        </li>
        <li><time datetime="2000-07-19">19 July 2000</time> – <time datetime="2023-07-19">19 July 2023</time> <strong>Two decades</strong></li>
      </ol>`);
    expect(problems).to.deep.equal([]);
    expect(data.events).to.deep.equal([
      {
        id: 'kim-jong-un-visits-russia',
        start: '2019-04',
        title: 'Kim Jong Un visits Russia, first summit with Putin',
        description: 'The DPRK leader travelled to Russia.',
        category: 'summit',
        place: 'Russia',
        people: ['Kim Jong Un', 'Putin'],
      },
      { id: '2000-07-19-two-decades', start: '2000-07-19', end: '2023-07-19', title: 'Two decades' },
    ]);
  });

  it('takes the items of every <ol> and <ul> child in document order, and nothing else', () => {
    const html = `<h2>Not an event</h2><p>Nor this</p>
      <ol><li><time datetime="2001">2001</time> A</li><li><time datetime="2002">2002</time> B
        <ul><li><time datetime="1999">1999</time> nested: part of B</li></ul></li></ol>
      <div><ol><li><time datetime="2003">2003</time> wrapped: not read</li></ol></div>
      <ul><li><time datetime="2004">2004</time> C</li></ul>`;
    expect(listItems(host(html))).to.have.length(3);
    expect(events(html).map((e) => [e.start, e.title])).to.deep.equal([
      ['2001', 'A'],
      ['2002', 'B'],
      ['2004', 'C'],
    ]);
  });

  it('the title: a heading first, then <strong> or <b>, then the item’s own text, trimmed of separators', () => {
    expect(events('<ol><li><time datetime="2001">x</time><strong>Strong</strong><h3>Heading</h3></li></ol>')[0].title).to.equal('Heading');
    expect(events('<ol><li><time datetime="2001">x</time> text <b>Bold</b></li></ol>')[0].title).to.equal('Bold');
    expect(events('<ol><li><time datetime="2001">19 July 2001</time> — Own   text,\n over lines. <p>Not the title</p></li></ol>')[0].title).to.equal(
      'Own text, over lines.',
    );
    expect(events('<ol><li><time datetime="2001">x</time>: <a href="/a">Linked title</a></li></ol>')[0].title).to.equal('Linked title');
  });

  it('a <strong> or <time> inside a paragraph belongs to the description', () => {
    const [e] = events('<ol><li><time datetime="2001-05">May</time> Talks <p>On <time datetime="2001-05-03">3 May</time> the <strong>first</strong> round.</p></li></ol>');
    expect(e).to.include({ start: '2001-05', title: 'Talks', description: 'On 3 May the first round.' });
    expect(e.end).to.equal(undefined);
  });

  it('the description: each <p> a paragraph; <br> a line break', () => {
    const [e] = events('<ol><li><time datetime="2001">x</time> T<p>One  <em>two</em></p><p>Three<br>four</p></li></ol>');
    expect(e.description).to.equal('One two\n\nThree\nfour');
  });

  it('links: every <a href>, labelled by its text, as written (validation keeps only safe ones)', () => {
    const html = '<ol><li id="a"><time datetime="2001">x</time> T <p>See <a href="https://example.org/x">the report</a>, <a href="javascript:alert(1)">this</a>, <a>no href</a> and <a href="/rel"></a>.</p></li></ol>';
    const [e] = events(html);
    expect(e.links).to.deep.equal([
      { href: 'https://example.org/x', label: 'the report' },
      { href: 'javascript:alert(1)', label: 'this' },
      { href: '/rel', label: '' },
    ]);
    const data = normalizeLoaded({ ...read(html) });
    expect(data.events[0].links).to.deep.equal([
      { href: 'https://example.org/x', label: 'the report' },
      { href: '/rel', label: '/rel' },
    ]);
    expect(data.problems.map((p) => p.message)).to.deep.equal([
      'item 1 ("a"): link 1 dropped: only http:, https:, mailto: and relative URLs are allowed, got "javascript:alert(1)"',
    ]);
  });

  it('data attributes: category, place, people (; or |), display date and importance as a number', () => {
    const [a, b] = events(`<ol>
      <li data-category=" summit " data-place="Vladivostok" data-people="Kim | Putin;; Lavrov " data-display-date="spring 2019" data-importance="3"><time datetime="2019">x</time> A</li>
      <li data-importance="high" data-people=" " data-category=""><time datetime="2019">x</time> B</li></ol>`);
    expect(a).to.include({ category: 'summit', place: 'Vladivostok', displayDate: 'spring 2019', importance: 3 });
    expect(a.people).to.deep.equal(['Kim', 'Putin', 'Lavrov']);
    expect(b.importance).to.equal('high');
    expect(b).to.not.have.any.keys('people', 'category');
  });

  it('a <time> without datetime is read from its text when that is a date, and reported when not', () => {
    const { data, problems } = read('<ol><li><time>2019-04</time> A</li><li id="b"><time>April 2019</time> B</li></ol>');
    expect(data.events[0].start).to.equal('2019-04');
    expect(data.events[1].start).to.equal(undefined);
    expect(problems).to.deep.equal([
      {
        index: 1,
        id: 'b',
        field: 'start',
        message: 'item 2 ("b"): <time>April 2019</time> has no datetime attribute and its text is not a date, so it was not read (write it as <time datetime="2019-04">…</time>)',
      },
    ]);
  });

  it('a third <time> is not a date of the event', () => {
    const [e] = events('<ol><li><time datetime="2001">a</time><time datetime="2002">b</time><time datetime="2003">c</time> T</li></ol>');
    expect([e.start, e.end]).to.deep.equal(['2001', '2002']);
  });

  it('ids: kept as written; made from date and title when missing, stable and never clashing', () => {
    const html = `<ol>
      <li><time datetime="2001">x</time> Same</li>
      <li id="2001-same"><time datetime="2001">x</time> Given</li>
      <li><time datetime="2001">x</time> Same</li></ol>`;
    expect(events(html).map((e) => e.id)).to.deep.equal(['2001-same-2', '2001-same', '2001-same-3']);
    expect(events(html).map((e) => e.id)).to.deep.equal(events(html).map((e) => e.id));
  });

  it('no title of its own: the description’s first line stands in, reported', () => {
    const { data, problems } = read('<ol><li id="x"><time datetime="2001">2001</time><p>Only a description here.</p></li></ol>');
    expect(data.events[0].title).to.equal('Only a description here.');
    expect(problems[0].message).to.equal('item 1 ("x"): no heading, <strong> or text of its own; the title is taken from its description');
  });

  it('what is never text (script, style, template) is not read', () => {
    const [e] = events('<ol><li><time datetime="2001">x</time> Title<script>alert(1)</script><style>p{}</style><template><p>t</p></template></li></ol>');
    expect(e.title).to.equal('Title');
    expect(e.description).to.equal(undefined);
  });

  it('validation is the JSON’s, with items named by their place in the HTML', () => {
    const loaded = read(`<ol>
      <li id="ok"><time datetime="2001">2001</time> Fine</li>
      <li id="bad-end"><time datetime="2010">2010</time><time datetime="2005">2005</time> Backwards</li>
      <li><strong>No date</strong></li>
      <li id="ok"><time datetime="2003">2003</time> Same id</li></ol>`);
    const data = normalizeLoaded(loaded);
    expect(data.events.map((e) => e.id)).to.deep.equal(['ok']);
    expect(data.problems.map((p) => p.message)).to.deep.equal([
      'item 2 ("bad-end"): end 2005 is before start 2010',
      'item 3 ("no-date"): has no start date',
      'item 4 ("ok"): duplicate id "ok" (the first event with this id is kept)',
    ]);
  });

  it('no list among the children: no events', () => {
    expect(events('<p>Just text</p>')).to.deep.equal([]);
    expect(events('')).to.deep.equal([]);
  });
});
