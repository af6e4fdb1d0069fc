/**
 * The plot's keys (loaded on demand, a moment after the first paint): arrows, Home and End move
 * the focus through events in time order (stopping at each "+N" on the way) and bring each into
 * view; Enter and Space select (or open the list of a "+N"); Escape closes the details; +, -, 0,
 * Shift+arrows, PageUp and PageDown zoom and pan. Scoped to the plot, never the document.
 */
import { nextIndex, zoomKeyAction } from '../interaction/keyboard.js';
import { clusterEnds, clusterStop, positionOf } from '../interaction/cluster-stops.js';
import type { Plot } from '../view/frame.js';
import type { FocusController } from './focus.js';

/** How many events arrow keys try past one that cannot be shown on its own (many at one instant). */
const NAVIGATION_TRIES = 4;

/** Handles a key pressed on the plot. */
export function routeKey(focus: FocusController, e: KeyboardEvent): void {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const plot = focus.actions.plot();
  if (!plot || focus.actions.events().length === 0) return;
  if (e.key === 'Enter' || e.key === ' ') {
    const target = (e.target as Element).closest<SVGGElement>('[data-id], [data-cluster]');
    if (!target) return;
    e.preventDefault();
    if (target.dataset.id) focus.actions.select(target.dataset.id);
    else focus.actions.openCluster(Number(target.dataset.cluster));
    return;
  }
  if (e.key === 'Escape' && focus.actions.selected() !== null) {
    e.preventDefault();
    focus.actions.closeDetails();
    return;
  }
  const key = plot.logicalKey(e.key, focus.actions.rtl());
  const action = zoomKeyAction(key, e.shiftKey);
  if (action) {
    e.preventDefault();
    if ('zoom' in action) focus.viewport.zoomBy(action.zoom, focus.anchor());
    else if ('fit' in action) focus.viewport.fitByUser();
    else focus.viewport.panBy(action.pan);
    return;
  }
  if (navigate(focus, plot, key, e.target as Element)) e.preventDefault();
}

/**
 * Moves the focus with a navigation key (arrows, Home, End) to the next event in time order and
 * brings it into view; an arrow stops first at a "+N" drawn before that event (see
 * `clusterStop`). Events the plot cannot reach are passed over; one that stays in a "+N" even at
 * the deepest zoom (many at one instant) is passed over too, trying a few. False for other keys.
 */
function navigate(focus: FocusController, plot: Plot, key: string, node: Element): boolean {
  const events = focus.actions.events();
  const t = focus.viewport.transform;
  // From a focused "+N", arrows go on from its latest (or earliest) event.
  const clusters = focus.actions.clusters();
  const on = node.closest<SVGElement>('[data-cluster]');
  const later = key === 'ArrowRight' || key === 'ArrowDown';
  const arrow = later || key === 'ArrowLeft' || key === 'ArrowUp';
  const here = on && arrow ? clusters[Number(on.dataset.cluster)] : undefined;
  const current = here ? positionOf(events, clusterEnds(here.events)[later ? 1 : 0]) : Math.max(0, events.findIndex((e) => e.id === focus.actions.tabStop()));
  const first = nextIndex(key, current, events.length, (i) => plot.reachable(events[i].id, t));
  if (first === undefined) return false;
  if (arrow) {
    const drawn = nextIndex(key, current, events.length, (i) => plot.draws(events[i].id, t));
    const stop = clusterStop(clusters, events[current], drawn === current ? undefined : events[drawn!], later ? 1 : -1);
    const mark = stop === undefined ? null : node.closest('svg')?.querySelector<SVGElement>(`[data-cluster="${stop}"]`);
    if (mark) return mark.focus(), true;
  }
  const direction = key === 'Home' ? 1 : key === 'End' ? -1 : first > current ? 1 : -1;
  for (let i = first, tries = 0; i >= 0 && i < events.length && i !== current && tries < NAVIGATION_TRIES; i += direction, tries++) {
    const target = plot.revealTransform(events[i], t, focus.viewport.limits);
    if (!plot.draws(events[i].id, target ?? t)) continue;
    if (target) focus.viewport.transformTo(target, plot.orientation === 'horizontal');
    focus.focus(events[i].id);
    break;
  }
  return true;
}
