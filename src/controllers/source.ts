import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadedSource } from '../model/load.js';
import { notEventsReason } from '../model/normalize.js';
import { onDemand } from './on-demand.js';

/**
 * The `src` request: loads, converts, validates and hands over the dataset; a new request, new
 * events or an empty `src` abort the one in flight (a slow old response never overwrites a newer
 * one); Retry repeats the last request. The loader (`model/load.ts`: size limit, decoding,
 * formats) loads on demand: a page that sets events never needs it.
 */
export class SourceController implements ReactiveController {
  loading = false;
  /** Why the last request failed ('' when it did not). */
  error = '';
  private abort?: AbortController;
  private url = '';
  private format = '';
  /** The element was removed while loading: the request was stopped and is made again on return. */
  private interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called with what was loaded (validated by the element), or undefined when the request failed. */
    private readonly onResult: (loaded: LoadedSource | undefined) => void,
  ) {
    host.addController(this);
  }

  /** Loads `url` (cancelling any request in flight). */
  async load(url: string, format: string): Promise<void> {
    this.cancel();
    const abort = new AbortController();
    this.abort = abort;
    this.url = url;
    this.format = format;
    this.loading = true;
    this.error = '';
    this.host.requestUpdate();
    // The request starts at once; the reader of its bytes loads on demand meanwhile.
    const started = fetch(url, { signal: abort.signal, credentials: 'same-origin' });
    started.catch(() => undefined); // a failure is read (and reported) by the loader
    const loader = await onDemand.source.load().catch(() => undefined);
    const result = loader
      ? await loader.loadDataset(url, abort.signal, undefined, format, started)
      : { ok: false as const, reason: "the timeline's file reader could not be fetched (offline?)" };
    if (this.abort !== abort) return; // a newer request or new events replaced this one
    this.abort = undefined;
    this.loading = false;
    const failure = result.ok ? notEventsReason(result.data) : result.reason; // not events at all: Retry may help
    this.error = failure ?? '';
    this.onResult(result.ok && failure === undefined ? result : undefined);
    this.host.requestUpdate();
  }

  /** Repeats the last request. */
  readonly retry = (): void => {
    if (this.url) void this.load(this.url, this.format);
  };

  /** Stops the request in flight and forgets a failure (new events came, or `src` was cleared). */
  cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.loading = false;
    this.error = '';
    this.interrupted = false;
  }

  hostConnected(): void {
    if (this.interrupted) this.retry();
  }

  hostDisconnected(): void {
    if (!this.abort) return;
    this.cancel();
    this.interrupted = true;
  }
}
