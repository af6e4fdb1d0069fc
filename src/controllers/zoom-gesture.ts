import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { prefersReducedMotion } from './motion.js';

/** What the zoom gesture tells its owner. */
export interface ZoomGestureHost {
  /** The transform changed (every frame of a gesture or transition). */
  onTransform(transform: ZoomTransform): void;
  /** A user gesture (drag, wheel, pinch, double-click) came to its end and moved the view. */
  onGestureEnd(): void;
  /** A plain vertical wheel went to the page: a hint that Ctrl/⌘ + wheel zooms may be shown. */
  onScrollHint(): void;
}

/** The limits of the view, in the base scale's pixels. */
export interface ZoomLimits {
  /** Smallest and largest zoom factor. */
  scaleExtent: [number, number];
  /** Left and right bound of what may be panned into view. */
  xExtent: [number, number];
  /** Width of the viewport. */
  width: number;
}

/** Where the gesture listens. */
export interface ZoomTargets {
  /** Wheel events anywhere on this element zoom (Ctrl/⌘) or pan (horizontal wheel). */
  surface: HTMLElement;
  /** Drag, pinch and double-click on this <svg> (d3-zoom); none when absent (the page scrolls). */
  svg?: SVGSVGElement;
  /** The zoom's x coordinate at a pointer position (client coordinates), or undefined off the plot. */
  anchorAt(clientX: number, clientY: number): number | undefined;
  /** A horizontal wheel pans (the horizontal plot). */
  wheelPans: boolean;
  /** A plain vertical wheel (which scrolls the page) shows the "Ctrl + scroll to zoom" hint. */
  hint: boolean;
  /** The plot is drawn mirrored (right to left, CSS `scaleX(-1)`): horizontal wheel deltas flip. */
  mirrored: boolean;
}

const WHEEL_END_MS = 220;
const ANIMATION_MS = 250;

/**
 * The zoom gesture, by d3-zoom, along the time axis only. It holds the one zoom transform (d3-zoom
 * keeps its copy on the <svg> in step through its own `transform` call, never by hand). Plain
 * vertical wheel scrolls the page; Ctrl/⌘ + wheel zooms around the pointer anywhere on the
 * surface; horizontal wheel pans; drag pans; pinch zooms; a one-finger vertical drag scrolls the
 * page (touch-action: pan-y).
 */
export class ZoomGesture {
  private current: ZoomTransform = zoomIdentity;
  private behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private selection?: Selection<SVGSVGElement, unknown, null, undefined>;
  private targets?: ZoomTargets;
  private limits: ZoomLimits = { scaleExtent: [1, 1], xExtent: [0, 1], width: 1 };
  private wheelTimer?: ReturnType<typeof setTimeout>;
  private programmatic = 0;
  private startTransform: ZoomTransform = zoomIdentity;
  /** A one-finger touch's direction, once it is known: vertical drags belong to the page. */
  private touchAxis: 'x' | 'y' | undefined;
  private touchStart?: { x: number; y: number };

  constructor(private readonly host: ZoomGestureHost) {
    this.behavior = zoom<SVGSVGElement, unknown>()
      // Wheel is handled here (plain wheel must scroll the page); secondary buttons never zoom.
      .filter((event: Event) => event.type !== 'wheel' && !(event as MouseEvent).button)
      .constrain((t) => this.constrain(t))
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => this.set(event.transform))
      .on('start', () => {
        this.startTransform = this.current;
      })
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const moved = this.current.k !== this.startTransform.k || this.current.x !== this.startTransform.x;
        if (event.sourceEvent && this.programmatic === 0 && moved) this.host.onGestureEnd();
      });
  }

  /** The current transform: base pixels to viewport pixels along time. */
  get transform(): ZoomTransform {
    return this.current;
  }

  /** Listens on new targets (again when the element re-created them); keeps the transform. */
  attach(targets: ZoomTargets): void {
    const same = this.targets && this.targets.surface === targets.surface && this.targets.svg === targets.svg;
    if (same) {
      this.targets = targets;
      return;
    }
    this.detach();
    this.targets = targets;
    targets.surface.addEventListener('wheel', this.onWheel, { passive: false });
    const svg = targets.svg;
    if (!svg) return;
    this.selection = select(svg);
    this.selection.call(this.behavior);
    // Vertical one-finger drags scroll the page; horizontal drags and pinches reach d3-zoom.
    svg.style.touchAction = 'pan-y';
    svg.addEventListener('touchstart', this.onTouchStart, { capture: true, passive: true });
    svg.addEventListener('touchmove', this.onTouchMove, { capture: true, passive: true });
    this.applyLimits();
    // Hand d3-zoom the current transform through its own API (no change: nothing is drawn again).
    const selection = this.selection;
    this.runProgrammatic(() => this.behavior.transform(selection, this.current));
  }

  /** Removes every listener. */
  detach(): void {
    clearTimeout(this.wheelTimer);
    this.targets?.surface.removeEventListener('wheel', this.onWheel);
    this.targets = undefined;
    if (!this.selection) return;
    const svg = this.selection.node()!;
    svg.removeEventListener('touchstart', this.onTouchStart, { capture: true });
    svg.removeEventListener('touchmove', this.onTouchMove, { capture: true });
    this.selection.interrupt();
    this.selection.on('.zoom', null);
    this.selection = undefined;
  }

  /** Sets the limits (after a new layout or resize) and pulls the transform inside them. */
  setLimits(limits: ZoomLimits): void {
    this.limits = limits;
    this.applyLimits();
    const fixed = this.constrain(this.current);
    if (fixed.k !== this.current.k || fixed.x !== this.current.x) this.transformTo(fixed, false);
  }

  /** Zooms by a factor around an x position (default: the middle). */
  scaleBy(factor: number, x = this.limits.width / 2, animate = true): void {
    const t = this.current;
    const k = this.clampK(t.k * factor);
    const base = (x - t.x) / t.k;
    this.transformTo(zoomIdentity.translate(x - base * k, 0).scale(k), animate);
  }

  /** Pans by dx pixels (positive: content moves right, earlier times come into view). */
  panBy(dx: number, animate = true): void {
    this.transformTo(zoomIdentity.translate(this.current.x + dx, 0).scale(this.current.k), animate);
  }

  /** The transform that shows the base-pixel range [x0, x1] across the viewport [left, right]. */
  rangeTransform(x0: number, x1: number, left: number, right: number): ZoomTransform {
    const k = this.clampK((right - left) / Math.max(1e-9, x1 - x0));
    const mid = (x0 + x1) / 2;
    return this.constrain(zoomIdentity.translate((left + right) / 2 - mid * k, 0).scale(k));
  }

  /** Sets a transform, within the limits, animated unless reduced motion is asked for. */
  transformTo(target: ZoomTransform, animate = true): void {
    const t = this.constrain(target);
    const selection = this.selection;
    if (!selection) {
      this.set(t);
      return;
    }
    if (animate && !prefersReducedMotion()) {
      this.programmatic++;
      selection
        .transition()
        .duration(ANIMATION_MS)
        .call(this.behavior.transform, t)
        .on('end interrupt', () => {
          this.programmatic = Math.max(0, this.programmatic - 1);
        });
    } else {
      this.runProgrammatic(() => this.behavior.transform(selection, t));
    }
  }

  /** Keeps y at 0, k within its limits and the x range inside the pannable extent. */
  constrain(t: ZoomTransform): ZoomTransform {
    const k = this.clampK(t.k);
    const vx0 = 0;
    const vx1 = this.limits.width;
    const [ex0, ex1] = this.limits.xExtent;
    // The view in base pixels is [(vx0 - x) / k, (vx1 - x) / k]; keep it within [ex0, ex1],
    // or centred on it when the view is wider than the extent.
    let x = t.x;
    if ((vx1 - vx0) / k >= ex1 - ex0) x = (vx0 + vx1) / 2 - ((ex0 + ex1) / 2) * k;
    else x = Math.min(vx0 - ex0 * k, Math.max(vx1 - ex1 * k, x));
    return zoomIdentity.translate(x, 0).scale(k);
  }

  private set(t: ZoomTransform): void {
    if (t.k === this.current.k && t.x === this.current.x) return;
    this.current = t;
    this.host.onTransform(t);
  }

  private runProgrammatic(fn: () => void): void {
    this.programmatic++;
    try {
      fn();
    } finally {
      this.programmatic--;
    }
  }

  private onWheel = (event: WheelEvent): void => {
    const targets = this.targets;
    if (!targets) return;
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this.limits.width : 1;
    const dx = event.deltaX * unit * (targets.mirrored ? -1 : 1);
    const dy = event.deltaY * unit;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      // Trackpad pinches arrive as ctrl+wheel with small deltas; mouse wheels with ±100.
      this.scaleBy(2 ** (-dy * 0.003), targets.anchorAt(event.clientX, event.clientY), false);
      this.wheelEnd();
    } else if (targets.wheelPans && Math.abs(dx) > Math.abs(dy)) {
      event.preventDefault();
      this.panBy(-dx, false);
      this.wheelEnd();
    } else if (targets.hint && dy !== 0) {
      this.host.onScrollHint();
    }
  };

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

  private wheelEnd(): void {
    clearTimeout(this.wheelTimer);
    this.wheelTimer = setTimeout(() => this.host.onGestureEnd(), WHEEL_END_MS);
  }

  private clampK(k: number): number {
    const [min, max] = this.limits.scaleExtent;
    return Math.min(max, Math.max(min, k));
  }

  private applyLimits(): void {
    this.behavior
      .scaleExtent(this.limits.scaleExtent)
      .extent([
        [0, 0],
        [this.limits.width, 100],
      ])
      .translateExtent([
        [this.limits.xExtent[0], -Infinity],
        [this.limits.xExtent[1], Infinity],
      ]);
  }
}
