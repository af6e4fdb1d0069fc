/**
 * `event-timeline/ssr`: `<event-timeline>` rendered on the server (Node 20+) with Lit's SSR, so that
 * the page's HTML already holds the drawn timeline, in a declarative shadow root, before any script
 * runs; in the browser, the element makes it interactive without drawing it again (hydration).
 *
 * The events come from `events`, else `src` (fetched or read from disk here, and written into the
 * HTML, so the browser asks for it no second time), else `children` (HTML, the element's light DOM).
 * Text is measured with a metrics table that errs wide (there is no canvas on a server).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import './event-timeline.js';
import './interaction/register-metrics.js';
import type { ServerRequest } from './controllers/environment.js';
import { DEFAULT_SERVER_WIDTH } from './model/server-state.js';
import { eventsFromMarkup } from './ssr/children.js';
import { loadOnServer } from './ssr/source.js';
import { onDemand } from './controllers/on-demand.js';
import { EventTimeline } from './event-timeline.component.js';
import { vertical } from './styles/vertical.js';
import { details } from './styles/details.js';
import { groups } from './styles/groups.js';
import { overview } from './styles/overview.js';
import { listPager } from './styles/list-pager.js';
import { loadAllMessages } from './messages/index.js';

export { DEFAULT_SERVER_WIDTH } from './model/server-state.js';

// A server renders in one go: what the element loads on demand in a browser and may draw with
// (the phone layout, category bands, the overview, the list, every language's words) is loaded
// with this module.
await Promise.all([onDemand.server.load(), onDemand.children.load(), onDemand.details.load(), onDemand.vertical.load(), onDemand.categories.load(), onDemand.overview.load(), onDemand.list.load(), loadAllMessages()]);

// A browser adopts the sheets of those parts when they load; a server writes them with its drawing.
EventTimeline.elementStyles = [...EventTimeline.elementStyles, vertical, details, overview, groups, listPager];

/** The attributes a server render passes on: the element's own, and these few of any element. */
export const RENDERED_ATTRIBUTES = [
  'src', 'format', 'label', 'selected', 'locale', 'view-start', 'view-end', 'overview', 'orientation', 'theme', 'show-list', 'group-by', 'url-state',
  'id', 'class', 'style', 'lang', 'dir', 'title',
] as const;

export type RenderedAttribute = (typeof RENDERED_ATTRIBUTES)[number];

export interface TimelineRenderOptions {
  /** The width to draw at, in CSS px: the width the element will have for most readers. Default 960. */
  width?: number;
  /** The events, as the `events` property takes them. */
  events?: unknown;
  /** The attributes of the element (`src`, `label`, `locale`, `show-list`, `id`, `class`, …; see RENDERED_ATTRIBUTES). */
  attributes?: Partial<Record<RenderedAttribute, string | number | boolean | null | undefined>>;
  /**
   * The element's children, read for events written as a list: HTML written into the page as it is
   * (trusted markup) with `renderTimeline`, or a Lit template (rendered by Lit, so escaped) with either.
   */
  children?: string | TemplateResult;
  /** What `src` is relative to: the page's URL, `http(s):` or `file:` (a folder URL ends with `/`). Without it, only an absolute `src` is loaded. */
  base?: string | URL;
  /** Used to fetch an http(s) `src` (default: the global `fetch`). */
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
  /** Give up loading `src` after this long (ms; default 10,000): the browser then loads it. */
  timeout?: number;
  /** The page's language (what the nearest `lang` is in the browser) when the element has no `locale`. Default `en`. */
  lang?: string;
  /** The page's direction (`dir` of an ancestor). */
  dir?: 'ltr' | 'rtl';
  /** Told why `src` could not be loaded on the server (the browser then loads it, and says so if it fails). */
  onLoadError?: (reason: string) => void;
}

/** `value` as an attribute binding: absent for null, undefined and false. */
const attribute = (value: string | number | boolean | null | undefined) => (value === null || value === undefined || value === false ? nothing : value === true ? '' : String(value));

/**
 * The element as a Lit template, ready to be rendered with `@lit-labs/ssr` (alone, or inside a
 * page's own template): `src` is loaded first, the children read. Children are a Lit template here
 * (`renderTimeline` also takes an HTML string).
 */
export async function timelineTemplate(options: TimelineRenderOptions = {}): Promise<TemplateResult> {
  if (typeof options.children === 'string') {
    throw new TypeError('event-timeline/ssr: timelineTemplate takes children as a Lit template (html`<ol>…</ol>`); renderTimeline also takes a string');
  }
  return template(options, options.children === undefined ? undefined : await collectResult(render(options.children)));
}

/** The element's template; `markup` is the children's HTML, read for events (the template places the children itself). */
async function template(options: TimelineRenderOptions, markup: string | undefined): Promise<TemplateResult> {
  const attrs = options.attributes ?? {};
  const unknown = Object.keys(attrs).filter((name) => !(RENDERED_ATTRIBUTES as readonly string[]).includes(name));
  if (unknown.length) throw new TypeError(`event-timeline/ssr: unknown attribute ${unknown.join(', ')}; the attributes rendered are ${RENDERED_ATTRIBUTES.join(', ')}`);
  const request: ServerRequest = { width: options.width ?? DEFAULT_SERVER_WIDTH, lang: options.lang, dir: options.dir };
  const src = attrs.src === undefined || attrs.src === null || attrs.src === false ? '' : String(attrs.src);
  if (options.events === undefined && src) {
    let result: Awaited<ReturnType<typeof loadOnServer>>;
    try {
      result = options.base !== undefined || /^[a-z][a-z0-9+.-]*:/i.test(src)
        ? await loadOnServer(src, { base: options.base ?? src, format: attrs.format ? String(attrs.format) : '', fetch: options.fetch, timeout: options.timeout })
        : { ok: false, reason: `"${src}" is relative and no base was given` };
    } catch (error) {
      result = { ok: false, reason: String(error) };
    }
    if (result.ok) request.loaded = result.loaded;
    else options.onLoadError?.(result.reason);
  }
  if (markup) request.children = eventsFromMarkup(markup);
  const a = (name: RenderedAttribute) => attribute(attrs[name]);
  // One line: the bindings leave no white space in the tag.
  return html`<event-timeline src=${a('src')} format=${a('format')} label=${a('label')} selected=${a('selected')} locale=${a('locale')} view-start=${a('view-start')} view-end=${a('view-end')} overview=${a('overview')} orientation=${a('orientation')} theme=${a('theme')} show-list=${a('show-list')} group-by=${a('group-by')} url-state=${a('url-state')} id=${a('id')} class=${a('class')} style=${a('style')} lang=${a('lang')} dir=${a('dir')} title=${a('title')} .events=${options.events} ._ssr=${request}>${typeof options.children === 'object' ? options.children : nothing}</event-timeline>`;
}

/**
 * The element's HTML: `<event-timeline …>` with its shadow root declared (`<template
 * shadowrootmode="open">`), the timeline drawn in it at `width`, and the children after it.
 * Put it in the page where the element goes; load `event-timeline/hydrate` in the page.
 */
export async function renderTimeline(options: TimelineRenderOptions = {}): Promise<string> {
  const { children } = options;
  if (typeof children !== 'string') return collectResult(render(await timelineTemplate(options)));
  // An HTML string goes into the page as it is: after the shadow root, before the element's end tag.
  const html = await collectResult(render(await template({ ...options, children: undefined }, children)));
  const end = html.lastIndexOf('</event-timeline>');
  return `${html.slice(0, end)}${children}${html.slice(end)}`;
}
