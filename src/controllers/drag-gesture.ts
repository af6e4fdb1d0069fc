/**
 * The gestures on the timeline and its animations, loaded on demand (the first paint needs none
 * of them, and they are prefetched when the page is idle): the wheel anywhere on the element
 * (Ctrl/⌘ + wheel zooms around the pointer, a horizontal wheel pans, a plain wheel is the page's
 * and shows a brief hint), drag, pinch and double-click on the plot by d3-zoom along the time axis
 * only, and the brief animation of view changes made by buttons, keys and code. The viewport
 * controller holds the one transform; d3-zoom keeps its copy on the <svg> in step through its own
 * `transform` call, never by hand.
 */
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { select, type Selection } from 'd3-selection';
import { interrupt } from 'd3-transition';
import { ViewTransform } from '../view/transform.js';
import type { ViewportController, ZoomTargets } from './viewport.js';
import { transitionMs } from './motion.js';

/** What the gesture asks of the viewport. */
export type GestureHost = Pick<ViewportController, 'transform' | 'constrain' | 'set' | 'jump' | 'scaleBy' | 'transformTo' | 'userChanged' | 'viewWidth' | 'listening'> & {
  readonly host: { requestUpdate(): void };
};

/** How long the "Ctrl + scroll to zoom" hint stays. */
const HINT_MS = 1500;
/** A wheel gesture ends when no wheel event came for this long. */
const WHEEL_END_MS = 220;

/** Slow in, slow out. */
const easeInOut = (p: number) => (p < 0.5 ? 4 * p * p * p : 1 - (-2 * p + 2) ** 3 / 2);

export interface GestureLimits {
  scaleExtent: [number, number];
  xExtent: [number, number];
  width: number;
}

const d3Transform = (t: { k: number; x: number }): ZoomTransform => zoomIdentity.translate(t.x, 0).scale(t.k);

export class Gesture {
  /** The "Ctrl + scroll to zoom" hint is showing. */
  hint = false;
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private selection?: Selection<SVGSVGElement, unknown, null, undefined>;
  /** The element the wheel is listened to on. */
  private surface?: HTMLElement;
  private programmatic = 0;
  private start = { k: 1, x: 0 };
  private wheelTimer?: ReturnType<typeof setTimeout>;
  private hintTimer?: ReturnType<typeof setTimeout>;
  /** The animation frame of a view change in progress. */
  private tweenFrame?: number;
  /** A one-finger touch's direction, once it is known: vertical drags belong to the page. */
  private touchAxis: 'x' | 'y' | undefined;
  private touchStart?: { x: number; y: number };

  constructor(private readonly host: GestureHost) {
    this.behavior = zoom<SVGSVGElement, unknown>()
      // Wheel is the viewport's (plain wheel must scroll the page); secondary buttons never zoom.
      .filter((event: Event) => event.type !== 'wheel' && !(event as MouseEvent).button)
      .constrain((t) => d3Transform(this.host.constrain(t)))
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => this.host.set(event.transform, Boolean(event.sourceEvent) && this.programmatic === 0))
      .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.start = this.host.transform;
        if (event.sourceEvent && this.programmatic === 0) this.stopTween();
      })
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const now = this.host.transform;
        const moved = now.k !== this.start.k || now.x !== this.start.x;
        if (event.sourceEvent && this.programmatic === 0 && moved) this.host.userChanged();
      });
  }

  /** The <svg> the gesture listens on, if any. */
  get target(): SVGSVGElement | undefined {
    return this.selection?.node() ?? undefined;
  }

  /** Listens where the element draws now: the wheel on the surface, the rest on the plot's <svg> (horizontal only). */
  attach(targets: ZoomTargets, limits: GestureLimits): void {
    if (this.surface !== targets.surface) {
      this.surface?.removeEventListener('wheel', this.onWheel);
      this.surface = targets.surface;
      this.surface.addEventListener('wheel', this.onWheel, { passive: false });
    }
    const svg = targets.svg;
    if (!svg) return this.detachSvg();
    if (this.selection?.node() === svg) return;
    this.detachSvg();
    this.selection = select(svg);
    this.selection.call(this.behavior);
    // Vertical one-finger drags scroll the page; horizontal drags and pinches reach d3-zoom.
    svg.style.touchAction = 'pan-y';
    svg.addEventListener('touchstart', this.onTouchStart, { capture: true, passive: true });
    svg.addEventListener('touchmove', this.onTouchMove, { capture: true, passive: true });
    this.setLimits(limits);
    this.jumpTo(this.host.transform);
  }

  /** Stops listening, and every timer and animation. */
  detach(): void {
    this.surface?.removeEventListener('wheel', this.onWheel);
    this.surface = undefined;
    clearTimeout(this.wheelTimer);
    clearTimeout(this.hintTimer);
    this.hint = false;
    this.stopTween();
    this.detachSvg();
  }

  private detachSvg(): void {
    if (!this.selection) return;
    const svg = this.selection.node()!;
    svg.removeEventListener('touchstart', this.onTouchStart, { capture: true });
    svg.removeEventListener('touchmove', this.onTouchMove, { capture: true });
    interrupt(svg); // a double-click's zoom transition in flight
    this.selection.on('.zoom', null);
    this.selection = undefined;
  }

  setLimits(limits: GestureLimits): void {
    this.behavior
      .scaleExtent(limits.scaleExtent)
      .extent([
        [0, 0],
        [limits.width, 100],
      ])
      .translateExtent([
        [limits.xExtent[0], -Infinity],
        [limits.xExtent[1], Infinity],
      ]);
  }

  /** Sets d3-zoom's copy of the transform (without a listening <svg>, there is none to set). */
  jumpTo(t: { k: number; x: number }): void {
    const selection = this.selection;
    if (!selection) return;
    this.programmatic++;
    try {
      this.behavior.transform(selection, d3Transform(t));
    } finally {
      this.programmatic--;
    }
  }

  /** Animates the view: the window's edges move from the old to the new, slow in, slow out. */
  tween(from: ViewTransform, to: ViewTransform, width: number): void {
    this.stopTween();
    const [a0, a1] = [from.invertX(0), from.invertX(width)];
    const [b0, b1] = [to.invertX(0), to.invertX(width)];
    const start = performance.now();
    const duration = transitionMs();
    const step = (now: number) => {
      const p = Math.min(1, (now - start) / duration);
      if (p >= 1) {
        this.tweenFrame = undefined;
        return this.host.jump(to);
      }
      const e = easeInOut(p);
      const w0 = a0 + (b0 - a0) * e;
      const k = width / (a1 + (b1 - a1) * e - w0);
      this.host.jump(new ViewTransform(k, -w0 * k));
      this.tweenFrame = requestAnimationFrame(step);
    };
    this.tweenFrame = requestAnimationFrame(step);
  }

  stopTween(): void {
    if (this.tweenFrame !== undefined) cancelAnimationFrame(this.tweenFrame);
    this.tweenFrame = undefined;
  }

  /** Ctrl/⌘ + wheel zooms around the pointer, a horizontal wheel pans, a plain one is the page's. */
  private onWheel = (event: WheelEvent): void => {
    const targets = this.host.listening;
    if (!targets) return;
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this.host.viewWidth : 1;
    const dx = event.deltaX * unit * (targets.mirrored ? -1 : 1);
    const dy = event.deltaY * unit;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      // Trackpad pinches arrive as ctrl+wheel with small deltas; mouse wheels with ±100.
      this.host.scaleBy(2 ** (-dy * 0.003), targets.anchorAt(event.clientX, event.clientY), false, true);
      this.wheelEnd();
    } else if (targets.wheelPans && Math.abs(dx) > Math.abs(dy)) {
      event.preventDefault();
      const t = this.host.transform;
      this.host.transformTo({ k: t.k, x: t.x - dx }, false, true);
      this.wheelEnd();
    } else if (targets.hint && dy !== 0) {
      this.showHint();
    }
  };

  private wheelEnd(): void {
    clearTimeout(this.wheelTimer);
    this.wheelTimer = setTimeout(() => this.host.userChanged(), WHEEL_END_MS);
  }

  private showHint(): void {
    this.hint = true;
    this.host.host.requestUpdate();
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => {
      this.hint = false;
      this.host.host.requestUpdate();
    }, HINT_MS);
  }

  private onTouchStart = (event: TouchEvent): void => {
    const touch = event.touches[0];
    this.touchAxis = undefined;
    this.touchStart = event.touches.length === 1 ? { x: touch.clientX, y: touch.clientY } : undefined;
  };

  /**
   * Keeps a one-finger vertical drag away from d3-zoom (which would cancel the page's scroll):
   * the browser scrolls the page (touch-action: pan-y). Horizontal drags and pinches go on to it.
   */
  private onTouchMove = (event: TouchEvent): void => {
    if (event.touches.length !== 1 || !this.touchStart) {
      this.touchAxis = undefined;
      return;
    }
    if (this.touchAxis === undefined) {
      const touch = event.touches[0];
      const dx = Math.abs(touch.clientX - this.touchStart.x);
      const dy = Math.abs(touch.clientY - this.touchStart.y);
      if (dx < 4 && dy < 4) return;
      this.touchAxis = dy > dx ? 'y' : 'x';
    }
    if (this.touchAxis === 'y') event.stopImmediatePropagation();
  };
}
