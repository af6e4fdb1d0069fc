import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { levelFor, type LevelLayout } from '../layout/zoom-levels.js';

/**
 * Datasets at least this large lay out new zoom levels between gestures instead of in the frame:
 * from about a thousand events a level's layout costs most of a frame on a slow machine.
 */
const ASYNC_LAYOUT_FROM = 1000;
/** How long a gesture must pause before a large dataset is laid out at the new zoom level. */
const LAYOUT_PAUSE_MS = 160;
/** Levels kept. */
const MAX_LEVELS = 8;

/**
 * The horizontal layout per zoom level (steps of √2), cached. Small datasets lay out a missing
 * level at once; large ones use the finest cached level at or below the zoom factor (free of
 * overlaps there, see `layout/zoom-levels.ts`) and lay out the right one once the gesture pauses,
 * one level per task, then ask for an update; the next coarser level is prepared the same way.
 */
export class LevelCache implements ReactiveController {
  private readonly levels = new Map<number, LevelLayout>();
  private readonly pending = new Set<number>();
  private timer?: ReturnType<typeof setTimeout>;
  private compute?: (level: number) => LevelLayout;
  private large = false;

  /** The coarsest level the view can reach (zoomed out as far as it goes). */
  private coarsest = 0;

  constructor(private readonly host: ReactiveControllerHost & { readonly isConnected: boolean }) {
    host.addController(this);
  }

  /** Forgets every level: new data, width or sizes. `compute` lays out one level; `minK` is the least zoom factor. */
  reset(compute: (level: number) => LevelLayout, eventCount: number, minK = 1): void {
    this.clear();
    this.compute = compute;
    this.large = eventCount >= ASYNC_LAYOUT_FROM;
    this.coarsest = levelFor(minK);
  }

  /** The layout to draw at zoom factor k. */
  readonly layoutFor = (k: number): LevelLayout => {
    const level = levelFor(k);
    let layout = this.levels.get(level);
    if (!layout && this.large) {
      for (const l of this.levels.values()) if (l.level <= k && (!layout || l.level > layout.level)) layout = l;
      if (layout) this.schedule(level);
    }
    layout ??= this.make(level);
    // Zooming out needs the next coarser level at once: prepare it between frames.
    const coarser = levelFor(level / Math.SQRT2);
    if (this.large && coarser >= this.coarsest) this.schedule(coarser);
    return layout;
  };

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.pending.clear();
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.levels.clear();
    this.pending.clear();
  }

  private make(level: number): LevelLayout {
    const layout = this.compute!(level);
    if (this.levels.size >= MAX_LEVELS) this.levels.delete(this.levels.keys().next().value!);
    this.levels.set(level, layout);
    return layout;
  }

  /** Lays out a level once the gesture pauses (never for a timeline that is not on the page). */
  private schedule(level: number): void {
    // A server renders once: no level is laid out for later (nor for a timeline that is not on the page).
    if (isServer || this.levels.has(level) || this.pending.has(level) || !this.host.isConnected) return;
    this.pending.add(level);
    this.arm();
  }

  /** (Re)starts the pause: the finest pending level is laid out when it ends, the rest in later tasks. */
  private arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      for (const l of [...this.pending].sort((a, b) => b - a)) {
        this.pending.delete(l);
        if (!this.levels.has(l) && this.compute) {
          this.make(l);
          this.host.requestUpdate();
          break; // one level per task
        }
      }
      if (this.pending.size && this.host.isConnected) this.arm();
    }, LAYOUT_PAUSE_MS);
  }
}
