import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HtmlEvents } from '../model/from-html.js';
import { onDemand } from './on-demand.js';

/** The attributes the HTML mapping reads: a change to any other attribute changes no event. */
const READ_ATTRIBUTES = ['id', 'datetime', 'href', 'data-category', 'data-place', 'data-people', 'data-display-date', 'data-importance'];

/**
 * The events written as the element's children (`<ol>`/`<ul>` of `<li>`, see model/from-html.ts):
 * read when asked, and watched with a MutationObserver while the element is connected, so that
 * adding, removing or editing an item (its text, a `datetime`, an attribute the mapping reads)
 * redraws the timeline. Reading again what did not change gives nothing new, so no redraw. The
 * mapping (model/from-html.ts) loads on demand, only for an element with a list among its children.
 */
export class ChildrenController implements ReactiveController {
  /** The children may have changed since they were last read. */
  changed = true;
  private observer?: MutationObserver;
  /** What was read last, as text: the same children read again are not new input. */
  private last = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The children changed. */
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.observer) return;
    this.observer = new MutationObserver(() => {
      this.changed = true;
      this.onChange();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: READ_ATTRIBUTES });
    // They may have changed while the element was away.
    this.changed = true;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** True when a list (`<ol>`, `<ul>`) is among the element's children. */
  get hasList(): boolean {
    for (const child of this.host.children) if (child.localName === 'ol' || child.localName === 'ul') return true;
    return false;
  }

  /** Loads the HTML mapping when there is a list to read and it is not there yet. */
  loading(): Promise<unknown> | undefined {
    return this.hasList && !onDemand.children.loaded ? onDemand.children.load(this.host) : undefined;
  }

  /**
   * The events the children hold now (`undefined` data when there is no list among them), or
   * `null` when they say what they said when last read (`force` reads them anyway).
   */
  read(force = false): HtmlEvents | undefined | null {
    const mapping = onDemand.children.loaded;
    if (this.hasList && !mapping) return null; // read once the mapping has loaded (see loading())
    this.changed = false;
    const events = mapping && this.hasList ? mapping.eventsFromHtml(this.host) : undefined;
    const text = events ? JSON.stringify([events.data, events.problems]) : '';
    if (!force && text === this.last) return null;
    this.last = text;
    return events;
  }
}
