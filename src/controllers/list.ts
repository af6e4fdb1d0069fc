import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onDemand } from './on-demand.js';

type ListModule = typeof import('../view/list.js');

/**
 * The list of all events: its module loads on demand, and the list is drawn once the timeline is
 * on screen, when the page is idle (so it never delays the first render) — at once when it is
 * shown to everyone (`show-list`). The list pages itself (see view/list.ts).
 */
export class ListController implements ReactiveController {
  /** The idle moment after new data has come: the list may be drawn. */
  ready = false;
  private task?: number;
  /** Data came and the list waits to be scheduled after the next render. */
  private due = false;
  /** The element was removed while the list was waiting: schedule it again on return. */
  private interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost & { isConnected: boolean },
    /** The list is shown to everyone (then it is needed at once). */
    private readonly shown: () => boolean,
  ) {
    host.addController(this);
  }

  /** The list's module, once loaded. */
  get view(): ListModule | undefined {
    return onDemand.list.loaded;
  }

  /** New data: the list waits for the next idle moment after it is drawn (`now`: drawn at once, as on the server). */
  reset(now = false): void {
    this.cancel();
    this.ready = now;
    this.due = !now;
  }

  hostUpdate(): void {
    if (this.shown() && !this.view) onDemand.list.use(this.host, () => this.host.requestUpdate());
  }

  hostUpdated(): void {
    if (this.due && this.host.isConnected) {
      this.due = false;
      this.schedule();
    }
  }

  hostConnected(): void {
    if (this.interrupted) {
      this.interrupted = false;
      this.schedule();
    }
  }

  hostDisconnected(): void {
    if (this.task !== undefined) this.interrupted = true;
    this.cancel();
  }

  private schedule(): void {
    this.cancel();
    // Fetched now, drawn when the page is idle (by then it has usually arrived).
    const module = onDemand.list.load(this.host);
    module.catch(() => undefined); // reported by onDemand; the list is then left out
    const ready = () => {
      this.task = undefined;
      const show = () => {
        this.ready = true;
        this.host.requestUpdate();
      };
      if (this.view) show();
      else void module.then(show, () => undefined);
    };
    this.task = typeof requestIdleCallback === 'function' ? requestIdleCallback(ready, { timeout: 1000 }) : (setTimeout(ready, 50) as unknown as number);
  }

  private cancel(): void {
    if (this.task === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(this.task);
    else clearTimeout(this.task);
    this.task = undefined;
  }
}
