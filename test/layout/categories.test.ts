import { expect } from '@open-wc/testing';
import { normalizeEvents } from '../../src/model/normalize';
import { foldGroups, groupByCategory } from '../../src/layout/categories';

const data = normalizeEvents([
  { id: 'a1', start: '2001', title: 'A one', category: 'a' },
  { id: 'b1', start: '2002', title: 'B one', category: 'b' },
  { id: 'a2', start: '2003', title: 'A two', category: 'a' },
  { id: 'n1', start: '2004', title: 'No category' },
  { id: 'c1', start: '2005', title: 'C one', category: 'c' },
  { id: 'c2', start: '2006', title: 'C two', category: 'c' },
  { id: 'c3', start: '2007', title: 'C three', category: 'c' },
  { id: 'd1', start: '2000', title: 'D one', category: 'd' },
]).events;
const widths = Float64Array.from(data, (_, i) => 100 + i);

describe('groupByCategory', () => {
  it('groups events by category in the order categories first appear in time', () => {
    const groups = groupByCategory(data, widths);
    expect(groups.map((g) => g.category)).to.deep.equal(['d', 'a', 'b', '', 'c']);
    expect(groups.map((g) => g.colorIndex)).to.deep.equal([0, 1, 2, 3, 4]);
  });

  it('keeps each title width with its event', () => {
    const c = groupByCategory(data, widths).find((g) => g.category === 'c')!;
    expect(c.events.map((e) => e.id)).to.deep.equal(['c1', 'c2', 'c3']);
    expect([...c.titleWidths]).to.deep.equal(c.events.map((e) => widths[data.indexOf(e)]));
  });
});

describe('foldGroups', () => {
  const groups = groupByCategory(data, widths);

  it('leaves as many groups as fit unchanged', () => {
    expect(foldGroups(groups, 5)).to.deep.equal(groups);
  });

  it('keeps the largest categories in their order and folds the rest, uncategorized included, into one last band', () => {
    const folded = foldGroups(groups, 3);
    expect(folded.map((g) => g.category)).to.deep.equal(['a', 'c', '']);
    const other = folded[2];
    expect(other.folded).to.have.members(['d', 'b', '']);
    expect(other.colorIndex).to.equal(-1);
    expect(other.events.map((e) => e.id)).to.deep.equal(['d1', 'b1', 'n1']);
    expect([...other.titleWidths]).to.deep.equal(other.events.map((e) => widths[data.indexOf(e)]));
  });

  it('never loses or repeats an event', () => {
    for (const most of [1, 2, 3, 4]) {
      const ids = foldGroups(groups, most).flatMap((g) => g.events.map((e) => e.id));
      expect(ids.length, `at most ${most}`).to.equal(data.length);
      expect(new Set(ids).size).to.equal(data.length);
    }
  });
});
