/**
 * The events written as the element's children, shown where the list of all events goes: their
 * `<ol>`/`<ul>` is slotted in, so that it is the screen-reader chronology in the author's words
 * (visually hidden unless `show-list`, shown while a link in it has the focus), and the element
 * draws no list of its own. Without a slot, children are neither shown nor read.
 */
import { html, type TemplateResult } from 'lit';
import type { ViewContext } from './context.js';

export function childrenListTemplate(ctx: ViewContext, visible: boolean): TemplateResult {
  return html`<div class="list-bar">
      <button type="button" part="list-toggle" aria-pressed=${visible ? 'true' : 'false'} @click=${ctx.on.toggleList}>${ctx.messages.listToggle}</button>
    </div>
    <section part="list" class=${visible ? 'list list--children' : 'list list--children visually-hidden'}><slot></slot></section>`;
}
