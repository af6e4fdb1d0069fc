import {
  declaredFormat,
  detectFormat,
  fromCSV,
  fromTimelineJS,
  fromTSV,
  isTimelineJS,
  type Conversion,
  type ConversionProblem,
} from '../formats/index.js';
import { decodeBytes } from './decode.js';
import { quote } from './describe.js';
import { jsonDepth, MAX_JSON_DEPTH } from './limits.js';
import type { Problem } from './types.js';

/** Largest response `src` accepts (bytes); larger ones are refused with a message. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

/** The formats `src` reads; the `format` attribute forces one of them. */
export const SOURCE_FORMATS = ['json', 'csv', 'tsv', 'timelinejs'] as const;

/** `json` is our dataset or events array; `timelinejs` is TimelineJS3 JSON; `csv`/`tsv` spreadsheets. */
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** A source read and, when needed, converted into the element's input. */
export interface LoadedSource {
  /** The format the source was read as. */
  format: SourceFormat;
  /** The element's input: our JSON as it was, or the converted dataset (`{ title?, events, eras }`). */
  data: unknown;
  /** Problems met while reading and converting, phrased like the element's ("row 7: …"). */
  problems: Problem[];
  /**
   * How validation messages name the event at an index of `data.events`: where it came from in the
   * source ("row 7", "event 3"); absent for our own JSON, where the index is the source's.
   */
  eventName?: (index: number) => string;
}

export type LoadResult = ({ ok: true } & LoadedSource) | { ok: false; reason: string };

/** Content types that say "no particular format": the body is sniffed (see `detectFormat`). */
const GENERIC_TYPES = new Set(['', 'text/plain', 'application/octet-stream', 'binary/octet-stream']);

/** Content types of web pages: a server's error or fallback page, never a dataset. */
const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function isSourceFormat(value: string): value is SourceFormat {
  return (SOURCE_FORMATS as readonly string[]).includes(value);
}

/**
 * Reads the text of a source into the element's input. Pure; never throws.
 *
 * The format is `format` when it is one of {@link SOURCE_FORMATS}; else the one the content type
 * or the URL's extension declares (`.json`, `.csv`, `.tsv`); else, for a generic content type
 * (none, `text/plain`, `application/octet-stream`), the one the body looks like; else JSON.
 * JSON shaped like TimelineJS (see `isTimelineJS`) is converted, unless `format` is `json`.
 * A web page (`text/html`) is refused unless a format is forced. A byte order mark is ignored.
 * The text is already decoded: for the bytes of a file, see {@link readBytes}.
 */
export function readSource(text: string, url: string, contentType: string | null, format = ''): LoadResult {
  const problems: Problem[] = [];
  const body = text.replace(/^\uFEFF/, '');
  const mime = (contentType ?? '').split(';')[0].trim().toLowerCase();
  let chosen: SourceFormat;
  if (isSourceFormat(format)) {
    chosen = format;
  } else {
    if (format !== '') {
      problems.push({
        field: 'format',
        message: `format ${JSON.stringify(format)} is not one of ${SOURCE_FORMATS.join(', ')}; the format was detected from the file`,
      });
    }
    if (PAGE_TYPES.has(mime)) return { ok: false, reason: `the file is not valid JSON, CSV or TSV (the server sent a web page, ${mime})` };
    chosen = declaredFormat(url, contentType) ?? (GENERIC_TYPES.has(mime) ? detectFormat(url, contentType, body) : 'json');
  }

  if (chosen === 'csv' || chosen === 'tsv') {
    return converted(chosen, chosen === 'csv' ? fromCSV(body) : fromTSV(body), problems);
  }
  const depth = jsonDepth(body);
  if (depth > MAX_JSON_DEPTH) {
    return { ok: false, reason: `the file nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep, which no dataset needs; it was not read` };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const sentAs = mime === '' || chosen === 'timelinejs' || declaredFormat(url, contentType) ? '' : ` (it was sent as ${mime})`;
    return { ok: false, reason: `the file is not valid JSON${sentAs}` };
  }
  if (chosen === 'timelinejs' || (format !== 'json' && isTimelineJS(value))) {
    return converted('timelinejs', fromTimelineJS(value), problems);
  }
  return { ok: true, format: 'json', data: value, problems };
}

/**
 * Reads the bytes of a source (see {@link readSource}), decoding them first in the encoding they
 * were written in (see `decodeBytes`: byte order mark, then the Content-Type's charset, then UTF-8
 * when valid, else Windows-1252). What the reader should know about the encoding comes first in
 * the problems. Pure; never throws.
 */
export function readBytes(bytes: Uint8Array, url: string, contentType: string | null, format = ''): LoadResult {
  const decoded = decodeBytes(bytes, contentType);
  return withNotices(readSource(decoded.text, url, contentType, format), decoded.notices);
}

/** A load result with what the decoder had to say first in its problems. */
function withNotices(result: LoadResult, notices: string[]): LoadResult {
  if (!result.ok || notices.length === 0) return result;
  return { ...result, problems: [...notices.map((message) => ({ message })), ...result.problems] };
}

/** Lets the page handle input and draw between two long steps of reading a large file. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A conversion as a load result: its problems phrased for the element, events named by origin. */
function converted(format: SourceFormat, conversion: Conversion, problems: Problem[]): LoadResult {
  const { origins } = conversion;
  const names = origins.map((origin) => ('row' in origin ? `row ${origin.row}` : `event ${origin.index}`));
  const positionOf = new Map(names.map((name, index) => [name, index]));
  const ids = conversion.dataset.events.map((event) => event.id);
  for (const problem of conversion.problems) problems.push(asProblem(problem, positionOf, ids));
  return {
    ok: true,
    format,
    data: conversion.dataset,
    problems,
    eventName: (index) => names[index] ?? `event ${index}`,
  };
}

/**
 * A converter's problem as one of the element's: the message starts with where it is ("row 7: …"
 * for spreadsheets, "event 3: …" for TimelineJS, counted in the source, then the event's id in
 * quotes when it was kept: `row 7 ("visit"): …`); `index` and `id` then point to the converted event.
 */
export function asProblem(problem: ConversionProblem, positionOf = new Map<string, number>(), ids: (string | undefined)[] = []): Problem {
  const where = problem.row !== undefined ? `row ${problem.row}` : problem.index !== undefined ? `event ${problem.index}` : undefined;
  const index = where === undefined ? undefined : positionOf.get(where);
  const id = index === undefined ? undefined : ids[index];
  const who = where === undefined ? undefined : id === undefined ? where : `${where} (${quote(id)})`;
  return {
    ...(index === undefined ? {} : { index }),
    ...(id === undefined ? {} : { id }),
    ...(problem.field === undefined ? {} : { field: problem.field }),
    message: who === undefined ? problem.message : `${who}: ${problem.message}`,
  };
}

/** Validates a loaded source (see `normalizeLoaded` in normalize.ts, where the element reads it without this module). */
export { normalizeLoaded } from './normalize.js';

/**
 * Fetches a source and reads it (see {@link readBytes}): our JSON, TimelineJS JSON, CSV or TSV, in
 * the encoding it was written in.
 * Never rejects: network errors, HTTP errors, bodies over `maxBytes` and unreadable text come back
 * as `{ ok: false, reason }`. An aborted request resolves with reason "aborted".
 */
export async function loadDataset(
  url: string,
  signal: AbortSignal,
  maxBytes = MAX_SOURCE_BYTES,
  format = '',
  /** The request, when the caller started it already (while this module was loading). */
  started?: Promise<Response>,
): Promise<LoadResult> {
  let response: Response;
  try {
    response = await (started ?? fetch(url, { signal, credentials: 'same-origin' }));
  } catch (error) {
    return { ok: false, reason: signal.aborted ? 'aborted' : `network error (${(error as Error).message || 'no response'})` };
  }
  if (!response.ok) return { ok: false, reason: `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    response.body?.cancel().catch(() => undefined); // stop the download, not only the reading
    return { ok: false, reason: tooLarge(declared, maxBytes) };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readBody(response, maxBytes);
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: 'aborted' };
    return { ok: false, reason: (error as Error).message };
  }
  if (signal.aborted) return { ok: false, reason: 'aborted' };
  // As readBytes, in two tasks: decoding a large file and parsing it each take a while.
  const contentType = response.headers.get('content-type');
  const decoded = decodeBytes(bytes, contentType);
  if (bytes.length > LARGE_FILE) await nextTask();
  if (signal.aborted) return { ok: false, reason: 'aborted' };
  return withNotices(readSource(decoded.text, url, contentType, format), decoded.notices);
}

/** A file from this size on (bytes) is decoded and parsed in separate tasks. */
const LARGE_FILE = 1024 * 1024;

function tooLarge(bytes: number, maxBytes: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `the file is too large (${mb(bytes)}; the limit is ${mb(maxBytes)})`;
}

/**
 * Reads a body's bytes, stopping as soon as it grows past `maxBytes`. The bytes are decoded
 * afterwards (`Response.text()` would assume UTF-8).
 */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error(tooLarge(size, maxBytes));
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
