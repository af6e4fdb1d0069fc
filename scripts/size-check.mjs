// The critical path's size budget: what a page that does `import 'event-timeline'` and sets JSON
// events loads before its first paint — the entry plus every chunk it imports statically, bundled
// with code splitting from the built package (dist/, as a user's bundler sees the installed
// package), minified, gzip. Fails above the budget and prints the per-module breakdown. Modules
// behind a dynamic `import()` (formats, the vertical layout, the overview, the list, the gesture,
// other languages' words) are listed apart: they load on demand.
//   node scripts/size-check.mjs [--budget 40] [--json]
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const budgetKB = Number(args[args.indexOf('--budget') + 1]) || 40;
if (!existsSync(join(root, 'dist', 'event-timeline.js'))) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(2);
}

/** Bundles a page with code splitting and measures what loads before its first paint. */
export async function criticalPath() {
  const work = mkdtempSync(join(tmpdir(), 'et-size-'));
  try {
    // The package as installed: node_modules/event-timeline is this project (its package.json,
    // exports and sideEffects decide what a bundler keeps), its dependencies beside it.
    mkdirSync(join(work, 'node_modules'));
    symlinkSync(root, join(work, 'node_modules', 'event-timeline'), 'dir');
    const page = join(work, 'page.js');
    writeFileSync(
      page,
      `import 'event-timeline';\n` +
        `const el = document.createElement('event-timeline');\nel.events = [{ id: 'a', start: '2019-04', title: 'A' }];\ndocument.body.append(el);\n`,
    );
    const result = await build({
      absWorkingDir: work,
      entryPoints: [page],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      outdir: join(work, 'out'),
      metafile: true,
      write: true,
      legalComments: 'none',
      nodePaths: [join(root, 'node_modules')],
      preserveSymlinks: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint?.endsWith('page.js'));
    const critical = new Set();
    const visit = (file) => {
      if (critical.has(file)) return;
      critical.add(file);
      for (const imp of outputs[file].imports) if (imp.kind === 'import-statement' && !imp.external) visit(imp.path);
    };
    visit(entry);
    const gz = (file) => gzipSync(readFileSync(join(work, file)), { level: 9 }).length;
    const sizeOf = (files) => files.reduce((sum, file) => sum + gz(file), 0);
    const chunks = Object.keys(outputs).filter((file) => file.endsWith('.js'));
    const modules = (files) => {
      const bytes = new Map();
      for (const file of files)
        for (const [input, info] of Object.entries(outputs[file].inputs)) {
          const name = input.includes('node_modules/') && !input.includes('node_modules/event-timeline/')
            ? input.replace(/.*node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1')
            : input.replace(/.*(node_modules\/event-timeline\/|\.\.\/)+(dist\/)?/, '');
          bytes.set(name, (bytes.get(name) ?? 0) + info.bytesInOutput);
        }
      return [...bytes].sort((a, b) => b[1] - a[1]);
    };
    const lazy = chunks.filter((file) => !critical.has(file));
    return {
      criticalGzipBytes: sizeOf([...critical]),
      criticalMinifiedBytes: [...critical].reduce((sum, file) => sum + outputs[file].bytes, 0),
      criticalModules: modules([...critical]),
      lazyChunks: lazy.map((file) => ({ gzipBytes: gz(file), modules: modules([file]).map(([name]) => name) })),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const measured = await criticalPath();
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  if (args.includes('--json')) console.log(JSON.stringify(measured));
  else {
    console.log(`Critical path (entry + static imports, minified ${kb(measured.criticalMinifiedBytes)} KB): ${kb(measured.criticalGzipBytes)} KB gzip, budget ${budgetKB} KB`);
    console.log('  by module (minified KB, before gzip):');
    for (const [name, bytes] of measured.criticalModules) if (bytes >= 200) console.log(`    ${name.padEnd(44)} ${kb(bytes)}`);
    console.log('  on demand (gzip KB):');
    for (const chunk of measured.lazyChunks) console.log(`    ${kb(chunk.gzipBytes).padStart(5)}  ${chunk.modules.slice(0, 6).join(', ')}${chunk.modules.length > 6 ? ', …' : ''}`);
  }
  const pass = measured.criticalGzipBytes <= budgetKB * 1024;
  console.log(`${pass ? 1 : 0} passed, ${pass ? 0 : 1} failed`);
  process.exit(pass ? 0 : 1);
}
