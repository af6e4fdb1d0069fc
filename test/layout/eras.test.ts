import { expect } from '@open-wc/testing';
import { layoutEras } from '../../src/layout/eras';
import { normalizeEvents } from '../../src/model/normalize';

/** A fake measurer: 10 px per code point. */
const measure = (s: string) => Array.from(s).length * 10;

/** Eras over years 0–100 drawn 1 px per year... scaled: 10 px per year from x = 0 at year 2000. */
const x = (t: number) => ((t - Date.UTC(2000, 0, 1)) / (365.2425 * 86_400_000)) * 10;

function eras(list: { start: string; end: string; title: string }[]) {
  return normalizeEvents({ events: [], eras: list }).eras;
}

describe('layoutEras', () => {
  it('layoutEras clips bands to the bounds and leaves out eras outside them', () => {
    const placed = layoutEras(eras([{ start: '1990', end: '2004', title: 'A' }, { start: '2050', end: '2060', title: 'Far' }]), x, measure, { bounds: [0, 300], padding: 4 });
    expect(placed).to.have.length(1);
    expect(placed[0].x0).to.equal(0);
    expect(placed[0].x1).to.be.closeTo(50, 0.1);
    expect(placed[0].labelX).to.equal(4);
  });

  it('layoutEras keeps a title that fits and shortens one that does not', () => {
    const [a, b] = layoutEras(eras([{ start: '2000', end: '2009', title: 'Short' }, { start: '2010', end: '2014', title: 'Much too long' }]), x, measure, { bounds: [0, 1000], padding: 4 });
    expect(a.label).to.equal('Short');
    expect(b.label.endsWith('…')).to.equal(true);
    expect(b.labelX + measure(b.label)).to.be.at.most(b.x1 - 4);
  });

  it('layoutEras ends a title before the next era begins when eras overlap', () => {
    const [a, b] = layoutEras(eras([{ start: '2000', end: '2020', title: 'The long twenty years' }, { start: '2005', end: '2010', title: 'Inner' }]), x, measure, { bounds: [0, 1000], padding: 4 });
    expect(a.labelX + measure(a.label)).to.be.at.most(b.x0 - 4 + 0.001);
    expect(b.label).to.equal('Inner');
  });

  it('layoutEras leaves out a title of which not one character fits', () => {
    const [a] = layoutEras(eras([{ start: '2000', end: '2001', title: 'War' }]), x, measure, { bounds: [0, 1000], padding: 2 });
    expect(a.label).to.equal('');
  });

  it('layoutEras never lets two titles overlap (property over random eras)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let run = 0; run < 200; run++) {
      const list = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => {
        const start = 2000 + Math.floor(random() * 80);
        return { start: String(start), end: String(start + Math.floor(random() * 30)), title: `Era ${i} ${'x'.repeat(Math.floor(random() * 20))}` };
      });
      const placed = layoutEras(eras(list), x, measure, { bounds: [0, 600], padding: 4 }).filter((p) => p.label !== '');
      for (let i = 0; i < placed.length; i++) {
        const a = placed[i];
        expect(a.labelX + measure(a.label)).to.be.at.most(a.x1 + 0.001);
        for (let j = i + 1; j < placed.length; j++) {
          const b = placed[j];
          const apart = a.labelX + measure(a.label) <= b.labelX || b.labelX + measure(b.label) <= a.labelX;
          expect(apart, JSON.stringify(list)).to.equal(true);
        }
      }
    }
  });
});
