/**
 * The drag, pinch and double-click gesture, by d3-zoom, along the time axis only. Loaded on
 * demand: the first paint does not need it. The viewport controller holds the one transform;
 * d3-zoom keeps its copy on the <svg> in step through its own `transform` call, never by hand.
 * Wheel events and animated view changes are the viewport's (a plain wheel scrolls the page).
 */
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { select, type Selection } from 'd3-selection';
import { interrupt } from 'd3-transition';

/** What the gesture asks of the viewport. */
export interface GestureHost {
  /** The current transform. */
  current(): { k: number; x: number };
  /** Keeps a wished transform within the limits. */
  constrain(t: { k: number; x: number }): { k: number; x: number };
  /** The transform moved: by the user's gesture, or as asked by the viewport. */
  set(t: { k: number; x: number }, byGesture: boolean): void;
  /** A user gesture (drag, pinch, double-click) began: any animation of the view stops. */
  onGestureStart(): void;
  /** A user gesture (drag, pinch, double-click) ended and moved the view. */
  onGestureEnd(): void;
}

export interface GestureLimits {
  scaleExtent: [number, number];
  xExtent: [number, number];
  width: number;
}

const d3Transform = (t: { k: number; x: number }): ZoomTransform => zoomIdentity.translate(t.x, 0).scale(t.k);

export class DragGesture {
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private selection?: Selection<SVGSVGElement, unknown, null, undefined>;
  private programmatic = 0;
  private start = { k: 1, x: 0 };
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
        this.start = this.host.current();
        if (event.sourceEvent && this.programmatic === 0) this.host.onGestureStart();
      })
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const now = this.host.current();
        const moved = now.k !== this.start.k || now.x !== this.start.x;
        if (event.sourceEvent && this.programmatic === 0 && moved) this.host.onGestureEnd();
      });
  }

  /** The <svg> the gesture listens on, if any. */
  get target(): SVGSVGElement | undefined {
    return this.selection?.node() ?? undefined;
  }

  /** Listens on an <svg> (again when the element re-created it); keeps the transform. */
  attach(svg: SVGSVGElement, limits: GestureLimits): void {
    if (this.selection?.node() === svg) return;
    this.detach();
    this.selection = select(svg);
    this.selection.call(this.behavior);
    // Vertical one-finger drags scroll the page; horizontal drags and pinches reach d3-zoom.
    svg.style.touchAction = 'pan-y';
    svg.addEventListener('touchstart', this.onTouchStart, { capture: true, passive: true });
    svg.addEventListener('touchmove', this.onTouchMove, { capture: true, passive: true });
    this.setLimits(limits);
    this.jumpTo(this.host.current());
  }

  detach(): void {
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
