import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { utcDay, utcMonth, utcYear, utcMinute, utcSecond, type TimeInterval } from 'd3-time';
import type { ScaleTime } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { styles } from './event-timeline.styles.js';
import { normalizeEvents, notEventsReason } from './model/normalize.js';
import { loadDataset, normalizeLoaded, type LoadedSource } from './model/load.js';
import { layoutEras } from './layout/eras.js';
import type { NormalizedData, Problem, TimelineEvent } from './model/types.js';
import { createTimeScale, timeExtent } from './layout/scale.js';
import type { PlacedCluster, PlacedEvent } from './layout/timeline-layout.js';
import { finestPrecision, layoutGroupedLevel, layoutLevel, levelFor, viewLimits, type GroupedLevelLayout, type LevelLayout } from './layout/zoom-levels.js';
import { densityBins, densityPath } from './layout/overview.js';
import { formatDate, formatSpan, createTickFormat, tickUnit } from './time/format.js';
import { isoAtPrecision, precisionForSpan } from './time/iso.js';
import { parsePartialDate, precisionOrder, type Precision } from './time/partial-date.js';
import { messagesFor, type Messages } from './messages.js';
import { timelineEvent, type TimelineErrorDetail, type TimelineSelectDetail, type TimelineViewChangeDetail } from './events.js';
import { nextIndex, zoomKeyAction } from './interaction/keyboard.js';
import { TextMeasurer } from './interaction/text-measure.js';
import { ZoomController } from './interaction/zoom-controller.js';
import { layoutVerticalFitting, orientationFor, verticalPlotHeight, type OrientationSetting, type VerticalCluster, type VerticalLayout, type VerticalPlacedEvent } from './layout/vertical.js';
import { formatWindow } from './time/format.js';
import { isRightToLeft } from './time/direction.js';

/** Geometry of the horizontal layout, in CSS pixels. */
const MARGIN_X = 16;
const AXIS_HEIGHT = 30;
/** The row under the axis that holds era titles (only when the data has eras). */
const ERA_ROW = 18;
const MARK = 12;
const LABEL_PADDING = 6;
const GAP = 10;
const MIN_LABEL = 56;
const CLUSTER_BADGE = 40;
const CLUSTER_MAX_WIDTH = 96;
const MAX_LANES = 10;
const OVERVIEW_HEIGHT = 36;
const OVERVIEW_BIN = 2;
/** Datasets at least this large lay out new zoom levels in idle time instead of in the frame. */
const ASYNC_LAYOUT_FROM = 3000;
/** How long a gesture must pause before a large dataset is laid out at the new zoom level. */
const LAYOUT_PAUSE_MS = 160;
const EMPTY: NormalizedData = { events: [], problems: [], eras: [] };

type TimeInput = string | number | Date;

/** Geometry of the vertical layout, in CSS pixels. */
const V_PAD = 16;
const V_PER_EVENT = 28;
const V_MIN_HEIGHT = 400;
const V_MAX_HEIGHT = 4000;
const V_LINE = 22;
const V_MAX_LINES = 4;
const V_GAP = 4;
const V_MIN_COLUMN = 120;
const V_CLUSTER = 52;
const V_AXIS_GAP = 10;
/** The hidden list of all events holds every event up to this many… */
const LIST_ALL_UP_TO = 2000;
/** …and past that the first this many; a visible list shows this many at a time (more on demand). */
const LIST_PAGE = 500;

/** The vertical layout of the visible window, with its axis, cached until the window changes. */
interface VerticalView {
  key: string;
  data: NormalizedData;
  t0: number;
  t1: number;
  top: number;
  bottom: number;
  height: number;
  axisWidth: number;
  ticks: { y: number; text: string }[];
  layout: VerticalLayout;
  y: (t: number) => number;
}

/** `theme` reflects `light` and `dark`; `auto` (the default) leaves no attribute. */
const themeConverter = {
  fromAttribute: (value: string | null) => (value === 'light' || value === 'dark' ? value : 'auto'),
  toAttribute: (value: string) => (value === 'light' || value === 'dark' ? value : null),
};

/** The events of one category, for grouped layouts. */
interface CategoryGroup {
  category: string;
  colorIndex: number;
  events: readonly TimelineEvent[];
  titleWidths: Float64Array;
}

/** Colour slots for categories (custom properties --event-timeline-category-1 … -6); more repeat. */
const CATEGORY_COLORS = 6;
/** Lanes per category band in grouped layouts. */
const MAX_GROUP_LANES = 4;

/** Tick intervals no finer than a precision. */
const tickInterval: Record<Precision, TimeInterval> = { year: utcYear, month: utcMonth, day: utcDay, minute: utcMinute, second: utcSecond };

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
 * @csspart controls - The zoom buttons; also `zoom-in`, `zoom-out` and `fit` for each button.
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
 * @csspart cluster - Several events merged into one "+N" mark because the lanes are full.
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
 * @csspart list-more - The button under a long visible list that shows the next page.
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

  /** The events: an array of events or a dataset object `{ title, events }`. Set as a property. */
  @property({ attribute: false }) events: unknown = undefined;

  /** URL of a dataset to load (JSON, TimelineJS JSON, CSV or TSV); a new value cancels the previous request. */
  @property() src = '';

  /** Format of `src`: `json`, `csv`, `tsv` or `timelinejs`; empty: from the content type, extension or content. */
  @property() format = '';

  /** Accessible name of the timeline, also shown as its heading. */
  @property() label = '';

  /** Id of the selected event; setting it from code selects without firing `timeline-select`. */
  @property({ reflect: true }) selected: string | null = null;

  /** BCP 47 locale for dates and the element's words; default: the nearest `lang`, then the browser's. */
  @property() locale = '';

  /** Start of the visible window (a partial date such as `2019` or `2019-04`); empty: the data's start. */
  @property({ attribute: 'view-start' }) viewStart = '';

  /** End of the visible window (a partial date; its whole period is shown); empty: the data's end. */
  @property({ attribute: 'view-end' }) viewEnd = '';

  /** The overview strip: `auto` (shown when zoomed in), `show` or `hide`. */
  @property() overview: 'auto' | 'show' | 'hide' = 'auto';

  /** `horizontal`, `vertical` (time runs down), or `auto`: vertical when the element is narrower than 600 px. */
  @property() orientation: OrientationSetting = 'auto';

  /** Colours: `light`, `dark`, or `auto` (follows `prefers-color-scheme`). Reflects `light` and `dark`. */
  @property({ reflect: true, converter: themeConverter }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Shows the list of all events in time order to everyone (it is always there for screen readers). Reflects. */
  @property({ type: Boolean, reflect: true, attribute: 'show-list' }) showList = false;

  @state() private _announcement = '';
  @state() private _listLimit = LIST_PAGE;
  private _vertical = false;
  private _rtl = false;
  private _markSize = MARK;
  private _vView?: VerticalView;

  /** `category` draws one labelled band of lanes per category, coloured, with a legend that hides/shows each. */
  @property({ attribute: 'group-by' }) groupBy: '' | 'category' = '';

  /** Categories hidden through the legend. */
  @state() private _hidden: ReadonlySet<string> = new Set();

  @state() private _input: unknown = undefined;
  @state() private _width = 0;
  @state() private _loading = false;
  @state() private _loadError = '';
  @state() private _focusId: string | null = null;
  @state() private _transform: ZoomTransform = zoomIdentity;
  @state() private _hint = false;
  @state() private _tooltip: { id: string; x: number; y: number } | null = null;

  private _data: NormalizedData = EMPTY;
  /** What `src` gave, when `_input` came from it: conversion problems and where events came from. */
  private _source?: LoadedSource;
  private _base?: ScaleTime<number, number>;
  private _levels = new Map<number, LevelLayout>();
  private _pendingLevels = new Set<number>();
  private _overviewPath = '';
  private _finest: Precision = 'day';
  private _titleWidths: Float64Array = new Float64Array(0);
  private _groups?: CategoryGroup[];
  private _resolvedLocale = 'en';
  private _messages: Messages = messagesFor('en');
  private _laneHeight = 32;
  private _resizeObserver?: ResizeObserver;
  private _abort?: AbortController;
  private _errorPending = false;
  private _focusPending = false;
  private _viewPending = false;
  private _syncingView = false;
  private _hintTimer?: ReturnType<typeof setTimeout>;
  private _idleTimer?: ReturnType<typeof setTimeout>;
  private _measurer = new TextMeasurer();
  private _zoom = new ZoomController({
    onTransform: (t) => {
      this._transform = t;
    },
    onGestureEnd: () => this._userViewChanged(),
    onScrollHint: () => this._showHint(),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) {
      this._observeWidth();
      this._attachZoom();
      if (!this._listReady) this._scheduleList();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resizeObserver?.disconnect();
    this._resizeObserver = undefined;
    this._zoom.detach();
    clearTimeout(this._hintTimer);
    clearTimeout(this._idleTimer);
    this._pendingLevels.clear();
    this._cancelListTask();
  }

  private _listTask?: number;
  private _listPending = false;
  /** The hidden list of all events is drawn after the timeline, when the page is idle. */
  @state() private _listReady = false;

  private _scheduleList(): void {
    this._cancelListTask();
    const ready = () => {
      this._listTask = undefined;
      this._listReady = true;
    };
    this._listTask = typeof requestIdleCallback === 'function' ? requestIdleCallback(ready, { timeout: 1000 }) : (setTimeout(ready, 50) as unknown as number);
  }

  private _cancelListTask(): void {
    if (this._listTask === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(this._listTask);
    else clearTimeout(this._listTask);
    this._listTask = undefined;
  }

  protected override firstUpdated(): void {
    this._observeWidth();
  }

  /**
   * Follows the width of the element's content box through a zero-height sizer, whose size does
   * not depend on what the element draws: no resize loop when the timeline grows taller.
   */
  private _observeWidth(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    if (!sizer || this._resizeObserver || !this.isConnected) return; // an update may run after a quick disconnect
    this._resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      if (width !== this._width) this._width = width;
    });
    this._resizeObserver.observe(sizer);
  }

  private _attachZoom(): void {
    this._zoom.mirrored = this._rtl;
    if (this._vertical) {
      // The vertical layout leaves wheel and drag to the page; zoom is by buttons and keys.
      this._zoom.detach();
      return;
    }
    const svgEl = this.renderRoot.querySelector<SVGSVGElement>('svg.main');
    if (svgEl && this.isConnected) this._zoom.attach(svgEl);
  }

  /** The events that are shown, validated and sorted by time. */
  get validEvents(): readonly TimelineEvent[] {
    return this._data.events;
  }

  /** Problems found in the current input (or the failed `src` request). */
  get problems(): readonly Problem[] {
    return this._loadError ? [{ message: this._messages.loadFailed(this._loadError) }, ...this._data.problems] : this._data.problems;
  }

  /** The time window now visible, from the left to the right edge of the plot (null before layout). */
  get visibleWindow(): { start: Date; end: Date } | null {
    const scale = this._scale();
    if (!scale) return null;
    const [left, right] = this._base!.range();
    return { start: scale.invert(left), end: scale.invert(right) };
  }

  /** Shows the window from `start` to the end of `end` (partial date strings, Dates or ms). Fires nothing. */
  zoomTo(start: TimeInput, end: TimeInput): void {
    const t0 = toTime(start, 'start');
    const t1 = toTime(end, 'end');
    if (t0 === undefined || t1 === undefined || !this._base) return;
    this._showTimes(Math.min(t0, t1), Math.max(t0, t1), true);
  }

  /** Brings an event into view, zooming in until it is drawn on its own (not in a cluster). Fires nothing. */
  zoomToEvent(id: string): void {
    const event = this._data.events.find((e) => e.id === id);
    if (event) this._reveal(event, true);
  }

  /** Shows all events. Fires nothing. */
  fit(): void {
    this._zoom.transformTo(zoomIdentity, true);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('events')) {
      this._cancelLoad();
      this._loadError = '';
      this._source = undefined;
      this._input = this.events;
    }
    if ((changed.has('src') || changed.has('format')) && this.src) this._load();
    if (changed.has('src') && !this.src) this._cancelLoad();
    if (changed.has('_input')) {
      const source = this._source?.data === this._input ? this._source : undefined;
      this._data = source ? normalizeLoaded(source) : normalizeEvents(this._input);
      this._errorPending = this._data.problems.length > 0;
      this._viewPending = true;
    }
    if (changed.has('locale') || !this.hasUpdated) {
      this._resolvedLocale = this.locale || this.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
      this._messages = messagesFor(this._resolvedLocale);
    }
    if (changed.has('locale') || changed.has('_width') || !this.hasUpdated) {
      this._rtl = isRightToLeft(this._resolvedLocale) || getComputedStyle(this).direction === 'rtl';
    }
    this._vertical = orientationFor(this.orientation, this._width) === 'vertical';
    if (changed.has('_input')) {
      this._listLimit = LIST_PAGE;
      this._listReady = false;
      this._listPending = true;
    }
    if (changed.has('_input')) this._hidden = new Set();
    if (changed.has('_input') || changed.has('_width') || changed.has('locale') || changed.has('groupBy') || changed.has('_hidden')) this._rebase();
    if ((changed.has('viewStart') || changed.has('viewEnd')) && !this._syncingView) this._viewPending = true;
    if (this._viewPending && this._base) {
      this._viewPending = false;
      this._applyViewAttributes();
    }
    if (changed.has('selected') && this.selected !== null) {
      this._focusId = this.selected;
      const event = this._data.events.find((e) => e.id === this.selected);
      if (event && this._base) this._reveal(event, this.hasUpdated);
    }
    if (this._vertical && this._focusId !== null && (this.renderRoot as ShadowRoot | undefined)?.activeElement?.closest('[data-id]')) {
      // The focused event left the vertical window (panned away): the focus moves to one in it.
      const stop = this._verticalTabStop();
      if (stop !== undefined && stop !== this._focusId) {
        this._focusId = stop;
        this._focusPending = true;
      }
    }
  }

  private _rendering = false;

  protected override update(changed: PropertyValues): void {
    this._rendering = true;
    try {
      super.update(changed);
    } finally {
      this._rendering = false;
    }
  }

  protected override updated(): void {
    if (this._listPending && this.isConnected) {
      this._listPending = false;
      this._scheduleList();
    }
    this._attachZoom();
    if (this._errorPending) {
      this._errorPending = false;
      this.dispatchEvent(timelineEvent<TimelineErrorDetail>('timeline-error', { problems: [...this.problems] }));
    }
    if (this._focusPending) {
      this._focusPending = false;
      this.renderRoot.querySelector<SVGGElement>(`[data-id="${CSS.escape(this._focusId ?? '')}"]`)?.focus();
    }
  }

  /** New data, width or locale: a new base scale, no cached layouts, new zoom limits. */
  private _rebase(): void {
    const width = this._width;
    this._levels.clear();
    this._pendingLevels.clear();
    if (width <= 0) {
      this._base = undefined;
      return;
    }
    const style = getComputedStyle(this);
    this._laneHeight = Math.max(24, parseFloat(style.getPropertyValue('--event-timeline-lane-height')) || 32);
    this._markSize = Math.min(24, Math.max(6, parseFloat(style.getPropertyValue('--event-timeline-mark-size')) || MARK));
    this._measurer.setFont(`${style.getPropertyValue('--event-timeline-label-size').trim() || '13px'} ${style.fontFamily}`);
    const base = createTimeScale(timeExtent(this._data.events), MARGIN_X, width - MARGIN_X);
    this._base = base;
    this._finest = finestPrecision(this._data.events);
    this._titleWidths = Float64Array.from(this._data.events, (e) => this._measurer.measure(e.title));
    this._groups = this.groupBy === 'category' ? this._groupByCategory() : undefined;
    this._overviewPath = densityPath(densityBins(this._data.events, (t) => base(t), width, OVERVIEW_BIN), OVERVIEW_BIN, OVERVIEW_HEIGHT - 8);
    this._zoom.setLimits({ ...viewLimits(this._finest, base, width), height: 100, width });
    this._transform = this._zoom.transform;
  }

  /** The layout for a zoom level, computed now (small data, or nothing usable yet) or in idle time. */
  private _layoutFor(k: number): LevelLayout | undefined {
    const base = this._base;
    if (!base) return undefined;
    const level = levelFor(k);
    const cached = this._levels.get(level);
    if (cached) return cached;
    if (this._data.events.length >= ASYNC_LAYOUT_FROM) {
      // Any layout made at a level ≤ k is free of overlaps at k: use the finest such while the
      // right one is computed once the gesture pauses (a large layout would cost frames).
      let usable: LevelLayout | undefined;
      for (const l of this._levels.values()) if (l.level <= k && (!usable || l.level > usable.level)) usable = l;
      if (usable) {
        this._scheduleLevel(level);
        return usable;
      }
    }
    return this._computeLevel(level);
  }

  private _computeLevel(level: number): LevelLayout {
    const options = {
      markWidth: this._markSize,
      labelPadding: LABEL_PADDING,
      gap: GAP,
      maxLanes: this._groups ? MAX_GROUP_LANES : MAX_LANES,
      minLabelWidth: MIN_LABEL,
      clusterBadgeWidth: CLUSTER_BADGE,
      clusterMaxWidth: CLUSTER_MAX_WIDTH,
      margin: MARGIN_X,
    };
    const visible = this._groups?.filter((g) => !this._hidden.has(g.category));
    const layout = visible
      ? layoutGroupedLevel(visible, this._base!, level, this._measurer.measure, options)
      : layoutLevel(this._data.events, this._base!, level, this._measurer.measure, options, this._titleWidths);
    if (this._levels.size >= 8) this._levels.delete(this._levels.keys().next().value!);
    this._levels.set(level, layout);
    // Zooming out needs the next coarser level at once: prepare it between frames.
    if (this._data.events.length >= ASYNC_LAYOUT_FROM) this._scheduleLevel(levelFor(level / Math.SQRT2));
    return layout;
  }

  /** Events by category, in the order categories first appear in time; colours follow that order. */
  private _groupByCategory(): CategoryGroup[] {
    const groups = new Map<string, CategoryGroup & { indexes: number[] }>();
    this._data.events.forEach((event, i) => {
      const category = event.category ?? '';
      let group = groups.get(category);
      if (!group) {
        group = { category, colorIndex: groups.size, events: [], titleWidths: new Float64Array(0), indexes: [] };
        groups.set(category, group);
      }
      (group.events as TimelineEvent[]).push(event);
      group.indexes.push(i);
    });
    return [...groups.values()].map(({ indexes, ...group }) => ({
      ...group,
      titleWidths: Float64Array.from(indexes, (i) => this._titleWidths[i]),
    }));
  }

  private _toggleCategory(category: string): void {
    const hidden = new Set(this._hidden);
    if (hidden.has(category)) hidden.delete(category);
    else hidden.add(category);
    this._hidden = hidden;
  }

  private _scheduleLevel(level: number): void {
    if (this._levels.has(level) || this._pendingLevels.has(level)) return;
    this._pendingLevels.add(level);
    clearTimeout(this._idleTimer);
    this._idleTimer = setTimeout(() => {
      for (const l of [...this._pendingLevels].sort((a, b) => b - a)) {
        this._pendingLevels.delete(l);
        if (!this._levels.has(l) && this._base) {
          this._computeLevel(l);
          this.requestUpdate();
          break; // one level per task; the rest follow in the next
        }
      }
      if (this._pendingLevels.size) this._scheduleLevel([...this._pendingLevels][0]);
    }, LAYOUT_PAUSE_MS);
  }

  private _cancelLoad(): void {
    this._abort?.abort();
    this._abort = undefined;
    this._loading = false;
  }

  private async _load(): Promise<void> {
    this._cancelLoad();
    const abort = new AbortController();
    this._abort = abort;
    this._loading = true;
    this._loadError = '';
    const url = this.src;
    const result = await loadDataset(url, abort.signal, undefined, this.format);
    if (this._abort !== abort) return; // a newer request or new events replaced this one
    this._abort = undefined;
    this._loading = false;
    const failure = result.ok ? notEventsReason(result.data) : result.reason; // not events at all: Retry may help
    if (result.ok && failure === undefined) {
      this._source = result;
      this._input = result.data;
    } else {
      this._loadError = failure ?? '';
      this._source = undefined;
      this._input = undefined;
      this._errorPending = true;
    }
  }

  private _retry = () => this._load();

  // ---- the view ---------------------------------------------------------------------------

  /** The current scale: the base scale through the zoom transform. */
  private _scale(): ScaleTime<number, number> | undefined {
    return this._base ? this._transform.rescaleX(this._base) : undefined;
  }

  private _showTimes(t0: number, t1: number, animate: boolean): void {
    const base = this._base!;
    const [left, right] = base.range();
    this._zoom.showRange(base(t0), base(Math.max(t1, t0 + 1)), left, right, animate);
    this._transform = this._zoom.transform;
  }

  private _applyViewAttributes(): void {
    if (!this.viewStart && !this.viewEnd) return;
    const [d0, d1] = this._base!.domain().map((d) => d.getTime());
    const t0 = this.viewStart ? toTime(this.viewStart, 'start') ?? d0 : d0;
    const t1 = this.viewEnd ? toTime(this.viewEnd, 'end') ?? d1 : d1;
    this._showTimes(Math.min(t0, t1), Math.max(t0, t1), false);
  }

  /** After a user gesture: reflect the window in view-start/view-end and tell the page. */
  private _userViewChanged(): void {
    const scale = this._scale();
    if (!scale) return;
    const [left, right] = this._base!.range();
    const t0 = scale.invert(left).getTime();
    const t1 = scale.invert(right).getTime();
    const precision = precisionForSpan(t1 - t0);
    const start = isoAtPrecision(t0, precision);
    const end = isoAtPrecision(t1, precision);
    this._syncingView = true;
    this.viewStart = start;
    this.viewEnd = end;
    this.updateComplete.then(() => (this._syncingView = false));
    this._announce(this._messages.viewAnnouncement(formatWindow(t0, t1, this._resolvedLocale)));
    this.dispatchEvent(timelineEvent<TimelineViewChangeDetail>('timeline-view-change', { start, end }));
  }

  /** Brings an event into view: pans to it, or zooms in when it is off screen in a cluster. */
  private _reveal(event: TimelineEvent, animate: boolean): void {
    if (this._vertical) return this._revealVertical(event);
    const base = this._base;
    if (!base) return;
    const t = this._transform;
    const level = this._layoutFor(t.k);
    const at = level?.placedById.get(event.id);
    const placed = at === undefined ? undefined : level!.layout.placed[at];
    const [left, right] = base.range();
    if (placed) {
      const s = t.k / level!.level;
      const x0 = s * placed.x0 + t.x;
      const x1 = s * placed.x1 + t.x;
      if (x0 >= left && x0 <= right) return;
      const target = x1 - x0 > right - left ? x0 - left - 8 : (x0 + x1) / 2 - (left + right) / 2;
      this._zoom.panBy(-target, animate);
    } else {
      const span = Math.max(event.t1 - event.t0, 1);
      const [d0, d1] = base.domain().map((d) => d.getTime());
      const view = Math.min(d1 - d0, Math.max(span * 3, (d1 - d0) / 64));
      const mid = (event.t0 + event.t1) / 2;
      this._showTimes(mid - view / 2, mid + view / 2, animate);
    }
    this._transform = this._zoom.transform;
  }

  private _showHint(): void {
    if (this._zoom.transform.k <= 1 && this._data.events.length < 2) return;
    this._hint = true;
    clearTimeout(this._hintTimer);
    this._hintTimer = setTimeout(() => (this._hint = false), 1500);
  }

  // ---- user input ------------------------------------------------------------------------

  /** Selects an event by id, as the user does (fires `timeline-select`). */
  private _selectByUser(id: string): void {
    const event = this._data.events.find((e) => e.id === id);
    if (!event) return;
    this.selected = id;
    this._focusId = id;
    this._announce(this._messages.selectedAnnouncement(event.title, this._dateText(event)));
    this.dispatchEvent(timelineEvent<TimelineSelectDetail>('timeline-select', { id, event }));
  }

  private _onClick = (e: MouseEvent) => {
    const target = (e.target as Element).closest<SVGGElement>('[data-id], [data-cluster]');
    if (target?.dataset.id) this._selectByUser(target.dataset.id);
    else if (target?.dataset.cluster) this._openCluster(Number(target.dataset.cluster));
  };

  private _openCluster(index: number): void {
    const cluster = this._visibleLayout()?.layout.clusters[index];
    if (!cluster) return;
    const pad = Math.max((cluster.t1 - cluster.t0) * 0.1, 1);
    this._showTimes(cluster.t0 - pad, cluster.t1 + pad, true);
    this._userViewChangedSoon();
  }

  private _userViewChangedSoon(): void {
    // Programmatic transitions end after their animation; report the view the user asked for.
    setTimeout(() => this.isConnected && this._userViewChanged(), prefersReducedMotionDelay());
  }

  private _zoomBy(factor: number): void {
    const focused = this._focusId !== null ? this._eventX(this._focusId) : undefined;
    this._zoom.scaleBy(factor, focused);
    this._userViewChangedSoon();
  }

  private _onZoomIn = () => this._zoomBy(2);
  private _onZoomOut = () => this._zoomBy(0.5);
  private _onFit = () => {
    this._zoom.transformTo(zoomIdentity, true);
    this._userViewChangedSoon();
  };

  /** The x position of a drawn event's mark, when it is in view. */
  private _eventX(id: string): number | undefined {
    if (this._vertical) return this._verticalZoomCenter(id);
    const el = this.renderRoot.querySelector<SVGGElement>(`[data-id="${CSS.escape(id)}"]`);
    const x = el ? Number(el.dataset.x) : NaN;
    const base = this._base;
    if (!base || Number.isNaN(x)) return undefined;
    const [left, right] = base.range();
    return x >= left && x <= right ? x : undefined;
  }

  private _onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const events = this._data.events;
    if (events.length === 0) return;
    if (e.key === 'Enter' || e.key === ' ') {
      const target = (e.target as Element).closest<SVGGElement>('[data-id], [data-cluster]');
      if (target) {
        e.preventDefault();
        if (target.dataset.id) this._selectByUser(target.dataset.id);
        else this._openCluster(Number(target.dataset.cluster));
      }
      return;
    }
    if (e.key === 'Escape' && this.selected !== null) {
      e.preventDefault();
      this._closeDetails();
      return;
    }
    const action = zoomKeyAction(this._logicalKey(e), e.shiftKey);
    if (action) {
      e.preventDefault();
      if ('zoom' in action) this._zoomBy(action.zoom);
      else if ('fit' in action) this._onFit();
      else {
        this._zoom.panBy(action.pan * this._width, true);
        this._userViewChangedSoon();
      }
      return;
    }
    const drawn = this._visibleLayout()?.placedById;
    const current = Math.max(0, events.findIndex((ev) => ev.id === this._currentFocusId()));
    const next = nextIndex(this._logicalKey(e), current, events.length, (i) => drawn?.has(events[i].id) ?? false);
    if (next === undefined) return;
    e.preventDefault();
    this._focusId = events[next].id;
    this._reveal(events[next], true);
    this._focusPending = true;
  };

  /** Arrow keys as directions in time: in a mirrored (right-to-left) horizontal timeline ← goes later. */
  private _logicalKey(e: KeyboardEvent): string {
    if (!this._rtl || this._vertical) return e.key;
    return e.key === 'ArrowLeft' ? 'ArrowRight' : e.key === 'ArrowRight' ? 'ArrowLeft' : e.key;
  }

  private _closeDetails = () => {
    const id = this.selected;
    this.selected = null;
    this._focusId = id;
    this._focusPending = true;
  };

  private _onFocusIn = (e: FocusEvent) => {
    const target = (e.target as Element).closest<SVGGElement>('[data-id]');
    if (target?.dataset.id) {
      this._focusId = target.dataset.id;
      this._showTooltip(target);
    }
  };

  private _onPointerOver = (e: PointerEvent) => {
    const target = (e.target as Element).closest<SVGGElement>('[data-id]');
    if (target) this._showTooltip(target);
  };

  private _onPointerLeave = () => {
    this._tooltip = null;
  };

  private _onFocusOut = () => {
    this._tooltip = null;
    // A node re-ordered while rendering loses focus: give it back once the update is done.
    if (this._rendering) this._focusPending = true;
  };

  private _showTooltip(target: SVGGElement): void {
    const x = this._rtl ? this._width - Number(target.dataset.x) : Number(target.dataset.x);
    const y = Number(target.dataset.y);
    if (target.dataset.id) this._tooltip = { id: target.dataset.id, x, y };
  }

  // ---- overview ---------------------------------------------------------------------------

  private _brushDrag?: { mode: 'move' | 'start' | 'end'; x: number; view: [number, number] };

  /** The visible window in overview (base) pixels. */
  private _brushRange(): [number, number] {
    const t = this._transform;
    const [left, right] = this._base!.range();
    return [(left - t.x) / t.k, (right - t.x) / t.k];
  }

  private _onOverviewDown = (e: PointerEvent) => {
    if (!this._base || e.button !== 0) return;
    const svgEl = e.currentTarget as SVGSVGElement;
    const x = this._overviewX(e, svgEl);
    const view = this._brushRange();
    const role = (e.target as Element).getAttribute('data-brush');
    if (role === 'start' || role === 'end' || role === 'move') {
      this._brushDrag = { mode: role, x, view };
      svgEl.setPointerCapture(e.pointerId);
    } else {
      // A click outside the brush centres the view there.
      const half = (view[1] - view[0]) / 2;
      this._setBrush(x - half, x + half);
      this._userViewChangedSoon();
    }
    e.preventDefault();
  };

  private _onOverviewMove = (e: PointerEvent) => {
    const drag = this._brushDrag;
    if (!drag) return;
    const svgEl = e.currentTarget as SVGSVGElement;
    const dx = this._overviewX(e, svgEl) - drag.x;
    const [a, b] = drag.view;
    if (drag.mode === 'move') this._setBrush(a + dx, b + dx, false);
    else if (drag.mode === 'start') this._setBrush(Math.min(a + dx, b - 4), b, false);
    else this._setBrush(a, Math.max(b + dx, a + 4), false);
  };

  private _onOverviewUp = (e: PointerEvent) => {
    if (!this._brushDrag) return;
    this._brushDrag = undefined;
    (e.currentTarget as SVGSVGElement).releasePointerCapture(e.pointerId);
    this._userViewChanged();
  };

  /** The pointer's x in the overview's own coordinates (mirrored in right-to-left layouts). */
  private _overviewX(e: PointerEvent, svgEl: SVGSVGElement): number {
    const box = svgEl.getBoundingClientRect();
    const x = e.clientX - box.left;
    return this._rtl ? box.width - x : x;
  }

  private _setBrush(x0: number, x1: number, animate = true): void {
    const [left, right] = this._base!.range();
    this._zoom.showRange(x0, x1, left, right, animate);
  }

  // ---- rendering --------------------------------------------------------------------------

  /**
   * The event that holds the one tab stop: the focused one, else the selected, else the earliest
   * event in view (set while rendering), else the first drawn.
   */
  private _currentFocusId(): string | undefined {
    if (this._vertical) return this._verticalTabStop();
    const drawn = this._visibleLayout()?.placedById;
    if (!drawn) return undefined;
    if (this._focusId !== null && drawn.has(this._focusId)) return this._focusId;
    if (this.selected !== null && drawn.has(this.selected)) return this.selected;
    if (this._firstInView !== undefined && drawn.has(this._firstInView)) return this._firstInView;
    return this._data.events.find((e) => drawn.has(e.id))?.id;
  }

  private _firstInView?: string;

  private _visibleLayout(): LevelLayout | undefined {
    return this._layoutFor(this._transform.k);
  }

  private _dateText(event: TimelineEvent): string {
    return event.displayDate ?? formatSpan(event.start, event.end, this._resolvedLocale);
  }

  protected override render(): TemplateResult {
    const m = this._messages;
    const heading = this.label || this._data.title || '';
    return html`<div class=${this._vertical ? 'root root--vertical' : 'root'} dir=${this._rtl ? 'rtl' : 'ltr'}>
      <div class="sizer"></div>
      ${heading && !this._drawsTimeline() ? html`<h2 class="heading" part="heading">${heading}</h2>` : nothing}
      ${this._vertical ? this._renderVertical(heading) : this._renderBody(heading)}
      ${this._renderDetails()}
      ${this._renderProblems(m)}
      ${this._renderList()}
      ${this._renderLiveRegion()}
    </div>`;
  }

  /** True when the timeline itself is drawn (not a loading, error or empty state). */
  private _drawsTimeline(): boolean {
    return !this._loading && !this._loadError && this._data.events.length > 0;
  }

  private _renderBody(heading: string): TemplateResult {
    const m = this._messages;
    if (this._loading) return html`<div part="status" role="status">${m.loading}</div>`;
    if (this._loadError) {
      return html`<div part="status" role="alert">
        <div>${m.loadFailed(this._loadError)}</div>
        <button type="button" part="retry" @click=${this._retry}>${m.retry}</button>
      </div>`;
    }
    if (this._data.events.length === 0) return html`<div part="status" role="status">${m.empty}</div>`;
    const level = this._visibleLayout();
    const t = this._transform;
    const s = level ? t.k / level.level : 1;
    const rows = Math.max(1, level?.layout.rowCount ?? 1);
    const height = AXIS_HEIGHT + this._eraRow() + rows * this._laneHeight + 8;
    // What is in (or next to) the window, in the level's coordinates.
    const margin = this._width * 0.1;
    const a = (-margin - t.x) / s;
    const b = (this._width + margin - t.x) / s;
    // In the layout's own order, so nodes never move (moving a focused node would blur it);
    // the focused event stays in the DOM even when scrolled out of view.
    const indexes = level ? level.placedIndex.query(a, b) : [];
    if (level) {
      // Without a focused or selected event, the tab stop is the earliest event in view.
      let first: PlacedEvent | undefined;
      for (const i of indexes) {
        const p = level.layout.placed[i];
        const x = s * p.x1 + t.x;
        if (x >= 0 && s * p.x0 + t.x <= this._width && (!first || p.event.t0 < first.event.t0 || (p.event.t0 === first.event.t0 && p.event.index < first.event.index))) first = p;
      }
      this._firstInView = first?.event.id;
    }
    const focusId = this._currentFocusId();
    if (level && focusId) {
      const keep = level.placedById.get(focusId);
      if (keep !== undefined && !indexes.includes(keep)) indexes.push(keep);
      indexes.sort((p, q) => p - q);
    }
    const placed = level ? indexes.map((i) => level.layout.placed[i]) : [];
    const clusters = level ? level.clusterIndex.query(a, b) : [];
    const showOverview = this.overview === 'show' || (this.overview === 'auto' && t.k > 1.001);
    return html`<div class="toolbar">
        ${heading ? html`<h2 class="heading" part="heading">${heading}</h2>` : nothing}
        ${this._groups ? this._renderLegend() : nothing}
        <div class="controls" part="controls">
          <button type="button" part="zoom-in" aria-label=${m.zoomIn} title=${m.zoomIn} @click=${this._onZoomIn}>+</button>
          <button type="button" part="zoom-out" aria-label=${m.zoomOut} title=${m.zoomOut} @click=${this._onZoomOut}>−</button>
          <button type="button" part="fit" aria-label=${m.fit} title=${m.fit} @click=${this._onFit}>⤢</button>
        </div>
      </div>
      <div class="frame">
        <svg
          class="main"
          role="group"
          aria-label=${`${heading || 'Timeline'}, ${m.events(this._data.events.length)}`}
          aria-roledescription=${m.timeline}
          width=${this._width}
          height=${height}
          viewBox="0 0 ${this._width} ${height}"
          @click=${this._onClick}
          @keydown=${this._onKeyDown}
          @focusin=${this._onFocusIn}
          @focusout=${this._onFocusOut}
          @pointerover=${this._onPointerOver}
          @pointerleave=${this._onPointerLeave}
        >
          <rect class="background" x="0" y="0" width=${this._width} height=${height}></rect>
          ${this._renderEras(height)}
          ${this._renderAxis(height)}
          ${repeat(placed, (p) => p.event.id, (p) => this._renderEvent(p, s, t.x, p.event.id === focusId))}
          ${'groups' in (level ?? {}) ? this._renderGroups((level as GroupedLevelLayout).groups) : nothing}
          ${clusters.map((i) => this._renderCluster(level!.layout.clusters[i], i, level!.layout.laneCount, s, t.x))}
        </svg>
        ${this._renderTooltip()}
        ${this._hint ? html`<div class="hint" part="hint" role="status">${isMac() ? m.zoomHintMac : m.zoomHint}</div>` : nothing}
      </div>
      ${showOverview ? this._renderOverview() : nothing}`;
  }

  private _renderAxis(height: number) {
    const scale = this._scale();
    if (!scale) return nothing;
    let ticks = scale.ticks(Math.max(2, Math.floor(this._width / 110)));
    let unit = tickUnit(ticks.length > 1 ? ticks[1].getTime() - ticks[0].getTime() : 365 * 86_400_000);
    // Never tick finer than the finest date in the data: no hours on a chronology of days.
    const finest = this._finest;
    if (precisionOrder.indexOf(unit) > precisionOrder.indexOf(finest)) {
      ticks = scale.ticks(tickInterval[finest]);
      unit = finest;
    }
    const format = createTickFormat(this._resolvedLocale);
    return svg`<g part="axis" aria-hidden="true">
      <line class="axis-line" x1="0" x2=${this._width} y1=${AXIS_HEIGHT - 6} y2=${AXIS_HEIGHT - 6}></line>
      ${ticks.map((tick) => {
        const x = scale(tick);
        return svg`<g part="tick" transform="translate(${x},0)">
          <line class="gridline" y1=${AXIS_HEIGHT - 6} y2=${height}></line>
          <line y1=${AXIS_HEIGHT - 11} y2=${AXIS_HEIGHT - 6}></line>
          <text y=${AXIS_HEIGHT - 16} text-anchor="middle">${format(tick, unit)}</text>
        </g>`;
      })}
    </g>`;
  }

  private _laneY(lane: number): number {
    return AXIS_HEIGHT + this._eraRow() + lane * this._laneHeight + this._laneHeight / 2;
  }

  /** Height of the era-title row under the axis: kept while zooming, so lanes never jump. */
  private _eraRow(): number {
    return this._data.eras.length > 0 ? ERA_ROW : 0;
  }

  /**
   * Eras as bands behind everything, from the axis line down, each titled in the era row; titles
   * are shortened to their band (see `layoutEras`), so they overlap neither each other nor labels.
   */
  private _renderEras(height: number) {
    const scale = this._scale();
    if (!scale || this._data.eras.length === 0) return nothing;
    const top = AXIS_HEIGHT - 6;
    const placed = layoutEras(this._data.eras, (t) => scale(t), this._measurer.measure, { bounds: [0, this._width], padding: 4 });
    return svg`<g class="eras">${placed.map((p) => {
      const name = `${p.era.title || this._messages.era}, ${formatSpan(p.era.start, p.era.end, this._resolvedLocale)}`;
      const alternate = this._data.eras.indexOf(p.era) % 2 === 1; // neighbours differ in tint
      return svg`<g part="era" class=${alternate ? 'era era--alt' : 'era'} role="img" aria-label=${name}>
        <title>${name}</title>
        <rect class="era-band" x=${p.x0} y=${top} width=${p.x1 - p.x0} height=${height - top}></rect>
        ${p.label ? svg`<text class="era-title" x=${p.labelX} y=${AXIS_HEIGHT + ERA_ROW / 2}>${p.label}</text>` : nothing}
      </g>`;
    })}</g>`;
  }

  /** One event; positions come from its level layout, scaled by s and shifted by tx. Labels keep their size. */
  private _renderEvent(p: PlacedEvent, s: number, tx: number, tabStop: boolean) {
    const event = p.event;
    const y = this._laneY(p.lane);
    const x0 = s * p.x0 + tx;
    const x1 = s * p.x1 + tx;
    const labelX = x0 + (p.labelX - p.x0);
    const selected = event.id === this.selected;
    const approximate = event.start.approximate || event.end?.approximate || event.start.uncertain || event.end?.uncertain;
    const labelWidth = p.labelWidth;
    const left = Math.min(x0 - this._markSize / 2, labelX) - 2;
    const right = Math.max(x1, x0 + this._markSize / 2, labelX + labelWidth, left + 22) + 2;
    const boxHeight = Math.max(24, this._laneHeight - 4);
    const part = `event${selected ? ' event--selected' : ''}${approximate ? ' event--approximate' : ''}`;
    const mark = event.isSpan
      ? svg`<rect class="mark span" x=${x0} y=${y - 8} width=${Math.max(2, x1 - x0)} height="16" rx="2"></rect>`
      : svg`<circle class="mark" cx=${x0} cy=${y} r=${this._markSize / 2}></circle>`;
    return svg`<g
      part=${part}
      class=${`${approximate ? 'approximate' : ''}${this._groups ? ` cat-${this._categoryColor(event)}` : ''}`}
      data-id=${event.id}
      data-x=${(x0 + x1) / 2}
      data-y=${y}
      role="button"
      tabindex=${tabStop ? 0 : -1}
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${`${event.title}, ${this._dateText(event)}`}
    >
      <rect class="hit" x=${left} y=${y - boxHeight / 2} width=${right - left} height=${boxHeight} rx="4"></rect>
      ${mark}
      <text part="label" x=${labelX} y=${y}>${p.label}</text>
    </g>`;
  }

  private _categoryColor(event: TimelineEvent): number {
    return (this._groups?.find((g) => g.category === (event.category ?? ''))?.colorIndex ?? 0) % CATEGORY_COLORS;
  }

  /** The title and background of each category band. */
  private _renderGroups(groups: readonly import('./layout/zoom-levels.js').LayoutGroup[]) {
    return svg`${groups.map((g) => {
      const top = this._laneY(g.headerRow) - this._laneHeight / 2;
      return svg`<g part="group" class=${`cat-${g.colorIndex % CATEGORY_COLORS}`}>
        <rect class="group-band" x="0" y=${top} width=${this._width} height=${this._laneHeight * 0.75}></rect>
        <text part="group-label" x="6" y=${top + this._laneHeight * 0.375}>${g.category || this._messages.uncategorized} (${g.count})</text>
      </g>`;
    })}`;
  }

  /** Legend of categories: each entry hides or shows its category. */
  private _renderLegend() {
    const groups = this._groups ?? [];
    return html`<div class="legend" part="legend" role="group" aria-label=${this._messages.categories}>
      ${groups.map(
        (g) => html`<button
          type="button"
          part="legend-item${this._hidden.has(g.category) ? ' legend-item--hidden' : ''}"
          class=${`cat-${g.colorIndex % CATEGORY_COLORS}`}
          aria-pressed=${this._hidden.has(g.category) ? 'false' : 'true'}
          @click=${() => this._toggleCategory(g.category)}
        >
          <span class="swatch" aria-hidden="true"></span>${g.category || this._messages.uncategorized}
          <span class="legend-count">${g.events.length}</span>
        </button>`,
      )}
    </div>`;
  }

  private _renderCluster(c: PlacedCluster, index: number, laneCount: number, s: number, tx: number) {
    const y = this._laneY(c.row ?? laneCount);
    const x0 = s * c.x0 + tx;
    const width = Math.max(CLUSTER_BADGE, s * (c.x1 - c.x0));
    const locale = this._resolvedLocale;
    const { first, last } = c;
    const range = first === last ? formatDate(first.start, locale) : `${formatDate(first.start, locale)} – ${formatDate(last.end ?? last.start, locale)}`;
    const name = `${this._messages.moreEvents(c.events.length)}, ${range}`;
    return svg`<g part="cluster" data-cluster=${index} role="button" tabindex="-1" aria-label=${name}>
      <title>${name}</title>
      <rect class="cluster-box" x=${x0} y=${y - 12} width=${width} height="24" rx="12"></rect>
      <text x=${x0 + 8} y=${y}>+${c.events.length}</text>
    </g>`;
  }

  private _renderTooltip() {
    const tip = this._tooltip;
    const event = tip ? this._data.events.find((e) => e.id === tip.id) : undefined;
    if (!tip || !event) return nothing;
    const flip = tip.x > this._width / 2;
    return html`<div
      class="tooltip"
      part="tooltip"
      role="tooltip"
      style="top:${tip.y + 14}px;${flip ? `right:${Math.max(0, this._width - tip.x - 8)}px` : `left:${Math.max(0, tip.x - 8)}px`}"
    >
      <strong>${event.title}</strong><br />${this._dateText(event)}
    </div>`;
  }

  private _renderOverview() {
    const [bx0, bx1] = this._brushRange();
    const x0 = Math.max(0, bx0);
    const x1 = Math.min(this._width, bx1);
    const h = OVERVIEW_HEIGHT;
    return html`<svg
      class="overview"
      part="overview"
      width=${this._width}
      height=${h}
      aria-hidden="true"
      @pointerdown=${this._onOverviewDown}
      @pointermove=${this._onOverviewMove}
      @pointerup=${this._onOverviewUp}
      @pointercancel=${this._onOverviewUp}
    >
      <rect class="overview-bg" x="0" y="0" width=${this._width} height=${h}></rect>
      <path class="overview-density" transform="translate(0,4)" d=${this._overviewPath}></path>
      <rect part="overview-brush" class="brush" data-brush="move" x=${x0} y="1" width=${Math.max(6, x1 - x0)} height=${h - 2}></rect>
      <rect class="brush-handle" data-brush="start" x=${Math.max(0, x0 - 20)} y="1" width="24" height=${h - 2}></rect>
      <rect class="brush-handle" data-brush="end" x=${Math.min(this._width - 24, Math.max(x0 + 6, x1) - 4)} y="1" width="24" height=${h - 2}></rect>
    </svg>`;
  }

  private _renderDetails() {
    const event = this.selected === null ? undefined : this._data.events.find((e) => e.id === this.selected);
    if (!event) return nothing;
    const m = this._messages;
    return html`<section part="details" class="details-box" role="region" aria-labelledby="details-title">
      <h3 id="details-title">${event.title}</h3>
      <p class="details-date">${this._dateText(event)}</p>
      ${event.description ? html`<p>${event.description}</p>` : nothing}
      <dl>
        ${event.place ? html`<dt>${m.place}</dt><dd>${event.place}</dd>` : nothing}
        ${event.people.length ? html`<dt>${m.people}</dt><dd>${event.people.join(', ')}</dd>` : nothing}
        ${event.source?.paragraph !== undefined || event.source?.note
          ? html`<dt>${m.source}</dt><dd>${[event.source.paragraph !== undefined ? m.paragraph(event.source.paragraph) : '', event.source.note ?? ''].filter(Boolean).join('; ')}</dd>`
          : nothing}
        ${event.links.length
          ? html`<dt>${m.links}</dt><dd>${event.links.map(
              (link, i) => html`${i ? ', ' : ''}<a href=${link.href} target="_blank" rel="noopener noreferrer">${link.label}</a>`,
            )}</dd>`
          : nothing}
      </dl>
      <button type="button" class="close" part="close" aria-label=${m.close} @click=${this._closeDetails}>×</button>
    </section>`;
  }

  private _renderProblems(m: Messages) {
    const problems = this._data.problems;
    if (problems.length === 0) return nothing;
    return html`<details part="problems">
      <summary>${m.problems(problems.length)}</summary>
      <ul>
        ${problems.map((p) => html`<li>${p.message}</li>`)}
      </ul>
    </details>`;
  }
  // ---- vertical layout (phones, narrow containers) -----------------------------------------

  /**
   * Lays out the visible window vertically: time runs down over a height that gives each event
   * about {@link V_PER_EVENT} px (within bounds), marks in columns right of the axis, labels
   * wrapped beside them. The window is the one the zoom transform shows, as in the horizontal
   * layout, so zoom keys and buttons, `view-start`/`view-end` and `visibleWindow` work alike.
   */
  private _layoutVertical(): VerticalView | undefined {
    const scale = this._scale();
    if (!scale || this._data.events.length === 0) return undefined;
    const [left, right] = this._base!.range();
    const t0 = scale.invert(left).getTime();
    const t1 = scale.invert(right).getTime();
    const key = `${t0}|${t1}|${this._width}|${this._markSize}|${this._resolvedLocale}`;
    if (this._vView && this._vView.key === key && this._vView.data === this._data) return this._vView;
    const top = V_PAD;
    const plot = verticalPlotHeight(this._data.events.length, { perEvent: V_PER_EVENT, min: V_MIN_HEIGHT, max: V_MAX_HEIGHT });
    // The axis is measured at the first height; a taller plot only spreads the same ticks.
    let y = createTimeScale([t0, t1], top, plot - V_PAD);
    let ticks = y.ticks(Math.max(2, Math.floor(plot / 90)));
    let unit = tickUnit(ticks.length > 1 ? ticks[1].getTime() - ticks[0].getTime() : 365 * 86_400_000);
    if (precisionOrder.indexOf(unit) > precisionOrder.indexOf(this._finest)) {
      ticks = y.ticks(tickInterval[this._finest]);
      unit = this._finest;
    }
    const format = createTickFormat(this._resolvedLocale);
    const tickList = ticks.map((tick) => ({ y: y(tick), text: format(tick, unit) }));
    const axisWidth = Math.ceil(Math.max(28, ...tickList.map((t) => this._measurer.measure(t.text)))) + 10;
    const { layout, bottom } = layoutVerticalFitting(this._data.events, this._measurer.measure, {
      t0,
      t1,
      top,
      bottom: plot - V_PAD,
      left: axisWidth + V_AXIS_GAP,
      right: this._width - 2,
      lineHeight: V_LINE,
      maxLines: V_MAX_LINES,
      gap: V_GAP,
      markWidth: this._markSize,
      labelPadding: LABEL_PADDING,
      minColumnWidth: V_MIN_COLUMN,
      clusterWidth: V_CLUSTER,
    }, V_MAX_HEIGHT - V_PAD);
    if (bottom !== plot - V_PAD) {
      y = createTimeScale([t0, t1], top, bottom);
      for (let i = 0; i < tickList.length; i++) tickList[i].y = y(ticks[i]);
    }
    let height = bottom + V_PAD;
    for (const p of layout.placed) height = Math.max(height, p.extentBottom + 4);
    for (const c of layout.clusters) height = Math.max(height, c.y0 + Math.max(24, c.y1 - c.y0) + 4);
    this._vView = { key, data: this._data, t0, t1, top, bottom, height: Math.ceil(height), axisWidth, ticks: tickList, layout, y: (t) => y(t) };
    return this._vView;
  }

  /** The vertical event that holds the one tab stop: the focused one, else the selected, else the first drawn. */
  private _verticalTabStop(): string | undefined {
    const layout = this._layoutVertical()?.layout;
    if (!layout) return undefined;
    if (this._focusId !== null && layout.placedById.has(this._focusId)) return this._focusId;
    if (this.selected !== null && layout.placedById.has(this.selected)) return this.selected;
    return this._data.events.find((e) => layout.placedById.has(e.id))?.id;
  }

  /**
   * Brings an event into the vertical window: centres the window on it when it is outside, and
   * zooms in while it is merged into a "+N" cluster. Instant (the vertical layout never animates).
   */
  private _revealVertical(event: TimelineEvent): void {
    const view = this._layoutVertical();
    if (!view || view.layout.placedById.has(event.id)) return;
    const mid = event.isSpan ? event.t0 : (event.t0 + event.t1) / 2;
    let span = view.t1 - view.t0;
    for (let i = 0; i < 24; i++) {
      const k = this._transform.k;
      this._showTimes(mid - span / 2, mid + span / 2, false);
      const next = this._layoutVertical();
      if (!next || next.layout.placedById.has(event.id)) return;
      if (i > 0 && this._transform.k === k) return; // zoomed in as far as the data allows
      span /= 2;
    }
  }

  /**
   * Moves the focus with a navigation key (arrows, Home, End) in the vertical layout: to the next
   * event in time order, revealed in the window. An event that stays in a "+N" cluster even at
   * the deepest zoom (many at one instant) is passed over, trying a few; the view is restored if
   * none can be shown. False for other keys.
   */
  private _navigateVertical(key: string): boolean {
    const events = this._data.events;
    const current = Math.max(0, events.findIndex((e) => e.id === this._verticalTabStop()));
    const first = nextIndex(key, current, events.length);
    if (first === undefined) return false;
    const direction = key === 'Home' ? 1 : key === 'End' ? -1 : first > current ? 1 : -1;
    const saved = this._transform;
    for (let i = first, tries = 0; i >= 0 && i < events.length && i !== current && tries < 4; i += direction, tries++) {
      this._revealVertical(events[i]);
      if (this._layoutVertical()?.layout.placedById.has(events[i].id)) {
        this._focusId = events[i].id;
        this._focusPending = true;
        return true;
      }
    }
    this._zoom.transformTo(saved, false);
    this._transform = saved;
    return true;
  }

  /** Where a zoom key or button zooms around in the vertical layout: the focused event's time, in base pixels. */
  private _verticalZoomCenter(id: string): number | undefined {
    const event = this._data.events.find((e) => e.id === id);
    const scale = this._scale();
    if (!event || !scale) return undefined;
    const x = scale(event.isSpan ? event.t0 : (event.t0 + event.t1) / 2);
    const [left, right] = this._base!.range();
    return x >= left && x <= right ? x : undefined;
  }

  private _panVertical(direction: -1 | 1): void {
    const [left, right] = this._base!.range();
    this._zoom.panBy(-direction * 0.8 * (right - left), false);
    this._userViewChangedSoon();
  }

  private _onEarlier = () => this._panVertical(-1);
  private _onLater = () => this._panVertical(1);

  private _onVerticalClick = (e: MouseEvent) => {
    const cluster = (e.target as Element).closest<SVGGElement>('[data-vcluster]');
    if (cluster) this._openVerticalCluster(Number(cluster.dataset.vcluster));
    else this._onClick(e);
  };

  private _openVerticalCluster(index: number): void {
    const cluster = this._vView?.layout.clusters[index];
    if (!cluster) return;
    const pad = Math.max((cluster.t1 - cluster.t0) * 0.1, 1);
    this._showTimes(cluster.t0 - pad, cluster.t1 + pad, false);
    this._userViewChangedSoon();
  }

  /** Keys of the vertical layout: `Shift+↑/↓` pan, Enter/Space on a "+N" zoom to it, the rest as horizontal. */
  private _onVerticalKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey && !e.ctrlKey && !e.metaKey) {
      if (e.shiftKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
        e.preventDefault();
        const [left, right] = this._base!.range();
        this._zoom.panBy((e.key === 'ArrowUp' ? 0.25 : -0.25) * (right - left), false);
        this._userViewChangedSoon();
        return;
      }
      const cluster = (e.target as Element).closest<SVGGElement>('[data-vcluster]');
      if (cluster && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        this._openVerticalCluster(Number(cluster.dataset.vcluster));
        return;
      }
      if (!e.shiftKey && this._data.events.length > 0 && this._navigateVertical(e.key)) {
        e.preventDefault();
        return;
      }
    }
    this._onKeyDown(e);
  };

  /**
   * The vertical timeline: the zoom buttons above, time running down with the axis at the start
   * side, events in columns, and buttons for earlier and later events when the window does not
   * show them all. Wheel and drag are left to the page (it scrolls); zoom is by buttons and keys.
   */
  private _renderVertical(heading: string): TemplateResult {
    const m = this._messages;
    const view = this._layoutVertical();
    if (this._loading || this._loadError || !view) return this._renderBody(heading);
    const { layout, height, axisWidth } = view;
    const width = this._width;
    // Right to left: the layout is made left to right and drawn mirrored (axis at the right).
    const x = (at: number) => (this._rtl ? width - at : at);
    const focusId = this._verticalTabStop();
    const events = this._data.events;
    const earlier = events.length > 0 && events[0].t0 < view.t0;
    const later = events.some((e) => (e.isSpan ? e.t1 : (e.t0 + e.t1) / 2) > view.t1);
    return html`<div class="toolbar">
        ${heading ? html`<h2 class="heading" part="heading">${heading}</h2>` : nothing}
        <div class="controls" part="controls">
          <button type="button" part="zoom-in" aria-label=${m.zoomIn} title=${m.zoomIn} @click=${this._onZoomIn}>+</button>
          <button type="button" part="zoom-out" aria-label=${m.zoomOut} title=${m.zoomOut} @click=${this._onZoomOut}>−</button>
          <button type="button" part="fit" aria-label=${m.fit} title=${m.fit} @click=${this._onFit}>⤢</button>
        </div>
      </div>
      <div class="frame frame--vertical">
      ${earlier ? html`<button type="button" class="pan pan--earlier" part="earlier" @click=${this._onEarlier}>${m.earlier}</button>` : nothing}
      <div class="plot">
        <svg
          class="vertical"
          role="group"
          aria-label=${`${heading || 'Timeline'}, ${m.events(events.length)}`}
          aria-roledescription=${m.timeline}
          width=${width}
          height=${height}
          viewBox="0 0 ${width} ${height}"
          @click=${this._onVerticalClick}
          @keydown=${this._onVerticalKeyDown}
          @focusin=${this._onFocusIn}
          @focusout=${this._onFocusOut}
          @pointerover=${this._onPointerOver}
          @pointerleave=${this._onPointerLeave}
        >
          ${this._renderVerticalEras(view)}
          <g part="axis" aria-hidden="true">
            <line class="axis-line" x1=${x(axisWidth + 2)} x2=${x(axisWidth + 2)} y1=${view.top - 8} y2=${view.bottom + 8}></line>
            ${view.ticks.map(
              (tick) => svg`<g part="tick">
                <line class="gridline" x1=${x(axisWidth + 2)} x2=${x(width)} y1=${tick.y} y2=${tick.y}></line>
                <line x1=${x(axisWidth - 3)} x2=${x(axisWidth + 2)} y1=${tick.y} y2=${tick.y}></line>
                <text class="tick-text" x=${x(axisWidth - 6)} y=${tick.y} text-anchor=${this._rtl ? 'start' : 'end'}>${tick.text}</text>
              </g>`,
            )}
          </g>
          ${repeat(layout.placed, (p) => p.event.id, (p) => this._renderVerticalEvent(p, p.event.id === focusId))}
          ${layout.clusters.map((c, i) => this._renderVerticalCluster(c, i))}
        </svg>
        ${this._renderTooltip()}
      </div>
      ${later ? html`<button type="button" class="pan pan--later" part="later" @click=${this._onLater}>${m.later}</button>` : nothing}
    </div>`;
  }

  private _renderVerticalEvent(p: VerticalPlacedEvent, tabStop: boolean) {
    const event = p.event;
    const mark = this._markSize;
    const selected = event.id === this.selected;
    const approximate = event.start.approximate || event.end?.approximate || event.start.uncertain || event.end?.uncertain;
    const part = `event${selected ? ' event--selected' : ''}${approximate ? ' event--approximate' : ''}`;
    const textWidth = Math.max(0, ...p.lines.map((line) => this._measurer.measure(line)));
    const hitLeft = p.x - mark / 2 - 2;
    const hitRight = Math.max(p.x + mark / 2 + 2, p.labelX + Math.min(textWidth, p.labelWidth) + 2, hitLeft + 24);
    // Right to left: drawn mirrored, labels ending at the mark (data-x stays unmirrored for the tooltip).
    const w = this._width;
    const x = (at: number) => (this._rtl ? w - at : at);
    const left = (x0: number, x1: number) => (this._rtl ? w - x1 : x0);
    const markEl = event.isSpan
      ? svg`<rect class="mark span" x=${left(p.x - mark / 3, p.x + mark / 3)} y=${p.y0} width=${(2 * mark) / 3} height=${Math.max(2, p.y1 - p.y0)} rx="2"></rect>`
      : svg`<circle class="mark" cx=${x(p.x)} cy=${p.y0} r=${mark / 2}></circle>`;
    return svg`<g
      part=${part}
      class=${approximate ? 'approximate' : ''}
      data-id=${event.id}
      data-x=${p.x}
      data-y=${p.y0}
      role="button"
      tabindex=${tabStop ? 0 : -1}
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${`${event.title}, ${this._dateText(event)}`}
    >
      <rect class="hit" x=${left(hitLeft, hitRight)} y=${p.extentTop - 1} width=${hitRight - hitLeft} height=${p.extentBottom - p.extentTop + 2} rx="4"></rect>
      ${markEl}
      <text part="label" x=${x(p.labelX)} y=${p.y0} text-anchor=${this._rtl ? 'end' : 'start'}>${p.lines.map(
        // A space ends each wrapped line, so the label's text reads as the title (label in name).
        (line, i) => svg`<tspan x=${x(p.labelX)} y=${p.y0 + i * V_LINE}>${i < p.lines.length - 1 ? `${line} ` : line}</tspan>`,
      )}</text>
    </g>`;
  }

  private _renderVerticalCluster(c: VerticalCluster, index: number) {
    const locale = this._resolvedLocale;
    const range = c.first === c.last ? formatDate(c.first.start, locale) : `${formatDate(c.first.start, locale)} – ${formatDate(c.last.end ?? c.last.start, locale)}`;
    const name = `${this._messages.moreEvents(c.events.length)}, ${range}`;
    return svg`<g part="cluster" data-vcluster=${index} role="button" tabindex="-1" aria-label=${name}>
      <title>${name}</title>
      <rect class="cluster-box" x=${this._rtl ? this._width - c.x - V_CLUSTER + 4 : c.x + 4} y=${c.y0} width=${V_CLUSTER - 8} height=${Math.max(24, c.y1 - c.y0)} rx="12"></rect>
      <text x=${this._rtl ? this._width - c.x - 12 : c.x + 12} y=${c.y0 + 12} text-anchor=${this._rtl ? 'end' : 'start'}>+${c.events.length}</text>
    </g>`;
  }

  /** Eras as bands across the plot; their names are in each band's accessible name and tooltip. */
  private _renderVerticalEras(view: VerticalView) {
    if (this._data.eras.length === 0) return nothing;
    const x = this._rtl ? 0 : view.axisWidth + 2;
    return svg`<g class="eras">${this._data.eras.map((era, i) => {
      const y0 = Math.max(view.top - 8, view.y(era.t0));
      const y1 = Math.min(view.bottom + 8, view.y(era.t1));
      if (y1 <= y0) return nothing;
      const name = `${era.title || this._messages.era}, ${formatSpan(era.start, era.end, this._resolvedLocale)}`;
      return svg`<g part="era" class=${i % 2 === 1 ? 'era era--alt' : 'era'} role="img" aria-label=${name}>
        <title>${name}</title>
        <rect class="era-band" x=${x} y=${y0} width=${this._width - view.axisWidth - 2} height=${y1 - y0}></rect>
      </g>`;
    })}</g>`;
  }

  // ---- the list of all events, the live region ----------------------------------------------

  private _toggleList = () => {
    this.showList = !this.showList;
  };

  private _onListMore = () => {
    this._listLimit += LIST_PAGE;
  };

  /**
   * Every event in time order with its date and description: visually hidden (for screen
   * readers, and printed) unless `show-list` is set or the List button pressed. A hidden list
   * holds every event up to {@link LIST_ALL_UP_TO}, one plain `<li>` each; past that, the first
   * {@link LIST_PAGE} and a note that the List button shows them all. A visible list shows
   * {@link LIST_PAGE} at a time, with a button for the next page.
   */
  private _renderList() {
    const events = this._data.events;
    if (events.length === 0 || this._loading || this._loadError) return nothing;
    // Drawn once the timeline is on screen (an idle moment later), unless asked for as visible.
    if (!this._listReady && !this.showList) return nothing;
    const visible = this.showList;
    return guard([events, visible, this._listLimit, this._resolvedLocale], () => {
      const m = this._messages;
      const limit = visible ? this._listLimit : events.length <= LIST_ALL_UP_TO ? events.length : LIST_PAGE;
      const shown = events.length > limit ? events.slice(0, limit) : events;
      const rest = events.length - shown.length;
      return html`<div class="list-bar">
          <button type="button" part="list-toggle" aria-pressed=${visible ? 'true' : 'false'} @click=${this._toggleList}>${m.listToggle}</button>
        </div>
        <section part="list" class=${visible ? 'list' : 'list visually-hidden'} aria-labelledby="list-heading">
          <h3 id="list-heading">${m.listHeading(events.length)}</h3>
          <ol>
            ${visible
              ? shown.map(
                  (e) => html`<li>
                    <div class="list-date">${this._dateText(e)}</div>
                    <div class="list-title">${e.title}</div>
                    ${e.description ? html`<div class="list-description">${e.description}</div>` : nothing}
                  </li>`,
                )
              : shown.map((e) => html`<li>${this._dateText(e)}: ${e.title}${e.description ? ` — ${e.description}` : ''}</li>`)}
          </ol>
          ${rest > 0
            ? visible
              ? html`<button type="button" part="list-more" @click=${this._onListMore}>${m.listMore(Math.min(rest, LIST_PAGE))}</button>`
              : html`<div>${m.listPartial(shown.length, events.length)}</div>`
            : nothing}
        </section>`;
    });
  }

  /** Says something through the polite live region (a repeated message is still announced). */
  private _announce(text: string): void {
    this._announcement = text === this._announcement ? `${text}\u00a0` : text;
  }

  /** The polite live region: selection and view changes made by the user, visually hidden. */
  private _renderLiveRegion() {
    return html`<div class="visually-hidden live" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>`;
  }
}

/** A time from a partial date string (its start, or the end of its period), a Date or ms. */
function toTime(value: TimeInput, edge: 'start' | 'end'): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const parsed = parsePartialDate(value);
  return parsed.ok ? (edge === 'start' ? parsed.date.start : parsed.date.end) : undefined;
}

function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

function prefersReducedMotionDelay(): number {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 300;
}
