/** The toolbar's Download button (its menu comes with the export's module, see controllers/export.ts). */
import { html, nothing, type TemplateResult } from 'lit';
import type { ViewContext } from './context.js';

/** "Download": a button that opens a small menu of formats (SVG, PNG). */
export function downloadTemplate(ctx: ViewContext): TemplateResult | typeof nothing {
  const state = ctx.download;
  if (!state) return nothing;
  const m = ctx.messages;
  return html`<div class="download" @keydown=${ctx.on.downloadKeyDown} @focusout=${ctx.on.downloadFocusOut}>
    <button
      type="button"
      part="download"
      aria-expanded=${state.open ? 'true' : 'false'}
      aria-controls="download-menu"
      aria-busy=${state.busy ? 'true' : 'false'}
      @click=${ctx.on.downloadToggle}
    >${m.download}</button>
    ${state.open && state.menu ? state.menu(ctx) : nothing}
  </div>`;
}
