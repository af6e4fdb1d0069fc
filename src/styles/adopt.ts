import type { CSSResult } from 'lit';

/**
 * Adds a style sheet that came with a module loaded on demand (print, categories) to a shadow
 * root, after the element's own (once: adding it again changes nothing).
 */
export function adoptStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (typeof ShadowRoot === 'undefined' || !(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
