/**
 * Server rendering of the demo pages at build time (`npm run build:demo`): each
 * `<event-timeline data-prerender="WIDTH">` of a page is replaced by what `event-timeline/ssr`
 * renders for it at that width (its `src` read from disk, its children parsed), so the built page
 * shows the drawn timeline before any script runs, and with scripts off. In the browser the
 * element takes the drawn timeline over (hydrates it) instead of drawing it again.
 */
import type { Plugin } from 'vite';
import { runnerImport } from 'vite';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Ssr = typeof import('../src/ssr.ts');

/** `&amp;` and friends in an attribute value, as the HTML parser reads them (the demo pages use these). */
const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The attributes of an opening tag's attribute text. */
function attributesOf(text: string): Record<string, string | boolean> {
  const attributes: Record<string, string | boolean> = {};
  for (const m of text.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attributes[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? true;
    if (typeof attributes[m[1].toLowerCase()] === 'string') attributes[m[1].toLowerCase()] = decode(attributes[m[1].toLowerCase()] as string);
  }
  return attributes;
}

export function prerenderDemo(root: string): Plugin {
  let ssr: Promise<Ssr> | undefined;
  const load = () => (ssr ??= runnerImport<Ssr>(join(root, 'src', 'ssr.ts'), { root, configFile: false, logLevel: 'error' }).then((r) => r.module));
  return {
    name: 'event-timeline:prerender-demo',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!/<event-timeline\b[^>]*\bdata-prerender=/.test(html)) return html;
        const { renderTimeline } = await load();
        const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];
        const page = pathToFileURL(context.filename);
        const parts: string[] = [];
        let at = 0;
        for (const m of html.matchAll(/<event-timeline\b([^>]*)>([\s\S]*?)<\/event-timeline>/g)) {
          const { 'data-prerender': width, ...attributes } = attributesOf(m[1]);
          if (width === undefined) continue;
          // A section's own lang (the locales page) is the nearest lang for the element.
          const before = html.slice(0, m.index);
          const sectionLang = /<section[^>]*\blang="([^"]+)"[^>]*>(?![\s\S]*<\/section>)/.exec(before)?.[1];
          let failed = '';
          const rendered = await renderTimeline({
            width: Number(width),
            attributes,
            children: m[2].trim() ? m[2] : undefined,
            base: page,
            lang: sectionLang ?? lang,
            onLoadError: (reason) => (failed = reason),
          });
          if (failed) throw new Error(`prerender ${context.filename}: src "${String(attributes.src)}" could not be read: ${failed}`);
          parts.push(html.slice(at, m.index), rendered);
          at = m.index! + m[0].length;
        }
        parts.push(html.slice(at));
        return parts.join('');
      },
    },
  };
}
