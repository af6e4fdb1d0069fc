import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { pageBreaks } from '../../src/layout/page-breaks';

describe('pageBreaks', () => {
  it('pageBreaks of a drawing that fits one slice is empty', () => {
    expect(pageBreaks(500, [[10, 20]], 640)).to.deep.equal([]);
  });

  it('pageBreaks cuts at the slice height where nothing is blocked', () => {
    expect(pageBreaks(1500, [], 640)).to.deep.equal([640, 1280]);
  });

  it('pageBreaks cuts before a label that the slice edge would cross', () => {
    expect(pageBreaks(1000, [[600.5, 660]], 640)).to.deep.equal([600]);
    expect(pageBreaks(1000, [[590, 620], [615, 660]], 640)).to.deep.equal([590]);
  });

  it('pageBreaks lets a slice grow past max to the end of a run of labels, up to hardMax', () => {
    expect(pageBreaks(1000, [[50, 380.5]], 300, 640)).to.deep.equal([381, 681, 981]);
  });

  it('pageBreaks cuts through a blocked run longer than hardMax', () => {
    expect(pageBreaks(2000, [[100, 1900]], 640)).to.deep.equal([640, 1280, 1920]);
    expect(pageBreaks(2000, [[100, 1900]], 300, 640)).to.deep.equal([100, 740, 1380, 1900]);
  });

  it('no cut passes through a blocked interval when the intervals are short (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 100 })), { maxLength: 80 }),
        fc.integer({ min: 700, max: 6000 }),
        (spans, height) => {
          const blocked = spans.map(([a, l]) => [a, a + l] as const);
          const cuts = pageBreaks(height, blocked, 300, 640);
          let previous = 0;
          for (const cut of cuts) {
            expect(cut - previous).to.be.at.most(640);
            expect(cut - previous).to.be.at.least(75);
            for (const [a, b] of blocked) expect(cut <= a || cut >= b, `cut ${cut} inside [${a}, ${b}]`).to.equal(true);
            previous = cut;
          }
          expect(height - previous).to.be.at.most(300);
        },
      ),
      { seed: 3, numRuns: 300 },
    );
  });
});
