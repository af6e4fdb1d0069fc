// Fails when the committed custom-elements.json is not what `npm run manifest` would write now:
// the analyzer runs with the same configuration, in memory, and the two are compared.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(root);

const config = 'test/pack/custom-elements-manifest.config.mjs';
const fresh = `${JSON.stringify(
  await cli({ argv: ['analyze', '--config', config, '--quiet'], cwd: root, noWrite: true }),
  null,
  2,
)}\n`;
let committed = '';
try {
  committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
} catch {
  // reported below as a difference
}

if (committed === fresh) {
  console.log('custom-elements.json is up to date.');
  process.exit(0);
}

// Show the first lines that differ, enough to see what changed.
const a = committed.split('\n');
const b = fresh.split('\n');
let shown = 0;
for (let i = 0; i < Math.max(a.length, b.length) && shown < 12; i++) {
  if (a[i] === b[i]) continue;
  console.error(`line ${i + 1}:\n  committed:   ${a[i] ?? '(end of file)'}\n  regenerated: ${b[i] ?? '(end of file)'}`);
  shown++;
}
console.error('\ncustom-elements.json is out of date with the JSDoc in src/: run `npm run manifest` and commit the result.');
process.exit(1);
