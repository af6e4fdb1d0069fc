import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LIST_PAGE } from '../view/list.js';

/**
 * The list of all events: drawn once the timeline is on screen, when the page is idle (so it never
 * delays the first render), and paged when shown to everyone.
 */
export class ListController implements ReactiveController {
  /** The idle moment after new data has come: the list may be drawn. */
  ready = false;
  /** How many events a visible list shows. */
  limit = LIST_PAGE;
  private task?: number;
  /** Data came and the list waits to be scheduled after the next render. */
  private due = false;
  /** The element was removed while the list was waiting: schedule it again on return. */
  private interrupted = false;

  constructor(private readonly host: ReactiveControllerHost & { isConnected: boolean }) {
    host.addController(this);
  }

  /** New data: the list waits for the next idle moment after it is drawn (`now`: drawn at once, as on the server). */
  reset(now = false): void {
    this.cancel();
    this.ready = now;
    this.limit = LIST_PAGE;
    this.due = !now;
  }

  /** Shows the next page of a visible list. */
  readonly more = (): void => {
    this.limit += LIST_PAGE;
    this.host.requestUpdate();
  };

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
    const ready = () => {
      this.task = undefined;
      this.ready = true;
      this.host.requestUpdate();
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
