/**
 * Pure helpers of the SVG export: colours as every SVG renderer reads them, the elements and
 * attributes an export may hold, the lines under the picture, and a safe file name.
 */
import type { Messages } from '../messages/index.js';
import type { DatasetSource } from '../model/types.js';
import { parsePartialDate } from '../time/partial-date.js';
import { formatDate } from '../time/format.js';

/** A colour as `#rrggbb` and an opacity from 0 to 1. */
export interface Paint {
  hex: string;
  alpha: number;
}

const hex2 = (n: number) => Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, '0');

/**
 * A computed CSS colour (`rgb(…)`, `rgba(…)`, `color(srgb r g b / a)`, `transparent`, `none`) as
 * a hex colour and an opacity; undefined for `none`, a fully transparent colour, or anything else.
 */
export function parsePaint(value: string): Paint | undefined {
  const text = value.trim().toLowerCase();
  let rgb: number[] | undefined;
  let alpha = 1;
  const legacy = /^rgba?\(([^)]*)\)$/.exec(text);
  const srgb = /^color\(srgb\s+([^)]*)\)$/.exec(text);
  if (legacy) {
    const parts = legacy[1].split(/[\s,/]+/).filter(Boolean);
    rgb = parts.slice(0, 3).map((p) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p)));
    if (parts[3] !== undefined) alpha = parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
  } else if (srgb) {
    const [channels, a] = srgb[1].split('/');
    rgb = channels.trim().split(/\s+/).map((p) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p) * 255));
    if (a !== undefined) alpha = a.trim().endsWith('%') ? parseFloat(a) / 100 : parseFloat(a);
  } else if (/^#[0-9a-f]{6}$/.test(text)) {
    return { hex: text, alpha: 1 };
  }
  if (!rgb || rgb.length !== 3 || rgb.some((n) => !Number.isFinite(n)) || !Number.isFinite(alpha) || alpha <= 0) return undefined;
  return { hex: `#${rgb.map(hex2).join('')}`, alpha: Math.min(1, alpha) };
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** The elements an export may hold, with the geometry attributes each keeps. Nothing else is copied. */
export const EXPORT_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  g: [],
  rect: ['x', 'y', 'width', 'height', 'rx'],
  circle: ['cx', 'cy', 'r'],
  line: ['x1', 'y1', 'x2', 'y2'],
  path: ['d'],
  text: ['x', 'y', 'text-anchor'],
  tspan: ['x', 'y'],
  title: [],
  desc: [],
};

/** Elements whose text is kept. */
export const TEXT_ELEMENTS = new Set(['text', 'tspan', 'title', 'desc']);

/** "Source: title, publisher, 19 July 2023, url" for a dataset's source; empty without one. */
export function sourceLine(source: DatasetSource | undefined, messages: Messages, locale: string): string {
  if (!source) return '';
  const date = source.date ? parsePartialDate(source.date) : undefined;
  const parts = [
    source.title ? `“${source.title}”` : '',
    source.publisher ?? '',
    source.date ? (date?.ok ? formatDate(date.date, locale) : source.date) : '',
    source.url ?? '',
  ].filter(Boolean);
  return parts.length ? `${messages.source}: ${parts.join(', ')}` : '';
}

/** Characters no file system accepts in a name (and controls). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g;

/**
 * A file name made from a title, safe on every common system: no path separators, reserved or
 * invisible characters, no leading dots, spaces as hyphens, at most 80 characters; `timeline`
 * when nothing is left. Letters of every script are kept.
 */
export function exportFileName(title: string | undefined, extension: string): string {
  let name = (title ?? '')
    .normalize('NFC')
    .replace(UNSAFE, ' ')
    .replace(/[\s\u00a0]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  if ([...name].length > 80) name = [...name].slice(0, 80).join('').replace(/[-.]+$/, '');
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(name)) name = `${name}-timeline`;
  return `${name || 'timeline'}.${extension}`;
}
