// Fails when README's API tables and custom-elements.json disagree: every attribute, property,
// method, event, CSS part and CSS custom property of <event-timeline> in the manifest must be in
// the README's tables under "## API", and every name in those tables must be in the manifest.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

// --- the manifest ---------------------------------------------------------------------------
const element = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.customElement && d.tagName === 'event-timeline');
if (!element) {
  console.error('custom-elements.json has no <event-timeline> declaration.');
  process.exit(1);
}
const isPublic = (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected';
const names = (list) => new Set((list ?? []).map((x) => x.name));
const inManifest = {
  attributes: names(element.attributes),
  properties: names(element.members?.filter((m) => m.kind === 'field' && isPublic(m))),
  methods: names(element.members?.filter((m) => m.kind === 'method' && isPublic(m))),
  events: names(element.events),
  parts: names(element.cssParts),
  'CSS custom properties': names(element.cssProperties),
};

// --- the README ------------------------------------------------------------------------------
/** The section from `## API` to the next `## ` heading. */
const apiStart = readme.search(/^## API\s*$/m);
if (apiStart < 0) {
  console.error('README.md has no "## API" section.');
  process.exit(1);
}
const apiRest = readme.slice(apiStart + 1);
const apiEnd = apiRest.search(/^## /m);
const api = apiEnd < 0 ? apiRest : apiRest.slice(0, apiEnd);

/** The rows (arrays of cells) of the first table under the `### …` heading that matches. */
function tableUnder(heading) {
  const lines = api.split('\n');
  const at = lines.findIndex((l) => /^###\s/.test(l) && heading.test(l));
  if (at < 0) return undefined;
  const rows = [];
  for (const line of lines.slice(at + 1)) {
    if (/^###?\s/.test(line)) break;
    if (!line.trim().startsWith('|')) {
      if (rows.length) break;
      continue;
    }
    // Split on pipes that are not escaped (`string \| null`).
    rows.push(line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim()));
  }
  return rows.slice(2); // no header, no separator
}
/** Backticked names in a cell; `zoomTo(start, end)` → `zoomTo`. */
const codeNames = (cell = '') => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\(.*$/, '').trim());

const inReadme = {};
const missingTables = [];
const fromTable = (heading, column, into) => {
  const rows = tableUnder(heading);
  if (!rows) return missingTables.push(heading.source);
  for (const row of rows) for (const name of codeNames(row[column])) (inReadme[into] ??= new Set()).add(name);
  inReadme[into] ??= new Set();
};
fromTable(/^###\s+attributes/i, 0, 'attributes');
fromTable(/^###\s+attributes/i, 1, 'properties');
fromTable(/^###\s+events/i, 0, 'events');
fromTable(/^###\s+(css\s+)?parts/i, 0, 'parts');
fromTable(/^###\s+css custom properties/i, 0, 'CSS custom properties');
if (inManifest.methods.size > 0 || /^###\s+methods/im.test(api)) fromTable(/^###\s+methods/i, 0, 'methods');
else inReadme.methods = new Set();

// --- compare ------------------------------------------------------------------------------
const problems = missingTables.map((h) => `README.md has no table under a "### …" heading matching /${h}/ in "## API".`);
for (const [kind, expected] of Object.entries(inManifest)) {
  const documented = inReadme[kind] ?? new Set();
  const notInReadme = [...expected].filter((n) => !documented.has(n));
  const notInManifest = [...documented].filter((n) => !expected.has(n));
  if (notInReadme.length) problems.push(`${kind} in custom-elements.json but not in README's table: ${notInReadme.join(', ')}`);
  if (notInManifest.length) problems.push(`${kind} in README's table but not in custom-elements.json: ${notInManifest.join(', ')}`);
}

const counted = Object.entries(inManifest)
  .map(([kind, set]) => `${set.size} ${kind}`)
  .join(', ');
if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  console.error('\nREADME.md and custom-elements.json disagree: document the API in the JSDoc (then `npm run manifest`) and in the README tables.');
  process.exit(1);
}
console.log(`README's API tables match custom-elements.json (${counted}).`);
