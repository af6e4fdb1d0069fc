/** Largest response `src` accepts (bytes); larger ones are refused with a message. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

export type LoadResult = { ok: true; data: unknown } | { ok: false; reason: string };

/**
 * Fetches a dataset (or events array) as JSON. Never rejects: network errors, HTTP errors,
 * bodies over `maxBytes` and text that is not JSON come back as `{ ok: false, reason }`.
 * An aborted request resolves with reason "aborted".
 */
export async function loadDataset(url: string, signal: AbortSignal, maxBytes = MAX_SOURCE_BYTES): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    return { ok: false, reason: signal.aborted ? 'aborted' : `network error (${(error as Error).message || 'no response'})` };
  }
  if (!response.ok) return { ok: false, reason: `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) return { ok: false, reason: tooLarge(declared, maxBytes) };
  let text: string;
  try {
    text = await readText(response, maxBytes);
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: 'aborted' };
    return { ok: false, reason: (error as Error).message };
  }
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false, reason: 'the file is not valid JSON' };
  }
}

function tooLarge(bytes: number, maxBytes: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `the file is too large (${mb(bytes)}; the limit is ${mb(maxBytes)})`;
}

/** Reads a body as UTF-8 text, stopping as soon as it grows past `maxBytes`. */
async function readText(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error(tooLarge(size, maxBytes));
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
