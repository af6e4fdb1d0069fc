/**
 * `src` on the server: fetched (http, https) or read from disk (file:), then read exactly as the
 * browser reads it (`readBytes`: encodings, formats, the size limit), so that what the server draws
 * is what the browser would have drawn, and the browser need not ask again.
 */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { MAX_SOURCE_BYTES, readBytes, type LoadedSource } from '../model/load.js';
import { notEventsReason } from '../model/normalize.js';

/** How a file on disk is typed, as a static server would (the browser is told the same). */
const TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  tab: 'text/tab-separated-values',
  txt: 'text/plain',
};

export interface ServerSourceOptions {
  /** What `src` is relative to: the page's URL (http, https or file:). */
  base: string | URL;
  /** Forced format, as the `format` attribute. */
  format?: string;
  /** Used for http and https (default: the global `fetch`). */
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
  /** Give up after this long (ms); default 10 s. */
  timeout?: number;
}

/** `src` loaded, or why not. Never rejects. */
export async function loadOnServer(src: string, options: ServerSourceOptions): Promise<{ ok: true; loaded: LoadedSource } | { ok: false; reason: string }> {
  let url: URL;
  try {
    url = new URL(src, options.base);
  } catch {
    return { ok: false, reason: `"${src}" is not a URL relative to ${String(options.base)}` };
  }
  let bytes: Uint8Array;
  let contentType: string | null;
  try {
    if (url.protocol === 'file:') {
      const path = fileURLToPath(url);
      const size = (await stat(path)).size;
      if (size > MAX_SOURCE_BYTES) return { ok: false, reason: `the file is too large (${size} bytes)` };
      bytes = await readFile(path);
      contentType = TYPES[path.split('.').pop()!.toLowerCase()] ?? null;
    } else if (url.protocol === 'http:' || url.protocol === 'https:') {
      const response = await (options.fetch ?? fetch)(url.href, { signal: AbortSignal.timeout(options.timeout ?? 10_000) });
      if (!response.ok) return { ok: false, reason: `the server answered ${response.status}` };
      if (Number(response.headers.get('content-length')) > MAX_SOURCE_BYTES) return { ok: false, reason: 'the file is too large' };
      bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.length > MAX_SOURCE_BYTES) return { ok: false, reason: 'the file is too large' };
      contentType = response.headers.get('content-type');
    } else return { ok: false, reason: `${url.protocol} URLs are not read on the server` };
  } catch (error) {
    return { ok: false, reason: (error as Error).message || String(error) };
  }
  const result = readBytes(bytes, url.href, contentType, options.format ?? '');
  if (!result.ok) return result;
  const notEvents = notEventsReason(result.data);
  if (notEvents !== undefined) return { ok: false, reason: notEvents };
  const { ok: _ok, ...loaded } = result;
  return { ok: true, loaded };
}
