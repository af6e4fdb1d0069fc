import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { styles } from './styles/index.js';
import { adoptStyles } from './styles/adopt.js';
import { normalizeEvents, normalizeLoaded } from './model/normalize.js';
import type { NormalizedData, Problem, TimelineEvent } from './model/types.js';
import { eventsById } from './model/by-id.js';
import { orientationFor, type OrientationSetting } from './layout/orientation.js';
import { formatWindow } from './time/format.js';
import { messagesFor, messagesLoading } from './messages/index.js';
import { timelineEvent, type TimelineErrorDetail, type TimelineSelectDetail } from './events.js';
import { TextMeasurer } from './interaction/text-measure.js';
import { WidthController } from './controllers/width.js';
import { SourceController } from './controllers/source.js';
import { LevelCache } from './controllers/level-cache.js';
import { ListController } from './controllers/list.js';
import { ViewportController, toTime, zoomTargetsIn, type TimeInput } from './controllers/viewport.js';
import { FocusController } from './controllers/focus.js';
import { onDemand } from './controllers/on-demand.js';
import { ModuleFailuresController } from './controllers/module-failures.js';
import { SharingController } from './controllers/sharing.js';
import { OverviewController } from './controllers/overview.js';
import type { ClusterListController } from './controllers/cluster-list.js';
import type { TimelineSnapshot } from './view/snapshot.js';
import type { ExportOptions, PngOptions } from './view/export.js';
import { EnvironmentController, type ServerRequest } from './controllers/environment.js';
import { ChildrenController } from './controllers/children.js';
import { InputDecider, type Input } from './controllers/input.js';
import type { Frame, Plot } from './view/frame.js';
import { eventName, type ViewContext, type ViewHandlers } from './view/context.js';
import { buildPlot, samePlot, type PlotBuild, type PlotKey } from './view/build.js';
import { plotTemplate } from './view/plot.js';
import { hintTemplate, liveRegionTemplate, panButtonTemplate, problemsTemplate, statusTemplate, toolbarTemplate, tooltipTemplate } from './view/chrome.js';
import { childrenListTemplate } from './view/children-list.js';

export type { TimeInput } from './controllers/viewport.js';
export type { ExportOptions, PngOptions } from './view/export.js';

const EMPTY: NormalizedData = { events: [], problems: [], eras: [] };

/** `theme` reflects `light` and `dark`; `auto` (the default) leaves no attribute. */
const themeConverter = {
  fromAttribute: (value: string | null) => (value === 'light' || value === 'dark' ? value : 'auto'),
  toAttribute: (value: string) => (value === 'light' || value === 'dark' ? value : null),
};

/**
 * A timeline of events with honest dates: each date is shown at the precision it is known to.
 *
 * @summary Shows a chronology on an interactive, accessible timeline.
 *
 * @fires {CustomEvent<TimelineSelectDetail>} timeline-select - The user selected an event (click, tap, Enter, Space). `detail: { id, event }`.
 * @fires {CustomEvent<TimelineErrorDetail>} timeline-error - The input has problems or `src` failed to load. `detail: { problems }`.
 * @fires {CustomEvent<TimelineViewChangeDetail>} timeline-view-change - A user gesture (drag, wheel, pinch, keys, buttons, overview) changed the visible window. `detail: { start, end }`.
 *
 * @csspart heading - The title above the timeline.
 * @csspart controls - The zoom buttons and Download; also `zoom-in`, `zoom-out`, `fit` and `download` for each button.
 * @csspart zoom-in - The zoom-in button.
 * @csspart zoom-out - The zoom-out button.
 * @csspart fit - The button that shows all events.
 * @csspart axis - The time axis.
 * @csspart tick - One tick of the axis (line and text).
 * @csspart era - An era: a labelled band behind the events (TimelineJS `eras`, or `eras` in a dataset).
 * @csspart event - One event (mark, label and hit area); also `event--selected` and `event--approximate`.
 * @csspart event--selected - The selected event (with `event`).
 * @csspart event--approximate - An event with an approximate or uncertain date (with `event`).
 * @csspart label - An event's label.
 * @csspart group - A category band (with `group-by="category"`): its background and title.
 * @csspart group-label - The title of a category band, with its count.
 * @csspart legend - The legend of categories (with `group-by="category"`).
 * @csspart legend-item - One legend entry, a toggle button.
 * @csspart legend-item--hidden - Added to a legend entry whose category is hidden.
 * @csspart legend-more - Past 8 categories: the legend's "N more" button, which opens `legend-panel`.
 * @csspart legend-panel - The panel of further categories: a field that finds one, and a page of them.
 * @csspart cluster - Several events merged into one "+N" mark because the lanes are full; activating it opens `cluster-list`.
 * @csspart cluster-list - The list of a "+N" mark's events, beside the mark.
 * @csspart cluster-list-item - One event in the list of a "+N" mark; activating it selects the event.
 * @csspart cluster-list-zoom - The "Zoom to these" button of the list of a "+N" mark.
 * @csspart tooltip - The full title and date of the event under the pointer or focus.
 * @csspart hint - The brief "Ctrl + scroll to zoom" hint.
 * @csspart overview - The overview strip of all events; `overview-brush` is the visible window in it.
 * @csspart overview-brush - The visible window in the overview strip.
 * @csspart details - The panel that shows the selected event; `close` is its close button.
 * @csspart close - The close button of the details panel.
 * @csspart problems - The message that lists problems in the input.
 * @csspart status - The empty, loading and load-failed states; `retry` is the Retry button.
 * @csspart retry - The Retry button shown when `src` failed to load.
 * @csspart list-toggle - The button that shows or hides the list of all events.
 * @csspart list - The list of all events in time order (visually hidden unless `show-list`).
 * @csspart list-pager - The pager above and under a visible list of more than 100 events; `list-page` is each of its buttons.
 * @csspart list-page - A button of the list's pager (First, Previous, Next, Last).
 * @csspart list-more - The pager's Next buttons (with `list-page`): they show the next page of a visible list.
 * @csspart download - The toolbar's Download button; it opens `download-menu`.
 * @csspart download-menu - The Download menu: one `download-option` per format (SVG, PNG).
 * @csspart download-option - One format in the Download menu.
 * @csspart copy-link - With `url-state`: the details panel's button that copies the link to the event.
 * @csspart earlier - Vertical layout: the button that shows earlier events.
 * @csspart later - Vertical layout: the button that shows later events.
 *
 * @cssprop --event-timeline-font-family - Font of the whole element.
 * @cssprop --event-timeline-font-size - Base font size.
 * @cssprop --event-timeline-label-size - Font size of event labels.
 * @cssprop --event-timeline-background - Background colour.
 * @cssprop --event-timeline-text-color - Text colour.
 * @cssprop --event-timeline-muted-color - Colour of the axis and secondary text.
 * @cssprop --event-timeline-accent-color - Colour of event marks and links.
 * @cssprop --event-timeline-selected-color - Colour of the selected event.
 * @cssprop --event-timeline-focus-color - Colour of the focus ring.
 * @cssprop --event-timeline-span-opacity - Fill opacity of span bars.
 * @cssprop --event-timeline-lane-height - Height of one lane.
 * @cssprop --event-timeline-mark-size - Diameter of a point event's mark (6 to 24 px).
 * @cssprop --event-timeline-radius - Corner radius of panels and buttons.
 * @cssprop --event-timeline-category-1 - Colour of the first category (then -2 … -6; more categories repeat them).
 * @cssprop --event-timeline-border-color - Colour of borders and grid lines.
 * @cssprop --event-timeline-era-color - Colour of era bands (lightly tinted) and era titles.
 */
export class EventTimeline extends LitElement {
  static override styles = styles;

  /** The reactive properties (attributes as documented on each field below). */
  static override properties = {
    events: { attribute: false },
    src: {},
    format: {},
    label: {},
    selected: { reflect: true },
    locale: {},
    viewStart: { attribute: 'view-start' },
    viewEnd: { attribute: 'view-end' },
    overview: {},
    orientation: {},
    theme: { reflect: true, converter: themeConverter },
    showList: { type: Boolean, reflect: true, attribute: 'show-list' },
    groupBy: { attribute: 'group-by' },
    urlState: { type: Boolean, reflect: true, attribute: 'url-state' },
    _input: { state: true },
    _hidden: { state: true },
    _announcement: { state: true },
  };

  /** The events: an array of events or a dataset object `{ title, events }`. Set as a property. */
  events: unknown = undefined;

  /** URL of a dataset to load (JSON, TimelineJS JSON, CSV or TSV); a new value cancels the previous request. */
  src = '';

  /** Format of `src`: `json`, `csv`, `tsv` or `timelinejs`; empty: from the content type, extension or content. */
  format = '';

  /** Accessible name of the timeline, also shown as its heading. */
  label = '';

  /** Id of the selected event; setting it from code selects without firing `timeline-select`. */
  selected: string | null = null;

  /** BCP 47 locale for dates and the element's words; default: the nearest `lang`, then the browser's. */
  locale = '';

  /** Start of the visible window (a partial date such as `2019` or `2019-04`); empty: the data's start. */
  viewStart = '';

  /** End of the visible window (a partial date; its whole period is shown); empty: the data's end. */
  viewEnd = '';

  /** The overview strip: `auto` (shown when zoomed in), `show` or `hide`. */
  overview: 'auto' | 'show' | 'hide' = 'auto';

  /** `horizontal`, `vertical` (time runs down), or `auto`: vertical when the element is narrower than 600 px. */
  orientation: OrientationSetting = 'auto';

  /** Colours: `light`, `dark`, or `auto` (follows `prefers-color-scheme`). Reflects `light` and `dark`. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Shows the list of all events in time order to everyone (it is always there for screen readers). Reflects. */
  showList = false;
  /** `category` draws one labelled band of lanes per category, coloured, with a legend that hides/shows each. */
  groupBy: '' | 'category' = '';
  /** Keeps the selection and the view in the page URL's fragment, under the element's `id`: links open them, Back and Forward restore them. Reflects. */
  urlState = false;

  /** The input now shown: `events`, what `src` gave (with its conversion problems), or the children. */
  private _input: Input = { data: undefined };
  /** Categories hidden through the legend. */
  private _hidden: ReadonlySet<string> = new Set();
  private _announcement = '';

  private readonly _width = new WidthController(this, () => this.renderRoot?.querySelector('.sizer') ?? null);
  private readonly _source = new SourceController(this, (loaded) => (this._input = { data: loaded?.data, loaded }));
  private readonly _env = new EnvironmentController(this, () => this._inputs.hydrated());
  private readonly _children = new ChildrenController(this, () => this.events === undefined && !this.src && this.requestUpdate());
  private readonly _inputs = new InputDecider(this, this._source, this._children, this._env);
  /** Set by the `event-timeline/ssr` entry on the server (see controllers/environment.ts). */
  _ssr?: ServerRequest;
  private readonly _levels = new LevelCache(this);
  private readonly _list = new ListController(this, () => this.showList);
  private readonly _modules = new ModuleFailuresController(this, {
    messages: () => (this._view?.messages ?? messagesFor('en')),
    report: () => this.dispatchEvent(timelineEvent<TimelineErrorDetail>('timeline-error', { problems: [...this.problems] })),
  });
  private readonly _viewport: ViewportController = new ViewportController(this, {
    targets: () => zoomTargetsIn(this.renderRoot, this._plot, { rtl: this._view.rtl, eventCount: this._data.events.length, transform: () => this._viewport.transform }),
    announce: ({ t0, t1 }) => this._announce(this._view.messages.viewAnnouncement(formatWindow(t0, t1, this._view.locale))),
  });
  private readonly _overview = new OverviewController(this, this._viewport, () => this.overview);
  private readonly _focus = new FocusController(this, this._viewport, {
    events: () => this._data.events,
    plot: () => this._plot,
    tabStop: () => this._frame?.tabStop,
    selected: () => this.selected,
    rtl: () => this._view.rtl,
    width: () => this._width.width,
    select: (id) => this._selectByUser(id),
    openCluster: (index) => this._openCluster(index),
    clusters: () => this._frame?.clusters ?? [],
    closeDetails: () => this._closeDetails(),
  });
  private readonly _sharing = new SharingController(this, this._viewport, {
    snapshot: () => this._snapshot(),
    events: () => (this._data.events.length > 0 && !this._source.loading ? eventsById(this._data) : undefined),
    messages: () => this._view.messages,
    announce: (text) => this._announce(text),
  });
  /** The list of a "+N" cluster's events, once a cluster is first activated (its module loads on demand). */
  private _clusterList?: ClusterListController;
  private readonly _measurer = new TextMeasurer();

  // Derived in willUpdate; render() only reads them.
  private _data: NormalizedData = EMPTY;
  private _view!: ViewContext;
  private _plot?: Plot;
  private _frame?: Frame;
  private _built?: PlotBuild;
  /** The locale of the page around the element, read when it connects. */
  private _pageLocale = '';

  /** The events that are shown, validated and sorted by time. */
  get validEvents(): readonly TimelineEvent[] {
    return this._data.events;
  }

  /** Problems found in the current input (or the failed `src` request). */
  get problems(): readonly Problem[] {
    const error = this._source.error;
    const problems = this._listedProblems();
    return error ? [{ message: (this._view?.messages ?? messagesFor('en')).loadFailed(error) }, ...problems] : problems;
  }

  /** The problems listed in the element: the input's, the URL's state's (url-state), and parts that could not be loaded. */
  private _listedProblems(): readonly Problem[] {
    const more = [...this._sharing.problems, ...this._modules.problems];
    return more.length ? [...this._data.problems, ...more] : this._data.problems;
  }

  /** The time window now visible, from the left to the right edge of the plot (null before layout). */
  get visibleWindow(): { start: Date; end: Date } | null {
    return this._viewport.window();
  }

  /** Shows the window from `start` to the end of `end` (partial date strings, Dates or ms). Fires nothing. */
  zoomTo(start: TimeInput, end: TimeInput): void {
    const t0 = toTime(start, 'start');
    const t1 = toTime(end, 'end');
    if (t0 === undefined || t1 === undefined) return;
    this._viewport.showTimes(Math.min(t0, t1), Math.max(t0, t1), true);
  }

  /** Brings an event into view, zooming in until it is drawn on its own (not in a cluster). Fires nothing. */
  zoomToEvent(id: string): void {
    const event = this._event(id);
    if (event && this._plot) this._viewport.reveal(this._plot, event, true);
  }

  /** Shows all events. Fires nothing. */
  fit(): void {
    this._viewport.fit(true);
  }

  /** Resolves to a standalone SVG of the whole chronology (`{ view: 'current' }`: the window on screen); options `width`, `orientation`. */
  async toSVG(options?: ExportOptions): Promise<string> {
    return (await this._sharing.export()).svg(options);
  }

  /** Resolves to a PNG `Blob` of `toSVG(options)`, at `scale` device pixels per CSS pixel (default 2). */
  async toPNG(options?: PngOptions): Promise<Blob> {
    return (await this._sharing.export()).png(options);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The input: `events`, else `src`, else the children; on the server and when hydrating, the server's.
    const input = this._inputs.next(changed);
    if (input) this._input = input;
    const newData = changed.has('_input');
    if (newData) {
      this._data = this._input.loaded ? normalizeLoaded(this._input.loaded) : normalizeEvents(this._input.data);
      this._hidden = new Set();
      this._list.reset(this._env.serverDrawn);
    }
    const view = this._view;
    const width = this._env.width(this._width.width);
    const { locale, rtl, metrics } = this._env.resolve(changed.has('locale'), width !== this._built?.width);
    const orientation = orientationFor(this.orientation, width);
    // Written out, not shorthand: the manifest analyzer takes shorthand properties for module variables.
    const key: PlotKey = { width: width, locale: locale, orientation: orientation, groupBy: this.groupBy, hidden: this._hidden, data: this._data, metrics: metrics };
    if (!this._built || !samePlot(this._built, key)) {
      const previous = this._built;
      const vertical = onDemand.vertical.loaded?.VerticalPlot;
      const categories = onDemand.categories.loaded;
      // The vertical orientation and category bands load on demand: built again once they have arrived.
      if (orientation === 'vertical' && !vertical) onDemand.vertical.use(this, () => this._rebuildSoon());
      // The sheets of parts loaded on demand are adopted when those parts are first drawn.
      if (orientation === 'vertical' && vertical) adoptStyles(this.renderRoot, onDemand.vertical.loaded!.verticalStyles);
      if (this.groupBy === 'category' && categories) adoptStyles(this.renderRoot, categories.groupStyles);
      if (this.groupBy === 'category' && !categories) onDemand.categories.use(this, () => this._rebuildSoon());
      const made = buildPlot(key, previous, { style: this._env.style(), measurer: this._measurer, levels: this._levels, vertical, categories });
      this._built = made.build;
      this._plot = made.plot;
      // Only the width changed: the same time window stays in view.
      this._viewport.setBase(made.base, made.finest, width, previous?.data === this._data && previous.width !== width);
    }
    this._view = {
      messages: locale === view?.locale ? view.messages : messagesFor(locale),
      locale,
      rtl,
      heading: this.label || this._data.title || '',
      data: this._data,
      selected: this.selected,
      categories: this._built?.categories,
      hidden: this._hidden,
      legend: onDemand.categories.loaded?.legendTemplate,
      on: this._handlers,
      expanded: this._clusterList?.isOpen,
      ...this._sharing.context(this.selected),
    };
    this._sharing.update();
    if (changed.has('viewStart') || changed.has('viewEnd')) this._viewport.applyAttributes();
    if (changed.has('selected') && this.selected !== null) {
      this._focus.focused = this.selected;
      const event = this._event(this.selected);
      if (event && this._plot) this._viewport.reveal(this._plot, event, this.hasUpdated);
    }
    if (this.selected !== null && onDemand.details.loaded) adoptStyles(this.renderRoot, onDemand.details.loaded.detailsStyles);
    this._frame = this._plot?.frame(this._viewport.transform, { focused: this._focus.focused, selected: this.selected });
    this._overview.prepare(this._built);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._pageLocale = this.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
  }

  /**
   * Waits for what this render needs and loads on demand — the words of the element's language,
   * the vertical orientation on a narrow element, category bands, the details of a selected event, and what takes over a server's
   * drawing (see controllers/environment.ts) — so that it renders once, complete.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const needs = [
      this._env.beforeFirstUpdate(),
      this.events === undefined && !this.src ? this._children.loading() : undefined,
      messagesLoading(this._wantedLocale()),
      orientationFor(this.orientation, this._env.width(this._width.width)) === 'vertical' && !onDemand.vertical.loaded ? onDemand.vertical.load(this) : undefined,
      this.groupBy === 'category' && !onDemand.categories.loaded ? onDemand.categories.load(this) : undefined,
      this.selected !== null && !onDemand.details.loaded ? onDemand.details.load(this) : undefined,
    ].filter((need) => need !== undefined);
    if (needs.length === 0) return super.scheduleUpdate();
    return Promise.all(needs).then(
      () => super.scheduleUpdate(),
      () => super.scheduleUpdate(),
    );
  }

  protected override firstUpdated(): void {
    this._sharing.installPrinting();
  }

  /** Server-rendered HTML is taken over as it is (hydrated), not drawn again. */
  protected override update(changed: PropertyValues): void {
    if (!this._env.hydrate(changed)) super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    // Problems of the URL's state (url-state) are reported when they are read.
    if (changed.has('_input') && (this._source.error || this._data.problems.length > 0)) {
      this.dispatchEvent(timelineEvent<TimelineErrorDetail>('timeline-error', { problems: [...this.problems] }));
    }
  }

  protected override render(): TemplateResult {
    const view = this._view;
    const frame = this._frame;
    const source = this._source;
    const ready = !source.loading && !source.error && this._data.events.length > 0;
    const selected = this.selected === null ? undefined : this._event(this.selected);
    const rootClass = `root${frame?.orientation === 'vertical' ? ' root--vertical' : ''}${this._sharing.printing ? ' root--printing' : ''}`;
    return html`<div class=${rootClass} dir=${view.rtl ? 'rtl' : 'ltr'}>
      <div class="sizer" data-ssr=${this._env.attribute ?? nothing}></div>
      ${ready && frame
        ? this._renderStage(view, frame)
        : html`${view.heading ? html`<h2 class="heading" part="heading">${view.heading}</h2>` : nothing}${ready ? nothing : statusTemplate(view, source)}`}
      ${selected ? onDemand.details.loaded?.detailsTemplate(view, selected) : nothing}
      ${problemsTemplate(view, this._listedProblems())}
      ${this._input.from === 'children'
        ? childrenListTemplate(view, this.showList)
        : ready && (this._list.ready || this.showList) ? this._list.view?.listTemplate(view, this.showList) : nothing}
      ${liveRegionTemplate(this._announcement)}
    </div>`;
  }

  /** The toolbar, the plot (with Earlier/Later in the vertical layout), the tooltip, the hint and the overview. */
  private _renderStage(view: ViewContext, frame: Frame): TemplateResult {
    const tip = this._focus.tip;
    const tipEvent = tip ? this._event(tip.id) : undefined;
    return html`<div class="stage">
      ${toolbarTemplate(view)}
      <div class=${frame.orientation === 'vertical' ? 'frame frame--vertical' : 'frame'}>
        ${frame.earlier ? panButtonTemplate(view, 'earlier') : nothing}
        <div class="plot-box">
          ${plotTemplate(view, frame)}
          ${tooltipTemplate(view, tip && tipEvent ? { event: tipEvent, x: tip.x, y: tip.y } : null, frame.width)}
          ${hintTemplate(view, this._viewport.hint)}
          ${this._clusterList?.render(view) ?? nothing}
        </div>
        ${frame.later ? panButtonTemplate(view, 'later') : nothing}
      </div>
      ${this._sharing.renderPrint(view)}
      ${this._overview.render(view, frame.width)}
    </div>`;
  }

  private _event(id: string): TimelineEvent | undefined {
    return eventsById(this._data).get(id);
  }

  /** An on-demand module arrived: build the plot again with it. */
  private _rebuildSoon(): void {
    this._built = undefined;
    this.requestUpdate();
  }

  private _wantedLocale(): string {
    return this.locale || this._pageLocale || 'en';
  }

  // ---- user actions -------------------------------------------------------------------------

  private readonly _handlers: ViewHandlers = {
    plotClick: (e) => {
      const target = (e.target as Element).closest<SVGGElement>('[data-id], [data-cluster]');
      if (target?.dataset.id) this._selectByUser(target.dataset.id);
      else if (target?.dataset.cluster) this._openCluster(Number(target.dataset.cluster));
    },
    plotKeyDown: (e) => this._focus.onKeyDown(e),
    focusIn: (e) => this._focus.onFocusIn(e),
    focusOut: () => this._focus.onFocusOut(),
    pointerOver: (e) => this._focus.onPointerOver(e),
    pointerLeave: () => this._focus.onPointerLeave(),
    zoomIn: () => this._viewport.zoomBy(2, this._focus.anchor()),
    zoomOut: () => this._viewport.zoomBy(0.5, this._focus.anchor()),
    fit: () => this._viewport.fitByUser(),
    earlier: () => this._viewport.panBy(0.8, false),
    later: () => this._viewport.panBy(-0.8, false),
    toggleCategory: (category) => {
      const hidden = new Set(this._hidden);
      if (!hidden.delete(category)) hidden.add(category);
      this._hidden = hidden;
    },
    closeDetails: () => this._closeDetails(),
    retry: () => this._source.retry(),
    toggleList: () => (this.showList = !this.showList),
    overviewDown: (e) => this._overview.brush?.down(e),
    overviewMove: (e) => this._overview.brush?.move(e),
    overviewUp: (e) => this._overview.brush?.up(e),
    ...this._sharing.handlers,
  };

  /** Selects an event by id, as the user does (fires `timeline-select`). */
  private _selectByUser(id: string): void {
    const event = this._event(id);
    if (!event) return;
    this._sharing.userSelected();
    this.selected = id;
    this._focus.focused = id;
    this._announce(this._view.messages.selectedAnnouncement(eventName(event, this._view.locale, this._view.rtl)));
    this.dispatchEvent(timelineEvent<TimelineSelectDetail>('timeline-select', { id, event }));
  }

  /** A "+N" opens (or closes) the list of its events; its "Zoom to these" zooms as the mark once did. */
  private _openCluster(index: number): void {
    const cluster = this._frame?.clusters[index];
    if (cluster) onDemand.clusterList.use(this, ({ ClusterListController }) => (this._clusterList ??= new ClusterListController(this, {
      frame: () => this._frame,
      select: (id) => this._selectByUser(id),
      zoom: (t0, t1) => this._viewport.zoomToByUser(t0, t1, this._plot?.orientation === 'horizontal'),
    })).toggle(cluster));
  }

  private _closeDetails(): void {
    const id = this.selected;
    if (id !== null) this._sharing.userSelected();
    this.selected = null;
    if (id !== null) this._focus.focus(id);
  }

  /** The element's state for an export or the printed chronology; undefined while nothing is drawn. */
  private _snapshot(): TimelineSnapshot | undefined {
    if (!this._built || !this._plot || this._data.events.length === 0 || this._source.loading) return undefined;
    return { view: this._view, build: this._built, orientation: this.orientation, style: getComputedStyle(this), measurer: this._measurer, window: this._viewport.window(), root: this.renderRoot };
  }

  /** Says something through the polite live region (a repeated message is still announced). */
  private _announce(text: string): void {
    this._announcement = text === this._announcement ? `${text}\u00a0` : text;
  }
}
