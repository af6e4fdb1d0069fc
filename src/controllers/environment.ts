import { isServer, type PropertyValues, type ReactiveController, type ReactiveControllerHost, type RenderOptions } from 'lit';
import type { LoadedSource } from '../model/load.js';
import type { HtmlEvents } from '../model/from-html.js';
import type { ServerInput } from '../model/server-state.js';
import { isRightToLeft } from '../time/direction.js';
import type { StyleSource } from '../view/build.js';
import type { TextMetrics } from '../interaction/text-measure.js';
import type { ServerEnvironment } from './server-environment.js';
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

export interface EnvironmentHost extends ReactiveControllerHost, HTMLElement {
  locale: string;
  _ssr?: ServerRequest;
  readonly hasUpdated: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly renderOptions: RenderOptions;
}

/**
 * What the element reads from the page around it: its locale and direction, its computed style,
 * how text is measured, its width. In the browser these come from the page; on the server, and in
 * the browser's first render of server-rendered HTML (which must draw exactly what the server drew
 * for Lit to hydrate it), from the server state (see server-environment.ts, which only such pages
 * load).
 */
export class EnvironmentController implements ReactiveController {
  /** The server's part, while a server's drawing is made or taken over. */
  private server?: ServerEnvironment;
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
    if (isServer) {
      // The ssr entry has loaded the server's part.
      const module = onDemand.server.loaded;
      if (module) this.server = new module.ServerEnvironment(host);
      return;
    }
    // A declarative shadow root is there before the element is defined (and before Lit empties it without hydration support).
    const attribute = host.shadowRoot?.querySelector('.sizer')?.getAttribute('data-ssr');
    if (!attribute) return;
    this.loading = onDemand.server.load(host).then(({ ServerEnvironment }) => {
      this.server = new ServerEnvironment(host);
      return this.server.takeOver(attribute);
    });
  }

  /** Before the first update: waits for what hydration needs (the server's drawing stays on screen meanwhile). */
  beforeFirstUpdate(): Promise<void> | undefined {
    const loading = this.loading;
    this.loading = undefined;
    return loading;
  }

  /** The first update of server-rendered HTML is hydrated, not drawn again (true when it was). */
  hydrate(changed: PropertyValues): boolean {
    return this.server?.hydrate(changed) ?? false;
  }

  /** True on the server, and in the browser until the server's HTML has hydrated. */
  get serverDrawn(): boolean {
    return isServer || this.server?.state !== undefined;
  }

  /** What the server drew from, for the browser's first render. */
  get serverInput(): ServerInput | undefined {
    return this.server?.serverInput;
  }

  /** On the server: the state of its one render. */
  startServerRender(input: ServerInput): void {
    this.server?.startServerRender(input);
  }

  /** The width to draw at: the server's while its HTML is drawn, else the measured one. */
  width(measured: number): number {
    return this.server?.state?.width ?? measured;
  }

  /** The locale (the element's, else the nearest `lang`, else the browser's) and direction, read again only when asked. */
  resolve(localeChanged: boolean, widthChanged: boolean): { locale: string; rtl: boolean; metrics: TextMetrics } {
    const state = this.server?.state;
    if (state) return { locale: state.locale, rtl: state.rtl, metrics: state.metrics };
    if (this.stale || localeChanged) this.locale = this.host.locale || this.host.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
    if (this.stale || localeChanged || widthChanged) this.rtl = isRightToLeft(this.locale) || getComputedStyle(this.host).direction === 'rtl';
    this.stale = false;
    return { locale: this.locale, rtl: this.rtl, metrics: 'canvas' };
  }

  /** The style values the plot is built with: the element's computed style, or the defaults the server used. */
  style(): StyleSource {
    const state = this.server?.state;
    return state ? this.server!.style(state) : getComputedStyle(this.host);
  }

  /** What the sizer carries in the server's HTML (and in the render that hydrates it). */
  get attribute(): string | undefined {
    return this.server?.attribute;
  }

  hostUpdated(): void {
    if (isServer || !this.server?.serverInput) return;
    // Hydrated: from now on the page's width, locale, style and fonts.
    this.server = undefined;
    this.stale = true;
    this.onHydrated();
  }
}
