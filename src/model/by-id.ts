import type { NormalizedData, TimelineEvent } from './types.js';

const maps = new WeakMap<NormalizedData, Map<string, TimelineEvent>>();

/**
 * The data's events by id: made the first time it is asked for (a large dataset does not pay for
 * it at first paint) and kept as long as the data. Ids are unique after validation.
 */
export function eventsById(data: NormalizedData): ReadonlyMap<string, TimelineEvent> {
  let map = maps.get(data);
  if (!map) {
    map = new Map();
    for (const event of data.events) map.set(event.id, event);
    maps.set(data, map);
  }
  return map;
}
