/** The plot: one `<svg>` template for any frame, whichever orientation made it. */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatSpan } from '../time/format.js';
import { categoryClass, clusterName, eventName, isolate, type ViewContext } from './context.js';
import { isApproximate, type Frame, type FrameCluster, type FrameEvent, type FrameText } from './frame.js';

/** A text of one or more lines; the `part` and class are the caller's. */
function text(t: FrameText, part?: string, className?: string): SVGTemplateResult {
  const content = t.lines.length === 1 ? t.lines[0] : t.lines.map((line, i) => svg`<tspan x=${t.x} y=${t.y + i * t.lineHeight}>${line}</tspan>`);
  return svg`<text part=${part ?? nothing} class=${className ?? nothing} x=${t.x} y=${t.y} text-anchor=${t.anchor}>${content}</text>`;
}

function event(ctx: ViewContext, e: FrameEvent, tabStop: boolean): SVGTemplateResult {
  const ev = e.event;
  const selected = ev.id === ctx.selected;
  const approximate = isApproximate(ev);
  const part = `event${selected ? ' event--selected' : ''}${approximate ? ' event--approximate' : ''}`;
  const m = e.mark;
  const mark =
    m.kind === 'span'
      ? svg`<rect class="mark span" x=${m.x} y=${m.y} width=${m.width} height=${m.height} rx="2"></rect>`
      : svg`<circle class="mark" cx=${m.cx} cy=${m.cy} r=${m.r}></circle>`;
  return svg`<g
    part=${part}
    class=${`${approximate ? 'approximate' : ''} ${categoryClass(e.colorIndex)}`.trim()}
    data-id=${ev.id}
    data-x=${e.anchor.x}
    data-y=${e.anchor.y}
    role="button"
    tabindex=${tabStop ? 0 : -1}
    aria-pressed=${selected ? 'true' : 'false'}
    aria-label=${eventName(ev, ctx.locale, ctx.rtl)}
  >
    <rect class="hit" x=${e.hit.x} y=${e.hit.y} width=${e.hit.width} height=${e.hit.height} rx="4"></rect>
    ${mark}
    ${text(e.label, 'label')}
  </g>`;
}

function cluster(ctx: ViewContext, c: FrameCluster, index: number): SVGTemplateResult {
  const name = clusterName(ctx.messages, ctx.locale, c);
  // The <title> (the pointer's tooltip) is set as a property: Lit's server rendering takes no binding inside a <title>.
  return svg`<g part="cluster" data-cluster=${index} role="button" tabindex="-1" aria-label=${name} aria-haspopup="dialog" aria-expanded=${ctx.expanded?.(c) ? 'true' : 'false'}>
    <title .textContent=${name}></title>
    <rect class="cluster-box" x=${c.box.x} y=${c.box.y} width=${c.box.width} height=${c.box.height} rx="12"></rect>
    <text x=${c.text.x} y=${c.text.y}>+${c.events.length}</text>
  </g>`;
}

function axis(frame: Frame): SVGTemplateResult {
  const [x1, y1, x2, y2] = frame.axisLine;
  return svg`<g part="axis" aria-hidden="true">
    <line class="axis-line" x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line>
    ${frame.ticks.map(
      (tick) => svg`<g part="tick">
        <line class="gridline" x1=${tick.grid[0]} y1=${tick.grid[1]} x2=${tick.grid[2]} y2=${tick.grid[3]}></line>
        <line x1=${tick.line[0]} y1=${tick.line[1]} x2=${tick.line[2]} y2=${tick.line[3]}></line>
        ${text(tick.text, undefined, 'tick-text')}
      </g>`,
    )}
  </g>`;
}

/** Eras as bands behind everything, each named (title and dates) for assistive technology. */
function eras(ctx: ViewContext, frame: Frame): SVGTemplateResult | typeof nothing {
  if (frame.eras.length === 0) return nothing;
  return svg`<g class="eras">${frame.eras.map((e) => {
    const name = `${isolate(e.era.title, ctx.rtl) || ctx.messages.era}, ${formatSpan(e.era.start, e.era.end, ctx.locale)}`;
    const alternate = ctx.data.eras.indexOf(e.era) % 2 === 1; // neighbours differ in tint
    return svg`<g part="era" class=${alternate ? 'era era--alt' : 'era'} role="img" aria-label=${name}>
      <title .textContent=${name}></title>
      <rect class="era-band" x=${e.band.x} y=${e.band.y} width=${e.band.width} height=${e.band.height}></rect>
      ${e.title ? text(e.title, undefined, e.title.along ? 'era-title era-title--along' : 'era-title') : nothing}
    </g>`;
  })}</g>`;
}

function groups(frame: Frame): SVGTemplateResult[] {
  return frame.groups.map(
    (g) => svg`<g part="group" class=${categoryClass(g.group.colorIndex)}>
      <rect class="group-band" x=${g.band.x} y=${g.band.y} width=${g.band.width} height=${g.band.height}></rect>
      ${text(g.label, 'group-label')}
    </g>`,
  );
}

/** The plot's `<svg>`: eras, axis, events, category band titles and "+N" marks, in that order. */
export function plotTemplate(ctx: ViewContext, frame: Frame): TemplateResult {
  const { width, height } = frame;
  const m = ctx.messages;
  return html`<svg
    class=${frame.orientation === 'horizontal' ? 'plot main' : 'plot vertical'}
    role="group"
    aria-label=${`${isolate(ctx.heading, ctx.rtl) || m.timelineName}, ${m.events(ctx.data.events.length)}`}
    aria-roledescription=${m.timeline}
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
    @click=${ctx.on.plotClick}
    @keydown=${ctx.on.plotKeyDown}
    @focusin=${ctx.on.focusIn}
    @focusout=${ctx.on.focusOut}
    @pointerover=${ctx.on.pointerOver}
    @pointerleave=${ctx.on.pointerLeave}
  >
    <rect class="background" x="0" y="0" width=${width} height=${height}></rect>
    ${eras(ctx, frame)}
    ${axis(frame)}
    ${repeat(frame.events, (e) => e.event.id, (e) => event(ctx, e, e.event.id === frame.tabStop))}
    ${groups(frame)}
    ${frame.clusters.map((c, i) => cluster(ctx, c, i))}
  </svg>`;
}
