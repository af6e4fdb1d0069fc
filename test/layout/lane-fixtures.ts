/**
 * Shared by the layout tests: random item sets for fast-check, and an
 * independent checker of the lane guarantees.
 */
import fc from 'fast-check';
import type { LaneItem, LaneLayout, LaneOptions } from '../../src/layout/index';

/** Sorted by x0, ties kept in generation order, as the caller of assignLanes sorts them. */
export function sortByX0(items: LaneItem[]): LaneItem[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.x0 - b.item.x0 || a.i - b.i)
    .map(({ item }) => item);
}

const position = fc.oneof(
  // Pile-ups: many items at a handful of exact positions.
  fc.integer({ min: 0, max: 5 }).map((k) => k * 40),
  fc.integer({ min: -500, max: 2000 }),
  fc.double({ min: -500, max: 2000, noNaN: true }),
);
const spanLength = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 600, noNaN: true }) },
);
const labelWidth = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 6, arbitrary: fc.double({ min: 0, max: 240, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ min: 1000, max: 50_000, noNaN: true }) },
);

/** Random items (points, spans, zero-width labels, huge labels, pile-ups), sorted by x0. */
export const laneItems: fc.Arbitrary<LaneItem[]> = fc
  .array(
    fc.record({ x0: position, length: spanLength, labelWidth }).map(
      ({ x0, length, labelWidth }): LaneItem => ({ x0, x1: x0 + length, labelWidth }),
    ),
    { maxLength: 150 },
  )
  .map(sortByX0);

/** Random options; `maxLanes` bounded (0..8) or Infinity. */
export const laneOptions: fc.Arbitrary<LaneOptions> = fc.record({
  markWidth: fc.integer({ min: 0, max: 14 }),
  labelPadding: fc.integer({ min: 0, max: 8 }),
  gap: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 12, noNaN: true })),
  maxLanes: fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 8 })),
  minLabelWidth: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 80 })),
  clusterBadgeWidth: fc.integer({ min: 0, max: 30 }),
});

/** Left edge of an item's extent, as documented (with shown label width `w` when the label is before the mark). */
export function extentLeft(item: LaneItem, options: LaneOptions, w = 0, before = item.labelBefore === true): number {
  return before ? item.x0 - options.markWidth / 2 - options.labelPadding - w : item.x0 - options.markWidth / 2;
}

/** Right edge of an item's extent with shown label width `w`, as documented. */
export function extentRight(item: LaneItem, w: number, options: LaneOptions, before = item.labelBefore === true): number {
  return before ? Math.max(item.x1, item.x0 + options.markWidth / 2) : Math.max(item.x1, item.x0 + options.markWidth + options.labelPadding + w);
}

/** The shortest a label may be shown, as documented. */
export function shortestLabel(item: LaneItem, options: LaneOptions): number {
  return Math.min(item.labelWidth, options.minLabelWidth);
}

/** Sorted as assignLanes wants: by the left edge with the shortest label, ties in generation order. */
export function sortBySweepKey(items: LaneItem[], options: LaneOptions): LaneItem[] {
  const key = (item: LaneItem) => extentLeft(item, options, shortestLabel(item, options));
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => key(a.item) - key(b.item) || a.i - b.i)
    .map(({ item }) => item);
}

/**
 * Random items of every kind (labels after and before their marks, labels cut by an edge that
 * could go before the mark, importance, pile-ups, spans) with random options, sorted for assignLanes.
 */
export const mixedLaneItems: fc.Arbitrary<[LaneItem[], LaneOptions]> = fc
  .tuple(
    fc.array(
      fc.record({
        x0: position,
        length: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.noBias(fc.integer({ min: 0, max: 2500 })) }),
        labelWidth,
        kind: fc.constantFrom('after', 'after', 'before', 'cut'),
        before: fc.double({ min: 0, max: 300, noNaN: true }),
        importance: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -2, max: 3 }) }),
      }),
      { maxLength: 150 },
    ),
    laneOptions,
  )
  .map(([rows, options]) => {
    const items = rows.map(({ x0, length, labelWidth: w, kind, before, importance }): LaneItem => {
      const item: LaneItem = { x0, x1: x0 + length, labelWidth: w, importance };
      if (kind === 'before') item.labelBefore = true;
      if (kind === 'cut') item.labelWidthBefore = w + before;
      return item;
    });
    return [sortBySweepKey(items, options), options];
  });

/**
 * Pairs of items in one lane closer than `gap` (described as strings, empty
 * when none), with the layout drawn at positions `x * scale + shift`.
 * `tolerance` absorbs rounding of the scaled positions only.
 */
export function laneCollisions(
  items: readonly LaneItem[],
  layout: LaneLayout,
  options: LaneOptions,
  scale = 1,
  shift = 0,
  tolerance = 0,
): string[] {
  const found: string[] = [];
  const rightmost = new Map<number, { index: number; right: number }>();
  // Extents sorted by their left edge: a label before its mark starts earlier than the input order says.
  const order = items.map((_, i) => i).filter((i) => layout.lane[i] >= 0);
  const before = (i: number) => (layout.before ? layout.before[i] === 1 : items[i].labelBefore === true);
  const drawn = (i: number) => ({ x0: items[i].x0 * scale + shift, x1: items[i].x1 * scale + shift, labelWidth: items[i].labelWidth });
  const lefts = new Map(order.map((i) => [i, extentLeft(drawn(i), options, layout.labelWidth[i], before(i))]));
  order.sort((a, b) => lefts.get(a)! - lefts.get(b)! || a - b);
  order.forEach((i) => {
    const lane = layout.lane[i];
    const left = lefts.get(i)!;
    const right = extentRight(drawn(i), layout.labelWidth[i], options, before(i));
    const previous = rightmost.get(lane);
    if (previous && previous.right + options.gap > left + tolerance) {
      found.push(`items ${previous.index} and ${i} in lane ${lane}: ${previous.right} + ${options.gap} > ${left}`);
    }
    if (!previous || right > previous.right) rightmost.set(lane, { index: i, right });
  });
  return found;
}
