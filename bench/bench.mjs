// npm run bench: time to first render, DOM nodes, heap, and frame times while zooming and panning
// <event-timeline> with 100 / 1,000 / 10,000 / 100,000 synthetic events in headless Chromium, plus
// the critical path's size (what a page that imports the element loads before its first paint; see
// scripts/size-check.mjs). Prints a table and writes .bench/results.json.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser, chromiumArgs } from '../test/browser-path.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.bench');
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000,100000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browserPath = findBrowser();
if (!browserPath) {
  console.error('No Chrome/Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH=/path/to/chrome.');
  process.exit(1);
}

await mkdir(out, { recursive: true });
const common = { bundle: true, minify: true, format: 'esm', target: 'es2022', tsconfig: join(root, 'tsconfig.json'), legalComments: 'none', define: { 'process.env.NODE_ENV': '"production"' }, conditions: ['production'], write: false };
const [page, element] = await Promise.all([
  build({ ...common, entryPoints: [join(root, 'bench/page.ts')] }),
  build({ ...common, entryPoints: [join(root, 'src/event-timeline.ts')] }),
]);
const bundle = element.outputFiles[0].contents;
const bundleSize = { minifiedKB: bundle.length / 1024, gzipKB: gzipSync(bundle, { level: 9 }).length / 1024 };
// The critical path is measured on the built package, as a user's bundler sees it.
if (!existsSync(join(root, 'dist', 'event-timeline.js'))) execSync('npm run build', { cwd: root, stdio: 'ignore' });
const { criticalPath } = await import('../scripts/size-check.mjs');
const critical = await criticalPath();

const html = '<!doctype html><html lang="en"><meta charset="utf-8"><body></body><script type="module" src="/page.js"></script></html>';
const server = createServer((req, res) => {
  if (req.url === '/page.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(page.outputFiles[0].contents);
  else res.writeHead(200, { 'content-type': 'text/html' }).end(html);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: browserPath, args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'] });
const results = [];
try {
  for (const n of sizes) {
    const samples = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const tab = await context.newPage();
      await tab.goto(url);
      await tab.waitForFunction(() => typeof window.mountCase === 'function');
      const mounted = await tab.evaluate(([n, seed]) => window.mountCase(n, seed), [n, 1]);
      const svg = await tab.evaluateHandle(() => document.querySelector('event-timeline').shadowRoot.querySelector('svg.main'));
      const box = await svg.boundingBox();
      const y = box.y + box.height - 10;
      // 10 Ctrl+wheel zoom steps around a point a third of the way in.
      await tab.mouse.move(box.x + box.width / 3, y);
      await tab.evaluate(() => window.startFrames());
      await tab.keyboard.down('Control');
      for (let i = 0; i < 10; i++) {
        await tab.mouse.wheel(0, -120);
        await tab.waitForTimeout(32);
      }
      await tab.keyboard.up('Control');
      await tab.waitForTimeout(100);
      const zoom = await tab.evaluate(() => window.stopFrames());
      // 10 drag pans of 80 px each.
      await tab.evaluate(() => window.startFrames());
      for (let i = 0; i < 10; i++) {
        const x = box.x + box.width / 2;
        await tab.mouse.move(x, y);
        await tab.mouse.down();
        for (let step = 1; step <= 4; step++) await tab.mouse.move(x + step * 20, y);
        await tab.mouse.up();
      }
      await tab.waitForTimeout(100);
      const pan = await tab.evaluate(() => window.stopFrames());
      samples.push({ ...mounted, zoom, pan, maxNodes: Math.max(mounted.nodes, zoom.nodes, pan.nodes) });
      await context.close();
    }
    const row = {
      events: n,
      firstRenderMs: median(samples.map((s) => s.firstRenderMs)),
      domNodes: median(samples.map((s) => s.maxNodes)),
      heapMB: median(samples.map((s) => s.heapMB)),
      zoomFrameAvgMs: median(samples.map((s) => s.zoom.avg)),
      zoomFrameP95Ms: median(samples.map((s) => s.zoom.p95)),
      panFrameAvgMs: median(samples.map((s) => s.pan.avg)),
      panFrameP95Ms: median(samples.map((s) => s.pan.p95)),
      runs,
    };
    results.push(row);
    console.error(`measured ${n} events`);
  }
} finally {
  await browser.close();
  server.close();
}

const f = (x, d = 1) => x.toFixed(d);
console.log('\n| events | first render (ms) | DOM nodes | JS heap (MB) | zoom frame avg / p95 (ms) | pan frame avg / p95 (ms) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results)
  console.log(`| ${r.events.toLocaleString('en')} | ${f(r.firstRenderMs, 0)} | ${r.domNodes} | ${f(r.heapMB)} | ${f(r.zoomFrameAvgMs)} / ${f(r.zoomFrameP95Ms)} | ${f(r.panFrameAvgMs)} / ${f(r.panFrameP95Ms)} |`);
console.log(`\nCritical path (import 'event-timeline' + JSON events, code split, before the first paint): ${f(critical.criticalGzipBytes / 1024)} KB gzip (${f(critical.criticalMinifiedBytes / 1024)} KB minified)`);
console.log(`Everything, on-demand chunks included (element + lit + d3, one bundle, minified): ${f(bundleSize.minifiedKB)} KB, gzip ${f(bundleSize.gzipKB)} KB`);
console.log(`Medians of ${runs} runs each; 1200 px wide element in a 1280×720 viewport.`);
const json = { date: new Date().toISOString(), runs, results, bundleSize, criticalPathGzipKB: critical.criticalGzipBytes / 1024 };
await writeFile(join(out, 'results.json'), JSON.stringify(json, null, 2));
console.log('\n' + JSON.stringify(json));
