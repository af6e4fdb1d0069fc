/** Layout: lanes, label shortening, clustering and culling. Pure, DOM-free. */
export { assignLanes } from './lanes.js';
export type { Cluster, LaneItem, LaneLayout, LaneOptions } from './lanes.js';
export { visibleRange } from './cull.js';
export { truncateToWidth } from './truncate.js';
