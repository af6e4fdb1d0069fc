import type { TimelineEvent } from '../model/types.js';

/**
 * How many events cover each bin of `binWidth` px along [0, width], for the overview strip:
 * O(events + bins) with a difference array, so 100,000 events cost a few milliseconds.
 */
export function densityBins(events: readonly TimelineEvent[], x: (t: number) => number, width: number, binWidth = 2): Float64Array {
  const count = Math.max(1, Math.ceil(width / binWidth));
  const diff = new Float64Array(count + 1);
  const bin = (px: number) => Math.min(count - 1, Math.max(0, Math.floor(px / binWidth)));
  for (const e of events) {
    const b0 = bin(x(e.t0));
    const b1 = Math.max(b0, bin(x(e.t1)));
    diff[b0] += 1;
    diff[b1 + 1] -= 1;
  }
  const bins = new Float64Array(count);
  let running = 0;
  for (let i = 0; i < count; i++) bins[i] = running += diff[i];
  return bins;
}

/** An SVG path of vertical bars for the bins, heights on a square-root scale up to `height`. */
export function densityPath(bins: Float64Array, binWidth: number, height: number): string {
  let max = 0;
  for (const v of bins) if (v > max) max = v;
  if (max === 0) return '';
  const parts: string[] = [];
  for (let i = 0; i < bins.length; i++) {
    if (bins[i] <= 0) continue;
    const h = Math.max(1.5, (Math.sqrt(bins[i]) / Math.sqrt(max)) * height);
    parts.push(`M${i * binWidth},${height}v${(-h).toFixed(1)}h${binWidth}v${h.toFixed(1)}z`);
  }
  return parts.join('');
}
