/** The input formats `detectFormat` tells apart. */
export type InputFormat = 'json' | 'csv' | 'tsv';

const BY_EXTENSION: Record<string, InputFormat> = { json: 'json', csv: 'csv', tsv: 'tsv', tab: 'tsv' };

/** The format a Content-Type names, or undefined when it names none of ours (text/plain, …). */
function formatOfContentType(contentType: string | null): InputFormat | undefined {
  if (typeof contentType !== 'string') return undefined;
  const mime = contentType.split(';')[0].trim().toLowerCase();
  if (mime === 'text/csv' || mime === 'text/x-csv' || mime === 'application/csv' || mime === 'application/x-csv') return 'csv';
  if (mime === 'text/tab-separated-values' || mime === 'text/tsv') return 'tsv';
  if (mime === 'application/json' || mime === 'text/json' || mime.endsWith('+json')) return 'json';
  return undefined;
}

/** The format the extension of a file name or URL path names; query and hash are ignored. */
function formatOfName(nameOrUrl: string): InputFormat | undefined {
  if (typeof nameOrUrl !== 'string') return undefined;
  const path = nameOrUrl.replace(/[?#].*$/s, '');
  const match = /\.([a-z0-9]+)$/i.exec(path);
  if (!match) return undefined;
  const extension = match[1].toLowerCase();
  return Object.prototype.hasOwnProperty.call(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : undefined;
}

/**
 * The format a document declares: by Content-Type (`text/csv`, `text/tab-separated-values`,
 * `application/json` and `+json` types), else by the extension of the name or URL path (`.json`,
 * `.csv`, `.tsv`/`.tab`); undefined when neither names one of ours.
 */
export function declaredFormat(nameOrUrl: string, contentType: string | null): InputFormat | undefined {
  return formatOfContentType(contentType) ?? formatOfName(nameOrUrl);
}

/**
 * Which parser a loaded document needs: the format it declares (see {@link declaredFormat}),
 * else by its content: a body starting with `{` or `[` is JSON, a tab in the first line makes
 * TSV, anything else is CSV.
 */
export function detectFormat(nameOrUrl: string, contentType: string | null, body: string): InputFormat {
  const declared = declaredFormat(nameOrUrl, contentType);
  if (declared) return declared;
  const text = typeof body === 'string' ? body.replace(/^\uFEFF/, '').trimStart() : '';
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  return firstLine.includes('\t') ? 'tsv' : 'csv';
}
