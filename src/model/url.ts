/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file:, …) is refused. */
const allowedSchemes = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns the URL when it is safe to put in an `href`: http:, https:, mailto: or relative.
 * Browsers ignore tabs, newlines and leading control characters in URLs, so the scheme is read
 * as the browser would read it ("java\tscript:" is javascript:).
 */
export function safeUrl(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  const trimmed = href.trim();
  if (trimmed === '') return undefined;
  // eslint-disable-next-line no-control-regex
  const compact = trimmed.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (scheme) return allowedSchemes.has(scheme[1].toLowerCase() + ':') ? trimmed : undefined;
  // "//host/x" is protocol-relative: it inherits http(s) from the page, so it is allowed.
  return trimmed;
}
