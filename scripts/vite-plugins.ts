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
