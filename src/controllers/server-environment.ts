/**
 * The element's environment when a server drew it (loaded on demand: only `event-timeline/ssr` on
 * the server, and pages with server-rendered timelines in the browser, use it): the server state
 * the server writes into its HTML (`data-ssr` on the sizer) and the browser reads back, so that the
 * first render in the browser draws exactly what the server drew and Lit hydrates it, with Lit's
 * `hydrate()` from @lit-labs/ssr-client.
 */
import { ReactiveElement, type PropertyValues, type RenderOptions } from 'lit';
import { DEFAULT_SERVER_STYLE, DEFAULT_SERVER_WIDTH, decodeServerState, encodeServerState, restoreSource, serializeSource, type ServerInput, type ServerState } from '../model/server-state.js';
import { isRightToLeft } from '../time/direction.js';
import type { StyleSource } from '../view/build.js';
import { TextMeasurer } from '../interaction/text-measure.js';
import type { EnvironmentHost } from './environment.js';
import { fromChildren, type Input, type InputDecider } from './input.js';
import { onDemand } from './on-demand.js';

/** Lit's `hydrate()` (from @lit-labs/ssr-client). */
type Hydrate = (value: unknown, container: HTMLElement | DocumentFragment, options?: RenderOptions) => void;

export class ServerEnvironment {
  /** The server state: while rendering on the server, or until the first render in the browser has hydrated. */
  state?: ServerState;
  /** What the server drew from, for the browser's first render (no second request for `src`). */
  serverInput?: ServerInput;
  private hydrateHtml?: Hydrate;

  constructor(private readonly host: EnvironmentHost) {}

  /**
   * In the browser: reads the state the server wrote, and loads what hydration needs (Lit's
   * hydrate, the metrics table the server measured with, the list the server drew). Undefined when
   * there is no server HTML to take over.
   */
  takeOver(attribute: string | null | undefined): Promise<void> | undefined {
    const state = decodeServerState(attribute);
    if (!state) return undefined;
    this.serverInput = state.input;
    return Promise.all([import('@lit-labs/ssr-client'), import('../interaction/register-metrics.js'), onDemand.list.load()]).then(
      ([client]) => {
        this.hydrateHtml = client.hydrate as Hydrate;
        this.state = state;
      },
      () => this.discardServerHtml(),
    );
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

  /** The style values the server drew with. */
  style(state: ServerState): StyleSource {
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
}

// ---- the input of a server's drawing (see InputDecider) -------------------------------------

/** On the server: `events`, else `src` as the entry loaded it, else the children as it parsed them. */
export function serverInput(decider: InputDecider): Input {
  const { host, environment, source } = decider;
  const request = host._ssr ?? {};
  let input: Input;
  let from: ServerInput;
  if (host.events !== undefined) {
    input = { data: host.events };
    from = { from: 'events', data: host.events };
  } else if (host.src) {
    const loaded = request.loaded;
    input = loaded ? { data: loaded.data, loaded } : { data: undefined };
    from = { from: 'src', src: host.src, format: host.format, ...(loaded ? { loaded: serializeSource(loaded) } : {}) };
    // Not loaded on the server (or no entry to load it): drawn as loading, and loaded in the browser.
    if (!loaded) source.loading = true;
  } else if (request.children) {
    input = fromChildren(request.children);
    from = { from: 'children' };
  } else {
    input = { data: undefined };
    from = { from: 'none' };
  }
  environment.startServerRender(from);
  return input;
}

/** The browser's first render of server-rendered HTML: what the server drew. */
export function restoreInput(decider: InputDecider, from: ServerInput): Input {
  decider.drawn = from;
  if (from.from === 'events') return { data: from.data };
  if (from.from === 'src') {
    if (!from.loaded) {
      decider.source.loading = true;
      return { data: undefined };
    }
    const loaded = restoreSource(from.loaded);
    return { data: loaded.data, loaded };
  }
  if (from.from === 'children') return fromChildren(decider.children.read(true) ?? undefined);
  return { data: undefined };
}

/** After hydration: what the page set since (or in place of) the server's input. */
export function inputAfterHydration(decider: InputDecider): Input | undefined {
  decider.reconcile = false;
  const { host, source, drawn, children } = decider;
  decider.drawn = undefined;
  if (host.events !== undefined) return drawn?.from === 'events' && drawn.data === host.events ? undefined : { data: host.events };
  if (host.src) {
    const same = drawn?.from === 'src' && drawn.src === host.src && drawn.format === host.format && drawn.loaded !== undefined;
    if (!same) void source.load(host.src, host.format);
    return undefined;
  }
  // The server's events stay (they are in the page) until the page sets its own.
  if (drawn?.from === 'events') return undefined;
  if (drawn?.from === 'children' && !children.changed) return undefined;
  return fromChildren(children.read(true) ?? undefined);
}
