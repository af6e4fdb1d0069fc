import { expect } from '@open-wc/testing';
import { eventsById } from '../../src/model/by-id';
import { normalizeEvents } from '../../src/model/normalize';

describe('eventsById', () => {
  it('maps every valid event by its id, once per dataset', () => {
    const data = normalizeEvents([{ id: 'a', start: '2001', title: 'A' }, { id: 'b', start: '2002', title: 'B' }, { id: 'c', start: 'soon', title: 'C' }]);
    const map = eventsById(data);
    expect([...map.keys()].sort()).to.deep.equal(['a', 'b']);
    expect(map.get('b')!.title).to.equal('B');
    expect(eventsById(data)).to.equal(map);
    const other = normalizeEvents([{ id: 'a', start: '2001', title: 'Other' }]);
    expect(eventsById(other).get('a')!.title).to.equal('Other');
    expect(eventsById(other)).not.to.equal(map);
  });
});
