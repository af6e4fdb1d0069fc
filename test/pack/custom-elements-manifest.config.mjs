// Configuration of `cem analyze` (npm run manifest), also used by test/pack/manifest-check.mjs.
// The manifest describes the published package: module paths point into dist/, private members are left out.
import { existsSync } from 'node:fs';
import { posix } from 'node:path';

/** `src/a/b.ts` (or `./b`, `/src/a/b` as the analyzer writes re-exports) → `dist/a/b.js`. */
function publishedPath(spec, fromModule) {
  let path = spec;
  if (path.startsWith('./') || path.startsWith('../')) path = posix.join(posix.dirname(fromModule), path);
  path = path.replace(/^\/+/, '');
  // Sources import each other with `.js` (what the build emits): the source file is the `.ts` beside it.
  if (/\.js$/.test(path) && existsSync(path.replace(/\.js$/, '.ts'))) path = path.replace(/\.js$/, '.ts');
  if (!/\.[cm]?[jt]s$/.test(path)) path = existsSync(`${path}.ts`) ? `${path}.ts` : existsSync(`${path}/index.ts`) ? `${path}/index.ts` : path;
  return path.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');
}

/** Leaves out members that are not part of the public API (TypeScript `private`/`protected`, or named `_…`). */
function publicApiOnly() {
  return {
    name: 'event-timeline:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_'),
            );
          }
          // Internal reactive state (`static properties` entries with `state: true`) has no attribute.
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !a.fieldName?.startsWith('_'));
        }
      }
    },
  };
}

/** Rewrites module paths from the sources to the files the package ships. */
function pathsInDist() {
  return {
    name: 'event-timeline:paths-in-dist',
    packageLinkPhase({ customElementsManifest }) {
      const visit = (node, modulePath) => {
        if (Array.isArray(node)) return node.forEach((n) => visit(n, modulePath));
        if (!node || typeof node !== 'object') return;
        for (const [key, value] of Object.entries(node)) {
          if (key === 'module' && typeof value === 'string') node[key] = publishedPath(value, modulePath);
          else visit(value, modulePath);
        }
      };
      for (const mod of customElementsManifest.modules) {
        visit(mod.declarations, mod.path);
        visit(mod.exports, mod.path);
        mod.path = publishedPath(mod.path, mod.path);
      }
    },
  };
}

export default {
  globs: ['src/event-timeline.ts', 'src/event-timeline.component.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [publicApiOnly(), pathsInDist()],
};
