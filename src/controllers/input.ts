import { isServer, type PropertyValues, type ReactiveControllerHost } from 'lit';
import type { LoadedSource } from '../model/load.js';
import { restoreSource, serializeSource, type ServerInput } from '../model/server-state.js';
import type { HtmlEvents } from '../model/from-html.js';
import type { ChildrenController } from './children.js';
import type { EnvironmentController, ServerRequest } from './environment.js';
import type { SourceController } from './source.js';

/** The input the element shows: its data, and how it was read when it was converted (src, children). */
export interface Input {
  data: unknown;
  loaded?: Pick<LoadedSource, 'data' | 'problems' | 'eventName'>;
  /** Where it came from: the light-DOM children are the chronology for screen readers only then. */
  from?: 'children';
}

interface InputHost extends ReactiveControllerHost, HTMLElement {
  events: unknown;
  src: string;
  format: string;
  readonly hasUpdated: boolean;
  _ssr?: ServerRequest;
}

/**
 * Which input the element shows: `events` when set, else `src` when not empty, else the events
 * written as its children (between `events` and `src`, the one set last wins while both are set).
 * On the server it is what the `ssr` entry read; in the browser's first render of server-rendered
 * HTML it is what the server drew, with no second request for `src`; once that has hydrated, the
 * element's own properties and children count again.
 */
export class InputDecider {
  /** The server's HTML has hydrated: the properties and children are looked at again. */
  private reconcile = false;
  /** What the server drew from, until the properties and children are looked at again. */
  private drawn?: ServerInput;

  constructor(
    private readonly host: InputHost,
    private readonly source: SourceController,
    private readonly children: ChildrenController,
    private readonly environment: EnvironmentController,
  ) {}

  /** Called once the server's HTML has hydrated. */
  hydrated(): void {
    this.reconcile = true;
    // After the update that hydrated, not inside it.
    queueMicrotask(() => this.host.requestUpdate());
  }

  /** The new input for this update, if there is one (called from `willUpdate`). */
  next(changed: PropertyValues): Input | undefined {
    if (isServer) return this.onServer();
    const drawn = this.environment.serverInput;
    if (drawn && !this.host.hasUpdated) return this.restore(drawn);
    if (this.reconcile) return this.afterHydration();
    const { host, source } = this;
    let next: Input | undefined;
    if (changed.has('events')) {
      source.cancel();
      next = { data: host.events };
    }
    const sourceWanted = (changed.has('src') || changed.has('format') || (changed.has('events') && host.events === undefined)) && host.src;
    if (sourceWanted) void source.load(host.src, host.format);
    else if (changed.has('src') && !host.src) source.cancel();
    const childrenWanted = host.events === undefined && !host.src;
    if (childrenWanted && (this.children.changed || changed.has('events') || changed.has('src') || !host.hasUpdated)) {
      const read = this.children.read(changed.has('events') || changed.has('src') || !host.hasUpdated);
      if (read !== null) next = fromChildren(read);
    }
    return next;
  }

  /** On the server: `events`, else `src` as the entry loaded it, else the children as it parsed them. */
  private onServer(): Input {
    const { host, environment } = this;
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
      if (!loaded) this.source.loading = true;
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
  private restore(from: ServerInput): Input {
    this.drawn = from;
    if (from.from === 'events') return { data: from.data };
    if (from.from === 'src') {
      if (!from.loaded) {
        this.source.loading = true;
        return { data: undefined };
      }
      const loaded = restoreSource(from.loaded);
      return { data: loaded.data, loaded };
    }
    if (from.from === 'children') return fromChildren(this.children.read(true) ?? undefined);
    return { data: undefined };
  }

  /** After hydration: what the page set since (or in place of) the server's input. */
  private afterHydration(): Input | undefined {
    this.reconcile = false;
    const { host, source, drawn } = this;
    this.drawn = undefined;
    if (host.events !== undefined) return drawn?.from === 'events' && drawn.data === host.events ? undefined : { data: host.events };
    if (host.src) {
      const same = drawn?.from === 'src' && drawn.src === host.src && drawn.format === host.format && drawn.loaded !== undefined;
      if (!same) void source.load(host.src, host.format);
      return undefined;
    }
    // The server's events stay (they are in the page) until the page sets its own.
    if (drawn?.from === 'events') return undefined;
    if (drawn?.from === 'children' && !this.children.changed) return undefined;
    const read = this.children.read(true);
    return fromChildren(read ?? undefined);
  }

}

/** The input of events written as children (no list among them: no events). */
function fromChildren(read: HtmlEvents | undefined): Input {
  return read ? { data: read.data, loaded: read, from: 'children' } : { data: undefined };
}
