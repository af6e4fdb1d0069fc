/**
 * The "+N" clusters of a lane layout: overflowing items grouped into boxes `gap` apart (see
 * {@link Cluster}). Internal to the layout module.
 */
import type { Cluster, LaneItem, LaneOptions } from './lanes.js';

/**
 * Groups overflowing items (indices in input order) into clusters whose boxes are `gap` apart.
 * Items are taken in order of their marks' left edges; that is index order unless some items
 * have their label before the mark (their index follows the label's left edge).
 */
export function buildClusters(
  items: readonly LaneItem[],
  overflow: Int32Array,
  { markWidth, labelPadding, gap }: LaneOptions,
  badgeWidth: number,
): Cluster[] {
  const clusters: Cluster[] = [];
  const halfMark = markWidth / 2;
  if (overflow.some((i) => items[i].labelBefore === true)) overflow.sort((a, b) => items[a].x0 - items[b].x0 || a - b);
  let start = 0;
  let boxLeft = 0;
  let marksRight = 0;
  let boxRight = 0;
  const close = (end: number) => {
    clusters.push({
      first: overflow[start],
      last: overflow[end - 1],
      members: overflow.subarray(start, end),
      x0: boxLeft,
      x1: boxRight,
      count: end - start,
    });
  };
  for (let m = 0; m < overflow.length; m++) {
    const item = items[overflow[m]];
    const left = item.x0 - halfMark;
    const right = Math.max(item.x1, item.x0 + halfMark);
    if (m > 0 && left < boxRight + gap) {
      if (right > marksRight) marksRight = right;
    } else {
      if (m > 0) close(m);
      start = m;
      boxLeft = left;
      marksRight = right;
    }
    boxRight = marksRight + labelPadding + badgeWidth;
  }
  if (overflow.length > 0) close(overflow.length);
  return clusters;
}
