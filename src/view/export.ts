/**
 * The export: a standalone SVG of the whole chronology (or of the view on screen), drawn by the
 * element's own adapters and plot template, and a PNG drawn from it. Loaded on demand.
 *
 * The plot is laid out for the export width, drawn once with `render()` into a copy inside the
 * element's shadow root (so it takes the element's styles, the page's `::part()` rules and the
 * theme), and copied element by element into a new SVG document: only drawing elements and their
 * geometry, with every style resolved into presentation attributes. No script, no link, no
 * event handler, no class and no external reference can be in it; user text stays text.
 */
import { render } from 'lit';
import { identity } from './transform.js';
import { orientationFor } from '../layout/orientation.js';
import { wrapText } from '../layout/wrap.js';
import { TextMeasurer } from '../interaction/text-measure.js';
import { formatSpan } from '../time/format.js';
import type { TimelineEvent } from '../model/types.js';
import { eventName } from './context.js';
import type { Frame } from './frame.js';
import { plotTemplate } from './plot.js';
import { inert, plotFor, transformFor, type TimelineSnapshot } from './snapshot.js';
import { EXPORT_ELEMENTS, exportFileName, parsePaint, sourceLine, SVG_NS, TEXT_ELEMENTS } from './svg-paint.js';

/** Options of `toSVG()`. */
export interface ExportOptions {
  /** `fit` (the default): the whole chronology; `current`: the time window on screen. */
  view?: 'fit' | 'current';
  /** Width of the picture in CSS px (default: the element's width). */
  width?: number;
  /** `horizontal` or `vertical`; default: the element's `orientation` at the export width. */
  orientation?: 'horizontal' | 'vertical';
}

/** Options of `toPNG()`: those of `toSVG()` and the pixel density. */
export interface PngOptions extends ExportOptions {
  /** Device pixels per CSS pixel (default 2); lowered when the image would pass the browser's canvas limits. */
  scale?: number;
}

/** Room around the picture. */
const PAD = 16;
const HEADING_SIZE = 16;
const HEADING_LINE = 22;
const SOURCE_SIZE = 12;
const SOURCE_LINE = 17;
/** The largest canvas side and area browsers draw. */
const MAX_SIDE = 32_767;
const MAX_AREA = 268_435_456;

function checkOptions(options: ExportOptions): void {
  if (options === null || typeof options !== 'object') throw new TypeError('the export options must be an object');
  const { view, width, orientation } = options;
  if (view !== undefined && view !== 'fit' && view !== 'current') throw new RangeError(`view must be "fit" or "current", not ${JSON.stringify(view)}`);
  if (width !== undefined && !(typeof width === 'number' && Number.isFinite(width) && width >= 200 && width <= 20_000)) {
    throw new RangeError(`width must be a number of CSS pixels from 200 to 20000, not ${String(width)}`);
  }
  if (orientation !== undefined && orientation !== 'horizontal' && orientation !== 'vertical') {
    throw new RangeError(`orientation must be "horizontal" or "vertical", not ${JSON.stringify(orientation)}`);
  }
}

/** A standalone SVG document of the timeline, as a string, with its size. */
export function exportSVG(s: TimelineSnapshot, options: ExportOptions = {}): { svg: string; width: number; height: number } {
  checkOptions(options);
  const { view: ctx } = s;
  const events = ctx.data.events;
  if (events.length === 0) throw new Error('the timeline has no events to export');
  const width = Math.round(options.width ?? (s.build.width > 0 ? s.build.width : 800));
  const plotWidth = width - 2 * PAD;
  const orientation = options.orientation ?? orientationFor(s.orientation, width);
  const made = plotFor(s, plotWidth, orientation);
  if (!made) throw new Error('the timeline could not be laid out');
  const transform = options.view === 'current' ? transformFor(made.base, s.window) : identity;
  const frame: Frame = { ...made.plot.frame(transform, { focused: null, selected: null }), tabStop: undefined };

  // Drawn once inside the element's shadow root, out of sight, to read the styles it takes there.
  const stage = document.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;overflow:hidden;pointer-events:none';
  const box = document.createElement('div');
  box.style.cssText = `width:${plotWidth}px;background:var(--event-timeline-background);color:var(--event-timeline-text-color)`;
  const probe = document.createElement('span');
  probe.style.color = 'var(--event-timeline-muted-color)';
  stage.append(box, probe);
  s.root.append(stage);
  try {
    render(plotTemplate({ ...ctx, selected: null, on: inert }, frame), box);
    const live = box.querySelector('svg')!;
    const rootStyle = getComputedStyle(live);
    const page = getComputedStyle(box);
    const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
    const out = doc.documentElement;
    const add = (parent: Element, tag: string, attributes: Record<string, string | number> = {}, text?: string) => {
      const el = doc.createElementNS(SVG_NS, tag);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
      if (text !== undefined) el.textContent = text;
      parent.append(el);
      return el;
    };
    const fontFamily = rootStyle.fontFamily;
    const textColor = parsePaint(page.color) ?? { hex: '#1f2328', alpha: 1 };
    const muted = parsePaint(getComputedStyle(probe).color) ?? textColor;
    const background = parsePaint(page.backgroundColor);

    const m = ctx.messages;
    const heading = ctx.heading || m.timelineName;
    const source = sourceLine(ctx.data.source, m, ctx.locale);
    const headingMeasure = measurerFor(`600 ${HEADING_SIZE}px ${fontFamily}`);
    const sourceMeasure = measurerFor(`${SOURCE_SIZE}px ${fontFamily}`);
    const headingLines = wrapText(heading, plotWidth, 3, headingMeasure);
    const sourceLines = source ? wrapText(source, plotWidth, 4, sourceMeasure) : [];
    const plotTop = PAD + headingLines.length * HEADING_LINE + 8;
    const height = Math.ceil(plotTop + frame.height + (sourceLines.length ? 8 + sourceLines.length * SOURCE_LINE : 0) + PAD);

    out.setAttribute('width', String(width));
    out.setAttribute('height', String(height));
    out.setAttribute('viewBox', `0 0 ${width} ${height}`);
    out.setAttribute('role', 'img');
    out.setAttribute('font-family', fontFamily);
    out.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', ctx.locale);
    add(out, 'title', {}, heading);
    add(out, 'desc', {}, [`${m.events(events.length)}, ${chronologySpan(events, ctx.locale)}.`, source].filter(Boolean).join(' '));
    if (background) add(out, 'rect', { x: 0, y: 0, width, height, ...paintAttributes('fill', background, 1) });
    headingLines.forEach((line, i) => {
      add(out, 'text', { x: PAD, y: PAD + i * HEADING_LINE + HEADING_SIZE, 'font-size': `${HEADING_SIZE}px`, 'font-weight': 600, ...paintAttributes('fill', textColor, 1) }, line);
    });
    const plot = add(out, 'g', { transform: ctx.rtl ? `translate(${PAD + plotWidth} ${plotTop}) scale(-1 1)` : `translate(${PAD} ${plotTop})` });
    const byId = new Map(frame.events.map((e) => [e.event.id, e.event]));
    copyChildren(live, plot, { rootFont: fontFamily, rtl: ctx.rtl, byId, frame, locale: ctx.locale });
    sourceLines.forEach((line, i) => {
      const y = plotTop + frame.height + 8 + i * SOURCE_LINE + SOURCE_SIZE;
      add(out, 'text', { x: PAD, y, 'font-size': `${SOURCE_SIZE}px`, ...paintAttributes('fill', muted, 1) }, line);
    });
    return { svg: new XMLSerializer().serializeToString(doc), width, height };
  } finally {
    stage.remove();
  }
}

function measurerFor(font: string): (text: string) => number {
  const measurer = new TextMeasurer();
  measurer.setFont(font);
  return measurer.measure;
}

/** "19 July 2000 to 19 July 2023": from the earliest start to the latest end. */
function chronologySpan(events: readonly TimelineEvent[], locale: string): string {
  let last = events[0];
  for (const e of events) if (e.t1 > last.t1) last = e;
  const first = events[0];
  return first === last ? formatSpan(first.start, first.end, locale) : formatSpan(first.start, last.end ?? last.start, locale);
}

/** `fill="#hex"` (and `fill-opacity` below 1) for a paint and the property's own opacity. */
function paintAttributes(property: 'fill' | 'stroke', paint: { hex: string; alpha: number }, opacity: number): Record<string, string> {
  const alpha = paint.alpha * opacity;
  return alpha < 0.999 ? { [property]: paint.hex, [`${property}-opacity`]: String(+alpha.toFixed(3)) } : { [property]: paint.hex };
}

interface CopyContext {
  rootFont: string;
  rtl: boolean;
  byId: Map<string, TimelineEvent>;
  frame: Frame;
  locale: string;
}

/** Copies the drawing elements under `from` into `into`, styles resolved; comments and anything else dropped. */
function copyChildren(from: Element, into: Element, c: CopyContext): void {
  const doc = into.ownerDocument;
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (TEXT_ELEMENTS.has(from.localName)) into.append(doc.createTextNode(node.textContent ?? ''));
      continue;
    }
    if (!(node instanceof SVGElement)) continue;
    const tag = node.localName;
    const geometry = EXPORT_ELEMENTS[tag];
    if (!geometry || node.classList.contains('hit') || node.classList.contains('background')) continue;
    const style = getComputedStyle(node);
    if (style.display === 'none') continue;
    const el = doc.createElementNS(SVG_NS, tag);
    for (const name of geometry) {
      const value = node.getAttribute(name);
      // Numbers to a hundredth of a pixel (the layout's long fractions say nothing more).
      if (value !== null) el.setAttribute(name, /^-?[\d.]+(e-?\d+)?$/.test(value) ? String(+Number(value).toFixed(2)) : value);
    }
    for (const [name, value] of Object.entries(paint(tag, style, c.rootFont))) el.setAttribute(name, value);
    if (c.rtl && tag === 'text' && node instanceof SVGGraphicsElement) {
      // Mirrored back in its own box, as the element does with CSS.
      const b = node.getBBox();
      el.setAttribute('transform', `matrix(-1 0 0 1 ${+(2 * (b.x + b.width / 2)).toFixed(2)} 0)`);
    }
    into.append(el);
    // Each event is named in full (its label may be shortened), each "+N" lists its events.
    const id = node.getAttribute('data-id');
    const event = id === null ? undefined : c.byId.get(id);
    if (event) el.append(named(doc, 'title', eventName(event, c.locale)));
    copyChildren(node, el, c);
    const cluster = node.getAttribute('data-cluster');
    const members = cluster === null ? undefined : c.frame.clusters[Number(cluster)];
    if (members) el.append(named(doc, 'desc', members.events.map((e) => eventName(e, c.locale)).join('; ')));
  }
}

function named(doc: Document, tag: 'title' | 'desc', text: string): Element {
  const el = doc.createElementNS(SVG_NS, tag);
  el.textContent = text;
  return el;
}

/** The presentation attributes that draw an element as it is drawn in the element. */
function paint(tag: string, style: CSSStyleDeclaration, rootFont: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (tag === 'title' || tag === 'desc' || tag === 'tspan') return out;
  const opacity = parseFloat(style.opacity);
  if (opacity < 1) out.opacity = String(opacity);
  if (tag === 'g') return out;
  const fill = parsePaint(style.fill);
  if (tag !== 'line') Object.assign(out, fill ? paintAttributes('fill', fill, parseFloat(style.fillOpacity) || 0) : { fill: 'none' });
  const stroke = parsePaint(style.stroke);
  const strokeWidth = parseFloat(style.strokeWidth);
  if (stroke && strokeWidth > 0) {
    Object.assign(out, paintAttributes('stroke', stroke, parseFloat(style.strokeOpacity) || 0));
    out['stroke-width'] = String(strokeWidth);
    if (style.strokeDasharray && style.strokeDasharray !== 'none') out['stroke-dasharray'] = style.strokeDasharray.replace(/px/g, '');
    if (style.strokeLinejoin && style.strokeLinejoin !== 'miter') out['stroke-linejoin'] = style.strokeLinejoin;
  }
  if (tag !== 'text') return out;
  out['font-size'] = style.fontSize;
  if (style.fontWeight !== '400') out['font-weight'] = style.fontWeight;
  if (style.fontStyle !== 'normal') out['font-style'] = style.fontStyle;
  if (style.fontFamily !== rootFont) out['font-family'] = style.fontFamily;
  if (style.dominantBaseline && style.dominantBaseline !== 'auto') out['dominant-baseline'] = style.dominantBaseline;
  if (style.paintOrder && style.paintOrder !== 'normal' && style.paintOrder !== 'fill') out['paint-order'] = style.paintOrder;
  if (style.writingMode && style.writingMode !== 'horizontal-tb') out['writing-mode'] = style.writingMode;
  const decoration = style.textDecorationLine;
  if (decoration && decoration !== 'none') out['text-decoration'] = decoration;
  return out;
}

/** A PNG of the export, drawn at `scale` device pixels per CSS pixel (lowered to fit the canvas limits). */
export async function exportPNG(s: TimelineSnapshot, options: PngOptions = {}): Promise<Blob> {
  const scale = options.scale ?? 2;
  if (!(typeof scale === 'number' && Number.isFinite(scale) && scale > 0 && scale <= 8)) throw new RangeError(`scale must be a number above 0 and at most 8, not ${String(scale)}`);
  const { svg, width, height } = exportSVG(s, options);
  const k = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * k));
    canvas.height = Math.max(1, Math.round(height * k));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser gave no canvas to draw on');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the browser could not encode the PNG');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves the export as a file named after the dataset's title: `svg` or `png`. */
export async function downloadExport(s: TimelineSnapshot, format: 'svg' | 'png'): Promise<void> {
  const blob = format === 'svg' ? new Blob([exportSVG(s).svg], { type: 'image/svg+xml' }) : await exportPNG(s);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = exportFileName(s.view.data.title || s.view.heading, format);
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
