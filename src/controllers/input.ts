import { isServer, type PropertyValues, type ReactiveControllerHost } from 'lit';
import type { LoadedSource } from '../model/load.js';
import type { ServerInput } from '../model/server-state.js';
import type { HtmlEvents } from '../model/from-html.js';
import type { ChildrenController } from './children.js';
import type { EnvironmentController, ServerRequest } from './environment.js';
import type { SourceController } from './source.js';
import { onDemand } from './on-demand.js';

/** The input the element shows: its data, and how it was read when it was converted (src, children). */
export interface Input {
  data: unknown;
  loaded?: Pick<LoadedSource, 'data' | 'problems' | 'eventName'>;
  /** Where it came from: the light-DOM children are the chronology for screen readers only then. */
  from?: 'children';
}

export interface InputHost extends ReactiveControllerHost, HTMLElement {
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
  reconcile = false;
  /** What the server drew from, until the properties and children are looked at again. */
  drawn?: ServerInput;

  constructor(
    readonly host: InputHost,
    readonly source: SourceController,
    readonly children: ChildrenController,
    readonly environment: EnvironmentController,
  ) {}

  /** Called once the server's HTML has hydrated. */
  hydrated(): void {
    this.reconcile = true;
    // After the update that hydrated, not inside it.
    queueMicrotask(() => this.host.requestUpdate());
  }

  /** The new input for this update, if there is one (called from `willUpdate`). */
  next(changed: PropertyValues): Input | undefined {
    // A server's drawing: its module is there (the server, and a page that takes one over, load it first).
    const server = onDemand.server.loaded;
    if (isServer && server) return server.serverInput(this);
    const drawn = this.environment.serverInput;
    if (server && drawn && !this.host.hasUpdated) return server.restoreInput(this, drawn);
    if (server && this.reconcile) return server.inputAfterHydration(this);
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


}

/** The input of events written as children (no list among them: no events). */
export function fromChildren(read: HtmlEvents | undefined): Input {
  return read ? { data: read.data, loaded: read, from: 'children' } : { data: undefined };
}
