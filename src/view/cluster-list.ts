/**
 * What is inside a "+N": the list of a cluster's events, beside the cluster, in the shadow root.
 * Only the rows in (or near) its scrolled window are drawn, so a cluster of any size keeps the
 * DOM small. Loaded on demand with its controller (controllers/cluster-list.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../model/types.js';
import type { Box } from './frame.js';
import { clusterRange, dateText, eventName, type ViewContext } from './context.js';
import { count, viewWords } from '../messages/views.js';

/** Height of one row (title and date), in CSS pixels; the styles use the same. */
export const ROW = 44;
/** Rows in view at most; a longer list scrolls. */
export const VISIBLE = 6;
/** Rows drawn above and below those in view. */
export const OVERSCAN = 4;

/** The rows drawn for a scroll position: [start, end). */
export function rowWindow(scrollTop: number, size: number): [number, number] {
  const start = Math.max(0, Math.min(size - 1, Math.floor(scrollTop / ROW)) - OVERSCAN);
  return [start, Math.min(size, start + VISIBLE + 2 * OVERSCAN)];
}

/** What the list shows and where: the cluster's events in time order, its box, the rows drawn. */
export interface ClusterListState {
  events: readonly TimelineEvent[];
  first: TimelineEvent;
  last: TimelineEvent;
  /** The cluster's box in the plot's pixels (left to right: a mirrored plot places it from the right). */
  box: Box;
  /** The item that holds the list's tab stop. */
  active: number;
  /** The rows drawn: [start, end). */
  rows: [number, number];
}

/** The list's handlers (its controller's). */
export interface ClusterListHandlers {
  keyDown(e: KeyboardEvent): void;
  focusOut(e: FocusEvent): void;
  scroll(e: Event): void;
  choose(e: Event): void;
  zoom(): void;
  close(): void;
}

/**
 * The list: a non-modal dialog named after the cluster (how many events, from when to when) with a
 * close button, a menu of its events (one tab stop; each item named like its event, with its
 * place in the whole list) and "Zoom to these". It hangs under the cluster, its start edge at the
 * cluster's start edge, kept inside the plot's width.
 */
export function clusterListTemplate(ctx: ViewContext, s: ClusterListState, on: ClusterListHandlers): TemplateResult {
  const { locale, rtl } = ctx;
  const w = viewWords(locale);
  const size = s.events.length;
  const [start, end] = s.rows;
  const rows: TemplateResult[] = [];
  for (let i = start; i < end; i++) {
    const e = s.events[i];
    rows.push(html`<button
      type="button"
      role="menuitem"
      part=${e.id === ctx.selected ? 'cluster-list-item cluster-list-item--selected' : 'cluster-list-item'}
      class="cluster-item"
      data-index=${i}
      tabindex=${i === s.active ? 0 : -1}
      aria-label=${eventName(e, locale, rtl)}
      aria-posinset=${i + 1}
      aria-setsize=${size}
    >
      <span class="cluster-item-title">${e.title}</span>
      <span class="cluster-item-date">${dateText(e, locale)}</span>
    </button>`);
  }
  const height = Math.min(size, VISIBLE) * ROW;
  return html`<div
    part="cluster-list"
    class="cluster-list"
    role="dialog"
    aria-labelledby="cluster-list-title"
    style="--x:${s.box.x}px;top:${s.box.y + s.box.height + 4}px"
    @keydown=${on.keyDown}
    @focusout=${on.focusOut}
  >
    <div class="cluster-list-head">
      <span id="cluster-list-title">${w.clusterList(count(size, locale), clusterRange(locale, s))}</span>
      <button type="button" class="cluster-list-close" aria-label=${ctx.messages.close} @click=${on.close}>×</button>
    </div>
    <div class="cluster-scroll" style="height:${height}px" @scroll=${on.scroll}>
      <div role="menu" aria-labelledby="cluster-list-title" style="padding:${start * ROW}px 0 ${(size - end) * ROW}px" @click=${on.choose}>${rows}</div>
    </div>
    ${size > 0 ? html`<button type="button" part="cluster-list-zoom" @click=${on.zoom}>${w.zoomToThese}</button>` : nothing}
  </div>`;
}
