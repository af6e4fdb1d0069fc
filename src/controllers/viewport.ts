import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../model/types.js';
import type { TimeScale } from '../layout/scale.js';
import { viewLimits } from '../layout/zoom-levels.js';
import type { Precision } from '../time/partial-date.js';
import { isoAtPrecision, precisionForSpan } from '../time/iso.js';
import { parsePartialDate } from '../time/partial-date.js';
import { timelineEvent, type TimelineViewChangeDetail } from '../events.js';
import type { Plot, ViewLimits } from '../view/frame.js';
import { identity, ViewTransform } from '../view/transform.js';
import type { Gesture } from './drag-gesture.js';
import { onDemand } from './on-demand.js';
import { prefersReducedMotion, transitionMs } from './motion.js';

/** A time as the view API takes it: a partial date (its start, or the end of its period), a Date or ms. */
export type TimeInput = string | number | Date;

interface ViewportHost extends ReactiveControllerHost, HTMLElement {
  viewStart: string;
  viewEnd: string;
  readonly hasUpdated: boolean;
}

/** Where the viewport listens. */
export interface ZoomTargets {
  /** Wheel events anywhere on this element zoom (Ctrl/⌘) or pan (horizontal wheel). */
  surface: HTMLElement;
  /** Drag, pinch and double-click on this <svg> (d3-zoom); none when absent (the page scrolls). */
  svg?: SVGSVGElement;
  /** The zoom's x coordinate at a pointer position (client coordinates). */
  anchorAt(clientX: number, clientY: number): number | undefined;
  /** A horizontal wheel pans (the horizontal plot). */
  wheelPans: boolean;
  /** A plain vertical wheel (which scrolls the page) shows the "Ctrl + scroll to zoom" hint. */
  hint: boolean;
  /** The plot is drawn mirrored (right to left, CSS `scaleX(-1)`): horizontal wheel deltas flip. */
  mirrored: boolean;
  /** View changes by buttons, keys and code may animate (the horizontal plot; the vertical one jumps). */
  animates: boolean;
}

/**
 * Where the zoom gesture listens in the element's shadow root: wheel anywhere on the stage, drag
 * and pinch on the horizontal plot (on the vertical one a drag scrolls the page). None before the
 * plot is drawn.
 */
export function zoomTargetsIn(root: ParentNode, plot: Plot | undefined, view: { rtl: boolean; eventCount: number; transform: () => ViewTransform }): ZoomTargets | undefined {
  const surface = root.querySelector<HTMLElement>('.stage');
  const svg = root.querySelector<SVGSVGElement>('svg.plot');
  if (!surface || !svg || !plot) return undefined;
  const horizontal = plot.orientation === 'horizontal';
  return {
    surface,
    svg: horizontal ? svg : undefined,
    wheelPans: horizontal,
    hint: horizontal && (view.transform().k > 1 || view.eventCount >= 2),
    mirrored: view.rtl,
    animates: horizontal,
    anchorAt: (clientX, clientY) => {
      const box = svg.getBoundingClientRect();
      const x = view.rtl ? box.right - clientX : clientX - box.left;
      return plot.zoomAnchor(x, clientY - box.top, view.transform());
    },
  };
}

export interface ViewportOptions {
  /** Where the gesture listens now (none before the plot is drawn). */
  targets(): ZoomTargets | undefined;
  /** Says the new window through the live region (after user gestures only). */
  announce(window: { t0: number; t1: number }): void;
}


/**
 * The visible window: the one zoom transform (held by the d3-zoom gesture), its limits, the
 * `view-start`/`view-end` attributes in both directions, and `timeline-view-change` at the end of
 * each user gesture (never for changes made from code). Also the wheel and its hint.
 */
export class ViewportController implements ReactiveController {
  private current: ViewTransform = identity;
  /** The wheel, drag, pinch, double-click and animations, once their module has loaded. */
  private gesture?: Gesture;
  private targets?: ZoomTargets;
  private base?: TimeScale;
  private scaleExtent: [number, number] = [1, 1];
  private xExtent: [number, number] = [0, 1];
  private maxK = 1;
  private width = 0;
  /** The animation frame that draws a gesture's latest transform. */
  private drawFrame?: number;
  /** The window last written to view-start/view-end by a gesture: not applied back. */
  private reflected?: { start: string; end: string };
  private settleTimer?: ReturnType<typeof setTimeout>;

  constructor(
    readonly host: ViewportHost,
    private readonly options: ViewportOptions,
  ) {
    host.addController(this);
  }

  /** The one zoom transform. */
  get transform(): ViewTransform {
    return this.current;
  }

  /** The largest zoom factor and the transform the view would really take for a wish. */
  get limits(): ViewLimits {
    return { maxK: this.maxK, constrain: (t) => this.constrain(t) };
  }

  /** The zoom's base scale (the data's extent across the width), once the width is known. */
  get scale(): TimeScale | undefined {
    return this.base;
  }

  /**
   * A new base scale (new data, width or sizes) and the limits it implies. With `keepWindow`
   * (only the width changed) the same time window stays in view; otherwise `view-start` and
   * `view-end` are applied, if set.
   */
  setBase(base: TimeScale | undefined, finest: Precision, width: number, keepWindow: boolean): void {
    const before = keepWindow ? this.window() : null;
    this.base = base;
    this.width = width;
    if (!base) return;
    ({ scaleExtent: this.scaleExtent, xExtent: this.xExtent } = viewLimits(finest, base, width));
    this.maxK = this.scaleExtent[1];
    this.gesture?.setLimits(this.gestureLimits());
    const fixed = this.constrain(this.current);
    if (!fixed.equals(this.current)) this.transformTo(fixed, false);
    if (before) this.showTimes(before.start.getTime(), before.end.getTime(), false);
    else this.applyAttributes();
  }

  /** Shows the window the host's `view-start`/`view-end` name (unless a gesture just wrote them). */
  applyAttributes(): void {
    const { viewStart, viewEnd } = this.host;
    if (!this.base || (!viewStart && !viewEnd)) return;
    if (this.reflected && this.reflected.start === viewStart && this.reflected.end === viewEnd) return;
    const [d0, d1] = this.base.domain().map((d) => d.getTime());
    const t0 = (viewStart ? toTime(viewStart, 'start') : undefined) ?? d0;
    const t1 = (viewEnd ? toTime(viewEnd, 'end') : undefined) ?? d1;
    this.showTimes(Math.min(t0, t1), Math.max(t0, t1), false);
  }

  /** The time window now visible, from the start to the end edge of the plot. */
  window(): { start: Date; end: Date } | null {
    if (!this.base) return null;
    const scale = this.transform.rescaleX(this.base);
    const [left, right] = this.base.range();
    return { start: scale.invert(left), end: scale.invert(right) };
  }

  /** Shows the window from t0 to t1 (ms). */
  showTimes(t0: number, t1: number, animate: boolean): void {
    const base = this.base;
    if (!base) return;
    const [left, right] = base.range();
    this.transformTo(this.rangeTransform(base(t0), base(Math.max(t1, t0 + 1)), left, right), animate);
  }

  /** Brings an event into view, as the plot's orientation does it (pan, or zoom in out of a cluster). */
  reveal(plot: Plot, event: TimelineEvent, animate: boolean): void {
    const target = plot.revealTransform(event, this.transform, this.limits);
    if (target) this.transformTo(target, animate);
  }

  /** Sets a transform within the limits, in a brief animation unless reduced motion is asked for. */
  transformTo(target: { k: number; x: number }, animate: boolean, byGesture = false): void {
    const t = this.constrain(target);
    this.stopTween();
    // Animated by the gesture's module once it is there (the first paint jumps).
    if (animate && this.gesture && this.targets?.animates && !prefersReducedMotion() && !t.equals(this.current)) this.gesture.tween(this.current, t, this.width);
    else this.jump(t, byGesture);
  }

  /** Sets the transform at once (and d3-zoom's copy, once the gesture listens: its echo changes nothing). */
  jump(t: ViewTransform, byGesture = false): void {
    this.set(t, byGesture);
    this.gesture?.jumpTo(t);
  }

  private stopTween(): void {
    this.gesture?.stopTween();
  }

  /** Shows all events. */
  fit(animate: boolean): void {
    this.transformTo(identity, animate);
  }

  /** Keeps y at 0, k within its limits and the view inside the pannable extent (or centred on it). */
  constrain(t: { k: number; x: number }): ViewTransform {
    const k = this.clampK(t.k);
    const [ex0, ex1] = this.xExtent;
    // The view in base pixels is [-x / k, (width - x) / k]; keep it within [ex0, ex1].
    const x = this.width / k >= ex1 - ex0 ? this.width / 2 - ((ex0 + ex1) / 2) * k : Math.min(-ex0 * k, Math.max(this.width - ex1 * k, t.x));
    return new ViewTransform(k, x);
  }

  /** The transform that shows the base-pixel range [x0, x1] across the viewport [left, right]. */
  private rangeTransform(x0: number, x1: number, left: number, right: number): ViewTransform {
    const k = this.clampK((right - left) / Math.max(1e-9, x1 - x0));
    return this.constrain({ k, x: (left + right) / 2 - ((x0 + x1) / 2) * k });
  }

  private clampK(k: number): number {
    return Math.min(this.scaleExtent[1], Math.max(this.scaleExtent[0], k));
  }

  /**
   * The one place the transform changes. A gesture's changes are drawn once per animation frame
   * (wheel and pointer events can come faster than frames); others at once.
   */
  set(t: { k: number; x: number }, byGesture = false): void {
    if (t.k === this.current.k && t.x === this.current.x) return;
    this.current = t instanceof ViewTransform ? t : new ViewTransform(t.k, t.x);
    if (!byGesture) this.host.requestUpdate();
    else
      this.drawFrame ??= requestAnimationFrame(() => {
        this.drawFrame = undefined;
        this.host.requestUpdate();
      });
  }

  // ---- user actions by buttons and keys: the view changes, then the page is told ----------------

  /** Zooms by a factor around an x position of the zoom (default: the middle). */
  readonly zoomBy = (factor: number, anchor?: number): void => {
    this.scaleBy(factor, anchor, true);
    this.userChangedAfterTransition();
  };

  /** Pans by a fraction of the width (positive: earlier times come into view). */
  readonly panBy = (fraction: number, animate = true): void => {
    this.transformTo({ k: this.current.k, x: this.current.x + fraction * this.width }, animate);
    this.userChangedAfterTransition();
  };

  /** Zooms by a factor around an x position of the view (default: the middle). */
  scaleBy(factor: number, x = this.width / 2, animate: boolean, byGesture = false): void {
    const t = this.current;
    const k = this.clampK(t.k * factor);
    this.transformTo({ k, x: x - t.invertX(x) * k }, animate, byGesture);
  }

  readonly fitByUser = (): void => {
    this.fit(true);
    this.userChangedAfterTransition();
  };

  /** Zooms to the times t0…t1 with a little room around (a "+N" cluster), as the user asked. */
  zoomToByUser(t0: number, t1: number, animate: boolean): void {
    const pad = Math.max((t1 - t0) * 0.1, 1);
    this.showTimes(t0 - pad, t1 + pad, animate);
    this.userChangedAfterTransition();
  }

  // ---- the overview brush --------------------------------------------------------------------

  /** The visible window in overview (base) pixels. */
  brushRange(): [number, number] {
    const t = this.transform;
    const [left, right] = this.base?.range() ?? [0, this.width];
    return [(left - t.x) / t.k, (right - t.x) / t.k];
  }

  /** Shows the base-pixel range [x0, x1] (the overview's coordinates) across the view. */
  showBaseRange(x0: number, x1: number, animate: boolean): void {
    const [left, right] = this.base!.range();
    this.transformTo(this.rangeTransform(x0, x1, left, right), animate);
  }

  /** The plot is drawn mirrored (right to left): the overview is too. */
  get mirrored(): boolean {
    return this.targets?.mirrored ?? false;
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  hostConnected(): void {
    if (this.host.hasUpdated) this.attach();
  }

  hostUpdated(): void {
    this.attach();
  }

  hostDisconnected(): void {
    this.detach();
    clearTimeout(this.settleTimer);
    if (this.drawFrame !== undefined) cancelAnimationFrame(this.drawFrame);
    this.drawFrame = undefined;
  }

  /** The "Ctrl + scroll to zoom" hint is showing. */
  get hint(): boolean {
    return this.gesture?.hint ?? false;
  }

  /** The width of the view. */
  get viewWidth(): number {
    return this.width;
  }

  /** Where the gesture listens now. */
  get listening(): ZoomTargets | undefined {
    return this.targets;
  }

  /**
   * Listens where the element now draws (after each render): the wheel on the surface, drag, pinch
   * and double-click on the plot. That is the gesture's module, which the first paint does not
   * need: it arrives a moment later (prefetched when the page is idle).
   */
  private attach(): void {
    const targets = this.host.isConnected ? this.options.targets() : undefined;
    if (!targets) return this.detach();
    this.targets = targets;
    if (this.gesture) return this.gesture.attach(targets, this.gestureLimits());
    onDemand.gesture.use(this.host, ({ Gesture }) => {
      this.gesture ??= new Gesture(this);
      if (this.targets && this.host.isConnected) this.gesture.attach(this.targets, this.gestureLimits());
    });
  }

  private detach(): void {
    this.targets = undefined;
    this.gesture?.detach();
  }

  private gestureLimits() {
    return { scaleExtent: this.scaleExtent, xExtent: this.xExtent, width: this.width };
  }

  /** After a user gesture: reflect the window in view-start/view-end and tell the page. */
  userChanged(): void {
    const window = this.window();
    if (!window) return;
    const t0 = window.start.getTime();
    const t1 = window.end.getTime();
    const precision = precisionForSpan(t1 - t0);
    const start = isoAtPrecision(t0, precision);
    const end = isoAtPrecision(t1, precision);
    this.reflected = { start, end };
    this.host.viewStart = start;
    this.host.viewEnd = end;
    this.options.announce({ t0, t1 });
    this.host.dispatchEvent(timelineEvent<TimelineViewChangeDetail>('timeline-view-change', { start, end }));
  }

  /** Buttons and keys animate the view: the page hears of the window once the transition ends. */
  userChangedAfterTransition(): void {
    clearTimeout(this.settleTimer);
    const ms = transitionMs();
    this.settleTimer = setTimeout(() => this.host.isConnected && this.userChanged(), ms ? ms + 50 : 0);
  }

}

/** A time from a partial date string (its start, or the end of its period), a Date or ms. */
export function toTime(value: TimeInput, edge: 'start' | 'end'): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const parsed = parsePartialDate(value);
  return parsed.ok ? (edge === 'start' ? parsed.date.start : parsed.date.end) : undefined;
}
