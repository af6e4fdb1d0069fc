/**
 * What a server render was drawn from, written into the server's HTML so that the browser's first
 * render draws exactly the same thing (hydration needs the same templates), with no second request
 * for `src`: the width, the locale and direction, the sizes, and the input. Pure; never throws.
 */
import type { LoadedSource, SourceFormat } from './load.js';
import type { Problem } from './types.js';

/** The sizes a server render uses: the element's defaults (no style sheet can be read there). */
export interface ServerStyle {
  labelSize: string;
  laneHeight: string;
  markSize: string;
  fontFamily: string;
}

/** The defaults of `--event-timeline-label-size`, `-lane-height`, `-mark-size` and `-font-family` (styles/tokens.ts). */
export const DEFAULT_SERVER_STYLE: ServerStyle = {
  labelSize: '13px',
  laneHeight: '32px',
  markSize: '12px',
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK KR', sans-serif",
};

/** The width a server render uses when none is given (px). */
export const DEFAULT_SERVER_WIDTH = 960;

/** A loaded `src` as it travels in the HTML (how its events are named, as a list). */
export interface SerializedSource {
  format: SourceFormat;
  data: unknown;
  problems: Problem[];
  names?: string[];
}

/** Where the server's input came from; `src` carries what the server loaded (or why it could not). */
export type ServerInput =
  | { from: 'events'; data: unknown }
  | { from: 'src'; src: string; format: string; loaded?: SerializedSource }
  | { from: 'children' }
  | { from: 'none' };

export interface ServerState {
  v: 1;
  width: number;
  /** How the server measured text: with the metrics table (the ssr entry), else 8 px a character. */
  metrics: 'table' | 'chars';
  locale: string;
  rtl: boolean;
  style: ServerStyle;
  input: ServerInput;
}

/** A loaded source in a form JSON can carry. */
export function serializeSource(loaded: LoadedSource): SerializedSource {
  const events = (loaded.data as { events?: unknown } | null)?.events;
  const count = Array.isArray(events) ? events.length : 0;
  const names = loaded.eventName ? Array.from({ length: count }, (_, i) => loaded.eventName!(i)) : undefined;
  return { format: loaded.format, data: loaded.data, problems: loaded.problems, ...(names ? { names } : {}) };
}

/** The loaded source a serialized one stands for. */
export function restoreSource(source: SerializedSource): LoadedSource {
  const names = source.names;
  return {
    format: source.format,
    data: source.data,
    problems: source.problems,
    ...(names ? { eventName: (index: number) => names[index] ?? `event ${index}` } : {}),
  };
}

export function encodeServerState(state: ServerState): string {
  return JSON.stringify(state);
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The state written by a server render, or undefined when `text` is not one (absent, cut, or from another version). */
export function decodeServerState(text: string | null | undefined): ServerState | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value) || value.v !== 1 || typeof value.width !== 'number' || !(value.width >= 0)) return undefined;
  if (value.metrics !== 'table' && value.metrics !== 'chars') return undefined;
  if (typeof value.locale !== 'string' || typeof value.rtl !== 'boolean' || !isObject(value.style) || !isObject(value.input)) return undefined;
  const style = value.style;
  if (!['labelSize', 'laneHeight', 'markSize', 'fontFamily'].every((key) => typeof style[key] === 'string')) return undefined;
  const input = value.input;
  if (input.from === 'src') {
    if (typeof input.src !== 'string' || typeof input.format !== 'string') return undefined;
    const loaded = input.loaded;
    if (loaded !== undefined && (!isObject(loaded) || typeof loaded.format !== 'string' || !Array.isArray(loaded.problems))) return undefined;
    if (isObject(loaded) && loaded.names !== undefined && !Array.isArray(loaded.names)) return undefined;
  } else if (input.from !== 'events' && input.from !== 'children' && input.from !== 'none') return undefined;
  return value as unknown as ServerState;
}
