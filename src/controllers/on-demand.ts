/**
 * Modules the first paint does not need: loaded with a dynamic `import()` the first time they are
 * needed, and fetched ahead when the page is idle after the first render, so that no user waits
 * for one. Bundlers make each a chunk of its own.
 */

/** A module that could not be loaded: which (`vertical`, `details`, …) and why. */
export interface OnDemandFailure {
  part: string;
  reason: string;
}

/** Who is told when a module that an element asked for fails to load. */
const reporters = new WeakMap<object, (failure: OnDemandFailure) => void>();

/** Tells `report` when a module that `requester` (an element) asked for fails to load; returns the unsubscribe. */
export function reportOnDemandFailures(requester: object, report: (failure: OnDemandFailure) => void): () => void {
  reporters.set(requester, report);
  return () => void reporters.delete(requester);
}

/**
 * A module loaded on demand, once; `loaded` is set when it has arrived. A failed load (offline, a
 * chunk missing beside the standalone file) is reported to the elements that asked for it (see
 * {@link reportOnDemandFailures}; a prefetch asks for nothing) and forgotten, so that the next need
 * tries again.
 */
export class OnDemand<T> {
  loaded?: T;
  private promise?: Promise<T>;
  /** The elements waiting for the load in flight. */
  private readonly waiting = new Set<object>();

  /** The load in flight or done, if it was asked for. */
  get pending(): Promise<T> | undefined {
    return this.promise;
  }

  constructor(
    /** The module's name in messages. */
    readonly part: string,
    private readonly importer: () => Promise<T>,
  ) {}

  /** Loads the module (once) and resolves with it; rejects when it cannot be loaded, reported to `requester` if given. */
  load(requester?: object): Promise<T> {
    if (requester && !this.loaded) this.waiting.add(requester);
    this.promise ??= this.importer().then(
      (module) => {
        this.waiting.clear();
        return (this.loaded = module);
      },
      (error: unknown) => {
        this.promise = undefined;
        const reason = error instanceof Error ? error.message : String(error);
        const told = [...this.waiting];
        this.waiting.clear();
        for (const who of told) reporters.get(who)?.({ part: this.part, reason });
        throw error;
      },
    );
    return this.promise;
  }

  /** Loads the module for `requester` and runs `then` with it; a failure is reported to the requester, not thrown. */
  use(requester: object, then: (module: T) => void): void {
    this.load(requester).then(then, () => undefined);
  }
}

export const onDemand = {
  /** Drag, pinch and double-click (d3-zoom, with d3-selection and d3-transition). */
  gesture: new OnDemand('gesture', () => import('./drag-gesture.js')),
  /** The vertical (phone) orientation. */
  vertical: new OnDemand('vertical', () => import('../view/vertical.js')),
  /** The plot's keys (arrows, Home/End, Enter, Escape, zoom and pan keys). */
  keys: new OnDemand('keys', () => import('./keys.js')),
  /** Category bands and the legend (group-by). */
  categories: new OnDemand('categories', () => import('../view/categories.js')),
  /** The details panel of the selected event. */
  details: new OnDemand('details', () => import('../view/details.js')),
  /** The overview strip and its brush. */
  overview: new OnDemand('overview', () => import('../view/overview.js')),
  /** The list of all events. */
  list: new OnDemand('list', () => import('../view/list.js')),
  /** Loading `src`: decoding, formats (CSV/TSV with d3-dsv, TimelineJS). */
  source: new OnDemand('source', () => import('../model/load.js')),
  /** Taking over a server's drawing (hydration), and making one on the server. */
  server: new OnDemand('server', () => import('./server-environment.js')),
  /** Events written as the element's children (the HTML mapping). */
  children: new OnDemand('children', () => import('../model/from-html.js')),
  /** `url-state`: the selection and the view kept in the page URL. */
  urlState: new OnDemand('urlState', () => import('./url-state.js')),
  /** Printing the whole chronology (installed when the page is idle after the first render). */
  print: new OnDemand('print', () => import('./print.js')),
  /** The list of a "+N" cluster's events. */
  clusterList: new OnDemand('clusterList', () => import('./cluster-list.js')),
  /** `toSVG`, `toPNG` and the Download menu (the export itself loads when first used). */
  exporter: new OnDemand('exporter', () => import('./export.js')),
};

/** Resolves once every module asked for so far has arrived (or failed). */
export async function onDemandSettled(): Promise<void> {
  await Promise.all(Object.values(onDemand).map((module) => module.pending?.catch(() => undefined)));
}

let idle: Promise<void> | undefined;

/**
 * After the first render: fetches every on-demand module when the page is idle (once per page).
 * Resolves when that moment has come.
 */
export function prefetchWhenIdle(): Promise<void> {
  idle ??= new Promise<void>((resolve) => {
    const fetchAll = () => {
      for (const module of Object.values(onDemand)) void module.load().catch(() => undefined);
      resolve();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(fetchAll, { timeout: 2000 });
    else setTimeout(fetchAll, 200);
  });
  return idle;
}
