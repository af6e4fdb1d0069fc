// Installs the package as a user would and uses it: `npm pack` → a new project in a temp folder →
// `npm install <tarball>` from the local npm cache (no network) → type-check an import of it
// (moduleResolution nodenext and bundler) → bundle a page that imports `event-timeline` and
// `event-timeline/react` with Vite → load it in headless Chromium: the element renders, and the
// React wrapper renders it through react-dom with its events wired; the `event-timeline-draft` bin runs
// from the installed package. Run `npm run build` first.
// Prints `N passed, N failed`; exits 1 on failure. `--keep` leaves the temp folder for a look.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator } from '@cfworker/json-schema';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs } from '../browser-path.mjs';
import { assert, check, finish, requireBrowser } from '../e2e/checks.mjs';
import { serveFolder } from '../e2e/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const started = Date.now();

if (!existsSync(join(root, 'dist', 'event-timeline.js')) || !existsSync(join(root, 'dist', 'event-timeline.standalone.js'))) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}
const executablePath = requireBrowser();

/**
 * npm, run in `cwd` as if from a shell there: the variables `npm run` sets for this project
 * (its prefix, its package fields) are left out so that they do not leak into the temp project.
 */
function npm(args, cwd) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_(package_|lifecycle_|config_local_prefix|config_prefix$)/i.test(k) && k !== 'INIT_CWD'),
  );
  return execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The version the project's lockfile installed of a package (so that it is in the npm cache). */
const locked = (name) => lock.packages?.[`node_modules/${name}`]?.version;

const temp = mkdtempSync(join(tmpdir(), 'event-timeline-pack-'));
const app = join(temp, 'app');
let tarball = '';
try {
  await check('npm pack packs only what a user needs', async () => {
    const [info] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', temp], root));
    tarball = join(temp, info.filename);
    const files = info.files.map((f) => f.path);
    const allowed = /^(dist\/.+\.(js|d\.ts)|data\/[\w.-]+\.json|custom-elements\.json|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/;
    const unexpected = files.filter((f) => !allowed.test(f));
    assert(unexpected.length === 0, `unexpected files in the package: ${unexpected.join(', ')}`);
    const required = [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'custom-elements.json',
      'data/timeline-event.schema.json',
      'dist/event-timeline.js',
      'dist/event-timeline.d.ts',
      'dist/event-timeline.standalone.js',
      'dist/react.js',
      'dist/react.d.ts',
      'dist/ssr.js',
      'dist/ssr.d.ts',
    ];
    const missing = required.filter((f) => !files.includes(f));
    assert(missing.length === 0, `missing from the package: ${missing.join(', ')}`);
    console.log(`      ${info.filename}: ${files.length} files, ${(info.size / 1024).toFixed(1)} kB packed, ${(info.unpackedSize / 1024).toFixed(1)} kB unpacked`);
  });

  await check('npm install of the tarball works offline, with react as the app brings it', async () => {
    assert(tarball, 'no tarball');
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'app', private: true, type: 'module' }, null, 2)}\n`);
    const react = ['react', 'react-dom', '@types/react'].map((name) => `${name}@${locked(name) ?? '18'}`);
    const args = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball, ...react];
    try {
      npm([...args, '--offline'], app);
    } catch (error) {
      // A dependency missing from the cache: allow the registry for it only.
      console.log(`      --offline failed (${String(error.stderr ?? error).split('\n').find((l) => /ERR/.test(l)) ?? 'error'}), retrying with --prefer-offline`);
      npm([...args, '--prefer-offline'], app);
    }
    for (const dep of [...Object.keys(pkg.dependencies), 'event-timeline']) {
      assert(existsSync(join(app, 'node_modules', dep, 'package.json')), `${dep} was not installed`);
    }
  });

  await check('every export of package.json resolves to a file', async () => {
    writeFileSync(
      join(app, 'resolve.mjs'),
      `import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const specifiers = ${JSON.stringify(Object.keys(pkg.exports).map((k) => k.replace(/^\./, 'event-timeline')))};
const missing = specifiers.filter((s) => { try { return !existsSync(fileURLToPath(import.meta.resolve(s))); } catch { return true; } });
if (missing.length) { console.error(missing.join(', ')); process.exit(1); }
`,
    );
    try {
      execFileSync(process.execPath, ['resolve.mjs'], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      throw new Error(`exports that do not resolve: ${error.stderr}`);
    }
  });

  await check('the event-timeline-draft command runs from the installed package (shebang, a file, stdin, --format csv)', async () => {
    const bin = join(app, 'node_modules', '.bin', 'event-timeline-draft');
    assert(existsSync(bin), 'npm did not link node_modules/.bin/event-timeline-draft');
    const built = readFileSync(join(app, 'node_modules', 'event-timeline', pkg.bin['event-timeline-draft']), 'utf8');
    assert(built.startsWith('#!/usr/bin/env node\n'), 'the built command lost its #! line');
    const article = 'Talks resume\n\nJuly 19, 2023\n\nOn the day in 2000 the declaration was signed.\n\nThe leader visited Russia in April 2019. Today all is calm.\n';
    writeFileSync(join(app, 'article.txt'), article);
    const run = (args, input) => execFileSync(bin, args, { cwd: app, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    const dataset = JSON.parse(run(['article.txt']));
    const schema = JSON.parse(readFileSync(join(app, 'node_modules', 'event-timeline', 'data', 'timeline-event.schema.json'), 'utf8'));
    const { errors } = new Validator(schema, '2020-12', false).validate(dataset);
    assert(errors.length === 0, `the output is not valid against the schema: ${errors.map((e) => `${e.instanceLocation}: ${e.error}`).join('; ')}`);
    const dated = dataset.events.map((e) => `${e.start}@${e.source.paragraph}`).join(' ');
    assert(dated === '2000-07-19@1 2019-04@2', `unexpected events: ${dated}`);
    const csv = run(['--format', 'csv'], article);
    assert(csv.split('\n')[2]?.startsWith('p2-2019-04,2019-04,,'), `unexpected CSV from standard input:\n${csv}`);
    assert(run(['--help']).includes('Usage: event-timeline-draft'), '--help prints no usage');
    const pure = execFileSync(process.execPath, ['--input-type=module', '-e', "import { draftEvents } from 'event-timeline/draft'; console.log(draftEvents('In 1990 it began.').events[0].start);"], { cwd: app, encoding: 'utf8' });
    assert(pure.trim() === '1990', `event-timeline/draft in Node gave ${pure}`);
    // The element's own module graph never reaches the draft module or chrono-node.
    const dist = join(app, 'node_modules', 'event-timeline', 'dist');
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(?\s*['"]([^'"]+)['"]/g)) {
        const spec = m[1] ?? m[2];
        assert(!/chrono-node|\/draft\//.test(spec), `${file.slice(dist.length)} imports ${spec}`);
        if (spec.startsWith('.')) walk(join(dirname(file), spec));
      }
    };
    walk(join(dist, 'event-timeline.js'));
    assert(seen.size > 10, `only ${seen.size} modules found from dist/event-timeline.js`);
  });

  await check('importing the package in Node (as SSR frameworks do) touches no window or document', async () => {
    // Every browser global is a getter that records who reads it and finds nothing, as in plain Node.
    // Lit's Node build and d3-timer look for three of them, once, to fall back when absent: known,
    // listed here; anything else (above all the package's own code) fails.
    writeFileSync(
      join(app, 'node-import.mjs'),
      `const touched = [];
for (const name of ${JSON.stringify(['window', 'document', 'self', 'navigator', 'location', 'getComputedStyle', 'requestAnimationFrame', 'matchMedia', 'ResizeObserver', 'MutationObserver', 'IntersectionObserver', 'HTMLElement', 'Element', 'Node', 'DOMParser', 'OffscreenCanvas', 'CSS'])}) {
  if (name in globalThis) continue;
  Object.defineProperty(globalThis, name, { configurable: true, get() { touched.push(name + ' ' + new Error().stack.split('\\n')[2].trim()); return undefined; } });
}
const main = await import('event-timeline');
await import('event-timeline/ssr');
await import('event-timeline/react');
console.log(JSON.stringify({ touched, exported: typeof main.EventTimeline, defined: customElements.get('event-timeline') === main.EventTimeline }));
`,
    );
    let out;
    try {
      out = execFileSync(process.execPath, ['node-import.mjs'], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      throw new Error(`importing in Node failed:\n${error.stderr}`);
    }
    const { touched, exported, defined } = JSON.parse(out.trim().split('\n').pop());
    const guards = [
      /^HTMLElement .*node_modules\/@lit\/reactive-element\/node\//, // globalThis.HTMLElement ?? the shim
      /^document .*node_modules\/lit-html\/node\//, // global.document === undefined ? a stub : document
      /^window .*node_modules\/d3-timer\//, // typeof window === "object" ? requestAnimationFrame : setTimeout
    ];
    const unexpected = touched.filter((t) => /node_modules\/event-timeline\//.test(t) || !guards.some((g) => g.test(t)));
    assert(unexpected.length === 0, `read at module load: ${unexpected.join('; ')}`);
    assert(exported === 'function' && defined, 'the element class is not exported, or not defined in the server-side registry');
    console.log(`      read at load, each a guard that finds nothing: ${touched.map((t) => t.split(' ')[0]).join(', ') || 'none'}`);
  });

  await check('event-timeline/ssr renders the packaged dataset in Node, with the declarative shadow root and four events', async () => {
    writeFileSync(
      join(app, 'ssr.mjs'),
      `import { renderTimeline } from 'event-timeline/ssr';
import { pathToFileURL } from 'node:url';
const html = await renderTimeline({ width: 800, attributes: { src: './node_modules/event-timeline/data/dprk-russia-2000-2023.json', label: 'DPRK-Russia' }, base: pathToFileURL(process.cwd() + '/'), onLoadError: (r) => { console.error(r); process.exit(2); } });
console.log(JSON.stringify({ dsd: html.includes('shadowrootmode="open"'), events: (html.match(/part="event[ "]/g) ?? []).length }));
`,
    );
    let out;
    try {
      out = execFileSync(process.execPath, ['ssr.mjs'], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      throw new Error(`server rendering failed:\n${error.stderr}`);
    }
    const result = JSON.parse(out.trim().split('\n').pop());
    assert(result.dsd && result.events === 4, JSON.stringify(result));
  });

  await check('TypeScript users get the types (moduleResolution nodenext and bundler)', async () => {
    writeFileSync(
      join(app, 'types.ts'),
      `import { EventTimeline as Element, type TimelineEvent } from 'event-timeline';
import { EventTimeline } from 'event-timeline/react';
import { renderTimeline } from 'event-timeline/ssr';
import { createElement } from 'react';

const html: Promise<string> = renderTimeline({ width: 800, children: '<ol><li><time datetime="2019-04">April 2019</time> A visit</li></ol>' });
// @ts-expect-error not an option of the server render
void renderTimeline({ widht: 800 });
void html;
const el = document.createElement('event-timeline');
const same: Element = el;
el.addEventListener('timeline-select', (e) => {
  const title: string = e.detail.event.title;
  const event: TimelineEvent = e.detail.event;
  // @ts-expect-error no such field: fails if the types did not resolve (any)
  void e.detail.nonexistent;
  void title, event, same;
});
export const node = createElement(EventTimeline, {
  label: 'History',
  onTimelineSelect: (e) => void e.detail.id.toUpperCase(),
  // @ts-expect-error not a function of an event
  onTimelineError: 42,
});
`,
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const [module, resolution] of [
      ['nodenext', 'nodenext'],
      ['esnext', 'bundler'],
    ]) {
      const flags = ['--noEmit', '--strict', '--target', 'es2022', '--lib', 'es2022,dom,dom.iterable', '--module', module, '--moduleResolution', resolution, '--skipLibCheck', 'types.ts'];
      try {
        execFileSync(process.execPath, [tsc, ...flags], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (error) {
        throw new Error(`tsc --moduleResolution ${resolution}:\n${error.stdout}${error.stderr}`);
      }
    }
  });

  await check('a page bundled with Vite renders the element and the React wrapper', async () => {
    writeFileSync(
      join(app, 'index.html'),
      `<!doctype html>
<html lang="en-GB">
<meta charset="utf-8" />
<title>app</title>
<link rel="icon" href="data:," />
<body style="width: 900px">
<event-timeline id="plain" label="Plain"></event-timeline>
<div id="react"></div>
<script type="module" src="./main.js"></script>
</body>
</html>
`,
    );
    writeFileSync(
      join(app, 'main.js'),
      `import { EventTimeline as Element } from 'event-timeline';
import { EventTimeline } from 'event-timeline/react';
import schema from 'event-timeline/schema.json';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const events = [
  { id: 'a', start: '1991-08-06', title: 'First website' },
  { id: 'b', start: '1993-04', title: 'Mosaic' },
  { id: 'c', start: '1996-12-17', title: 'CSS 1' },
];
window.results = { defined: customElements.get('event-timeline') === Element, schema: typeof schema?.$schema === 'string', selected: null };
document.querySelector('#plain').events = events;
createRoot(document.querySelector('#react')).render(
  createElement(EventTimeline, {
    id: 'from-react',
    label: 'From React',
    events,
    onTimelineSelect: (e) => { window.results.selected = e.detail.id; },
  }),
);
`,
    );
    await build({
      root: app,
      configFile: false,
      logLevel: 'error',
      build: { outDir: join(app, 'dist'), emptyOutDir: true },
    });
    const server = await serveFolder(join(app, 'dist'));
    const browser = await chromium.launch({ executablePath, args: chromiumArgs });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url);
      await page.waitForFunction(
        () => ['#plain', '#from-react'].every((s) => document.querySelector(s)?.shadowRoot?.querySelectorAll('[part~="event"]').length === 3),
        undefined,
        { timeout: 15000 },
      );
      await page.locator('#from-react [data-id="b"]').click();
      await page.waitForFunction(() => window.results.selected === 'b', undefined, { timeout: 5000 });
      const results = await page.evaluate(() => window.results);
      assert(results.defined, 'the element class exported is not the one defined');
      assert(results.schema, 'event-timeline/schema.json did not import as the JSON Schema');
      assert(errors.length === 0, errors.join('\n'));
    } finally {
      await browser.close();
      await server.close();
    }
  });
} finally {
  if (process.argv.includes('--keep')) console.log(`kept ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
}

finish(` (${((Date.now() - started) / 1000).toFixed(1)} s)`);
