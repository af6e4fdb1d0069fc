import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ViewContext } from '../view/context.js';
import { adoptStyles } from '../styles/adopt.js';
import { shareMenus } from '../styles/share-menus.js';
import type { Messages } from '../messages/index.js';
import type { Problem, TimelineEvent } from '../model/types.js';
import type { UrlSync } from './url-state-sync.js';
import type { ViewportController } from './viewport.js';
import { shareWords } from '../messages/sharing.js';

export interface UrlStateHost extends ReactiveControllerHost, HTMLElement {
  urlState: boolean;
  selected: string | null;
  viewStart: string;
  viewEnd: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Every problem now listed (sent with `timeline-error`). */
  readonly problems: readonly Problem[];
}

export interface UrlStateOptions {
  /** The events by id, once data is shown (undefined while loading or empty). */
  events(): ReadonlyMap<string, TimelineEvent> | undefined;
  messages(): Messages;
  /** Says something through the live region. */
  announce(text: string): void;
}

/** The Copy link button's state: what was copied, or the link shown in a field to copy by hand. */
export interface CopyLinkState {
  status: 'idle' | 'copied' | 'manual';
  url: string;
  /** The event whose link it is. */
  id?: string;
}

/**
 * `url-state` (see `url-state-sync.ts`, loaded when an element first has the attribute, so that
 * timelines without it carry none of it): what the templates read (problems of the URL's state,
 * the Copy link button) and the element's hooks.
 */
export class UrlStateController implements ReactiveController {
  /** What the URL's state could not give (malformed, unknown event), from the last state read. */
  problems: Problem[] = [];
  copy: CopyLinkState = { status: 'idle', url: '' };
  private sync?: UrlSync;
  private loading = false;
  /** The user selected before the URL code was loaded: that selection is written when it is. */
  private early = false;

  constructor(
    private readonly host: UrlStateHost,
    private readonly viewport: ViewportController,
    private readonly options: UrlStateOptions,
  ) {
    host.addController(this);
    adoptStyles(host.renderRoot, shareMenus);
  }

  /** The next change of the selection is the user's: it adds a history entry. */
  userSelected(): void {
    if (this.sync) this.sync.userSelected();
    else this.early = true;
  }

  /** The Copy link button's state for the event now selected (idle for another). */
  copyState(selected: string | null): CopyLinkState {
    return this.copy.id === selected ? this.copy : { status: 'idle', url: '' };
  }

  /** Copies the link to the selected event (the Copy link button). */
  readonly copyLink = (): Promise<void> => this.sync?.copyLink() ?? Promise.resolve();

  hostUpdated(): void {
    if (this.sync) this.sync.updated();
    else if (this.host.urlState && !this.loading) {
      this.loading = true;
      void import('./url-state-sync.js').then(({ UrlSync }) => {
        this.sync = new UrlSync(this.host, this.viewport, this.options, this);
        if (this.early) this.sync.userSelected();
        this.host.requestUpdate();
      });
    }
  }

  hostConnected(): void {
    if (this.sync && this.host.urlState) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.sync?.disconnected();
  }
}

/** "Copy link" (with `url-state`): copies the link to the event; where the clipboard refuses, shows it selected. */
export function copyLinkTemplate(ctx: ViewContext): TemplateResult | typeof nothing {
  const state = ctx.copyLink;
  if (!state) return nothing;
  const m = shareWords(ctx.messages.lang);
  return html`<div class="share-link">
    <button type="button" part="copy-link" @click=${ctx.on.copyLink}>${state.status === 'copied' ? m.linkCopied : m.copyLink}</button>
    ${state.status === 'manual'
      ? html`<input class="link-field" type="url" readonly aria-label=${m.linkField} .value=${state.url} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
          <span class="link-hint">${m.copyByHand}</span>`
      : nothing}
  </div>`;
}
