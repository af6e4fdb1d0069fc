// Serves the shared real-world datasets to the tests: GET /shared-datasets/<name> answers with
// ../shared/datasets/<name> (next to the project folder, resolved from the folder of
// web-test-runner.config.mjs), read-only and unchanged. A @web/dev-server plugin, added to the
// `plugins` array of web-test-runner.config.mjs. Where that folder is absent (a user's own clone)
// the path is simply not served (404), and the tests that need it skip themselves, saying why.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PREFIX = '/shared-datasets/';

/** The folder of web-test-runner.config.mjs: two levels above this file. */
const configDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const TYPES = { '.json': 'application/json', '.csv': 'text/csv', '.tsv': 'text/tab-separated-values' };

/**
 * @param {{ dir?: string }} [options] the datasets folder (default: ../shared/datasets from the config's folder)
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function datasetsPlugin({ dir = path.resolve(configDir, '../shared/datasets') } = {}) {
  return {
    name: 'shared-datasets',
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const name = decodeURIComponent(context.path.slice(PREFIX.length));
      // One plain file name: no folders, no "..", nothing hidden.
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name.includes('..')) return undefined;
      let body;
      try {
        body = await readFile(path.join(dir, name), 'utf8');
      } catch {
        return undefined; // absent: the static server answers 404
      }
      context.set('Cache-Control', 'no-store');
      return { body, type: TYPES[path.extname(name).toLowerCase()] ?? 'text/plain' };
    },
  };
}
