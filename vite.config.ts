import { defineConfig, type UserConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoAtRoot, demoFiles, demoPages, minifyStyleSheets, nothingBundledFromNodeModules } from './scripts/vite-plugins.ts';
import { prerenderDemo } from './scripts/prerender.ts';

/**
 * One config, four jobs:
 * - `vite` (serve): the demo pages from the project root, `/` leads to `/demo/`;
 * - `vite build` (mode production / `lib`): the npm library in `dist/` — ES modules, one file per
 *   source module, the dependencies left as imports (the `.d.ts` files come from tsc afterwards:
 *   scripts/tsconfig.declarations.json);
 * - `vite build --mode standalone`: `dist/event-timeline.standalone.js` with lit and d3 inside, and
 *   the chunks it loads on demand in `dist/standalone/`;
 * - `vite build --mode demo`: the demo site in `dist-demo/`, with the datasets copied in and the
 *   timelines marked `data-prerender` rendered on the server (scripts/prerender.ts).
 */
const root = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

/** Packages the library imports instead of bundling: its dependencies and peer dependencies. */
const externalPackages = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id: string) => id.startsWith('node:') || externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

const library: UserConfig = {
  plugins: [nothingBundledFromNodeModules(), minifyStyleSheets()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    copyPublicDir: false,
    lib: {
      entry: { 'event-timeline': 'src/event-timeline.ts', react: 'src/react.ts', formats: 'src/formats.ts', ssr: 'src/ssr.ts', 'draft/index': 'src/draft/index.ts', 'draft/cli': 'src/draft/cli.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        // Source modules keep their path; the compiler's decorator helper goes to internal/.
        entryFileNames: (chunk) => (chunk.name.includes('oxc-project') ? `internal/${chunk.name.split('/').pop()}.js` : '[name].js'),
      },
    },
  },
};

const standalone: UserConfig = {
  plugins: [minifyStyleSheets()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    copyPublicDir: false,
    lib: { entry: 'src/event-timeline.ts', formats: ['es'], fileName: () => 'event-timeline.standalone.js' },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: {
        // One entry file; what the first paint does not need is in chunks beside it (standalone/),
        // loaded with import() when needed: a plain <script type="module"> from any static server.
        chunkFileNames: 'standalone/[name]-[hash].js',
        // Everything the entry imports statically stays in the entry file (the chunks import it from
        // there; preserveEntrySignatures above lets the entry export more than its own API), so the
        // file draws a timeline alone, and a missing chunk is only a part that reports itself.
        codeSplitting: { groups: [{ name: 'event-timeline.standalone', tags: ['$initial'] }] },
        // Library mode keeps whitespace in ES output; these files are for browsers as they are, so minify them all.
        minify: true,
        postBanner: `/*! event-timeline ${pkg.version} (MIT). Bundles lit (BSD-3-Clause, Google LLC) and d3 modules (ISC, Mike Bostock). */`,
      },
    },
  },
};

const demo: UserConfig = {
  base: './',
  plugins: [demoFiles(root), prerenderDemo(root)],
  build: { outDir: 'dist-demo', emptyOutDir: true, target: 'es2022', copyPublicDir: false, rolldownOptions: { input: demoPages(root) } },
};

export default defineConfig(({ command, mode }) => {
  // `vite preview --mode demo` serves the built demo (dist-demo/).
  if (mode === 'demo') return demo;
  if (command === 'build') {
    if (mode === 'standalone') return standalone;
    if (mode === 'production' || mode === 'lib') return library;
    throw new Error(`unknown build mode "${mode}": use lib (the default), standalone or demo`);
  }
  return { plugins: [demoAtRoot()], server: { host: 'localhost', port: 5173 } };
});
