/** The details panel of the selected event. */
import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../model/types.js';
import { dateText, type ViewContext } from './context.js';

/** The details panel's style sheet, adopted when an event is first shown. */
export { details as detailsStyles } from '../styles/details.js';

export function detailsTemplate(ctx: ViewContext, event: TimelineEvent | undefined): TemplateResult | typeof nothing {
  if (!event) return nothing;
  const m = ctx.messages;
  const source = event.source;
  const sourceText = [source?.paragraph !== undefined ? m.paragraph(source.paragraph) : '', source?.note ?? ''].filter(Boolean).join('; ');
  return html`<section part="details" class="details-box" role="region" aria-labelledby="details-title">
    <h3 id="details-title">${event.title}</h3>
    <p class="details-date">${dateText(event, ctx.locale)}</p>
    ${event.description ? html`<p>${event.description}</p>` : nothing}
    <dl>
      ${event.place ? html`<dt>${m.place}</dt><dd>${event.place}</dd>` : nothing}
      ${event.people.length ? html`<dt>${m.people}</dt><dd>${event.people.join(', ')}</dd>` : nothing}
      ${sourceText ? html`<dt>${m.source}</dt><dd>${sourceText}</dd>` : nothing}
      ${event.links.length
        ? html`<dt>${m.links}</dt><dd>${event.links.map(
            (link, i) => html`${i ? ', ' : ''}<a href=${link.href} target="_blank" rel="noopener noreferrer">${link.label}</a>`,
          )}</dd>`
        : nothing}
    </dl>
    ${ctx.copyLink?.view(ctx) ?? nothing}
    <button type="button" class="close" part="close" aria-label=${m.close} @click=${ctx.on.closeDetails}>×</button>
  </section>`;
}
