import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { select, type Selection } from 'd3-selection';
import 'd3-transition';

/** What the zoom controller tells its host. */
export interface ZoomHost {
  /** The transform changed (every frame of a gesture or transition). */
  onTransform(transform: ZoomTransform): void;
  /** A user gesture (drag, wheel, pinch, double-click, key, button) came to its end. */
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
  /** Height of the zoomable area (for d3-zoom's extent). */
  height: number;
  /** Width of the viewport. */
  width: number;
}

const WHEEL_END_MS = 220;
const ANIMATION_MS = 250;

/**
 * The zoom gesture, by d3-zoom, along the time axis only: it owns the d3-zoom behaviour on the
 * element's <svg> and keeps the transform; the element draws. Plain vertical wheel scrolls the
 * page; Ctrl/⌘ + wheel zooms around the pointer; horizontal wheel pans; drag pans; pinch zooms;
 * a one-finger vertical drag scrolls the page (touch-action: pan-y).
 */
export class ZoomController {
  transform: ZoomTransform = zoomIdentity;
  /**
   * The <svg> is drawn mirrored (right-to-left, CSS `scaleX(-1)`): wheel positions and horizontal
   * wheel deltas are flipped. d3-zoom's own pointer maths follow the mirror through getScreenCTM.
   */
  mirrored = false;
  private behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private selection?: Selection<SVGSVGElement, unknown, null, undefined>;
  private limits: ZoomLimits = { scaleExtent: [1, 1], xExtent: [0, 1], height: 1, width: 1 };
  private wheelTimer?: ReturnType<typeof setTimeout>;
  private programmatic = 0;
  private startTransform: ZoomTransform = zoomIdentity;
  /** A one-finger touch's direction, once it is known: vertical drags belong to the page. */
  private touchAxis: 'x' | 'y' | undefined;
  private touchStart?: { x: number; y: number };

  constructor(private readonly host: ZoomHost) {
    this.behavior = zoom<SVGSVGElement, unknown>()
      // Wheel is handled here (plain wheel must scroll the page); secondary buttons never zoom.
      .filter((event: Event) => event.type !== 'wheel' && !(event as MouseEvent).button)
      .constrain((t, extent, translateExtent) => this.constrain(t, extent, translateExtent))
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.transform = event.transform;
        this.host.onTransform(event.transform);
      })
      .on('start', () => {
        this.startTransform = this.transform;
      })
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const moved = this.transform.k !== this.startTransform.k || this.transform.x !== this.startTransform.x;
        if (event.sourceEvent && this.programmatic === 0 && moved) this.host.onGestureEnd();
      });
  }

  /** Attaches to an <svg> (again when the element re-created it); keeps the transform. */
  attach(svg: SVGSVGElement): void {
    if (this.selection?.node() === svg) return;
    this.detach();
    this.selection = select(svg);
    this.selection.call(this.behavior);
    // Vertical one-finger drags scroll the page; horizontal drags and pinches reach d3-zoom.
    svg.style.touchAction = 'pan-y';
    svg.addEventListener('wheel', this.onWheel, { passive: false });
    svg.addEventListener('touchstart', this.onTouchStart, { capture: true, passive: true });
    svg.addEventListener('touchmove', this.onTouchMove, { capture: true, passive: true });
    this.applyLimits();
    // Hand d3-zoom the current transform without a 'zoom' event (nothing changed).
    (svg as SVGSVGElement & { __zoom: ZoomTransform }).__zoom = this.transform;
  }

  /** Removes every listener from the <svg>. */
  detach(): void {
    if (!this.selection) return;
    const svg = this.selection.node()!;
    svg.removeEventListener('wheel', this.onWheel);
    svg.removeEventListener('touchstart', this.onTouchStart, { capture: true });
    svg.removeEventListener('touchmove', this.onTouchMove, { capture: true });
    this.selection.interrupt();
    this.selection.on('.zoom', null);
    this.selection = undefined;
    clearTimeout(this.wheelTimer);
  }

  /** Sets the limits (after a new layout or resize) and pulls the transform inside them. */
  setLimits(limits: ZoomLimits): void {
    this.limits = limits;
    this.applyLimits();
    const fixed = this.constrain(this.transform, this.extent(), this.translateExtent());
    if (fixed.k !== this.transform.k || fixed.x !== this.transform.x) {
      this.transform = fixed;
      if (this.selection) this.runProgrammatic(() => this.behavior.transform(this.selection!, fixed));
    }
  }

  /** Zooms by a factor around an x position (default: the middle). */
  scaleBy(factor: number, x = this.limits.width / 2, animate = true): void {
    const k = this.clampK(this.transform.k * factor);
    const base = (x - this.transform.x) / this.transform.k;
    this.transformTo(zoomIdentity.translate(x - base * k, 0).scale(k), animate);
  }

  /** Pans by dx pixels (positive: content moves right, earlier times come into view). */
  panBy(dx: number, animate = true): void {
    this.transformTo(zoomIdentity.translate(this.transform.x + dx, 0).scale(this.transform.k), animate);
  }

  /** Shows the base-pixel range [x0, x1] across the viewport [left, right]. */
  showRange(x0: number, x1: number, left: number, right: number, animate = true): void {
    const k = this.clampK((right - left) / Math.max(1e-9, x1 - x0));
    const mid = (x0 + x1) / 2;
    this.transformTo(zoomIdentity.translate((left + right) / 2 - mid * k, 0).scale(k), animate);
  }

  /** Sets a transform, within the limits, animated unless reduced motion is asked for. */
  transformTo(target: ZoomTransform, animate = true): void {
    const t = this.constrain(target, this.extent(), this.translateExtent());
    if (!this.selection) {
      this.transform = t;
      this.host.onTransform(t);
      return;
    }
    const selection = this.selection;
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

  private runProgrammatic(fn: () => void): void {
    this.programmatic++;
    try {
      fn();
    } finally {
      this.programmatic--;
    }
  }

  private onWheel = (event: WheelEvent): void => {
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this.limits.width : 1;
    const dx = event.deltaX * unit * (this.mirrored ? -1 : 1);
    const dy = event.deltaY * unit;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      const rect = (event.currentTarget as Element).getBoundingClientRect();
      // Trackpad pinches arrive as ctrl+wheel with small deltas; mouse wheels with ±100.
      const x = event.clientX - rect.left;
      this.scaleBy(2 ** (-dy * 0.003), this.mirrored ? rect.width - x : x, false);
      this.wheelEnd();
    } else if (Math.abs(dx) > Math.abs(dy)) {
      event.preventDefault();
      this.panBy(-dx, false);
      this.wheelEnd();
    } else if (dy !== 0) {
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

  private extent(): [[number, number], [number, number]] {
    return [
      [0, 0],
      [this.limits.width, this.limits.height],
    ];
  }

  private translateExtent(): [[number, number], [number, number]] {
    return [
      [this.limits.xExtent[0], -Infinity],
      [this.limits.xExtent[1], Infinity],
    ];
  }

  private applyLimits(): void {
    this.behavior
      .scaleExtent(this.limits.scaleExtent)
      .extent(this.extent())
      .translateExtent(this.translateExtent());
  }

  /** Keeps y at 0, k within its limits and the x range inside the pannable extent. */
  private constrain(t: ZoomTransform, extent: [[number, number], [number, number]], translateExtent: [[number, number], [number, number]]): ZoomTransform {
    const k = this.clampK(t.k);
    const [vx0, vx1] = [extent[0][0], extent[1][0]];
    const [ex0, ex1] = [translateExtent[0][0], translateExtent[1][0]];
    // The view in base pixels is [(vx0 - x) / k, (vx1 - x) / k]; keep it within [ex0, ex1],
    // or centred on it when the view is wider than the extent.
    let x = t.x;
    const viewWidth = (vx1 - vx0) / k;
    if (viewWidth >= ex1 - ex0) x = (vx0 + vx1) / 2 - ((ex0 + ex1) / 2) * k;
    else x = Math.min(vx0 - ex0 * k, Math.max(vx1 - ex1 * k, x));
    return zoomIdentity.translate(x, 0).scale(k);
  }
}

/** True when the user asked for reduced motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
