/** The overview strip: the density of all events, and the visible window as a brush. Loaded on demand. */
import { html, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../model/types.js';
import { densityBins, densityPath } from '../layout/overview.js';
import type { ViewContext } from './context.js';

/** The overview strip's style sheet, adopted when the strip is first drawn. */
export { overview as overviewStyles } from '../styles/overview.js';

export { OverviewBrush } from '../controllers/brush.js';

/** Height of the overview strip, in CSS pixels. */
export const OVERVIEW_HEIGHT = 36;
/** Width of one density bin. */
export const OVERVIEW_BIN = 2;

/** The density of events along the strip, as one path (cache it: O(events + bins)). */
export function overviewDensity(events: readonly TimelineEvent[], x: (t: number) => number, width: number): string {
  return densityPath(densityBins(events, x, width, OVERVIEW_BIN), OVERVIEW_BIN, OVERVIEW_HEIGHT - 8);
}

/** `brush` is the visible window in the strip's pixels (may reach past its edges). */
export function overviewTemplate(ctx: ViewContext, width: number, densityPath: string, brush: readonly [number, number]): TemplateResult {
  const x0 = Math.max(0, brush[0]);
  const x1 = Math.min(width, brush[1]);
  const h = OVERVIEW_HEIGHT;
  return html`<svg
    class="overview"
    part="overview"
    width=${width}
    height=${h}
    aria-hidden="true"
    @pointerdown=${ctx.on.overviewDown}
    @pointermove=${ctx.on.overviewMove}
    @pointerup=${ctx.on.overviewUp}
    @pointercancel=${ctx.on.overviewUp}
  >
    <rect class="overview-bg" x="0" y="0" width=${width} height=${h}></rect>
    <path class="overview-density" transform="translate(0,4)" d=${densityPath}></path>
    <rect part="overview-brush" class="brush" data-brush="move" x=${x0} y="1" width=${Math.max(6, x1 - x0)} height=${h - 2}></rect>
    <rect class="brush-handle" data-brush="start" x=${Math.max(0, x0 - 20)} y="1" width="24" height=${h - 2}></rect>
    <rect class="brush-handle" data-brush="end" x=${Math.min(width - 24, Math.max(x0 + 6, x1) - 4)} y="1" width="24" height=${h - 2}></rect>
  </svg>`;
}
