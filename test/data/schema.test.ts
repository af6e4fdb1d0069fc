import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import type { Schema } from '@cfworker/json-schema';

/** Every data file in data/ (besides the schema itself); add new files here. */
const DATA_FILES = ['dprk-russia-2000-2023.json'];

const ARTICLE_DATASET = 'dprk-russia-2000-2023.json';
/** Paragraphs of the article after the dateline (see the dataset's description). */
const ARTICLE_PARAGRAPHS = 13;

interface TimelineEvent {
  id: string;
  start: string;
  end?: string;
  title: string;
  description?: string;
  source?: { paragraph: number; note?: string };
  [key: string]: unknown;
}
interface Dataset {
  title: string;
  events: TimelineEvent[];
  [key: string]: unknown;
}

/** Loads /data/<file> from the test server, as the element's `src` would. */
async function load<T>(file: string): Promise<T> {
  const response = await fetch(`/data/${file}`);
  expect(response.ok, `/data/${file} is served`).to.equal(true);
  return (await response.json()) as T;
}

/** A year number (astronomical) and the rest, so dates with negative years sort correctly. */
function sortKey(date: string): [number, string] {
  const m = /^(-?\d{4})(.*?)[~?%]?$/.exec(date);
  if (!m) throw new Error(`bad date ${date}`);
  return [Number(m[1]), m[2]];
}
function notBefore(a: string, b: string): boolean {
  const [ya, ra] = sortKey(a);
  const [yb, rb] = sortKey(b);
  return ya !== yb ? ya > yb : ra.slice(0, rb.length) >= rb.slice(0, ra.length);
}

describe('data/timeline-event.schema.json', () => {
  let schema: Schema;
  let datasetValidator: Validator;
  let eventValidator: Validator;

  const validEvent = { id: 'e', start: '2000-07-19', title: 'Something happened' };
  const eventErrors = (value: unknown) => eventValidator.validate(value).errors;
  const dateOk = (start: string) => eventValidator.validate({ ...validEvent, start }).valid;

  before(async () => {
    schema = await load<Schema>('timeline-event.schema.json');
    datasetValidator = new Validator(structuredClone(schema), '2020-12', false);
    eventValidator = new Validator(
      structuredClone({ $schema: schema.$schema, $defs: schema.$defs, $ref: '#/$defs/event' }) as Schema,
      '2020-12',
      false,
    );
  });

  it('is draft 2020-12 with $defs for event and dataset', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$defs).to.have.keys(
      'date', 'href', 'link', 'eventSource', 'event', 'datasetSource', 'dataset',
    );
  });

  it('documents every property with a description', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === 'object') {
        for (const [k, v] of Object.entries(n.properties as Record<string, Schema>)) {
          if (typeof v.description !== 'string' || !v.description) missing.push(`${path}/${k}`);
          walk(v, `${path}/${k}`);
        }
      }
      for (const [k, v] of Object.entries(n)) if (k !== 'properties') walk(v, `${path}/${k}`);
    };
    walk(schema, '#');
    expect(missing).to.deep.equal([]);
  });

  it('accepts a minimal event', () => {
    expect(eventErrors(validEvent)).to.deep.equal([]);
  });

  it('accepts an event with every field, plus an unknown one', () => {
    expect(
      eventErrors({
        ...validEvent,
        end: '2001',
        description: 'More.',
        category: 'diplomacy',
        place: 'Somewhere',
        people: ['A', 'B'],
        links: [
          { href: 'https://example.org/a', label: 'A' },
          { href: 'http://example.org', label: 'B' },
          { href: 'mailto:x@example.org', label: 'C' },
          { href: '../notes.html#p2', label: 'D' },
          { href: '#top', label: 'E' },
        ],
        source: { paragraph: 3, note: 'n' },
        displayDate: 'summer 2000',
        importance: 2,
        somethingElse: { any: 1 },
      }),
    ).to.deep.equal([]);
  });

  it('accepts a number as importance, negative and fractional too, and rejects anything else', () => {
    for (const importance of [3, 0, -1, 0.5]) expect(eventErrors({ ...validEvent, importance }), String(importance)).to.deep.equal([]);
    for (const importance of ['3', true, null, [1]]) expect(eventValidator.validate({ ...validEvent, importance }).valid, JSON.stringify(importance)).to.equal(false);
  });

  it('rejects an event without start', () => {
    const { start: _start, ...noStart } = validEvent;
    void _start;
    expect(eventValidator.validate(noStart).valid).to.equal(false);
  });

  it('rejects an event without id or title, or with an empty id', () => {
    const { id: _id, title: _title, ...rest } = validEvent;
    void _id;
    void _title;
    expect(eventValidator.validate({ ...rest, title: 'T' }).valid).to.equal(false);
    expect(eventValidator.validate({ ...rest, id: 'x' }).valid).to.equal(false);
    expect(eventValidator.validate({ ...validEvent, id: '' }).valid).to.equal(false);
  });

  it('rejects a non-string title', () => {
    expect(eventValidator.validate({ ...validEvent, title: 42 }).valid).to.equal(false);
    expect(eventValidator.validate({ ...validEvent, title: ['a'] }).valid).to.equal(false);
  });

  for (const href of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.org',
    '',
  ]) {
    it(`rejects a link to ${JSON.stringify(href)}`, () => {
      const ev = { ...validEvent, links: [{ href, label: 'x' }] };
      expect(eventValidator.validate(ev).valid).to.equal(false);
    });
  }

  it('rejects a link without a label, and a bad source paragraph', () => {
    expect(eventValidator.validate({ ...validEvent, links: [{ href: '/a' }] }).valid).to.equal(false);
    for (const paragraph of [0, -1, 1.5, '2']) {
      expect(eventValidator.validate({ ...validEvent, source: { paragraph } }).valid).to.equal(false);
    }
  });

  for (const date of [
    '2000',
    '2019-04',
    '2000-07-19',
    '-0044-03-15',
    '0000',
    '2000~',
    '1850?',
    '1066-10%',
    '2000-07-19T14:30',
    '2000-07-19T14:30:05Z',
    '2000-07-19T14:30:05.123+09:00',
  ]) {
    it(`accepts the date ${date}`, () => {
      expect(dateOk(date)).to.equal(true);
    });
  }

  for (const date of [
    '19 July 2000',
    'July 19, 2000',
    '2000-7-19',
    '00',
    '20000',
    '2000-13',
    '2000-00',
    '2000-07-32',
    '2000-07-19 14:30',
    '2000-07T10:00',
    '2000-07-19T24:00',
    '-0000',
    '2000~?',
    '',
  ]) {
    it(`rejects the date ${JSON.stringify(date)}`, () => {
      expect(dateOk(date)).to.equal(false);
    });
  }

  it('rejects a non-string date and a bad end', () => {
    expect(dateOk(2000 as unknown as string)).to.equal(false);
    expect(eventValidator.validate({ ...validEvent, end: 'soon' }).valid).to.equal(false);
  });

  it('rejects a dataset without events or with unknown top-level fields', () => {
    expect(datasetValidator.validate({ title: 'T' }).valid).to.equal(false);
    expect(datasetValidator.validate({ title: 'T', events: [], extra: 1 }).valid).to.equal(false);
    expect(datasetValidator.validate({ title: 'T', events: [] }).valid).to.equal(true);
  });

  it('requires a dataset source title and date, allows publisher and an http(s) url', () => {
    const ds = (source: unknown) => datasetValidator.validate({ title: 'T', events: [], source }).valid;
    expect(ds({ title: 'S', date: '2023-07-19' })).to.equal(true);
    expect(ds({ title: 'S', date: '2023-07-19', publisher: 'P', url: 'https://example.org/a' })).to.equal(true);
    expect(ds({ title: 'S' })).to.equal(false);
    expect(ds({ date: '2023-07-19' })).to.equal(false);
    expect(ds({ title: 'S', date: '2023-07-19', url: 'javascript:alert(1)' })).to.equal(false);
  });

  for (const file of DATA_FILES) {
    describe(`data/${file}`, () => {
      let data: Dataset;
      before(async () => {
        data = await load<Dataset>(file);
      });

      it('is valid against the schema', () => {
        const { errors } = datasetValidator.validate(data);
        expect(errors.map((e) => `${e.instanceLocation}: ${e.error}`)).to.deep.equal([]);
      });

      it('points $schema at the schema', () => {
        expect(data.$schema).to.equal('./timeline-event.schema.json');
      });

      it('has unique ids', () => {
        const ids = data.events.map((e) => e.id);
        expect(new Set(ids).size).to.equal(ids.length);
      });

      it('has no span ending before it starts', () => {
        for (const e of data.events) {
          if (e.end !== undefined) expect(notBefore(e.end, e.start), e.id).to.equal(true);
        }
      });
    });
  }

  describe(`data/${ARTICLE_DATASET} (article dataset)`, () => {
    let data: Dataset;
    before(async () => {
      data = await load<Dataset>(ARTICLE_DATASET);
    });

    it('cites the article, without inventing a publisher', () => {
      expect(data.source).to.deep.equal({
        title: 'Traditional DPRK-Russia friendship grows',
        date: '2023-07-19',
      });
    });

    it('states its paragraph-numbering rule', () => {
      expect(data.description).to.be.a('string').and.match(/paragraph/i);
    });

    it('cites an article paragraph for every event', () => {
      for (const e of data.events) {
        expect(e.source, e.id).to.be.an('object');
        expect(e.source!.paragraph, e.id).to.be.within(1, ARTICLE_PARAGRAPHS);
      }
    });

    it('uses kebab-case ids', () => {
      for (const e of data.events) expect(e.id).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    });

    it('keeps titles short and descriptions to 1-3 sentences', () => {
      for (const e of data.events) {
        expect(e.title.length, e.id).to.be.at.most(60);
        expect(e.description, e.id).to.be.a('string');
        const sentences = e.description!.split(/[.!?](?:\s|$)/).filter((s) => s.trim());
        expect(sentences.length, e.id).to.be.within(1, 3);
      }
    });

    it('dates the 2019 visit to Russia to the month only', () => {
      const visits = data.events.filter((e) => e.start.startsWith('2019'));
      expect(visits).to.have.length(1);
      expect(visits[0].start).to.equal('2019-04');
      expect(visits[0].place).to.equal('Russia');
    });

    it('dates the Joint Declaration to the day, 2000-07-19', () => {
      const signing = data.events.find((e) => e.id === 'joint-declaration-signed');
      expect(signing?.start).to.equal('2000-07-19');
      expect(signing?.place).to.equal('Pyongyang');
    });

    it('keeps every date within 2000-2023', () => {
      for (const e of data.events) {
        for (const d of [e.start, e.end]) {
          if (d !== undefined) expect(Number(d.slice(0, 4)), e.id).to.be.within(2000, 2023);
        }
      }
    });
  });
});
