import type { ViewportController } from './viewport.js';

/**
 * The overview strip's brush (loaded with the overview): drag the visible window to pan, drag
 * an edge to zoom, click elsewhere to centre the view there. Positions are the overview's own
 * pixels, which are the zoom's base pixels (mirrored right to left, as the strip is drawn).
 */
export class OverviewBrush {
  private drag?: { mode: 'move' | 'start' | 'end'; x: number; view: [number, number] };

  constructor(private readonly viewport: ViewportController) {}

  readonly down = (e: PointerEvent): void => {
    if (!this.viewport.scale || e.button !== 0) return;
    const svg = e.currentTarget as SVGSVGElement;
    const x = this.x(e, svg);
    const view = this.viewport.brushRange();
    const role = (e.target as Element).getAttribute('data-brush');
    if (role === 'start' || role === 'end' || role === 'move') {
      this.drag = { mode: role, x, view };
      svg.setPointerCapture(e.pointerId);
    } else {
      const half = (view[1] - view[0]) / 2;
      this.viewport.showBaseRange(x - half, x + half, true);
      this.viewport.userChangedAfterTransition();
    }
    e.preventDefault();
  };

  readonly move = (e: PointerEvent): void => {
    const drag = this.drag;
    if (!drag) return;
    const dx = this.x(e, e.currentTarget as SVGSVGElement) - drag.x;
    const [a, b] = drag.view;
    if (drag.mode === 'move') this.viewport.showBaseRange(a + dx, b + dx, false);
    else if (drag.mode === 'start') this.viewport.showBaseRange(Math.min(a + dx, b - 4), b, false);
    else this.viewport.showBaseRange(a, Math.max(b + dx, a + 4), false);
  };

  readonly up = (e: PointerEvent): void => {
    if (!this.drag) return;
    this.drag = undefined;
    (e.currentTarget as SVGSVGElement).releasePointerCapture(e.pointerId);
    this.viewport.userChanged();
  };

  /** The pointer's x in the overview's own coordinates (mirrored in right-to-left layouts). */
  private x(e: PointerEvent, svg: SVGSVGElement): number {
    const box = svg.getBoundingClientRect();
    const x = e.clientX - box.left;
    return this.viewport.mirrored ? box.width - x : x;
  }
}
