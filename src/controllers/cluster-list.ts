/**
 * The list of a "+N" cluster's events (loaded on demand, when a cluster is first activated):
 * which cluster is open, the scrolled window of its rows, its keys, and where the focus goes when
 * it closes. Activating the cluster again, Escape, the close button, a press or the focus outside
 * it close it; so does a frame that no longer draws the cluster (a zoom that splits it, new data).
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../model/types.js';
import type { Frame, FrameCluster } from '../view/frame.js';
import type { ViewContext } from '../view/context.js';
import { clusterListTemplate, rowWindow, ROW, VISIBLE, type ClusterListHandlers } from '../view/cluster-list.js';
import { timeOrder } from '../interaction/cluster-stops.js';
import { adoptStyles } from '../styles/adopt.js';
import { clusterList } from '../styles/cluster-list.js';

interface ClusterListHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the list asks of the element. */
export interface ClusterListActions {
  /** The frame now drawn. */
  frame(): Frame | undefined;
  /** Selects an event as the user does (fires `timeline-select`; the view goes to the event). */
  select(id: string): void;
  /** Zooms to a time range as the user does (today's zoom of a "+N"). */
  zoom(t0: number, t1: number): void;
}

/** Where the focus goes once the next render is done. */
type FocusTarget =
  | { to: 'item'; quiet?: boolean }
  | { to: 'cluster'; first: TimelineEvent; size: number }
  | { to: 'event'; id: string; until: number }
  | { to: 'stop' };

/** How long the focus waits for a selected or zoomed-to event to be drawn on its own (the view animates). */
const FOCUS_WAIT = 900;

export class ClusterListController implements ReactiveController {
  /** The open cluster (found again in each frame by its first event and its size), its events in time order. */
  private open?: { first: TimelineEvent; size: number; events: TimelineEvent[] };
  /** The open cluster as the current frame draws it. */
  private drawn?: FrameCluster;
  private active = 0;
  private scrollTop = 0;
  private focusTarget?: FocusTarget;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ClusterListHost,
    private readonly actions: ClusterListActions,
  ) {
    host.addController(this);
    adoptStyles(host.renderRoot, clusterList);
  }

  /** True for the cluster whose list is open (its `aria-expanded`). */
  readonly isOpen = (c: FrameCluster): boolean => this.open !== undefined && c.first === this.open.first && c.events.length === this.open.size;

  /** Opens the list of a cluster of the current frame, with the focus on its first event; the open one closes (and gets the focus back). */
  toggle(cluster: FrameCluster): void {
    if (this.isOpen(cluster)) return this.close({ to: 'cluster', first: cluster.first, size: cluster.events.length });
    this.open = { first: cluster.first, size: cluster.events.length, events: [...cluster.events].sort(timeOrder) };
    this.drawn = cluster;
    this.active = 0;
    this.scrollTop = 0;
    this.focusTarget = { to: 'item' };
    document.addEventListener('pointerdown', this.onOutside, true);
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    if (!this.open) return;
    this.drawn = this.actions.frame()?.clusters.find(this.isOpen);
    if (this.drawn) return;
    // The frame no longer draws the cluster: the list goes, and a focus that was in it goes to the plot.
    const inside = this.list()?.contains(this.focused());
    this.close(inside ? { to: 'stop' } : undefined, false);
  }

  hostUpdated(): void {
    // After the update: a focus that leaves the plot asks for another (the tooltip goes).
    if (this.focusTarget) queueMicrotask(() => this.applyFocus());
  }

  /** Moves the focus where the last action asked, once its target is drawn. */
  private applyFocus(): void {
    const target = this.focusTarget;
    if (!target) return;
    const root = this.host.renderRoot;
    const list = this.list();
    if (list) {
      const scroller = list.querySelector<HTMLElement>('.cluster-scroll');
      if (scroller && Math.abs(scroller.scrollTop - this.scrollTop) >= 1) scroller.scrollTop = this.scrollTop;
    }
    let node: HTMLElement | SVGElement | null | undefined;
    if (target.to === 'item') node = list?.querySelector<HTMLElement>(`[data-index="${this.active}"]`);
    else if (target.to === 'cluster') node = this.clusterNode((c) => c.first === target.first && c.events.length === target.size);
    else if (target.to === 'event') {
      node = root.querySelector<SVGElement>(`[part~="event"][data-id="${CSS.escape(target.id)}"]`);
      if (!node && performance.now() < target.until) return; // the view is still on its way: tried again at the next render
      node ??= this.clusterNode((c) => c.events.some((e) => e.id === target.id));
    }
    node ??= root.querySelector<SVGElement>('[part~="event"][tabindex="0"]');
    this.focusTarget = undefined;
    node?.focus({ preventScroll: target.to === 'item' && target.quiet });
  }

  hostDisconnected(): void {
    this.close(undefined, false);
  }

  /** The list, while a cluster's is open and drawn. */
  render(ctx: ViewContext): TemplateResult | typeof nothing {
    const open = this.open;
    const box = this.drawn?.box;
    if (!open || !box) return nothing;
    const { first, last } = this.drawn!;
    return clusterListTemplate(ctx, { events: open.events, first, last, box, active: this.active, rows: this.rows() }, this.handlers);
  }

  private readonly handlers: ClusterListHandlers = {
    keyDown: (e) => this.onKeyDown(e),
    focusOut: (e) => {
      const next = e.relatedTarget as Node | null;
      // The focus going to the list's own mark stays: a press there closes the list (see toggle).
      if (next && !this.list()?.contains(next) && next !== this.clusterNode(this.isOpen)) this.close();
    },
    scroll: (e) => {
      const top = (e.currentTarget as HTMLElement).scrollTop;
      if (top === this.scrollTop) return;
      const before = this.rows();
      this.scrollTop = top;
      const [start, end] = this.rows();
      // The item with the tab stop scrolled out of the rows drawn: the stop moves to the first row in view.
      if (this.active < start || this.active >= end) {
        const focused = this.list()?.contains(this.focused()) ?? false;
        this.active = Math.min(this.open!.size - 1, Math.floor(top / ROW));
        if (focused) this.focusTarget = { to: 'item', quiet: true };
      }
      if (start !== before[0] || end !== before[1] || this.focusTarget) this.host.requestUpdate();
    },
    choose: (e) => {
      const item = (e.target as Element).closest<HTMLElement>('[data-index]');
      const event = item && this.open?.events[Number(item.dataset.index)];
      if (!event) return;
      this.close({ to: 'event', id: event.id, until: performance.now() + FOCUS_WAIT });
      this.actions.select(event.id);
      this.retryFocusLater();
    },
    zoom: () => {
      const open = this.open;
      const drawn = this.drawn;
      if (!open || !drawn) return;
      this.close({ to: 'event', id: open.events[0].id, until: performance.now() + FOCUS_WAIT });
      this.actions.zoom(drawn.t0, drawn.t1);
      this.retryFocusLater();
    },
    close: () => {
      const open = this.open;
      if (open) this.close({ to: 'cluster', first: open.first, size: open.size });
    },
  };

  /** Escape closes (the focus back on the cluster); arrows, Home, End, PageUp and PageDown move through the items. */
  private onKeyDown(e: KeyboardEvent): void {
    const open = this.open;
    if (!open || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close({ to: 'cluster', first: open.first, size: open.size });
      return;
    }
    if (!(e.target as Element).closest('[data-index]')) return;
    const last = open.size - 1;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: VISIBLE, PageUp: -VISIBLE, Home: -Infinity, End: Infinity };
    const move = moves[e.key];
    if (move === undefined) return;
    e.preventDefault();
    this.active = Math.max(0, Math.min(last, this.active + move));
    // The item in view: the window scrolls to it.
    const view = Math.min(open.size, VISIBLE) * ROW;
    if (this.active * ROW < this.scrollTop) this.scrollTop = this.active * ROW;
    else if ((this.active + 1) * ROW > this.scrollTop + view) this.scrollTop = (this.active + 1) * ROW - view;
    this.focusTarget = { to: 'item' };
    this.host.requestUpdate();
  }

  private rows(): [number, number] {
    return rowWindow(this.scrollTop, this.open?.size ?? 0);
  }

  private close(focus?: FocusTarget, update = true): void {
    if (!this.open) return;
    this.open = undefined;
    this.drawn = undefined;
    this.focusTarget = focus;
    document.removeEventListener('pointerdown', this.onOutside, true);
    if (update) this.host.requestUpdate();
  }

  /** A selected or zoomed-to event may be drawn only once the view has arrived: the focus tries again then. */
  private retryFocusLater(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.focusTarget?.to === 'event' && this.host.requestUpdate(), FOCUS_WAIT + 50);
  }

  private list(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('[part~="cluster-list"]');
  }

  private focused(): Element | null {
    return (this.host.renderRoot as ShadowRoot).activeElement ?? null;
  }

  /** The drawn "+N" mark of the first cluster of the current frame that `match` accepts. */
  private clusterNode(match: (c: FrameCluster) => boolean): SVGElement | null {
    const index = this.actions.frame()?.clusters.findIndex(match) ?? -1;
    return index < 0 ? null : this.host.renderRoot.querySelector<SVGElement>(`[part~="cluster"][data-cluster="${index}"]`);
  }

  /** A press outside the list and off every "+N" mark closes it (a press on a mark opens or closes its own). */
  private readonly onOutside = (e: PointerEvent): void => {
    const path = e.composedPath();
    const list = this.list();
    if (list && path.includes(list)) return;
    if (path.some((node) => node instanceof Element && node.matches('[part~="cluster"]'))) return;
    this.close();
  };
}
