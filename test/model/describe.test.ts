import { expect } from '@open-wc/testing';
import { describeValue, quote } from '../../src/model/describe.js';
import { normalizeEvents } from '../../src/model/normalize.js';
import { parsePartialDate } from '../../src/time/partial-date.js';
import { fromTimelineJS } from '../../src/formats/timelinejs.js';

describe('describeValue: one wording for every message', () => {
  it('names each kind of value', () => {
    expect([null, [], {}, 7, NaN, true, undefined, () => 0].map(describeValue)).to.deep.equal([
      'null', 'an array', 'an object', 'the number 7', 'NaN', 'true', 'undefined', 'a function',
    ]);
  });

  it('quotes strings, cut after 40 characters, with invisible characters spelled out', () => {
    expect(describeValue('abc')).to.equal('"abc"');
    expect(describeValue('x'.repeat(50))).to.equal(`"${'x'.repeat(40)}…"`);
    expect(describeValue('a\u202Eb')).to.equal('"a\\u202Eb"');
    expect(quote('y'.repeat(70), 60)).to.equal(`"${'y'.repeat(60)}…"`);
  });

  it('the validator, the date parser and the TimelineJS reader say the same thing of the same value', () => {
    const fromValidator = normalizeEvents([{ id: 'a', title: 'T', start: '2001', people: 5 }]).problems[0]!.message;
    const fromParser = (parsePartialDate(5) as { error: string }).error;
    const fromTimelineJs = fromTimelineJS({ events: 5 }).problems[0]!.message;
    for (const message of [fromValidator, fromParser, fromTimelineJs]) expect(message).to.contain('the number 5');
  });
});
