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
  const bySize = [...groups].sort((a, b) => b.events.length - a.events.length || a.colorIndex - b.colorIndex);
  const keep = new Set(bySize.filter((g) => g.category !== '').slice(0, most - 1));
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
