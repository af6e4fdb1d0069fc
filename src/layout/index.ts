/** Layout: lanes, label shortening, clustering and culling. Pure, DOM-free. */
export { assignLanes } from './lanes';
export type { Cluster, LaneItem, LaneLayout, LaneOptions } from './lanes';
export { visibleRange } from './cull';
export { truncateToWidth } from './truncate';
