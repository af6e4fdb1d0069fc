import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ScaleTime } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { TimelineEvent } from '../model/types.js';
import { viewLimits } from '../layout/zoom-levels.js';
import type { Precision } from '../time/partial-date.js';
import { isoAtPrecision, precisionForSpan } from '../time/iso.js';
import { parsePartialDate } from '../time/partial-date.js';
import { timelineEvent, type TimelineViewChangeDetail } from '../events.js';
import type { Plot, ViewLimits } from '../view/frame.js';
import { ZoomGesture, type ZoomTargets } from './zoom-gesture.js';
import { transitionMs } from './motion.js';

/** A time as the view API takes it: a partial date (its start, or the end of its period), a Date or ms. */
export type TimeInput = string | number | Date;

interface ViewportHost extends ReactiveControllerHost, HTMLElement {
  viewStart: string;
  viewEnd: string;
  readonly hasUpdated: boolean;
}

export interface ViewportOptions {
  /** Where the gesture listens now (none before the plot is drawn). */
  targets(): ZoomTargets | undefined;
  /** Says the new window through the live region (after user gestures only). */
  announce(window: { t0: number; t1: number }): void;
}

/** How long the "Ctrl + scroll to zoom" hint stays. */
const HINT_MS = 1500;

/**
 * The visible window: the one zoom transform (held by the d3-zoom gesture), its limits, the
 * `view-start`/`view-end` attributes in both directions, and `timeline-view-change` at the end of
 * each user gesture (never for changes made from code). Also the overview brush and the hint.
 */
export class ViewportController implements ReactiveController {
  /** The "Ctrl + scroll to zoom" hint is showing. */
  hint = false;
  private readonly gesture: ZoomGesture;
  private base?: ScaleTime<number, number>;
  private maxK = 1;
  private width = 0;
  /** The window last written to view-start/view-end by a gesture: not applied back. */
  private reflected?: { start: string; end: string };
  private hintTimer?: ReturnType<typeof setTimeout>;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private brushDrag?: { mode: 'move' | 'start' | 'end'; x: number; view: [number, number] };

  constructor(
    private readonly host: ViewportHost,
    private readonly options: ViewportOptions,
  ) {
    host.addController(this);
    this.gesture = new ZoomGesture({
      onTransform: () => host.requestUpdate(),
      onGestureEnd: () => this.userChanged(),
      onScrollHint: () => this.showHint(),
    });
  }

  get transform(): ZoomTransform {
    return this.gesture.transform;
  }

  /** The largest zoom factor and the transform the view would really take for a wish. */
  get limits(): ViewLimits {
    return { maxK: this.maxK, constrain: (t) => this.gesture.constrain(t) };
  }

  /** The zoom's base scale (the data's extent across the width), once the width is known. */
  get scale(): ScaleTime<number, number> | undefined {
    return this.base;
  }

  /**
   * A new base scale (new data, width or sizes) and the limits it implies. With `keepWindow`
   * (only the width changed) the same time window stays in view; otherwise `view-start` and
   * `view-end` are applied, if set.
   */
  setBase(base: ScaleTime<number, number> | undefined, finest: Precision, width: number, keepWindow: boolean): void {
    const before = keepWindow ? this.window() : null;
    this.base = base;
    this.width = width;
    if (!base) return;
    const limits = viewLimits(finest, base, width);
    this.maxK = limits.scaleExtent[1];
    this.gesture.setLimits({ ...limits, width });
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
    this.gesture.transformTo(this.gesture.rangeTransform(base(t0), base(Math.max(t1, t0 + 1)), left, right), animate);
  }

  /** Brings an event into view, as the plot's orientation does it (pan, or zoom in out of a cluster). */
  reveal(plot: Plot, event: TimelineEvent, animate: boolean): void {
    const target = plot.revealTransform(event, this.transform, this.limits);
    if (target) this.gesture.transformTo(target, animate);
  }

  /** Sets a transform (e.g. back to one saved). */
  transformTo(t: ZoomTransform, animate: boolean): void {
    this.gesture.transformTo(t, animate);
  }

  /** Shows all events. */
  fit(animate: boolean): void {
    this.gesture.transformTo(zoomIdentity, animate);
  }

  // ---- user actions by buttons and keys: the view changes, then the page is told ----------------

  /** Zooms by a factor around an x position of the zoom (default: the middle). */
  readonly zoomBy = (factor: number, anchor?: number): void => {
    this.gesture.scaleBy(factor, anchor);
    this.userChangedAfterTransition();
  };

  /** Pans by a fraction of the width (positive: earlier times come into view). */
  readonly panBy = (fraction: number, animate = true): void => {
    this.gesture.panBy(fraction * this.width, animate);
    this.userChangedAfterTransition();
  };

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

  readonly overviewDown = (e: PointerEvent): void => {
    if (!this.base || e.button !== 0) return;
    const svg = e.currentTarget as SVGSVGElement;
    const x = this.overviewX(e, svg);
    const view = this.brushRange();
    const role = (e.target as Element).getAttribute('data-brush');
    if (role === 'start' || role === 'end' || role === 'move') {
      this.brushDrag = { mode: role, x, view };
      svg.setPointerCapture(e.pointerId);
    } else {
      // A click outside the brush centres the view there.
      const half = (view[1] - view[0]) / 2;
      this.setBrush(x - half, x + half, true);
      this.userChangedAfterTransition();
    }
    e.preventDefault();
  };

  readonly overviewMove = (e: PointerEvent): void => {
    const drag = this.brushDrag;
    if (!drag) return;
    const dx = this.overviewX(e, e.currentTarget as SVGSVGElement) - drag.x;
    const [a, b] = drag.view;
    if (drag.mode === 'move') this.setBrush(a + dx, b + dx, false);
    else if (drag.mode === 'start') this.setBrush(Math.min(a + dx, b - 4), b, false);
    else this.setBrush(a, Math.max(b + dx, a + 4), false);
  };

  readonly overviewUp = (e: PointerEvent): void => {
    if (!this.brushDrag) return;
    this.brushDrag = undefined;
    (e.currentTarget as SVGSVGElement).releasePointerCapture(e.pointerId);
    this.userChanged();
  };

  /** The pointer's x in the overview's own coordinates (mirrored in right-to-left layouts). */
  private overviewX(e: PointerEvent, svg: SVGSVGElement): number {
    const box = svg.getBoundingClientRect();
    const x = e.clientX - box.left;
    return this.options.targets()?.mirrored ? box.width - x : x;
  }

  private setBrush(x0: number, x1: number, animate: boolean): void {
    const [left, right] = this.base!.range();
    this.gesture.transformTo(this.gesture.rangeTransform(x0, x1, left, right), animate);
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  hostConnected(): void {
    if (this.host.hasUpdated) this.attach();
  }

  hostUpdated(): void {
    this.attach();
  }

  hostDisconnected(): void {
    this.gesture.detach();
    clearTimeout(this.hintTimer);
    clearTimeout(this.settleTimer);
    this.hint = false;
  }

  private attach(): void {
    const targets = this.options.targets();
    if (targets && this.host.isConnected) this.gesture.attach(targets);
    else this.gesture.detach();
  }

  /** After a user gesture: reflect the window in view-start/view-end and tell the page. */
  private userChanged(): void {
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
  private userChangedAfterTransition(): void {
    clearTimeout(this.settleTimer);
    const ms = transitionMs();
    this.settleTimer = setTimeout(() => this.host.isConnected && this.userChanged(), ms ? ms + 50 : 0);
  }

  private showHint(): void {
    this.hint = true;
    this.host.requestUpdate();
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => {
      this.hint = false;
      this.host.requestUpdate();
    }, HINT_MS);
  }
}

/** A time from a partial date string (its start, or the end of its period), a Date or ms. */
export function toTime(value: TimeInput, edge: 'start' | 'end'): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const parsed = parsePartialDate(value);
  return parsed.ok ? (edge === 'start' ? parsed.date.start : parsed.date.end) : undefined;
}
