import type { Problem, TimelineEvent } from '../model/types.js';
import { parsePartialDate } from '../time/partial-date.js';
import { readUrlState, stateKey, writeUrlState, type UrlState, type UrlStateProblem } from '../model/url-state.js';
import { prefersReducedMotion } from './motion.js';
import { timelineEvent, type TimelineErrorDetail } from '../events.js';
import type { ViewportController } from './viewport.js';
import type { CopyLinkState, UrlStateHost, UrlStateOptions } from './url-state.js';
import { shareWords } from '../messages/sharing.js';

/** How long "Link copied" stays. */
const COPIED_MS = 3000;

/**
 * `url-state`, loaded when an element first has it (see `url-state.ts`): the selection and the
 * view kept in the page URL's fragment, under the element's id (see `model/url-state.ts`). A
 * user's selection (or closing the details) adds a history entry, a view change replaces the
 * current one; Back, Forward and a new fragment restore the state they name; a URL opened with a
 * state selects its event, opens the details, brings the event into view and scrolls the element
 * into the viewport. What cannot be read is reported in the problems list and with
 * `timeline-error`, and otherwise ignored. Also the details panel's Copy link button.
 */
export class UrlSync {
  private listening = false;
  /** A state read from the URL, waiting for data to be applied to. */
  private pending?: { state: UrlState; problems: UrlStateProblem[]; scroll: boolean };
  /** The state text now in the URL as this element last read or wrote it. */
  private current?: string;
  /** The next update records the element's state as the URL's without writing it. */
  private adopt = false;
  private userSelection = false;
  /** The last view change by the user showed all events: the view is left out of the URL. */
  private fittedByUser = false;
  private gestureView?: { start: string; end: string };
  private lastView = { start: '', end: '' };
  private scrollTo?: string;
  /** The element's state as last synchronised with the URL (selection and view). */
  private written?: string;
  private copyTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: UrlStateHost,
    private readonly viewport: ViewportController,
    private readonly options: UrlStateOptions,
    /** Where the problems and the Copy link state are kept for the templates. */
    private readonly shown: { problems: Problem[]; copy: CopyLinkState },
  ) {}

  /** The next change of the selection is the user's: it adds a history entry. */
  userSelected(): void {
    this.userSelection = true;
  }

  disconnected(): void {
    this.stop();
    clearTimeout(this.copyTimer);
  }

  updated(): void {
    const host = this.host;
    if (!host.urlState || !host.isConnected) {
      if (this.listening) this.stop();
      return;
    }
    if (!this.listening) this.start();
    const events = this.options.events();
    if (this.pending && events) {
      const pending = this.pending;
      this.pending = undefined;
      // Applied once this update is done: its changes make the next one.
      queueMicrotask(() => this.apply(pending, this.options.events() ?? events));
      return;
    }
    if (this.pending) return;
    if (this.scrollTo !== undefined) this.scrollIntoView(this.scrollTo);
    this.trackView();
    const state = this.state();
    const text = `${host.selected ?? ''}\n${state.view?.start ?? ''}/${state.view?.end ?? ''}`;
    if (this.adopt) {
      this.adopt = false;
      this.written = text;
      return;
    }
    if (text === this.written) return;
    this.written = text;
    const push = this.userSelection;
    this.userSelection = false;
    const hash = writeUrlState(location.hash, this.key, state);
    const url = `${location.href.split('#')[0]}${hash}`;
    if (url === location.href) return;
    // The page's own history state is carried along (routers keep theirs there).
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
    this.current = readUrlState(hash, this.key).raw;
  }

  /** The link to an event: this page with the event (and the view) in its fragment. */
  linkTo(id: string): string {
    const hash = writeUrlState(location.hash, this.key, { ...this.state(), event: id });
    return `${location.href.split('#')[0]}${hash}`;
  }

  /** Copies the link to the selected event; where the clipboard refuses, shows it selected in a field. */
  readonly copyLink = async (): Promise<void> => {
    const id = this.host.selected;
    if (id === null) return;
    const url = this.linkTo(id);
    const m = shareWords(this.options.messages().lang);
    clearTimeout(this.copyTimer);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      this.copied(url, id, m.linkCopied);
    } catch {
      this.shown.copy = { status: 'manual', url, id };
      this.host.requestUpdate();
      await this.host.updateComplete;
      const field = this.host.renderRoot.querySelector<HTMLInputElement>('.link-field');
      field?.focus();
      field?.select();
      // The older way still works in many browsers while the text is selected.
      let done = false;
      try {
        done = document.execCommand('copy');
      } catch {
        done = false;
      }
      if (done) this.copied(url, id, m.linkCopied);
      else this.options.announce(m.copyByHand);
    }
  };

  private copied(url: string, id: string, text: string): void {
    this.shown.copy = { status: 'copied', url, id };
    this.options.announce(text);
    this.host.requestUpdate();
    this.copyTimer = setTimeout(() => {
      this.shown.copy = { status: 'idle', url: '' };
      this.host.requestUpdate();
    }, COPIED_MS);
  }

  private get key(): string {
    return stateKey(this.host.id);
  }

  /** What the element would keep in the URL now. */
  private state(): UrlState {
    const { selected, viewStart, viewEnd } = this.host;
    const view = !this.fittedByUser && (viewStart || viewEnd) ? { start: viewStart, end: viewEnd } : undefined;
    return { event: selected ?? undefined, view };
  }

  /** A view set from code (not by a gesture) is kept in the URL even after the user fitted. */
  private trackView(): void {
    const { viewStart: start, viewEnd: end } = this.host;
    if (start === this.lastView.start && end === this.lastView.end) return;
    this.lastView = { start, end };
    if (this.gestureView?.start !== start || this.gestureView?.end !== end) this.fittedByUser = false;
  }

  private readonly onViewChange = (e: Event): void => {
    const detail = (e as CustomEvent<{ start: string; end: string }>).detail;
    this.gestureView = { start: detail.start, end: detail.end };
    this.fittedByUser = this.showsAll(detail.start, detail.end);
  };

  /** True when the window from start to end (partial dates) shows every event: the view is not worth keeping. */
  private showsAll(start: string, end: string): boolean {
    const from = parsePartialDate(start);
    const to = parsePartialDate(end);
    const events = this.options.events();
    if (!from.ok || !to.ok || !events) return false;
    for (const e of events.values()) if (e.t0 < from.date.start || e.t1 > to.date.end) return false;
    return true;
  }

  start(): void {
    if (this.listening) return;
    this.listening = true;
    window.addEventListener('popstate', this.onNavigate);
    window.addEventListener('hashchange', this.onNavigate);
    this.host.addEventListener('timeline-view-change', this.onViewChange);
    // A URL opened with a state: applied once the data is shown.
    const read = readUrlState(location.hash, this.key);
    this.current = read.raw;
    if (read.found) this.pending = { state: read.state, problems: read.problems, scroll: true };
    // Without one the element keeps its own state, unless the user already changed it.
    else this.adopt = !this.userSelection;
  }

  stop(): void {
    if (!this.listening) return;
    this.listening = false;
    window.removeEventListener('popstate', this.onNavigate);
    window.removeEventListener('hashchange', this.onNavigate);
    this.host.removeEventListener('timeline-view-change', this.onViewChange);
    this.pending = undefined;
    this.written = undefined;
    if (this.shown.problems.length) {
      this.shown.problems = [];
      this.host.requestUpdate();
    }
  }

  /** Back, Forward, or a new fragment: the state the URL names now, if it changed for this element. */
  private readonly onNavigate = (): void => {
    const read = readUrlState(location.hash, this.key);
    if (read.raw === this.current) return;
    this.current = read.raw;
    this.pending = { state: read.state, problems: read.problems, scroll: true };
    this.host.requestUpdate();
  };

  private apply(pending: NonNullable<UrlSync['pending']>, events: ReadonlyMap<string, TimelineEvent>): void {
    const host = this.host;
    const m = shareWords(this.options.messages().lang);
    const { state } = pending;
    const problems: Problem[] = pending.problems.map((p) => ({ field: 'url', message: m.urlStateProblem(p.reason, p.text) }));
    if (state.view) {
      host.viewStart = state.view.start;
      host.viewEnd = state.view.end;
      this.fittedByUser = false;
    } else {
      host.viewStart = '';
      host.viewEnd = '';
      this.viewport.fit(false);
      this.fittedByUser = true;
    }
    this.lastView = { start: host.viewStart, end: host.viewEnd };
    let selected: string | null = null;
    if (state.event !== undefined) {
      if (events.has(state.event)) selected = state.event;
      else problems.push({ field: 'url', message: m.urlUnknownEvent(JSON.stringify(state.event.length > 60 ? `${state.event.slice(0, 60)}…` : state.event)) });
    }
    host.selected = selected;
    if (selected !== null && pending.scroll) this.scrollTo = selected;
    this.adopt = true;
    this.shown.problems = problems;
    host.requestUpdate();
    if (problems.length) host.dispatchEvent(timelineEvent<TimelineErrorDetail>('timeline-error', { problems: [...host.problems] }));
  }

  /** Scrolls the event (in a tall vertical plot) or the element into the viewport, unless it is in it. */
  private scrollIntoView(id: string): void {
    this.scrollTo = undefined;
    const root = this.host.renderRoot;
    const event = root.querySelector('svg.vertical') ? root.querySelector(`[data-id="${CSS.escape(id)}"]`) : null;
    const target = event ?? this.host;
    const box = target.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= innerHeight) return;
    const behavior = prefersReducedMotion() ? 'auto' : 'smooth';
    target.scrollIntoView({ block: event || box.height <= innerHeight ? 'center' : 'start', behavior });
  }
}
