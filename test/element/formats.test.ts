import { expect } from '@open-wc/testing';
import { mount, overlappingLabels, overlaps, type TimelineHarness } from '../harness';
import type { TimelineErrorDetail } from '../../src/event-timeline';

/** Fixtures written for these tests (see test/fixtures/formats/). */
const FIXTURES = '/test/fixtures/formats';

async function waitFor(condition: () => boolean, what: string, timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Mounts an empty timeline, then sets `format` and `src`; resolves once it has loaded, with the timeline-error it fired. */
async function load(src: string, format = '', width = 800): Promise<{ t: TimelineHarness; error?: TimelineErrorDetail }> {
  const t = await mount({ width, locale: 'en-GB' });
  let error: TimelineErrorDetail | undefined;
  t.el.addEventListener('timeline-error', (e) => (error = e.detail));
  if (format) t.el.format = format;
  t.el.src = src;
  await t.el.updateComplete;
  await waitFor(() => t.status()?.textContent?.includes('Loading') !== true, `${src} to load`);
  await t.settle();
  return { t, error };
}

const ariaLabel = (t: TimelineHarness, id: string) => t.event(id).getAttribute('aria-label');
const problemTexts = (t: TimelineHarness) => [...(t.problems()?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '');
/** Ids of the events shown, in time order; every one of them is drawn. */
function drawnIds(t: TimelineHarness): string[] {
  const ids = t.el.validEvents.map((e) => e.id);
  expect(t.events().map((g) => g.dataset.id).sort()).to.deep.equal([...ids].sort());
  return ids;
}

/** Names of every element in the shadow root, to show that no markup from a file got in. */
const tagNames = (t: TimelineHarness) => new Set([...t.root.querySelectorAll('*')].map((e) => e.localName));
const FOREIGN_TAGS = ['b', 'i', 'blockquote', 'cite', 'script', 'img', 'iframe', 'span', 'strong', 'em'];

describe('<event-timeline> src: CSV', () => {
  it('reads a CSV with a BOM, \\r\\n, quoted commas and newlines and empty trailing rows, in time order', async () => {
    const { t } = await load(`${FIXTURES}/events.csv`);
    expect(drawnIds(t)).to.deep.equal(['first', 'year', 'span', 'month', 'bad-link']);
    expect(ariaLabel(t, 'first')).to.equal('Moon landing, Apollo 11, 20 July 1969');
    t.el.selected = 'first';
    await t.settle();
    const details = t.details()!;
    expect(details.querySelector('h3')!.textContent).to.equal('Moon landing, Apollo 11');
    expect(details.textContent).to.contain('Armstrong and Aldrin land.\nCollins stays in orbit.');
    expect(details.textContent).to.contain('Armstrong, Aldrin');
    expect(details.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/apollo');
  });

  it('shows conversion and validation problems together, by spreadsheet row, and fires timeline-error with all of them', async () => {
    const { t, error } = await load(`${FIXTURES}/events.csv`);
    const texts = problemTexts(t);
    expect(texts).to.have.length(3);
    expect(texts[0]).to.equal('row 6: no start date; row skipped');
    expect(texts[1]).to.match(/^row 5 \("bad-link"\): link 0 dropped: only http:, https:, mailto: and relative URLs are allowed, got "javascript:alert\(1\)"$/);
    expect(texts[2]).to.match(/^row 8 \("bad-date"\): start /);
    expect(t.problems()!.querySelector('summary')!.textContent).to.contain('3 problems');
    expect(error?.problems.map((p) => p.message)).to.deep.equal(texts);
    expect(error?.problems[1]).to.include({ id: 'bad-link', field: 'links' });
  });

  it('reports a javascript: link in a CSV and does not render it', async () => {
    const { t } = await load(`${FIXTURES}/events.csv`);
    t.el.selected = 'bad-link';
    await t.settle();
    expect(t.details()!.querySelector('h3')!.textContent).to.equal('Bad link');
    expect(t.details()!.querySelectorAll('a')).to.have.length(0);
    const hrefs = [...t.root.querySelectorAll('[href]')].map((e) => e.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => /script:/i.test(href))).to.deep.equal([]);
    t.el.selected = 'first';
    await t.settle();
    expect([...t.root.querySelectorAll('[href]')].map((e) => e.getAttribute('href'))).to.deep.equal(['https://example.org/apollo']);
  });

  it('keeps the precision the file gives and shows display dates in the accessible name and details', async () => {
    const { t } = await load(`${FIXTURES}/events.csv`);
    expect(ariaLabel(t, 'year')).to.equal('Year only, 1989');
    expect(ariaLabel(t, 'month')).to.equal('Month only, December 1991');
    expect(ariaLabel(t, 'span')).to.equal('A span, the early nineties');
    t.el.selected = 'span';
    await t.settle();
    expect(t.details()!.querySelector('.details-date')!.textContent).to.equal('the early nineties');
    expect(t.details()!.textContent).to.contain('Text with tags & entities');
    for (const tag of FOREIGN_TAGS) expect(tagNames(t).has(tag), tag).to.equal(false);
  });
});

describe('<event-timeline> src: TSV', () => {
  it('reads tab-separated values with commas and quotes inside fields', async () => {
    const { t, error } = await load(`${FIXTURES}/events.tsv`);
    expect(t.events()).to.have.length(3);
    expect(t.labels().map((l) => l.textContent)).to.include('Ada Lovelace born');
    expect(t.el.validEvents.map((e) => e.description ?? '')).to.include('Note G, with "the first program"');
    expect(ariaLabel(t, t.el.validEvents[2].id)).to.equal('Ada Lovelace dies, November 1852');
    expect(error?.problems.map((p) => p.message)).to.have.length(1);
    expect(error!.problems[0].message).to.match(/^row 5 \("someday-no-real-date"\): start /);
  });
});

describe('<event-timeline> src: TimelineJS', () => {
  it('converts a TimelineJS file recognised by its shape: title, events, display_date, plain text only', async () => {
    const { t } = await load(`${FIXTURES}/timelinejs.json`);
    expect(t.root.querySelector('h2')!.textContent).to.equal('Computing pioneers');
    expect(drawnIds(t)).to.deep.equal(['ada', 'eniac', 'compilers', 'apollo']);
    expect(ariaLabel(t, 'ada')).to.equal("Ada's notes, 1843");
    expect(ariaLabel(t, 'eniac')).to.equal('ENIAC unveiled, Mid-February 1946');
    expect(ariaLabel(t, 'apollo')).to.equal('A slide without a headline, about the moon, July 1969');
    t.el.selected = 'ada';
    await t.settle();
    expect(t.details()!.textContent).to.contain('Note G & more');
    expect(t.details()!.textContent).to.not.contain('alert');
    t.el.selected = 'eniac';
    await t.settle();
    expect(t.details()!.querySelector('.details-date')!.textContent).to.equal('Mid-February 1946');
    for (const tag of FOREIGN_TAGS) expect(tagNames(t).has(tag), tag).to.equal(false);
  });

  it('names conversion problems by the event in the file, with the id when the event was kept', async () => {
    const { t, error } = await load(`${FIXTURES}/timelinejs.json`);
    expect(problemTexts(t)).to.deep.equal([
      'event 2 ("compilers"): end_date.month "13" is not a month (1–12); the date is kept to the year',
      'event 3: start_date is missing; event skipped',
      'event 4 ("apollo"): no headline; the title is taken from the text',
    ]);
    expect(error!.problems[0]).to.include({ index: 2, id: 'compilers', field: 'end_date.month' });
    expect(error!.problems[1]).to.not.have.property('index');
  });

  it('draws eras as labelled bands behind the events, titles in their own row, overlapping no label', async () => {
    const { t } = await load(`${FIXTURES}/timelinejs.json`);
    const eras = [...t.root.querySelectorAll<SVGGElement>('[part~="era"]')];
    expect(eras.map((g) => g.querySelector('text')?.textContent)).to.deep.equal(['Mechanical era', 'Electronic era']);
    expect(eras[0].getAttribute('aria-label')).to.match(/^Mechanical era, 1840\b.*\b1899$/);
    // Behind: the eras come before every event in document order.
    const first = t.events()[0];
    for (const era of eras) expect(era.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // The band spans its years on the axis: 1940 to the end of 1975 holds ENIAC (1946).
    const band = eras[1].querySelector('rect')!.getBoundingClientRect();
    const eniac = t.event('eniac').querySelector('.mark')!.getBoundingClientRect();
    expect(band.left).to.be.below(eniac.left);
    expect(band.right).to.be.above(eniac.right);
    expect(band.bottom).to.be.at.least(eniac.bottom);
    const titles = eras.map((g) => g.querySelector('text')!);
    const others = [...t.labels(), ...t.root.querySelectorAll('[part~="tick"] text')];
    for (const title of titles) {
      const box = title.getBoundingClientRect();
      expect(box.right, 'inside its band').to.be.at.most(title.parentElement!.querySelector('rect')!.getBoundingClientRect().right + 0.5);
      for (const other of others) expect(overlaps(box, other.getBoundingClientRect()), `${title.textContent} / ${other.textContent}`).to.equal(false);
    }
    expect(overlappingLabels([...t.labels(), ...titles])).to.deep.equal([]);
  });

  it('shortens an era title to its band when the band is narrow', async () => {
    const { t } = await load(`${FIXTURES}/timelinejs.json`, '', 320);
    const texts = [...t.root.querySelectorAll('[part~="era"] text')].map((e) => e.textContent ?? '');
    for (const text of texts) expect(text === 'Mechanical era' || text === 'Electronic era' || text.endsWith('…'), text).to.equal(true);
    for (const title of t.root.querySelectorAll('[part~="era"] text')) {
      const band = title.parentElement!.querySelector('rect')!.getBoundingClientRect();
      expect(title.getBoundingClientRect().right).to.be.at.most(band.right + 0.5);
    }
  });
});

describe('<event-timeline> src: our JSON', () => {
  it('loads our dataset as before, with its eras and their problems', async () => {
    const { t, error } = await load(`${FIXTURES}/ours.json`);
    expect(drawnIds(t)).to.deep.equal(['a', 'b', 'c']);
    expect(ariaLabel(t, 'c')).to.equal('Day event, mid-September 2008');
    expect([...t.root.querySelectorAll('[part~="era"] text')].map((e) => e.textContent)).to.deep.equal(['First term']);
    expect(error!.problems).to.have.length(1);
    expect(error!.problems[0].message).to.match(/^era 1: start /);
    expect(error!.problems[0].field).to.equal('eras[1].start');
  });

  it('serves .json fixtures as JSON, unchanged by the test server', async () => {
    const response = await fetch(`${FIXTURES}/ours.json`);
    expect(response.headers.get('content-type')).to.match(/^application\/json/);
    expect((await response.json()).title).to.equal('Our own format');
  });

  it('leaves no conversion problems behind when events are then set directly', async () => {
    const { t } = await load(`${FIXTURES}/events.csv`);
    t.el.events = [{ id: 'x', start: '2001', title: 'X' }];
    await t.settle();
    expect(t.problems()).to.equal(null);
    expect(drawnIds(t)).to.deep.equal(['x']);
  });
});

describe('<event-timeline> src: format', () => {
  it('reads a .csv file as CSV unless format="tsv" forces tab-separated values', async () => {
    const csv = await load(`${FIXTURES}/tab-separated.csv`);
    expect(csv.t.events()).to.have.length(0);
    expect(problemTexts(csv.t)[0]).to.match(/^row 1: no start\/date column found/);
    const tsv = await load(`${FIXTURES}/tab-separated.csv`, 'tsv');
    expect(tsv.t.labels().map((l) => l.textContent)).to.deep.equal(['One', 'Two']);
    expect(tsv.t.problems()).to.equal(null);
  });

  it('loads again when format changes', async () => {
    const { t } = await load(`${FIXTURES}/tab-separated.csv`);
    t.el.format = 'tsv';
    await waitFor(() => t.events().length === 2, 'the TSV reading');
  });

  it('reads the attribute format', async () => {
    const t = await mount();
    t.el.setAttribute('format', 'tsv');
    t.el.setAttribute('src', `${FIXTURES}/tab-separated.csv`);
    await waitFor(() => t.events().length === 2, 'the TSV reading');
    expect(t.el.format).to.equal('tsv');
  });

  it('format="json" reads TimelineJS as our own format; format="timelinejs" converts it', async () => {
    const json = await load(`${FIXTURES}/timelinejs.json`, 'json');
    expect(json.t.events()).to.have.length(0);
    expect(problemTexts(json.t)[0]).to.equal('event 0: has no id');
    const timelinejs = await load(`${FIXTURES}/timelinejs.json`, 'timelinejs');
    expect(timelinejs.t.events()).to.have.length(4);
  });

  it('sniffs text/plain: comma-separated text is CSV', async () => {
    const { t } = await load(`${FIXTURES}/plain-text.txt`);
    expect(t.labels().map((l) => l.textContent)).to.deep.equal(['One', 'Two', 'Three']);
  });

  it('reports an unknown format and reads the file by its type', async () => {
    const { t, error } = await load(`${FIXTURES}/ours.json`, 'xml');
    expect(t.events()).to.have.length(3);
    expect(error!.problems[0]).to.deep.equal({
      field: 'format',
      message: 'format "xml" is not one of json, csv, tsv, timelinejs; the format was detected from the file',
    });
  });
});

describe('<event-timeline> src: wrong content', () => {
  it('reports broken JSON with Retry', async () => {
    const { t, error } = await load(`${FIXTURES}/broken.json`);
    expect(t.status()!.textContent).to.contain('not valid JSON');
    expect(t.status()!.querySelector('button')!.textContent).to.equal('Retry');
    expect(error!.problems[0].message).to.contain('not valid JSON');
  });

  it('refuses a web page instead of reading it as data', async () => {
    const { t, error } = await load(`${FIXTURES}/page.html`);
    expect(t.status()!.textContent).to.contain('the server sent a web page');
    expect(error!.problems[0].message).to.contain('text/html');
    expect(tagNames(t).has('title')).to.equal(false);
  });

  it('reports a CSV without a header row and shows no events', async () => {
    const { t, error } = await load(`${FIXTURES}/no-header.csv`);
    expect(t.status()!.textContent).to.contain('No events');
    expect(error!.problems.map((p) => p.message)).to.deep.equal([
      'row 1: no start/date column found; expected a header row with a column named start or date (found: 1969-07-20, Moon landing)',
    ]);
  });
});
