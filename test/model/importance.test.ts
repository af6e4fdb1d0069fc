import { expect } from '@open-wc/testing';
import { normalizeEvents } from '../../src/model/normalize';

const event = (importance: unknown) => ({ id: 'a', start: '2001', title: 'A', importance });

describe('normalizeEvents: importance', () => {
  it('keeps a finite number as the importance, negative and fractional ones too', () => {
    for (const value of [3, 0, -2, 0.5, 1e6]) {
      const { events, problems } = normalizeEvents([event(value)]);
      expect(problems).to.deep.equal([]);
      expect(events[0].importance).to.equal(value);
    }
  });

  it('leaves the importance out when it is absent or null (it counts as 0)', () => {
    for (const value of [undefined, null]) {
      const { events, problems } = normalizeEvents([event(value)]);
      expect(problems).to.deep.equal([]);
      expect(events[0]).to.not.have.property('importance');
    }
  });

  it('drops an importance that is not a finite number, with a problem, and keeps the event', () => {
    for (const [value, described] of [
      ['3', '"3"'],
      [NaN, 'NaN'],
      [Infinity, 'the number Infinity'],
      [true, 'true'],
      [[1], 'an array'],
    ] as const) {
      const { events, problems } = normalizeEvents([event(value)]);
      expect(events).to.have.length(1);
      expect(events[0]).to.not.have.property('importance');
      expect(problems).to.deep.equal([
        { index: 0, id: 'a', field: 'importance', message: `event 0 ("a"): importance ignored: expected a number, got ${described}` },
      ]);
    }
  });
});
