import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatUrlState, MAX_STATE_LENGTH, readUrlState, stateKey, writeUrlState } from '../../src/model/url-state';

describe('url state in the fragment (pure)', () => {
  it('stateKey is the element id, or "timeline" without one', () => {
    expect(stateKey('history')).to.equal('history');
    expect(stateKey('  ')).to.equal('timeline');
  });

  it('formatUrlState writes event and view, readable', () => {
    expect(formatUrlState({ event: 'kim-jong-un-visits-russia', view: { start: '2015', end: '2020-02' } })).to.equal('event:kim-jong-un-visits-russia,view:2015/2020-02');
    expect(formatUrlState({ view: { start: '2000-07-19T10:30', end: '' } })).to.equal('view:2000-07-19T10:30/');
    expect(formatUrlState({})).to.equal('');
  });

  it('writeUrlState adds the state at the end and leaves other segments exactly as written', () => {
    expect(writeUrlState('', 'timeline', { event: 'a' })).to.equal('#timeline=event:a');
    expect(writeUrlState('#section-2', 't', { event: 'a' })).to.equal('#section-2&t=event:a');
    expect(writeUrlState('#x=1&t=event:old&y=%20z', 't', { event: 'b' })).to.equal('#x=1&t=event:b&y=%20z');
  });

  it('writeUrlState removes the state when empty, and the # when nothing is left', () => {
    expect(writeUrlState('#x=1&t=event:a', 't', {})).to.equal('#x=1');
    expect(writeUrlState('#t=event:a', 't', {})).to.equal('');
  });

  it('two keys live side by side without touching each other', () => {
    let hash = writeUrlState('#keep', 'one', { event: 'a' });
    hash = writeUrlState(hash, 'two', { event: 'b', view: { start: '2001', end: '2002' } });
    hash = writeUrlState(hash, 'one', { event: 'c' });
    expect(hash).to.equal('#keep&one=event:c&two=event:b,view:2001/2002');
    expect(readUrlState(hash, 'one').state).to.deep.equal({ event: 'c' });
    expect(readUrlState(hash, 'two').state).to.deep.equal({ event: 'b', view: { start: '2001', end: '2002' } });
  });

  it('ids with any characters survive the round trip (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''), fc.string({ maxLength: 12 }), (id, key) => {
        // Any key but those of the other segments ("a", "b").
        const hash = writeUrlState('#a=1&b', `k${key}`, { event: id, view: { start: '2001-04', end: '' } });
        const read = readUrlState(hash, `k${key}`);
        expect(read.problems).to.deep.equal([]);
        expect(read.state).to.deep.equal({ event: id, view: { start: '2001-04', end: '' } });
        expect(hash.startsWith('#a=1&b&')).to.equal(true);
      }),
      { seed: 15, numRuns: 500 },
    );
  });

  it('readUrlState finds nothing when the key is absent', () => {
    expect(readUrlState('#other=event:a', 't')).to.deep.equal({ found: false, raw: '', state: {}, problems: [] });
    expect(readUrlState('', 't').found).to.equal(false);
  });

  it('malformed fields are reported and left out; the rest is read', () => {
    const read = readUrlState('#t=event:%E0%A4%A,view:2001/2003', 't');
    expect(read.state).to.deep.equal({ view: { start: '2001', end: '2003' } });
    expect(read.problems.map((p) => p.reason)).to.deep.equal(['encoding']);
    expect(readUrlState('#t=zoom:3,event:a', 't').problems).to.deep.equal([{ reason: 'field', text: '"zoom"' }]);
    expect(readUrlState('#t=view:2001-13/2003', 't').problems[0].reason).to.equal('date');
    expect(readUrlState('#t=view:banana', 't').problems[0].reason).to.equal('date');
    expect(readUrlState('#t=view:/', 't').problems[0].reason).to.equal('date');
    expect(readUrlState('#t=event:', 't').problems[0].reason).to.equal('empty');
  });

  it('a state longer than the limit is not read', () => {
    const read = readUrlState(`#t=event:${'a'.repeat(MAX_STATE_LENGTH + 1)}`, 't');
    expect(read.state).to.deep.equal({});
    expect(read.problems[0].reason).to.equal('length');
  });

  it('never throws on any fragment (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (hash) => {
        const read = readUrlState(`#${hash}`, 't');
        writeUrlState(`#${hash}`, 't', read.state);
      }),
      { seed: 16, numRuns: 1000 },
    );
  });
});
