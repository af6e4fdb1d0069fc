/** A dataset's `source`: where its events come from (shown under an exported or printed timeline). */
import { isBlank } from './invisible.js';
import { count, MAX_SHORT_TEXT_LENGTH, shorten } from './limits.js';
import type { DatasetSource } from './types.js';
import { safeUrl } from './url.js';

const FIELDS = ['title', 'publisher', 'date', 'url'] as const;

/**
 * The dataset's `source` object with its text fields (`title`, `publisher`, `date`, `url`), or
 * undefined when it has none. A field that is not text, or blank, is left out; a text past the
 * short-text limit is cut, and an unsafe URL dropped, each with a problem.
 */
export function readDatasetSource(value: unknown, report: (message: string) => void): DatasetSource | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const raw = value as Record<string, unknown>;
  const source: { -readonly [K in keyof DatasetSource]: DatasetSource[K] } = {};
  for (const field of FIELDS) {
    const text = raw[field];
    if (typeof text !== 'string' || isBlank(text)) continue;
    let kept = text.trim();
    if (kept.length > MAX_SHORT_TEXT_LENGTH) {
      report(`the dataset's source ${field} is ${count(kept.length)} characters long; shortened to its first ${count(MAX_SHORT_TEXT_LENGTH)}`);
      kept = shorten(kept, MAX_SHORT_TEXT_LENGTH);
    }
    if (field === 'url') {
      const url = safeUrl(kept);
      if (url === undefined) {
        report(`the dataset's source url ${JSON.stringify(kept.slice(0, 40))} is not an http, https or mailto link; ignored`);
        continue;
      }
      kept = url;
    }
    source[field] = kept;
  }
  return Object.keys(source).length ? source : undefined;
}
