/** The build's own Vite plugins (see vite.config.ts). */
import type { Plugin } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** `npm start` serves the project root; the demo lives in demo/, so / leads there. */
export function demoAtRoot(): Plugin {
  return {
    name: 'event-timeline:demo-at-root',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/' && req.url !== '/index.html') return next();
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
      });
    },
  };
}

/** Fails the library build when code from node_modules got bundled in: it must be a dependency instead. */
export function nothingBundledFromNodeModules(): Plugin {
  return {
    name: 'event-timeline:nothing-bundled-from-node-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const bundled = Object.values(bundle)
        .flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : []))
        .filter((id) => id.includes('/node_modules/'));
      if (bundled.length) this.error(`bundled from node_modules (add the package to "dependencies"): ${bundled.join(', ')}`);
    },
  };
}

/**
 * Puts what the built demo fetches at run time into it: data/*.json at `dist-demo/data/` (the pages
 * in `dist-demo/demo/` fetch `../data/…`), and a `dist-demo/index.html` that leads to `demo/`.
 */
export function demoFiles(root: string): Plugin {
  return {
    name: 'event-timeline:demo-files',
    apply: 'build',
    generateBundle() {
      for (const file of readdirSync(join(root, 'data')).filter((f) => f.endsWith('.json'))) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(join(root, 'data', file)) });
      }
      this.emitFile({
        type: 'asset',
        fileName: 'index.html',
        source: '<!doctype html>\n<meta charset="utf-8" />\n<title>event-timeline demo</title>\n<meta http-equiv="refresh" content="0; url=demo/" />\n<link rel="icon" href="data:," />\n<p><a href="demo/">event-timeline demo</a></p>\n',
      });
    },
  };
}

/** The demo pages: every demo/*.html, by name. */
export function demoPages(root: string): Record<string, string> {
  const pages = readdirSync(join(root, 'demo')).filter((f) => f.endsWith('.html'));
  return Object.fromEntries(pages.map((f) => [f.replace(/\.html$/, ''), join(root, 'demo', f)]));
}

/**
 * Minifies the element's style sheets (`css` tagged templates in src/styles/) at build time with
 * esbuild's CSS minifier, so the shipped sheets carry no comments or indentation. An interpolation
 * (`${darkTheme}`, a block of declarations) stands in as a custom property while the text is
 * minified and is put back after; a sheet of bare declarations is minified inside a rule.
 */
export function minifyStyleSheets(): Plugin {
  return {
    name: 'event-timeline:minify-style-sheets',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/styles\/[^/]+\.ts$/.test(id)) return null;
      const { transform } = await import('esbuild');
      let out = '';
      let at = 0;
      for (let start = code.indexOf('css`', at); start !== -1; start = code.indexOf('css`', at)) {
        const end = code.indexOf('`', start + 4);
        if (end === -1) break;
        const slots: string[] = [];
        const text = code.slice(start + 4, end).replace(/\$\{([^}]*)\}/g, (_all, expression: string) => `--et-slot-${slots.push(expression) - 1}: 0;`);
        const bare = !text.includes('{');
        let css = (await transform(bare ? `x{${text}}` : text, { loader: 'css', minify: true })).code.trim();
        if (bare) css = css.replace(/^x\{/, '').replace(/\}$/, '');
        // Back into a template literal: backslashes (CSS escapes such as "\2630") and backticks escaped.
        css = css.replace(/[\\`]/g, (c) => `\\${c}`).replace(/--et-slot-(\d+):\s*0;?/g, (_all, n: string) => `\${${slots[Number(n)]}};`);
        out += code.slice(at, start + 4) + css;
        at = end;
      }
      return out + code.slice(at);
    },
  };
}
