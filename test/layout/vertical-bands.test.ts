import { expect } from '@open-wc/testing';
import { normalizeEvents } from '../../src/model/normalize';
import { groupByCategory } from '../../src/layout/categories';
import { layoutVerticalBands } from '../../src/layout/vertical-bands';
import type { VerticalLayoutOptions } from '../../src/layout/vertical';

const measure = (s: string) => Array.from(s).length * 7;
const options: VerticalLayoutOptions = {
  t0: Date.UTC(1999, 0, 1),
  t1: Date.UTC(2025, 0, 1),
  top: 40,
  bottom: 600,
  left: 60,
  right: 560,
  lineHeight: 22,
  maxLines: 3,
  gap: 4,
  markWidth: 12,
  labelPadding: 6,
  minColumnWidth: 120,
  clusterWidth: 52,
};

const events = normalizeEvents(
  Array.from({ length: 60 }, (_, i) => ({
    id: `e${i}`,
    start: `${2000 + (i % 24)}-0${1 + (i % 9)}`,
    title: `Event number ${i} of a long chronology`,
    category: ['politics', 'culture', 'science'][i % 3],
  })),
).events;
const groups = groupByCategory(events, new Float64Array(events.length));

describe('layoutVerticalBands', () => {
  const { bands, layout, bottom } = layoutVerticalBands(groups, measure, options, 3000);

  it('gives each category a band of equal width, side by side', () => {
    expect(bands.map((b) => b.group.category)).to.deep.equal(groups.map((g) => g.category));
    const width = (options.right - options.left) / 3;
    bands.forEach((b, i) => {
      expect(b.x0).to.be.closeTo(options.left + i * width, 1e-9);
      expect(b.x1 - b.x0).to.be.closeTo(width, 1e-9);
    });
  });

  it('draws every event inside its own category band, never in another', () => {
    for (const band of bands) {
      for (const p of band.layout.placed) {
        expect(p.event.category).to.equal(band.group.category);
        expect(p.x).to.be.within(band.x0, band.x1);
        expect(p.labelX + p.labelWidth).to.be.at.most(band.x1 + 1e-9);
      }
      for (const c of band.layout.clusters) expect(c.x).to.be.within(band.x0, band.x1);
    }
  });

  it('draws or clusters every event exactly once, and indexes the merged layout by id', () => {
    const clustered = layout.clusters.reduce((n, c) => n + c.events.length, 0);
    expect(layout.placed.length + clustered).to.equal(events.length);
    layout.placed.forEach((p, i) => expect(layout.placedById.get(p.event.id)).to.equal(i));
  });

  it('grows the plot before it clusters, up to the limit', () => {
    expect(bottom).to.be.greaterThan(options.bottom);
    expect(bottom).to.be.at.most(3000);
    const short = layoutVerticalBands(groups, measure, options, options.bottom);
    expect(short.bottom).to.equal(options.bottom);
    expect(short.layout.clusters.length).to.be.greaterThan(layout.clusters.length - 1);
  });
});
