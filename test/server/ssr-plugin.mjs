/**
 * Server rendering for the browser tests: `event-timeline/ssr` from the sources (through Vite's
 * module runner, as the demo build uses it), in this Node process.
 *   executeServerCommand('ssr-render', options) → the element's HTML (options as renderTimeline's).
 * `src` is read as the test server serves it: `/data/…` is the project's data/ folder.
 */
import { runnerImport } from 'vite';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function ssrPlugin() {
  let ssr;
  return {
    name: 'event-timeline-ssr',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      ssr ??= runnerImport(join(root, 'src', 'ssr.ts'), { root, configFile: false, logLevel: 'error' }).then((r) => r.module);
      const { renderTimeline } = await ssr;
      // The test server's URLs, read from the project folder.
      const origin = 'http://test.invalid/';
      const fetchFile = async (url) => {
        const path = normalize(join(root, decodeURIComponent(new URL(url).pathname)));
        if (!path.startsWith(root)) return new Response('', { status: 403 });
        return readFile(path).then((bytes) => new Response(bytes, { headers: { 'content-type': path.endsWith('.json') ? 'application/json' : 'text/plain' } }), () => new Response('', { status: 404 }));
      };
      return renderTimeline({ base: origin, fetch: fetchFile, ...payload });
    },
  };
}
