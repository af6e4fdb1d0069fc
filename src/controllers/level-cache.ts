import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { levelFor, type LevelLayout } from '../layout/zoom-levels.js';

/** Datasets at least this large lay out new zoom levels between gestures instead of in the frame. */
const ASYNC_LAYOUT_FROM = 3000;
/** How long a gesture must pause before a large dataset is laid out at the new zoom level. */
const LAYOUT_PAUSE_MS = 160;
/** Levels kept. */
const MAX_LEVELS = 8;

/**
 * The horizontal layout per zoom level (steps of √2), cached. Small datasets lay out a missing
 * level at once; large ones use the finest cached level at or below the zoom factor (free of
 * overlaps there, see `layout/zoom-levels.ts`) and lay out the right one once the gesture pauses,
 * one level per task, then ask for an update.
 */
export class LevelCache implements ReactiveController {
  private readonly levels = new Map<number, LevelLayout>();
  private readonly pending = new Set<number>();
  private timer?: ReturnType<typeof setTimeout>;
  private compute?: (level: number) => LevelLayout;
  private large = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Forgets every level: new data, width or sizes. `compute` lays out one level. */
  reset(compute: (level: number) => LevelLayout, eventCount: number): void {
    this.clear();
    this.compute = compute;
    this.large = eventCount >= ASYNC_LAYOUT_FROM;
  }

  /** The layout to draw at zoom factor k. */
  readonly layoutFor = (k: number): LevelLayout => {
    const level = levelFor(k);
    const cached = this.levels.get(level);
    if (cached) return cached;
    if (this.large) {
      let usable: LevelLayout | undefined;
      for (const l of this.levels.values()) if (l.level <= k && (!usable || l.level > usable.level)) usable = l;
      if (usable) {
        this.schedule(level);
        return usable;
      }
    }
    return this.make(level);
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
    // Zooming out needs the next coarser level at once: prepare it between frames.
    if (this.large) this.schedule(levelFor(level / Math.SQRT2));
    return layout;
  }

  private schedule(level: number): void {
    // A server renders once: no level is laid out for later.
    if (isServer || this.levels.has(level) || this.pending.has(level)) return;
    this.pending.add(level);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      for (const l of [...this.pending].sort((a, b) => b - a)) {
        this.pending.delete(l);
        if (!this.levels.has(l) && this.compute) {
          this.make(l);
          this.host.requestUpdate();
          break; // one level per task; the rest follow in the next
        }
      }
      if (this.pending.size) this.schedule([...this.pending][0]);
    }, LAYOUT_PAUSE_MS);
  }
}
