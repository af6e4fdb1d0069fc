import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../model/types.js';
import type { FrameCluster, Plot } from '../view/frame.js';
import type { ViewportController } from './viewport.js';
import { onDemand } from './on-demand.js';

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
  /** The "+N" marks of the current frame (stops of the arrow keys). */
  clusters(): readonly FrameCluster[];
  /** Closes the details panel (Escape). */
  closeDetails(): void;
}

interface FocusHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The keys the plot handles (see keys.ts). */
const PLOT_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Enter', ' ', '+', '=', '-', '_', '0']);

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
    readonly viewport: ViewportController,
    readonly actions: FocusActions,
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

  /**
   * The plot's keys (see keys.ts, loaded on demand a moment after the first paint). A key pressed
   * before that module has come is kept from the page and handled once it has.
   */
  readonly onKeyDown = (e: KeyboardEvent): void => {
    const keys = onDemand.keys.loaded;
    if (keys) return keys.routeKey(this, e);
    if (!e.altKey && !e.ctrlKey && !e.metaKey && PLOT_KEYS.has(e.key)) e.preventDefault();
    onDemand.keys.use(this.host, (module) => module.routeKey(this, e));
  };

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
