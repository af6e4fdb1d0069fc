/** The toolbar's Download control and the details panel's Copy link button. */
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
    ${state.open
      ? html`<div id="download-menu" part="download-menu" role="group" aria-label=${m.download}>
          <button type="button" part="download-option" data-format="svg" @click=${() => ctx.on.downloadChoose('svg')}>${m.downloadSVG}</button>
          <button type="button" part="download-option" data-format="png" @click=${() => ctx.on.downloadChoose('png')}>${m.downloadPNG}</button>
        </div>`
      : nothing}
  </div>`;
}

/** "Copy link" (with `url-state`): copies the link to the event; where the clipboard refuses, shows it selected. */
export function copyLinkTemplate(ctx: ViewContext): TemplateResult | typeof nothing {
  const state = ctx.copyLink;
  if (!state) return nothing;
  const m = ctx.messages;
  return html`<div class="share-link">
    <button type="button" part="copy-link" @click=${ctx.on.copyLink}>${state.status === 'copied' ? m.linkCopied : m.copyLink}</button>
    ${state.status === 'manual'
      ? html`<input class="link-field" type="url" readonly aria-label=${m.linkField} .value=${state.url} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
          <span class="link-hint">${m.copyByHand}</span>`
      : nothing}
  </div>`;
}
