// npm run bench:layout: layoutLevel timing for 1,000 / 10,000 / 100,000 synthetic events and the
// spread of labels in the fitted 1,280 px view of 5,000 events (evenly spread, and the demo's
// data), in headless Chromium with canvas-measured labels. `--root DIR` measures another copy of
// the sources (e.g. an older commit unpacked with `git archive`), with this bench/layout-measure.ts.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser, chromiumArgs } from '../test/browser-path.mjs';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--root');
const root = at > 0 ? resolve(process.argv[at + 1]) : here;
if (root !== here) await copyFile(join(here, 'bench/layout-measure.ts'), join(root, 'bench/layout-measure.ts'));
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const levels = (process.env.BENCH_LEVELS ?? '1,8').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 5);

const bundle = await build({
  entryPoints: [join(root, 'bench/layout-measure.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  nodePaths: [join(here, 'node_modules')],
  tsconfig: join(here, 'tsconfig.json'),
});
const html = '<!doctype html><html lang="en"><meta charset="utf-8"><body></body><script type="module" src="/page.js"></script></html>';
const server = createServer((req, res) => {
  if (req.url === '/page.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle.outputFiles[0].contents);
  else res.writeHead(200, { 'content-type': 'text/html' }).end(html);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => typeof window.layoutMeasurements === 'function');
  const result = await page.evaluate((what) => window.layoutMeasurements(what), { sizes, levels, runs });
  const { spread, timing } = result;
  for (const [name, s] of Object.entries(spread)) {
    const emptyInner = s.forties.labelled.slice(4, 36).filter((c) => c === 0).length;
    console.log(`${name}: ${s.tenths.total} labelled in ${s.tenths.lanes} lanes, ${s.tenths.clusters} clusters (widest ${s.tenths.widestCluster.toFixed(0)} px), ${s.tenths.shortened} labels shortened`);
    console.log(`  labelled per tenth: ${s.tenths.labelled.join(' ')}`);
    console.log(`  events per tenth:   ${s.tenths.all.join(' ')}`);
    console.log(`  labelled per fortieth: ${s.forties.labelled.join(' ')} (inner 32 empty: ${emptyInner})`);
    const classes = Object.entries(s.tenths.byImportance).sort(([a], [b]) => Number(b) - Number(a));
    if (classes.length > 1) console.log(`  labelled / events by importance: ${classes.map(([k, [l, n]]) => `${k}: ${l}/${n}`).join(', ')}`);
  }
  console.log(`\n| events | level | layoutLevel (ms, median / least of ${runs}) | labelled | clusters |`);
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  for (const r of timing) console.log(`| ${r.events.toLocaleString('en')} | ${r.level} | ${r.ms.toFixed(1)} / ${r.min.toFixed(1)} | ${r.placed} | ${r.clusters} |`);
} finally {
  await browser.close();
  server.close();
}
