import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import { normalizeEvents } from '../../src/event-timeline';
import { fromCSV, fromTSV, fromTimelineJS } from '../../src/formats';

describe('the converters in the public API', () => {
  it('convert once into our format, which the element reads as it is', () => {
    const fromSheet = fromCSV('id,date,title\na,1999-04,Visit').dataset;
    expect(JSON.parse(JSON.stringify(fromSheet))).to.deep.equal({ events: [{ id: 'a', start: '1999-04', title: 'Visit' }], eras: [] });
    expect(normalizeEvents(fromSheet).problems).to.deep.equal([]);
    expect(fromTSV('date\ttitle\n2000\tX').dataset.events[0].title).to.equal('X');
    const timeline = fromTimelineJS({ events: [{ start_date: { year: 1951 }, text: { headline: 'Recursion' } }], eras: [{ start_date: { year: 1950 }, end_date: { year: 1960 }, text: { headline: 'Fifties' } }] });
    const normalized = normalizeEvents(timeline.dataset);
    expect(normalized.events[0].start.precision).to.equal('year');
    expect(normalized.eras.map((e) => e.title)).to.deep.equal(['Fifties']);
  });
});

describe('converted datasets and the JSON Schema', () => {
  it('a converted TimelineJS file, with eras and display dates, is a valid dataset file', async () => {
    const schema = (await (await fetch('/data/timeline-event.schema.json')).json()) as Schema;
    const text = await (await fetch('/test/fixtures/formats/timelinejs.json')).text();
    const { dataset } = fromTimelineJS(text);
    expect(dataset.eras).to.have.length(2);
    expect(dataset.events.some((e) => e.displayDate)).to.equal(true);
    const result = new Validator(schema, '2020-12', false).validate(JSON.parse(JSON.stringify(dataset)));
    expect(result.errors, JSON.stringify(result.errors)).to.deep.equal([]);
  });
});
