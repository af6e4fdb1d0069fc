/** The list of all events in time order: the screen-reader chronology, shown to all on demand. Loaded on demand. */
import { html, nothing } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { dateText, type ViewContext } from './context.js';

/** A hidden list holds every event up to this many… */
export const LIST_ALL_UP_TO = 2000;
/** …and past that the first this many; a visible list shows this many at a time (more on demand). */
export const LIST_PAGE = 500;

/**
 * Every event in time order with its date and description: visually hidden (for screen readers,
 * and printed) unless `visible`. A hidden list holds every event up to {@link LIST_ALL_UP_TO},
 * one plain `<li>` each; past that, the first {@link LIST_PAGE} and a note that the List button
 * shows them all. A visible list shows `limit` events, with a button for the next page.
 */
export function listTemplate(ctx: ViewContext, visible: boolean, limit = LIST_PAGE): DirectiveResult | typeof nothing {
  const events = ctx.data.events;
  if (events.length === 0) return nothing;
  return guard([events, visible, limit, ctx.locale, ctx.messages], () => {
    const m = ctx.messages;
    const count = visible ? limit : events.length <= LIST_ALL_UP_TO ? events.length : LIST_PAGE;
    const shown = events.length > count ? events.slice(0, count) : events;
    const rest = events.length - shown.length;
    return html`<div class="list-bar">
        <button type="button" part="list-toggle" aria-pressed=${visible ? 'true' : 'false'} @click=${ctx.on.toggleList}>${m.listToggle}</button>
      </div>
      <section part="list" class=${visible ? 'list' : 'list visually-hidden'} aria-labelledby="list-heading">
        <h3 id="list-heading">${m.listHeading(events.length)}</h3>
        <ol>
          ${visible
            ? shown.map(
                (e) => html`<li>
                  <div class="list-date">${dateText(e, ctx.locale)}</div>
                  <div class="list-title">${e.title}</div>
                  ${e.description ? html`<div class="list-description">${e.description}</div>` : nothing}
                </li>`,
              )
            : shown.map((e) => html`<li>${dateText(e, ctx.locale)}: ${e.title}${e.description ? ` — ${e.description}` : ''}</li>`)}
        </ol>
        ${rest > 0
          ? visible
            ? html`<button type="button" part="list-more" @click=${ctx.on.listMore}>${m.listMore(Math.min(rest, LIST_PAGE))}</button>`
            : html`<div>${m.listPartial(shown.length, events.length)}</div>`
          : nothing}
      </section>`;
  });
}
