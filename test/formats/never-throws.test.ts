import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fromCSV, fromTimelineJS, fromTSV, htmlToText, isTimelineJS } from '../../src/formats/index.js';

const settings = { seed: 20240611, numRuns: 300 };
const PARTIAL_DATE = /^-?\d{4,}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$/;

/** Text made mostly of the characters that matter to CSV, so that the parser's edge cases come up. */
const csvish = fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', '\t', ' ', ';', '|', 'a', '1', '9', '/', '-', '<', '>', '&', '\uFEFF'), maxLength: 80 });

/** Date parts as TimelineJS files have them, and worse. */
const part = fc.oneof(fc.constant(''), fc.integer({ min: -3000, max: 3000 }), fc.integer().map(String), fc.string({ maxLength: 4 }), fc.anything());
const partsObject = fc.record({ year: part, month: part, day: part, hour: part, minute: part, second: part }, { requiredKeys: [] });
const timelineish = fc.record({
  title: fc.anything(),
  events: fc.array(fc.record({
    start_date: fc.oneof(partsObject, fc.integer(), fc.double(), fc.constant(null), fc.array(fc.anything())),
    end_date: fc.oneof(partsObject, fc.constant(undefined), fc.boolean()),
    text: fc.oneof(fc.record({ headline: fc.string(), text: fc.string() }), fc.anything()),
    group: fc.anything(), unique_id: fc.anything(), media: fc.anything(), display_date: fc.anything(),
  }, { requiredKeys: [] }), { maxLength: 5 }),
  eras: fc.oneof(fc.array(fc.record({ start_date: partsObject, end_date: partsObject, text: fc.anything() })), fc.anything()),
}, { requiredKeys: [] });

describe('the converters never throw', () => {
  it('fromCSV and fromTSV on arbitrary strings, with only partial dates or unchanged cells as starts', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), csvish), (text) => {
      for (const convert of [fromCSV, fromTSV]) {
        const { dataset, problems } = convert(`date,title\n${text}`);
        expect(problems).to.be.an('array');
        for (const event of dataset.events) expect(event.start).to.be.a('string').and.not.equal('');
        convert(text);
      }
    }), settings);
  });

  it('fromTimelineJS on arbitrary JSON values and arbitrary values', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.anything(), fc.string()), (value) => {
      const { dataset } = fromTimelineJS(value);
      expect(dataset.events).to.be.an('array');
      isTimelineJS(value);
    }), settings);
  });

  it('fromTimelineJS on TimelineJS-shaped values writes only partial ISO dates and unique ids', () => {
    fc.assert(fc.property(timelineish, (value) => {
      const { dataset } = fromTimelineJS(value);
      for (const event of dataset.events) {
        expect(event.start).to.match(PARTIAL_DATE);
        if (event.end !== undefined) expect(event.end).to.match(PARTIAL_DATE);
      }
      for (const era of dataset.eras) expect(`${era.start} ${era.end}`).to.match(/^\S+ \S+$/);
      for (const event of dataset.events) expect(event.id).to.be.a('string').and.not.equal('');
      const withoutIds = fromTimelineJS({ ...value, events: value.events?.map(({ unique_id: _, ...event }) => event) });
      const ids = withoutIds.dataset.events.map((e) => e.id);
      expect(new Set(ids).size).to.equal(ids.length);
    }), settings);
  });

  it('htmlToText on arbitrary strings leaves nothing of a script element', () => {
    const plain = fc.string({ unit: 'binary' }).map((s) => s.replace(/</g, ''));
    fc.assert(fc.property(plain, fc.string({ unit: 'binary' }), (before, inside) => {
      const text = htmlToText(`${before}<script>SECRET${inside.replace(/<\//g, '')}</script>`);
      expect(text).to.not.include('SECRET');
    }), settings);
  });
});
