/** The element's chrome around the plot: toolbar and legend, pan buttons, tooltip, hint, states. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem, TimelineEvent } from '../model/types.js';
import { dateText, type ViewContext } from './context.js';
import { downloadTemplate } from './share.js';

/** The heading, the legend (group-by), the zoom buttons and Download, in one row. */
export function toolbarTemplate(ctx: ViewContext): TemplateResult {
  const m = ctx.messages;
  return html`<div class="toolbar">
    ${ctx.heading ? html`<h2 class="heading" part="heading">${ctx.heading}</h2>` : nothing}
    ${ctx.categories && ctx.legend ? ctx.legend(ctx) : nothing}
    <div class="controls" part="controls">
      <button type="button" part="zoom-in" aria-label=${m.zoomIn} title=${m.zoomIn} @click=${ctx.on.zoomIn}>+</button>
      <button type="button" part="zoom-out" aria-label=${m.zoomOut} title=${m.zoomOut} @click=${ctx.on.zoomOut}>−</button>
      <button type="button" part="fit" aria-label=${m.fit} title=${m.fit} @click=${ctx.on.fit}>⤢</button>
      ${downloadTemplate(ctx)}
    </div>
  </div>`;
}

/** Vertical layout: the button that shows earlier (or later) events, when some are outside the window. */
export function panButtonTemplate(ctx: ViewContext, direction: 'earlier' | 'later'): TemplateResult {
  const m = ctx.messages;
  return direction === 'earlier'
    ? html`<button type="button" class="pan pan--earlier" part="earlier" @click=${ctx.on.earlier}>${m.earlier}</button>`
    : html`<button type="button" class="pan pan--later" part="later" @click=${ctx.on.later}>${m.later}</button>`;
}

/** The full title and date of the event under the pointer or focus, inside the shadow root. */
export function tooltipTemplate(ctx: ViewContext, tip: { event: TimelineEvent; x: number; y: number } | null, width: number): TemplateResult | typeof nothing {
  if (!tip) return nothing;
  const flip = tip.x > width / 2;
  return html`<div
    class="tooltip"
    part="tooltip"
    role="tooltip"
    style="top:${tip.y + 14}px;${flip ? `right:${Math.max(0, width - tip.x - 8)}px` : `left:${Math.max(0, tip.x - 8)}px`}"
  >
    <strong>${tip.event.title}</strong><br />${dateText(tip.event, ctx.locale)}
  </div>`;
}

/** The brief "Ctrl + scroll to zoom" hint. */
export function hintTemplate(ctx: ViewContext, shown: boolean): TemplateResult | typeof nothing {
  if (!shown) return nothing;
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return html`<div class="hint" part="hint" role="status">${mac ? ctx.messages.zoomHintMac : ctx.messages.zoomHint}</div>`;
}

/** The loading, load-failed (with Retry) and empty states. */
export function statusTemplate(ctx: ViewContext, state: { loading: boolean; error: string }): TemplateResult {
  const m = ctx.messages;
  if (state.loading) return html`<div part="status" role="status">${m.loading}</div>`;
  if (state.error) {
    return html`<div part="status" role="alert">
      <div>${m.loadFailed(state.error)}</div>
      <button type="button" part="retry" @click=${ctx.on.retry}>${m.retry}</button>
    </div>`;
  }
  return html`<div part="status" role="status">${m.empty}</div>`;
}

/** The problems in the input, behind a summary that starts closed. */
export function problemsTemplate(ctx: ViewContext, problems: readonly Problem[]): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<details part="problems">
    <summary>${ctx.messages.problems(problems.length)}</summary>
    <ul>
      ${problems.map((p) => html`<li>${p.message}</li>`)}
    </ul>
  </details>`;
}

/** The polite live region: selection and view changes made by the user, visually hidden. */
export function liveRegionTemplate(announcement: string): TemplateResult {
  return html`<div class="visually-hidden live" role="status" aria-live="polite" aria-atomic="true">${announcement}</div>`;
}
