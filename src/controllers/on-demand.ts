/**
 * Modules the first paint does not need: loaded with a dynamic `import()` the first time they are
 * needed, and fetched ahead when the page is idle after the first render, so that no user waits
 * for one. Bundlers make each a chunk of its own.
 */

/** A module loaded on demand, once; `loaded` is set when it has arrived. */
export class OnDemand<T> {
  loaded?: T;
  private promise?: Promise<T>;

  /** The load in flight or done, if it was asked for. */
  get pending(): Promise<T> | undefined {
    return this.promise;
  }

  constructor(private readonly importer: () => Promise<T>) {}

  /** Loads the module (once) and resolves with it. */
  load(): Promise<T> {
    this.promise ??= this.importer().then((module) => (this.loaded = module));
    return this.promise;
  }
}

export const onDemand = {
  /** Drag, pinch and double-click (d3-zoom, with d3-selection and d3-transition). */
  gesture: new OnDemand(() => import('./drag-gesture.js')),
  /** The vertical (phone) orientation. */
  vertical: new OnDemand(() => import('../view/vertical.js')),
  /** The plot's keys (arrows, Home/End, Enter, Escape, zoom and pan keys). */
  keys: new OnDemand(() => import('./keys.js')),
  /** Category bands and the legend (group-by). */
  categories: new OnDemand(() => import('../view/categories.js')),
  /** The details panel of the selected event. */
  details: new OnDemand(() => import('../view/details.js')),
  /** The overview strip and its brush. */
  overview: new OnDemand(() => import('../view/overview.js')),
  /** The list of all events. */
  list: new OnDemand(() => import('../view/list.js')),
  /** Loading `src`: decoding, formats (CSV/TSV with d3-dsv, TimelineJS). */
  source: new OnDemand(() => import('../model/load.js')),
  /** Taking over a server's drawing (hydration), and making one on the server. */
  server: new OnDemand(() => import('./server-environment.js')),
  /** Events written as the element's children (the HTML mapping). */
  children: new OnDemand(() => import('../model/from-html.js')),
  /** `url-state`: the selection and the view kept in the page URL. */
  urlState: new OnDemand(() => import('./url-state.js')),
  /** Printing the whole chronology (installed when the page is idle after the first render). */
  print: new OnDemand(() => import('./print.js')),
  /** `toSVG`, `toPNG` and the Download menu (the export itself loads when first used). */
  exporter: new OnDemand(() => import('./export.js')),
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
