import { expect } from '@open-wc/testing';
import { clusterEnds, clusterStop, positionOf, timeOrder } from '../../src/interaction/cluster-stops';
import type { TimelineEvent } from '../../src/model/types';

const ev = (index: number, t0: number, t1 = t0) => ({ id: `e${index}`, index, t0, t1 }) as unknown as TimelineEvent;

describe('"+N" marks as stops of the arrow keys', () => {
  const events = [ev(0, 0), ev(1, 10), ev(2, 10), ev(3, 20), ev(4, 30), ev(5, 40)].sort(timeOrder);

  it('orders by start, end, then input order; finds positions', () => {
    expect([ev(2, 5), ev(1, 5), ev(0, 7)].sort(timeOrder).map((e) => e.index)).to.deep.equal([1, 2, 0]);
    expect(events.map((e) => positionOf(events, e))).to.deep.equal([0, 1, 2, 3, 4, 5]);
    expect(positionOf(events, ev(9, 10))).to.equal(-1);
    expect(clusterEnds([events[3], events[1], events[2]]).map((e) => e.index)).to.deep.equal([1, 3]);
  });

  it('going later, stops at the nearest cluster that begins between the event and the next drawn one', () => {
    const clusters = [{ events: [events[3], events[4]] }, { events: [events[1], events[2]] }];
    expect(clusterStop(clusters, events[0], events[5], 1)).to.equal(1);
    expect(clusterStop(clusters, events[2], events[5], 1)).to.equal(0);
    // None between: no stop.
    expect(clusterStop(clusters, events[0], events[1], 1)).to.equal(undefined);
    // No event drawn further on: the cluster still stops the focus.
    expect(clusterStop(clusters, events[2], undefined, 1)).to.equal(0);
  });

  it('going earlier, stops at the nearest cluster that ends between them', () => {
    const clusters = [{ events: [events[1], events[2]] }, { events: [events[3], events[4]] }];
    expect(clusterStop(clusters, events[5], events[0], -1)).to.equal(1);
    expect(clusterStop(clusters, events[3], events[0], -1)).to.equal(0);
    expect(clusterStop([{ events: [] }], events[5], undefined, -1)).to.equal(undefined);
  });
});
