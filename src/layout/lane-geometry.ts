/**
 * Geometry of one lane item: where its extent starts, how short its label may get, and how wide
 * a label can be to end before (or start after) a given point. Internal to the layout module.
 */
import type { LaneItem, LaneOptions } from './lanes.js';

/**
 * Left edge of an item's extent with a label `w` wide: `x0 - markWidth / 2`, and for a label
 * before the mark, less `labelPadding + w`. One expression for the sort, the choice and the sweep.
 */
export function leftEdge(item: LaneItem, w: number, { markWidth, labelPadding }: Pick<LaneOptions, 'markWidth' | 'labelPadding'>): number {
  const markLeft = item.x0 - markWidth / 2;
  return item.labelBefore === true ? markLeft - labelPadding - w : markLeft;
}

/** The narrowest a label may be shown: `minLabelWidth`, or the full width when that is narrower. */
export function minShownWidth(item: LaneItem, minLabelWidth: number): number {
  const requested = item.labelWidth > 0 ? item.labelWidth : 0;
  return requested < minLabelWidth ? requested : minLabelWidth;
}

/**
 * The widest label width in `[minimum, current]` with which `item` ends at
 * least `gap` before `left`. The caller knows that `minimum` fits; the checks
 * guard against rounding in the subtraction.
 */
export function widestLabelBefore(
  item: LaneItem,
  current: number,
  minimum: number,
  left: number,
  { markWidth, labelPadding, gap }: LaneOptions,
): number {
  const fits = (w: number) => Math.max(item.x1, item.x0 + markWidth + labelPadding + w) + gap <= left;
  let w = Math.min(current, left - gap - (item.x0 + markWidth + labelPadding));
  if (w <= minimum) return minimum;
  if (fits(w)) return w;
  w = Math.max(minimum, w - 1e-9 * (1 + Math.abs(left)));
  return fits(w) ? w : minimum;
}

/**
 * The widest width in `[minimum, requested]` for a label before `item`'s mark that starts at or
 * after `from`. The sweep knows that `minimum` fits; the checks guard against rounding.
 */
export function widestLabelAfter(item: LaneItem, requested: number, minimum: number, from: number, options: LaneOptions): number {
  if (leftEdge(item, requested, options) >= from) return requested;
  const end = item.x0 - options.markWidth / 2 - options.labelPadding;
  let w = Math.min(requested, end - from);
  if (w <= minimum) return minimum;
  if (leftEdge(item, w, options) >= from) return w;
  w = Math.max(minimum, w - 1e-9 * (1 + Math.abs(from)));
  return leftEdge(item, w, options) >= from ? w : minimum;
}
