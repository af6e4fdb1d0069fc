/**
 * The list of all events in time order: the screen-reader chronology, shown to all on demand,
 * one page at a time so that the shadow root stays small with any number of events. Loaded on
 * demand.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { AsyncDirective, directive, type ChildPart, type DirectiveResult } from 'lit/async-directive.js';
import { dateText, isolate, type ViewContext } from './context.js';
import { count, viewWords } from '../messages/views.js';
import { adoptStyles } from '../styles/adopt.js';
import { listPager } from '../styles/list-pager.js';

/** A hidden list holds every event up to this many, and past that the first this many. */
export const LIST_HIDDEN = 600;
/** A visible list shows this many events a page. */
export const LIST_PAGE = 100;

type Go = 'first' | 'previous' | 'next' | 'last';

/** The page a pager button goes to from `page` (of `pages`). */
function target(go: Go, page: number, pages: number): number {
  const to = go === 'first' ? 0 : go === 'previous' ? page - 1 : go === 'next' ? page + 1 : pages - 1;
  return Math.max(0, Math.min(pages - 1, to));
}

/**
 * The list, with the page a visible list shows. A new dataset starts at its first page; paging
 * draws the list again on its own (not the whole element).
 */
class ListDirective extends AsyncDirective {
  private page = 0;
  private key: readonly unknown[] = [];
  private args?: [ViewContext, boolean];
  private root?: ParentNode | null;

  render(ctx: ViewContext, visible: boolean): TemplateResult {
    return listView(ctx, visible, this.page, this.go);
  }

  override update(part: ChildPart, [ctx, visible]: [ViewContext, boolean]): unknown {
    this.root = part.parentNode as ParentNode | null;
    if (this.root) adoptStyles(this.root.getRootNode() as DocumentFragment, listPager);
    if (this.args?.[0].data.events !== ctx.data.events) this.page = 0;
    this.args = [ctx, visible];
    // Drawn again only when what it shows changes (the element renders at every zoom frame).
    const key = [ctx.data.events, visible, ctx.locale, ctx.messages, ctx.rtl, this.page];
    if (key.every((value, i) => value === this.key[i])) return noChange;
    this.key = key;
    return this.render(ctx, visible);
  }

  /** A pager button: shows its page; from the pager under the list, the focus goes to the same button above it. */
  private readonly go = (e: Event): void => {
    const button = e.currentTarget as HTMLButtonElement;
    const args = this.args;
    if (!args || !this.isConnected) return;
    const pages = Math.ceil(args[0].data.events.length / LIST_PAGE);
    const page = target(button.dataset.go as Go, this.page, pages);
    if (page === this.page) return;
    this.page = page;
    this.key = [...this.key.slice(0, -1), page];
    this.setValue(this.render(...args));
    if (button.closest('[data-at="bottom"]')) this.root?.querySelector<HTMLElement>(`[data-at="top"] [data-go="${button.dataset.go}"]`)?.focus();
  };
}

const listDirective = directive(ListDirective);

/**
 * Every event in time order with its date and description: visually hidden (for screen readers,
 * and printed) unless `visible`. A hidden list holds every event up to {@link LIST_HIDDEN}, one
 * plain `<li>` each, its date, title and description isolated from one another (see `isolate`);
 * past that, the first {@link LIST_HIDDEN} and a note that the List button shows them all. A
 * visible list shows {@link LIST_PAGE} events a page, with a pager above and under them.
 */
export function listTemplate(ctx: ViewContext, visible: boolean): DirectiveResult | typeof nothing {
  return ctx.data.events.length === 0 ? nothing : listDirective(ctx, visible);
}

function listView(ctx: ViewContext, visible: boolean, page: number, go: (e: Event) => void): TemplateResult {
  const { locale, rtl } = ctx;
  const events = ctx.data.events;
  const m = ctx.messages;
  const w = viewWords(locale);
  const from = visible ? page * LIST_PAGE : 0;
  const shown = events.slice(from, from + (visible ? LIST_PAGE : LIST_HIDDEN));
  const pager = (at: 'top' | 'bottom') => {
    const last = Math.ceil(events.length / LIST_PAGE) - 1;
    const button = (to: Go, text: string, off: boolean) =>
      html`<button type="button" part=${to === 'next' ? 'list-page list-more' : 'list-page'} data-go=${to} aria-disabled=${off ? 'true' : nothing} @click=${go}>${text}</button>`;
    const range = w.listRange(count(from + 1, locale), count(from + shown.length, locale), count(events.length, locale));
    return html`<div part="list-pager" class="list-pager" role="group" aria-label=${w.listPages} data-at=${at}>
      ${button('first', w.first, page === 0)}${button('previous', w.previous, page === 0)}
      <span class="list-range" role=${at === 'top' ? 'status' : nothing}>${range}</span>
      ${button('next', w.next, page >= last)}${button('last', w.last, page >= last)}
    </div>`;
  };
  const paged = visible && events.length > LIST_PAGE;
  return html`<div class="list-bar">
      <button type="button" part="list-toggle" aria-pressed=${visible ? 'true' : 'false'} @click=${ctx.on.toggleList}>${m.listToggle}</button>
    </div>
    <section part="list" class=${visible ? 'list' : 'list visually-hidden'} aria-labelledby="list-heading">
      <h3 id="list-heading">${m.listHeading(events.length)}</h3>
      ${paged ? pager('top') : nothing}
      <ol start=${from + 1}>
        ${visible
          ? shown.map(
              (e) => html`<li>
                <div class="list-date">${dateText(e, locale)}</div>
                <div class="list-title">${e.title}</div>
                ${e.description ? html`<div class="list-description">${e.description}</div>` : nothing}
              </li>`,
            )
          : shown.map((e) => html`<li>${isolate(dateText(e, locale), rtl)}: ${isolate(e.title, rtl)}${e.description ? ` — ${isolate(e.description, rtl)}` : ''}</li>`)}
      </ol>
      ${paged ? pager('bottom') : !visible && shown.length < events.length ? html`<div>${w.listPartial(count(shown.length, locale), count(events.length, locale))}</div>` : nothing}
    </section>`;
}
