import type { TimelineEvent } from '../model/types.js';

/** Colour slots for categories (custom properties --event-timeline-category-1 … -6); more repeat. */
export const CATEGORY_COLORS = 6;

/** The events of one category (or of several folded together), for grouped layouts. */
export interface CategoryGroup {
  /** The category, '' for events without one. */
  category: string;
  /** Colour slot, by order of first appearance in time (stable when other categories are hidden). */
  colorIndex: number;
  /** The events, in time order. */
  events: readonly TimelineEvent[];
  /** Measured width of each event's title, in the same order. */
  titleWidths: Float64Array;
  /** Set on the one band that holds the categories folded away (see {@link foldGroups}): their names. */
  folded?: readonly string[];
}

/**
 * Events by category, in the order categories first appear in time; colour slots follow that
 * order. `titleWidths` is indexed like `events` (the data's sorted events).
 */
export function groupByCategory(events: readonly TimelineEvent[], titleWidths: ArrayLike<number>): CategoryGroup[] {
  const groups = new Map<string, { category: string; colorIndex: number; indexes: number[] }>();
  events.forEach((event, i) => {
    const category = event.category ?? '';
    let group = groups.get(category);
    if (!group) groups.set(category, (group = { category, colorIndex: groups.size, indexes: [] }));
    group.indexes.push(i);
  });
  return [...groups.values()].map(({ category, colorIndex, indexes }) => ({
    category,
    colorIndex,
    events: indexes.map((i) => events[i]),
    titleWidths: Float64Array.from(indexes, (i) => titleWidths[i]),
  }));
}

/**
 * At most `maxBands` bands: when there are more groups, the `maxBands - 1` largest keep their
 * own band (in their order) and all the others, events without a category among them, share a
 * last band whose `folded` lists their categories. Events keep their time order in it.
 */
export function foldGroups(groups: readonly CategoryGroup[], maxBands: number): CategoryGroup[] {
  const most = Math.max(1, Math.floor(maxBands));
  if (groups.length <= most) return [...groups];
  const keep = largest(groups, most - 1);
  const rest = groups.filter((g) => !keep.has(g));
  // Merge the rest by time: each group is sorted, so a k-way merge on (t0, index) keeps order.
  const merged: { event: TimelineEvent; width: number }[] = [];
  for (const g of rest) g.events.forEach((event, i) => merged.push({ event, width: g.titleWidths[i] }));
  merged.sort((a, b) => a.event.t0 - b.event.t0 || a.event.t1 - b.event.t1 || a.event.index - b.event.index);
  const other: CategoryGroup = {
    category: '',
    colorIndex: -1,
    events: merged.map((m) => m.event),
    titleWidths: Float64Array.from(merged, (m) => m.width),
    folded: rest.map((g) => g.category),
  };
  return [...groups.filter((g) => keep.has(g)), other];
}

/**
 * The legend's entries: all of them in its row when there are at most `most`; else the `most - 1`
 * largest categories (the bands {@link foldGroups} keeps while none is hidden), in colour order, in the row and
 * the others behind "N more", in alphabetical order (`compare`), events without a category among
 * them.
 */
export function legendEntries(
  groups: readonly CategoryGroup[],
  most: number,
  compare: (a: string, b: string) => number,
): { row: CategoryGroup[]; more: CategoryGroup[] } {
  if (groups.length <= Math.max(1, Math.floor(most))) return { row: [...groups], more: [] };
  const row = largest(groups, Math.max(1, Math.floor(most)) - 1);
  return {
    row: groups.filter((g) => row.has(g)),
    more: groups.filter((g) => !row.has(g)).sort((a, b) => (a.category === '' ? 1 : b.category === '' ? -1 : compare(a.category, b.category))),
  };
}

/** The `count` largest categories (events without a category never among them), ties to the first in time. */
function largest(groups: readonly CategoryGroup[], count: number): Set<CategoryGroup> {
  const bySize = groups.filter((g) => g.category !== '').sort((a, b) => b.events.length - a.events.length || a.colorIndex - b.colorIndex);
  return new Set(bySize.slice(0, count));
}
