import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { truncateToWidth } from '../../src/layout/index';


/** A fake measurer: 10 px per code point, whatever the font. */
const measure = (s: string) => Array.from(s).length * 10;

describe('truncateToWidth', () => {
  it('truncateToWidth returns the text unchanged when it fits', () => {
    expect(truncateToWidth('Summit', 60, measure)).to.equal('Summit');
  });

  it('truncateToWidth keeps the longest prefix that fits with a trailing "…"', () => {
    expect(truncateToWidth('Vladivostok summit', 55, measure)).to.equal('Vlad…');
  });

  it('truncateToWidth drops spaces before the "…"', () => {
    expect(truncateToWidth('Kim visits Moscow', 50, measure)).to.equal('Kim…');
  });

  it('truncateToWidth returns an empty string when not even "…" fits', () => {
    expect(truncateToWidth('Summit', 9, measure)).to.equal('');
  });

  it('truncateToWidth returns just "…" when no character fits beside it', () => {
    expect(truncateToWidth('Summit', 15, measure)).to.equal('…');
  });

  it('truncateToWidth never splits a surrogate pair', () => {
    // Three code points of 10 px: '🚀', '🚀', 'x'; 25 px holds one rocket and the "…".
    const cut = truncateToWidth('🚀🚀x', 25, measure);
    expect(cut).to.equal('🚀…');
  });

  it('truncateToWidth never splits an emoji made of several code points', () => {
    const family = '👨‍👩‍👧';
    // The family is 5 code points (50 px): with the "…" it needs 60 px, so in 55 px it goes whole.
    expect(truncateToWidth(`${family}${family}`, 55, measure)).to.equal('…');
    expect(truncateToWidth(`ab${family}c`, 75, measure)).to.equal('ab…');
  });

  it('truncateToWidth measures O(log n) candidates, not every prefix', () => {
    let calls = 0;
    const counting = (s: string) => {
      calls++;
      return measure(s);
    };
    truncateToWidth('x'.repeat(1000), 5000, counting);
    expect(calls).to.be.at.most(14);
  });

  it('truncateToWidth output fits, and one more character would not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 0, max: 500 }), (text, width) => {
        const cut = truncateToWidth(text, width, measure);
        expect(measure(cut)).to.be.at.most(width);
        if (cut === text) return;
        if (cut === '') {
          expect(measure('…')).to.be.above(width);
          return;
        }
        expect(cut.endsWith('…')).to.equal(true);
        const kept = cut.slice(0, -1);
        expect(text.startsWith(kept)).to.equal(true);
        const rest = text.slice(kept.length).trimStart();
        const next = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(rest))[0];
        if (next) expect(measure(`${text.slice(0, text.length - rest.length)}${next.segment}`.trimEnd() + '…')).to.be.above(width);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
