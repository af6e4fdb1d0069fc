import { createTimeScale, type TimeScale } from '../layout/scale.js';

/**
 * The zoom transform along time: a base-scale pixel `p` is drawn at `k * p + x`. The same shape
 * as d3-zoom's ZoomTransform for the x axis (which the gesture module hands over), without
 * d3-zoom: the first paint needs the transform, not the gesture. Immutable.
 */
export class ViewTransform {
  constructor(
    readonly k: number,
    readonly x: number,
  ) {}

  /** Where a base pixel is drawn. */
  applyX(px: number): number {
    return px * this.k + this.x;
  }

  /** The base pixel drawn at a screen position. */
  invertX(x: number): number {
    return (x - this.x) / this.k;
  }

  /** The scale of the view: the base scale through this transform (like d3's `rescaleX`). */
  rescaleX(base: TimeScale): TimeScale {
    const [left, right] = base.range();
    return createTimeScale([base.invert(this.invertX(left)).getTime(), base.invert(this.invertX(right)).getTime()], left, right);
  }

  /** True when both transforms show the same view. */
  equals(other: { k: number; x: number }): boolean {
    return this.k === other.k && this.x === other.x;
  }
}

/** No zoom: the data's extent across the width. */
export const identity = new ViewTransform(1, 0);
