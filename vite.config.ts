import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * One config, four jobs:
 * - `vite` (serve): the demo pages from the project root, `/` leads to `/demo/`;
 * - `vite build` (mode production / `lib`): the npm library in `dist/` — ES modules, one file per
 *   source module, `lit`, the d3 modules, `@lit/react` and `react` left as imports, `.d.ts` beside them;
 * - `vite build --mode standalone`: `dist/event-timeline.standalone.js`, one minified file with lit
 *   and d3 inside, for a plain `<script type="module">`;
 * - `vite build --mode demo`: the demo site in `dist-demo/`, with the datasets copied in.
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

/** Library entry points (file name in dist/ → source). */
const libraryEntries = { 'event-timeline': 'src/event-timeline.ts', react: 'src/react.ts', 'draft/index': 'src/draft/index.ts', 'draft/cli': 'src/draft/cli.ts' };

/** `npm start` serves the project root; the demo lives in demo/, so / leads there. */
function demoAtRoot(): Plugin {
  return {
    name: 'event-timeline:demo-at-root',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
          return;
        }
        next();
      });
    },
  };
}

/**
 * Writes the `.d.ts` files of the library next to its JavaScript, with the TypeScript compiler and
 * the project's tsconfig.json. Relative imports get their `.js` (or `/index.js`) so that the types
 * also resolve for projects with `"moduleResolution": "node16"` / `"nodenext"`. Type errors fail the build.
 */
function declarations(outDir: string): Plugin {
  return {
    name: 'event-timeline:declarations',
    apply: 'build',
    closeBundle() {
      const configFile = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
      const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
      const options: ts.CompilerOptions = {
        ...parsed.options,
        noEmit: false,
        declaration: true,
        emitDeclarationOnly: true,
        rootDir: join(root, 'src'),
        outDir,
        // Unused names are the type-check's business (npm run typecheck), not a reason to ship no types.
        noUnusedLocals: false,
        noUnusedParameters: false,
      };
      const program = ts.createProgram(Object.values(libraryEntries).map((file) => join(root, file)), options);
      const writeFile: ts.WriteFileCallback = (fileName, text) => {
        const sourceDir = join(root, 'src', relative(outDir, dirname(fileName)));
        const withExtension = text.replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*)\2/g, (all, head: string, quote: string, spec: string) => {
          if (/\.(js|mjs|json)$/.test(spec)) return all;
          const target = resolve(sourceDir, spec);
          if (existsSync(`${target}.ts`)) return `${head}${quote}${spec}.js${quote}`;
          if (existsSync(join(target, 'index.ts'))) return `${head}${quote}${spec}/index.js${quote}`;
          return all;
        });
        mkdirSync(dirname(fileName), { recursive: true });
        writeFileSync(fileName, withExtension);
      };
      const result = program.emit(undefined, writeFile, undefined, true);
      const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
      if (diagnostics.length > 0) {
        const host: ts.FormatDiagnosticsHost = {
          getCanonicalFileName: (f) => f,
          getCurrentDirectory: () => root,
          getNewLine: () => '\n',
        };
        throw new Error(`type errors, no declarations written:\n${ts.formatDiagnostics(diagnostics, host)}`);
      }
    },
  };
}

/** Fails the library build when code from node_modules got bundled in: it must be a dependency instead. */
function nothingBundledFromNodeModules(): Plugin {
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

function libraryConfig(): UserConfig {
  const outDir = join(root, 'dist');
  return {
    plugins: [nothingBundledFromNodeModules(), declarations(outDir)],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      lib: { entry: libraryEntries, formats: ['es'] },
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
}

function standaloneConfig(): UserConfig {
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: 'oxc',
      sourcemap: false,
      copyPublicDir: false,
      lib: {
        entry: 'src/event-timeline.ts',
        formats: ['es'],
        fileName: () => 'event-timeline.standalone.js',
      },
      // Library mode keeps whitespace in ES output; this file is for browsers as is, so minify it all.
      rolldownOptions: {
        output: {
          codeSplitting: false,
          minify: true,
          postBanner: `/*! event-timeline ${pkg.version} (MIT). Bundles lit (BSD-3-Clause, Google LLC) and d3 modules (ISC, Mike Bostock). */`,
        },
      },
    },
  };
}

/** The demo pages: every demo/*.html. */
const demoPages = () =>
  Object.fromEntries(
    readdirSync(join(root, 'demo'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.replace(/\.html$/, ''), join(root, 'demo', f)]),
  );

/**
 * Puts what the built demo fetches at run time into it: data/*.json at `dist-demo/data/` (the pages
 * in `dist-demo/demo/` fetch `../data/…`), and a `dist-demo/index.html` that leads to `demo/`.
 */
function demoFiles(): Plugin {
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
        source: `<!doctype html>
<meta charset="utf-8" />
<title>event-timeline demo</title>
<meta http-equiv="refresh" content="0; url=demo/" />
<link rel="icon" href="data:," />
<p><a href="demo/">event-timeline demo</a></p>
`,
      });
    },
  };
}

function demoConfig(): UserConfig {
  return {
    base: './',
    plugins: [demoFiles()],
    build: {
      outDir: 'dist-demo',
      emptyOutDir: true,
      target: 'es2022',
      copyPublicDir: false,
      rolldownOptions: { input: demoPages() },
    },
  };
}

export default defineConfig(({ command, mode }) => {
  // `vite preview --mode demo` serves the built demo (dist-demo/).
  if (mode === 'demo') return demoConfig();
  if (command === 'build') {
    if (mode === 'standalone') return standaloneConfig();
    if (mode === 'production' || mode === 'lib') return libraryConfig();
    throw new Error(`unknown build mode "${mode}": use lib (the default), standalone or demo`);
  }
  return {
    plugins: [demoAtRoot()],
    server: { host: 'localhost', port: 5173 },
  };
});
