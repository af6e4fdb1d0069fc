import { expect } from '@open-wc/testing';
import { closeBidi, isolate } from '../../src/model/bidi';
import { truncateToWidth } from '../../src/layout/truncate';

const FSI = '\u2068';
const PDI = '\u2069';

describe('bidi: the data\'s text cannot reorder the element\'s own', () => {
  it('closeBidi closes what is left open, innermost first', () => {
    expect(closeBidi('a\u202Eb')).to.equal('a\u202Eb\u202C');
    expect(closeBidi('a\u2067b\u202Bc')).to.equal('a\u2067b\u202Bc\u202C\u2069');
    expect(closeBidi('plain text')).to.equal('plain text');
  });

  it('closeBidi drops a PDF or PDI that closes nothing, keeps those that do', () => {
    expect(closeBidi('a\u202Cb\u2069c')).to.equal('abc');
    expect(closeBidi('\u202Ax\u202C')).to.equal('\u202Ax\u202C');
    expect(closeBidi('\u2066x\u2069')).to.equal('\u2066x\u2069');
    // A PDI closes an isolate and every embedding opened inside it.
    expect(closeBidi('\u2066a\u202Eb\u2069c')).to.equal('\u2066a\u202Eb\u2069c');
    // A PDF does not close an embedding outside an open isolate.
    expect(closeBidi('\u202Aa\u2066b\u202Cc')).to.equal('\u202Aa\u2066bc\u2069\u202C');
  });

  it('isolate wraps text with a control or a right-to-left letter, and everything when asked', () => {
    expect(isolate('abc\u202Edef')).to.equal(`${FSI}abc\u202Edef\u202C${PDI}`);
    expect(isolate('שלום 2001')).to.equal(`${FSI}שלום 2001${PDI}`);
    expect(isolate('مرحبا')).to.equal(`${FSI}مرحبا${PDI}`);
    expect(isolate('Plain')).to.equal('Plain');
    expect(isolate('Plain', true)).to.equal(`${FSI}Plain${PDI}`);
    expect(isolate('', true)).to.equal('');
  });

  it('a label cut inside an override closes it before the "…"', () => {
    const cut = truncateToWidth('ab\u202Ecdefghij', 6, (s) => [...s.replace(/[\u202A-\u202E]/g, '')].length);
    expect(cut.endsWith('\u202C\u2026')).to.equal(true);
    expect(cut.startsWith('ab\u202E')).to.equal(true);
  });
});
