import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../model/types.js';
import { nextIndex, zoomKeyAction } from '../interaction/keyboard.js';
import type { Plot } from '../view/frame.js';
import type { ViewportController } from './viewport.js';

/** What the focus controller asks of the element. */
export interface FocusActions {
  /** The valid events, in time order. */
  events(): readonly TimelineEvent[];
  /** The plot's orientation adapter (none before the width is known). */
  plot(): Plot | undefined;
  /** The event that holds the tab stop in the current frame. */
  tabStop(): string | undefined;
  selected(): string | null;
  rtl(): boolean;
  /** Width of the plot (to place the tooltip in a mirrored plot). */
  width(): number;
  /** Selects an event as the user does (fires `timeline-select`). */
  select(id: string): void;
  /** Activates a "+N" mark of the current frame. */
  openCluster(index: number): void;
  /** Closes the details panel (Escape). */
  closeDetails(): void;
}

interface FocusHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** How many events arrow keys try past one that cannot be shown on its own (many at one instant). */
const NAVIGATION_TRIES = 4;

/**
 * Focus and keyboard: the roving tab stop (one focusable event), focus that must move once the
 * next render has drawn its target, focus given back to a node that the render moved, the keys
 * of the plot (arrows, Home/End, Enter/Space, Escape, zoom and pan keys — scoped to the plot,
 * never the document), and the tooltip of the event under the pointer or focus.
 */
export class FocusController implements ReactiveController {
  /** The event that has (or last had) keyboard focus. */
  focused: string | null = null;
  /** The tooltip: the event under the pointer or focus, and where its mark is (unmirrored screen px). */
  tip: { id: string; x: number; y: number } | null = null;
  private pending = false;
  private updating = false;

  constructor(
    private readonly host: FocusHost,
    private readonly viewport: ViewportController,
    private readonly actions: FocusActions,
  ) {
    host.addController(this);
  }

  /** Moves the keyboard focus to an event once it is drawn. */
  focus(id: string): void {
    this.focused = id;
    this.pending = true;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.updating = true;
  }

  hostUpdated(): void {
    this.updating = false;
    if (!this.pending) return;
    this.pending = false;
    this.host.renderRoot.querySelector<SVGGElement>(`[data-id="${CSS.escape(this.focused ?? '')}"]`)?.focus();
  }

  hostDisconnected(): void {
    this.tip = null;
  }

  readonly onFocusIn = (e: FocusEvent): void => {
    const target = (e.target as Element).closest<SVGGElement>('[data-id]');
    if (!target?.dataset.id) return;
    this.focused = target.dataset.id;
    this.showTip(target);
  };

  readonly onFocusOut = (): void => {
    this.tip = null;
    this.host.requestUpdate();
    // A node moved while rendering loses focus: give it back once the update is done.
    if (this.updating) this.pending = true;
  };

  readonly onPointerOver = (e: PointerEvent): void => {
    const target = (e.target as Element).closest<SVGGElement>('[data-id]');
    if (target) this.showTip(target);
  };

  readonly onPointerLeave = (): void => {
    this.tip = null;
    this.host.requestUpdate();
  };

  readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const plot = this.actions.plot();
    if (!plot || this.actions.events().length === 0) return;
    if (e.key === 'Enter' || e.key === ' ') {
      const target = (e.target as Element).closest<SVGGElement>('[data-id], [data-cluster]');
      if (!target) return;
      e.preventDefault();
      if (target.dataset.id) this.actions.select(target.dataset.id);
      else this.actions.openCluster(Number(target.dataset.cluster));
      return;
    }
    if (e.key === 'Escape' && this.actions.selected() !== null) {
      e.preventDefault();
      this.actions.closeDetails();
      return;
    }
    const key = plot.logicalKey(e.key, this.actions.rtl());
    const action = zoomKeyAction(key, e.shiftKey);
    if (action) {
      e.preventDefault();
      if ('zoom' in action) this.viewport.zoomBy(action.zoom, this.anchor());
      else if ('fit' in action) this.viewport.fitByUser();
      else this.viewport.panBy(action.pan);
      return;
    }
    if (this.navigate(plot, key)) e.preventDefault();
  };

  /**
   * Moves the focus with a navigation key (arrows, Home, End) to the next event in time order and
   * brings it into view. Events the plot cannot reach are passed over; one that stays in a "+N"
   * even at the deepest zoom (many at one instant) is passed over too, trying a few. False for
   * other keys.
   */
  private navigate(plot: Plot, key: string): boolean {
    const events = this.actions.events();
    const t = this.viewport.transform;
    const current = Math.max(0, events.findIndex((e) => e.id === this.actions.tabStop()));
    const first = nextIndex(key, current, events.length, (i) => plot.reachable(events[i].id, t));
    if (first === undefined) return false;
    const direction = key === 'Home' ? 1 : key === 'End' ? -1 : first > current ? 1 : -1;
    for (let i = first, tries = 0; i >= 0 && i < events.length && i !== current && tries < NAVIGATION_TRIES; i += direction, tries++) {
      const target = plot.revealTransform(events[i], t, this.viewport.limits);
      if (!plot.draws(events[i].id, target ?? t)) continue;
      if (target) this.viewport.transformTo(target, plot.orientation === 'horizontal');
      this.focus(events[i].id);
      break;
    }
    return true;
  }

  /** Where zoom keys and buttons zoom around: the focused event, when it is in view (else the middle). */
  anchor(): number | undefined {
    const event = this.focused === null ? undefined : this.actions.events().find((e) => e.id === this.focused);
    const base = this.viewport.scale;
    if (!event || !base) return undefined;
    const x = this.viewport.transform.applyX(base((event.t0 + event.t1) / 2));
    const [left, right] = base.range();
    return x >= left && x <= right ? x : undefined;
  }

  private showTip(target: SVGGElement): void {
    const x = Number(target.dataset.x);
    const id = target.dataset.id;
    if (!id) return;
    this.tip = { id, x: this.actions.rtl() ? this.actions.width() - x : x, y: Number(target.dataset.y) };
    this.host.requestUpdate();
  }
}
