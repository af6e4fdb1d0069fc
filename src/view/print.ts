/**
 * The printed timeline: the whole chronology in the vertical layout, cut between events into
 * slices that each fit on a page (each its own `<svg>`, never split by the printer), then the
 * list of every event. Drawn only while the page prints.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { identity } from './transform.js';
import { pageBreaks, type Blocked } from '../layout/page-breaks.js';
import { dateText, type ViewContext } from './context.js';
import type { Box, Frame, FrameText, Segment } from './frame.js';
import { plotTemplate } from './plot.js';
import { plotFor, type TimelineSnapshot } from './snapshot.js';
import { sourceLine } from './svg-paint.js';

/** The printed chronology's styles: adopted by the element once this module has loaded. */
export { print as printStyles } from '../styles/print.js';

/** The widest the printed plot is laid out (an A4 or Letter page's width between usual margins). */
export const PRINT_WIDTH = 680;
/** About how tall a slice is: three fit on an upright A4 or Letter page, two on a sideways one. */
export const PRINT_SLICE = 300;
/** The tallest slice (a run of labels overlapping along time is not cut): fits any of those pages. */
export const PRINT_SLICE_MAX = 640;
/** The printed plot grows until every event is drawn on its own, up to this height. */
const PRINT_MAX_HEIGHT = 400_000;

export interface PrintLayout {
  width: number;
  slices: Frame[];
}

/** The whole chronology laid out for print and cut into page-sized slices. */
export function printLayout(s: TimelineSnapshot): PrintLayout | undefined {
  const width = Math.min(PRINT_WIDTH, s.build.width > 0 ? s.build.width : PRINT_WIDTH);
  const made = plotFor(s, width, 'vertical', PRINT_MAX_HEIGHT);
  if (!made) return undefined;
  const frame = made.plot.frame(identity, { focused: null, selected: s.view.selected });
  const measure = s.measurer.measure;
  const cuts = pageBreaks(frame.height, blockedIntervals(frame, measure), PRINT_SLICE, PRINT_SLICE_MAX);
  const edges = [0, ...cuts, frame.height];
  return { width, slices: edges.slice(1).map((y1, i) => sliceFrame(frame, edges[i], y1)) };
}

/** What a cut must not pass through: labels and point marks, "+N" boxes, tick texts, band titles, short era titles. */
export function blockedIntervals(frame: Frame, measure: (text: string) => number): Blocked[] {
  const out: Blocked[] = [];
  for (const e of frame.events) {
    const l = e.label;
    const half = (l.lineHeight || 16) / 2;
    out.push([l.y - half - 3, l.y + (l.lines.length - 1) * l.lineHeight + half + 3]);
    if (e.mark.kind === 'point') out.push([e.mark.cy - e.mark.r - 2, e.mark.cy + e.mark.r + 2]);
  }
  for (const c of frame.clusters) out.push([c.box.y - 2, c.box.y + c.box.height + 2]);
  for (const t of frame.ticks) out.push([t.text.y - 10, t.text.y + 10]);
  for (const g of frame.groups) out.push([0, g.band.y + g.band.height + 2]);
  for (const era of frame.eras) {
    if (!era.title) continue;
    const length = Math.max(...era.title.lines.map(measure));
    if (length < PRINT_SLICE / 2) out.push([era.title.y - 4, era.title.y + length + 4]);
  }
  return out;
}

const box = (b: Box, dy: number): Box => ({ ...b, y: b.y + dy });
const segment = (s: Segment, dy: number): Segment => [s[0], s[1] + dy, s[2], s[3] + dy];
const text = <T extends FrameText>(t: T, dy: number): T => ({ ...t, y: t.y + dy });

/** The part of a frame from y0 to y1, moved to the top; a label outside it is left out. */
export function sliceFrame(frame: Frame, y0: number, y1: number): Frame {
  const dy = -y0;
  const meets = (top: number, bottom: number) => bottom > y0 && top < y1;
  const labelInside = (t: FrameText) => t.y >= y0 && t.y <= y1;
  return {
    ...frame,
    height: y1 - y0,
    axisLine: segment(frame.axisLine, dy),
    ticks: frame.ticks.filter((t) => meets(t.text.y - 10, t.text.y + 10)).map((t) => ({ line: segment(t.line, dy), grid: segment(t.grid, dy), text: text(t.text, dy) })),
    eras: frame.eras
      .filter((e) => meets(e.band.y, e.band.y + e.band.height))
      .map((e) => ({ ...e, band: box(e.band, dy), title: e.title && labelInside(e.title) ? text(e.title, dy) : undefined })),
    groups: frame.groups.filter((g) => meets(g.band.y, g.band.y + g.band.height)).map((g) => ({ ...g, band: box(g.band, dy), label: text(g.label, dy) })),
    events: frame.events
      .filter((e) => meets(e.hit.y, e.hit.y + e.hit.height) || (e.mark.kind === 'span' && meets(e.mark.y, e.mark.y + e.mark.height)))
      .map((e) => ({
        ...e,
        mark: e.mark.kind === 'point' ? { ...e.mark, cy: e.mark.cy + dy } : { ...e.mark, y: e.mark.y + dy },
        label: labelInside(e.label) ? text(e.label, dy) : { ...e.label, lines: [] },
        hit: box(e.hit, dy),
        anchor: { x: e.anchor.x, y: e.anchor.y + dy },
      })),
    clusters: frame.clusters.filter((c) => meets(c.box.y, c.box.y + c.box.height)).map((c) => ({ ...c, box: box(c.box, dy), text: { x: c.text.x, y: c.text.y + dy } })),
    tabStop: undefined,
    earlier: false,
    later: false,
  };
}

/** The printed chronology, the list of every event after it, and where the events come from. */
export function printTemplate(ctx: ViewContext, layout: PrintLayout): TemplateResult {
  const events = ctx.data.events;
  const source = sourceLine(ctx.data.source, ctx.messages, ctx.locale);
  return html`<div class="print" aria-hidden="true">
    <div class="print-plot">
      ${layout.slices.map((frame) => html`<div class="print-slice" style="max-width:${layout.width}px">${plotTemplate(ctx, frame)}</div>`)}
    </div>
    <section class="print-list">
      <h3>${ctx.messages.listHeading(events.length)}</h3>
      <ol>
        ${events.map(
          (e) => html`<li>
            <span class="list-date">${dateText(e, ctx.locale)}</span>
            <span class="list-title">${e.title}</span>
            ${e.description ? html`<span class="list-description">${e.description}</span>` : nothing}
          </li>`,
        )}
      </ol>
      ${source ? html`<p class="print-source">${source}</p>` : nothing}
    </section>
  </div>`;
}
