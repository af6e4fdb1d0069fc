import { utcTicks, type UtcInterval } from './utc-ticks.js';
import type { TimelineEvent } from '../model/types.js';

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;
/**
 * The margin stays inside the range of a JavaScript Date (±8.64e15 ms): past it the scale gives
 * NaN, d3-time's month and day tick intervals, which step a little beyond the domain, never end,
 * and year ticks need the year before the domain's start to exist (so: 2 January -271820).
 */
const MIN_TIME = new Date(0).setUTCFullYear(-271820, 0, 2);
const MAX_TIME = 8.64e15 - 120 * DAY;

/**
 * The time span to show for a set of events: all of them, with a margin on both sides so that
 * marks at the edges are not cut. A single short event still gets a sensible width (its own
 * length times a few, and at least a few days), never a zero-width domain.
 */
export function timeExtent(events: readonly TimelineEvent[]): [number, number] {
  if (events.length === 0) {
    return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  }
  let t0 = Infinity;
  let t1 = -Infinity;
  for (const e of events) {
    if (e.t0 < t0) t0 = e.t0;
    if (e.t1 > t1) t1 = e.t1;
  }
  const span = t1 - t0;
  const pad = Math.max(span * 0.04, Math.min(span * 2, YEAR), 3 * DAY);
  return [Math.max(t0 - pad, MIN_TIME), Math.min(t1 + pad, MAX_TIME)];
}

/**
 * A linear scale from UTC time (ms or a Date) onto pixels: the one kind of scale the timeline
 * needs. It answers like d3's `scaleUtc` where the timeline asks (call, `invert`, `domain`,
 * `range`, `ticks` by count or by calendar interval, the same ticks as d3's) without pulling in
 * d3-scale's interpolators and d3-time-format: tick labels come from `Intl` (see `createTickFormat`).
 */
export interface TimeScale {
  (t: number | Date): number;
  /** The instant at a pixel position. */
  invert(px: number): Date;
  domain(): [Date, Date];
  range(): [number, number];
  /** About `count` ticks at round UTC times, or every boundary of `interval`, inside the domain. */
  ticks(countOrInterval: number | UtcInterval): Date[];
}

/** A UTC time scale from a time span onto [left, right] pixels. */
export function createTimeScale(extent: [number, number], left: number, right: number): TimeScale {
  const [t0, t1] = extent;
  const r1 = Math.max(left + 1, right);
  const perMs = (r1 - left) / (t1 - t0 || 1);
  const scale = ((t: number | Date) => left + (+t - t0) * perMs) as TimeScale;
  scale.invert = (px) => new Date(t0 + (px - left) / perMs);
  scale.domain = () => [new Date(t0), new Date(t1)];
  scale.range = () => [left, r1];
  scale.ticks = (countOrInterval) => utcTicks(t0, t1, countOrInterval);
  return scale;
}
