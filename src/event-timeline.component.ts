import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ScaleTime } from 'd3-scale';
import { styles } from './event-timeline.styles';
import { normalizeEvents } from './model/normalize';
import { loadDataset } from './model/load';
import type { NormalizedData, Problem, TimelineEvent } from './model/types';
import { createTimeScale, timeExtent } from './layout/scale';
import { layoutTimeline, type PlacedCluster, type PlacedEvent, type TimelineLayout } from './layout/timeline-layout';
import { formatDate, formatSpan, createTickFormat, tickUnit } from './time/format';
import { messagesFor, type Messages } from './messages';
import { timelineEvent, type TimelineErrorDetail, type TimelineSelectDetail } from './events';
import { nextIndex } from './interaction/keyboard';
import { TextMeasurer } from './interaction/text-measure';

/** Geometry of the horizontal layout, in CSS pixels. */
const MARGIN_X = 16;
const AXIS_HEIGHT = 30;
const MARK = 12;
const LABEL_PADDING = 6;
const GAP = 10;
const MIN_LABEL = 56;
const CLUSTER_BADGE = 40;
const MAX_LANES = 10;
const EMPTY: NormalizedData = { events: [], problems: [] };

/**
 * A timeline of events with honest dates: each date is shown at the precision it is known to.
 *
 * @summary Shows a chronology on an interactive, accessible timeline.
 *
 * @fires timeline-select - The user selected an event (click, tap, Enter, Space). `detail: { id, event }`.
 * @fires timeline-error - The input has problems or `src` failed to load. `detail: { problems }`.
 *
 * @csspart axis - The time axis.
 * @csspart tick - One tick of the axis (line and text).
 * @csspart event - One event (mark, label and hit area); also `event--selected` when selected.
 * @csspart label - An event's label.
 * @csspart cluster - Several events merged into one mark because the lanes are full.
 * @csspart details - The panel that shows the selected event.
 * @csspart problems - The message that lists problems in the input.
 * @csspart status - The empty, loading and load-failed states.
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
 * @cssprop --event-timeline-radius - Corner radius of panels and buttons.
 * @cssprop --event-timeline-border-color - Colour of borders and grid lines.
 */
export class EventTimeline extends LitElement {
  static override styles = styles;

  /** The events: an array of events or a dataset object `{ title, events }`. Set as a property. */
  @property({ attribute: false }) events: unknown = undefined;

  /** URL of a JSON dataset or events array to load; a new value cancels the previous request. */
  @property() src = '';

  /** Accessible name of the timeline, also shown as its heading. */
  @property() label = '';

  /** Id of the selected event; setting it from code selects without firing `timeline-select`. */
  @property({ reflect: true }) selected: string | null = null;

  /** BCP 47 locale for dates and the element's words; default: the nearest `lang`, then the browser's. */
  @property() locale = '';

  @state() private _input: unknown = undefined;
  @state() private _width = 0;
  @state() private _loading = false;
  @state() private _loadError = '';
  @state() private _focusId: string | null = null;

  private _data: NormalizedData = EMPTY;
  private _layout: TimelineLayout = { placed: [], clusters: [], laneCount: 0, rowCount: 0 };
  private _scale?: ScaleTime<number, number>;
  private _resolvedLocale = 'en';
  private _messages: Messages = messagesFor('en');
  private _laneHeight = 32;
  private _resizeObserver?: ResizeObserver;
  private _abort?: AbortController;
  private _errorPending = false;
  private _focusPending = false;
  private _measurer = new TextMeasurer();

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this._observeWidth();
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
    if (!sizer || this._resizeObserver) return;
    this._resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      if (width !== this._width) this._width = width;
    });
    this._resizeObserver.observe(sizer);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resizeObserver?.disconnect();
    this._resizeObserver = undefined;
  }

  /** The events that are shown, validated and sorted by time. */
  get validEvents(): readonly TimelineEvent[] {
    return this._data.events;
  }

  /** Problems found in the current input (or the failed `src` request). */
  get problems(): readonly Problem[] {
    return this._loadError ? [{ message: this._messages.loadFailed(this._loadError) }, ...this._data.problems] : this._data.problems;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('events')) {
      this._cancelLoad();
      this._loadError = '';
      this._input = this.events;
    }
    if (changed.has('src') && this.src) this._load();
    if (changed.has('_input')) {
      this._data = normalizeEvents(this._input);
      this._errorPending = this._data.problems.length > 0;
    }
    if (changed.has('locale') || !this.hasUpdated) {
      this._resolvedLocale = this.locale || this.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
      this._messages = messagesFor(this._resolvedLocale);
    }
    if (changed.has('_input') || changed.has('_width') || changed.has('locale')) this._relayout();
    if (changed.has('selected') && this.selected !== null) this._focusId = this.selected;
  }

  protected override updated(): void {
    if (this._errorPending) {
      this._errorPending = false;
      this.dispatchEvent(timelineEvent<TimelineErrorDetail>('timeline-error', { problems: [...this.problems] }));
    }
    if (this._focusPending) {
      this._focusPending = false;
      this.renderRoot.querySelector<SVGGElement>(`[data-id="${CSS.escape(this._focusId ?? '')}"]`)?.focus();
    }
  }

  private _relayout(): void {
    const width = this._width;
    if (width <= 0) return;
    const style = getComputedStyle(this);
    this._laneHeight = Math.max(24, parseFloat(style.getPropertyValue('--event-timeline-lane-height')) || 32);
    this._measurer.setFont(`${style.getPropertyValue('--event-timeline-label-size').trim() || '13px'} ${style.fontFamily}`);
    const scale = createTimeScale(timeExtent(this._data.events), MARGIN_X, width - MARGIN_X);
    this._scale = scale;
    this._layout = layoutTimeline(this._data.events, (t) => scale(t), this._measurer.measure, {
      markWidth: MARK,
      labelPadding: LABEL_PADDING,
      gap: GAP,
      maxLanes: MAX_LANES,
      minLabelWidth: MIN_LABEL,
      clusterBadgeWidth: CLUSTER_BADGE,
      bounds: [0, width],
    });
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
    const result = await loadDataset(url, abort.signal);
    if (this._abort !== abort) return; // a newer request or new events replaced this one
    this._abort = undefined;
    this._loading = false;
    if (result.ok) {
      this._input = result.data;
    } else {
      this._loadError = result.reason;
      this._input = undefined;
      this._errorPending = true;
    }
  }

  private _retry = () => this._load();

  /** Selects an event by id, as the user does (fires `timeline-select`). */
  private _selectByUser(id: string): void {
    const event = this._data.events.find((e) => e.id === id);
    if (!event) return;
    this.selected = id;
    this._focusId = id;
    this.dispatchEvent(timelineEvent<TimelineSelectDetail>('timeline-select', { id, event }));
  }

  private _onClick = (e: MouseEvent) => {
    const target = (e.target as Element).closest<SVGGElement>('[data-id]');
    if (target?.dataset.id) this._selectByUser(target.dataset.id);
  };

  private _onKeyDown = (e: KeyboardEvent) => {
    const events = this._data.events;
    if (events.length === 0) return;
    const current = Math.max(0, events.findIndex((ev) => ev.id === this._currentFocusId()));
    if (e.key === 'Enter' || e.key === ' ') {
      const target = (e.target as Element).closest<SVGGElement>('[data-id]');
      if (target?.dataset.id) {
        e.preventDefault();
        this._selectByUser(target.dataset.id);
      }
      return;
    }
    if (e.key === 'Escape' && this.selected !== null) {
      e.preventDefault();
      this._closeDetails();
      return;
    }
    const placedIds = new Set(this._layout.placed.map((p) => p.event.id));
    const next = nextIndex(e.key, current, events.length, (i) => placedIds.has(events[i].id));
    if (next === undefined) return;
    e.preventDefault();
    this._focusId = events[next].id;
    this._focusPending = true;
  };

  private _closeDetails = () => {
    const id = this.selected;
    this.selected = null;
    this._focusId = id;
    this._focusPending = true;
  };

  private _onFocusIn = (e: FocusEvent) => {
    const target = (e.target as Element).closest<SVGGElement>('[data-id]');
    if (target?.dataset.id) this._focusId = target.dataset.id;
  };

  /** The event that holds the one tab stop: the focused one, else the selected, else the first drawn. */
  private _currentFocusId(): string | undefined {
    const placed = this._layout.placed;
    const has = (id: string | null) => id !== null && placed.some((p) => p.event.id === id);
    if (has(this._focusId)) return this._focusId!;
    if (has(this.selected)) return this.selected!;
    const drawn = new Set(placed.map((p) => p.event.id));
    return this._data.events.find((e) => drawn.has(e.id))?.id;
  }

  private _dateText(event: TimelineEvent): string {
    return event.displayDate ?? formatSpan(event.start, event.end, this._resolvedLocale);
  }

  protected override render(): TemplateResult {
    const m = this._messages;
    const heading = this.label || this._data.title || '';
    return html`
      <div class="sizer"></div>
      ${heading ? html`<h2 class="heading" part="heading">${heading}</h2>` : nothing}
      ${this._renderBody(heading)}
      ${this._renderDetails()}
      ${this._renderProblems(m)}
    `;
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
    const layout = this._layout;
    const height = AXIS_HEIGHT + Math.max(1, layout.rowCount) * this._laneHeight + 8;
    const focusId = this._currentFocusId();
    return html`<div class="frame">
      <svg
        role="group"
        aria-label=${`${heading || 'Timeline'}, ${m.events(this._data.events.length)}`}
        width=${this._width}
        height=${height}
        viewBox="0 0 ${this._width} ${height}"
        @click=${this._onClick}
        @keydown=${this._onKeyDown}
        @focusin=${this._onFocusIn}
      >
        ${this._renderAxis(height)}
        ${layout.placed.map((p) => this._renderEvent(p, p.event.id === focusId))}
        ${layout.clusters.map((c) => this._renderCluster(c, layout.laneCount))}
      </svg>
    </div>`;
  }

  private _renderAxis(height: number) {
    const scale = this._scale;
    if (!scale) return nothing;
    const ticks = scale.ticks(Math.max(2, Math.floor(this._width / 110)));
    const unit = tickUnit(ticks.length > 1 ? ticks[1].getTime() - ticks[0].getTime() : 365 * 86_400_000);
    const format = createTickFormat(this._resolvedLocale);
    const [left, right] = scale.range();
    return svg`<g part="axis" aria-hidden="true">
      <line class="axis-line" x1=${left} x2=${right} y1=${AXIS_HEIGHT - 6} y2=${AXIS_HEIGHT - 6}></line>
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
    return AXIS_HEIGHT + lane * this._laneHeight + this._laneHeight / 2;
  }

  private _renderEvent(p: PlacedEvent, tabStop: boolean) {
    const event = p.event;
    const y = this._laneY(p.lane);
    const selected = event.id === this.selected;
    const approximate = event.start.approximate || event.end?.approximate || event.start.uncertain || event.end?.uncertain;
    const labelWidth = this._measurer.measure(p.label);
    const left = Math.min(p.x0 - MARK / 2, p.labelX) - 2;
    const right = Math.max(p.x1, p.x0 + MARK / 2, p.labelX + labelWidth) + 2;
    const boxHeight = Math.max(24, this._laneHeight - 4);
    const part = `event${selected ? ' event--selected' : ''}${approximate ? ' event--approximate' : ''}`;
    const mark = event.isSpan
      ? svg`<rect class="mark span" x=${p.x0} y=${y - 8} width=${Math.max(2, p.x1 - p.x0)} height="16" rx="2"></rect>
          <line class="span-edge" x1=${p.x0} x2=${p.x0} y1=${y - 8} y2=${y + 8}></line>`
      : svg`<circle class="mark" cx=${p.x0} cy=${y} r=${MARK / 2}></circle>`;
    return svg`<g
      part=${part}
      class=${approximate ? 'approximate' : ''}
      data-id=${event.id}
      role="button"
      tabindex=${tabStop ? 0 : -1}
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${`${event.title}, ${this._dateText(event)}`}
    >
      <title>${event.title} — ${this._dateText(event)}</title>
      <rect class="hit" x=${left} y=${y - boxHeight / 2} width=${right - left} height=${boxHeight} rx="4"></rect>
      <rect class="focus-ring" x=${left} y=${y - boxHeight / 2} width=${right - left} height=${boxHeight} rx="4"></rect>
      ${mark}
      <text part="label" x=${p.labelX} y=${y}>${p.label}</text>
    </g>`;
  }

  private _renderCluster(c: PlacedCluster, laneCount: number) {
    const y = this._laneY(laneCount);
    const text = `+${c.events.length}`;
    const range = `${formatDate(c.events[0].start, this._resolvedLocale)} – ${formatDate(c.events[c.events.length - 1].start, this._resolvedLocale)}`;
    return svg`<g part="cluster" role="img" aria-label=${`${this._messages.moreEvents(c.events.length)}, ${range}`}>
      <title>${this._messages.moreEvents(c.events.length)}, ${range}</title>
      <rect class="cluster-box" x=${c.x0} y=${y - 11} width=${Math.max(CLUSTER_BADGE, c.x1 - c.x0)} height="22" rx="11"></rect>
      <text x=${c.x0 + 8} y=${y}>${text}</text>
    </g>`;
  }

  private _renderDetails() {
    const event = this.selected === null ? undefined : this._data.events.find((e) => e.id === this.selected);
    if (!event) return nothing;
    const m = this._messages;
    return html`<section part="details" class="details-box" role="region" aria-labelledby="details-title" aria-live="polite">
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
}
