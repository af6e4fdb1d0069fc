import { isServer, ReactiveElement, type PropertyValues, type ReactiveController, type ReactiveControllerHost, type RenderOptions } from 'lit';
import type { LoadedSource } from '../model/load.js';
import type { HtmlEvents } from '../model/from-html.js';
import { DEFAULT_SERVER_STYLE, DEFAULT_SERVER_WIDTH, decodeServerState, encodeServerState, type ServerInput, type ServerState } from '../model/server-state.js';
import { isRightToLeft } from '../time/direction.js';
import type { StyleSource } from '../view/build.js';
import { TextMeasurer, type TextMetrics } from '../interaction/text-measure.js';
import { onDemand } from './on-demand.js';

/**
 * What the `event-timeline/ssr` entry hands the element on the server (its `_ssr` property): the
 * width to draw at, the page's language and direction, and what it read for the element (`src`
 * fetched, the children parsed), since the element cannot fetch or see its children there.
 */
export interface ServerRequest {
  width?: number;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  loaded?: LoadedSource;
  children?: HtmlEvents;
}

interface EnvironmentHost extends ReactiveControllerHost, HTMLElement {
  locale: string;
  _ssr?: ServerRequest;
  readonly hasUpdated: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly renderOptions: RenderOptions;
}

/** Lit's `hydrate()` (from @lit-labs/ssr-client), loaded only by pages with server-rendered timelines. */
type Hydrate = (value: unknown, container: HTMLElement | DocumentFragment, options?: RenderOptions) => void;

/**
 * What the element reads from the page around it: its locale and direction, its computed style,
 * how text is measured, its width. In the browser these come from the page; on the server, and in
 * the browser's first render of server-rendered HTML (which must draw exactly what the server drew
 * for Lit to hydrate it), from the server state: the server writes it into its HTML
 * (`data-ssr` on the sizer) and the element reads it back when it is created.
 */
export class EnvironmentController implements ReactiveController {
  /** The server state: while rendering on the server, or until the first render in the browser has hydrated. */
  state?: ServerState;
  /** What the server drew from, for the browser's first render (no second request for `src`). */
  serverInput?: ServerInput;
  private hydrateHtml?: Hydrate;
  /** Loading what hydration needs, before the first update. */
  private loading?: Promise<void>;
  private locale = '';
  private rtl = false;
  /** The page's values must be read again (after hydration). */
  private stale = true;

  constructor(
    private readonly host: EnvironmentHost,
    /** Called once the first render has hydrated the server's HTML. */
    private readonly onHydrated: () => void,
  ) {
    host.addController(this);
    // A declarative shadow root is there before the element is defined (and before Lit empties it without hydration support).
    const state = isServer ? undefined : decodeServerState(host.shadowRoot?.querySelector('.sizer')?.getAttribute('data-ssr'));
    if (!state) return;
    this.serverInput = state.input;
    // Lit's hydrate() and the metrics table the server measured with, loaded only where needed.
    // The list is drawn at once where the server drew it: its module comes too.
    this.loading = Promise.all([import('@lit-labs/ssr-client'), import('../interaction/register-metrics.js'), onDemand.list.load()]).then(
      ([client]) => {
        this.hydrateHtml = client.hydrate as Hydrate;
        this.state = state;
      },
      () => this.discardServerHtml(),
    );
  }

  /** Before the first update: waits for what hydration needs (the server's drawing stays on screen meanwhile). */
  beforeFirstUpdate(): Promise<void> | undefined {
    const loading = this.loading;
    this.loading = undefined;
    return loading;
  }

  /**
   * The first update of server-rendered HTML: Lit hydrates it (adopts the drawn nodes, binds the
   * listeners) instead of drawing it again. True when done; false for every other update, which
   * Lit renders as usual. Should it not match (a page that changed the element's markup), it is
   * drawn anew.
   */
  hydrate(changed: PropertyValues): boolean {
    const hydrateHtml = this.hydrateHtml;
    const host = this.host as EnvironmentHost & { render(): unknown; _$needsHydration?: boolean };
    if (!hydrateHtml || host.hasUpdated) return false;
    this.hydrateHtml = undefined;
    const value = host.render();
    // What LitElement's update does besides rendering: reflect properties to attributes.
    (ReactiveElement.prototype as unknown as { update(this: unknown, changed: PropertyValues): void }).update.call(host, changed);
    host.renderOptions.isConnected = host.isConnected;
    // LitElement renders before the root's first node, which here is the server's drawing: render into the root itself.
    host.renderOptions.renderBefore = null;
    try {
      hydrateHtml(value, host.renderRoot, host.renderOptions);
    } catch (error) {
      console.warn('<event-timeline>: the server-rendered HTML does not match what the element draws; it is drawn again.', error);
      this.discardServerHtml();
      return false;
    }
    // Lit's own hydration support (if the page loads it) must not hydrate a second time.
    host._$needsHydration = false;
    return true;
  }

  /** The server's drawing cannot be taken over: it goes, and the element draws as without it. */
  private discardServerHtml(): void {
    const root = this.host.renderRoot ?? this.host.shadowRoot;
    root?.replaceChildren();
    delete (root as { _$litPart$?: unknown } | null)?._$litPart$;
    this.host.renderOptions.renderBefore = null;
  }

  /** True on the server, and in the browser until the server's HTML has hydrated. */
  get serverDrawn(): boolean {
    return isServer || this.state !== undefined;
  }

  /** The server render's state, made before its one render from the element's properties and what the entry read. */
  startServerRender(input: ServerInput): void {
    const request = this.host._ssr ?? {};
    const locale = this.host.locale || request.lang || 'en';
    this.state = {
      v: 1,
      width: Math.max(0, Math.floor(request.width ?? DEFAULT_SERVER_WIDTH)),
      // The ssr entry loads the table; plain Lit SSR of the element measures 8 px a character.
      metrics: TextMeasurer.table ? 'table' : 'chars',
      locale,
      rtl: isRightToLeft(locale) || request.dir === 'rtl',
      style: DEFAULT_SERVER_STYLE,
      input,
    };
  }

  /** The width to draw at: the server's while its HTML is drawn, else the measured one. */
  width(measured: number): number {
    return this.state ? this.state.width : measured;
  }

  /** The locale (the element's, else the nearest `lang`, else the browser's) and direction, read again only when asked. */
  resolve(localeChanged: boolean, widthChanged: boolean): { locale: string; rtl: boolean; metrics: TextMetrics } {
    const state = this.state;
    if (state) return { locale: state.locale, rtl: state.rtl, metrics: state.metrics };
    if (this.stale || localeChanged) this.locale = this.host.locale || this.host.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
    if (this.stale || localeChanged || widthChanged) this.rtl = isRightToLeft(this.locale) || getComputedStyle(this.host).direction === 'rtl';
    this.stale = false;
    return { locale: this.locale, rtl: this.rtl, metrics: 'canvas' };
  }

  /** The style values the plot is built with: the element's computed style, or the defaults the server used. */
  style(): StyleSource {
    const state = this.state;
    if (!state) return getComputedStyle(this.host);
    const values: Record<string, string> = {
      '--event-timeline-label-size': state.style.labelSize,
      '--event-timeline-lane-height': state.style.laneHeight,
      '--event-timeline-mark-size': state.style.markSize,
    };
    return { fontFamily: state.style.fontFamily, getPropertyValue: (name: string) => values[name] ?? '' };
  }

  /** What the sizer carries in the server's HTML (and in the render that hydrates it). */
  get attribute(): string | undefined {
    return this.state ? encodeServerState(this.state) : undefined;
  }

  hostUpdated(): void {
    if (isServer || !this.serverInput) return;
    // Hydrated: from now on the page's width, locale, style and fonts.
    this.state = undefined;
    this.serverInput = undefined;
    this.stale = true;
    this.onHydrated();
  }
}
