import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findBrowser, chromiumArgs } from './test/browser-path.mjs';
import { inputPlugin } from './test/server/input-plugin.mjs';

/** Prints `N passed, N failed` alone on a line at the end of the run, for CI logs. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        if (!suite) return;
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite.suites) walk(s);
      };
      for (const s of sessions) {
        walk(s.testResults);
        // A file that failed to load counts as one failure.
        if (!s.testResults && !s.passed) failed++;
      }
      console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    },
  };
}

/** A headless Chromium whose local time zone is `zone`. */
function chromium(zone) {
  return chromeLauncher({
    launchOptions: { executablePath: findBrowser(), headless: true, args: chromiumArgs, env: { ...process.env, TZ: zone } },
  });
}

/**
 * The stated-time tests also run in zones far from UTC on both sides of it (+14, +5:30, −11), so a
 * date moved by the viewer's zone shows up in one of them. A run of named files (a subset) leaves
 * these groups out; `--group zone-Kolkata` runs one of them alone.
 */
const subset = process.argv.slice(2).some((arg) => /\.test\.ts$|\*/.test(arg));
const ZONE_TESTS = ['test/time/**/*.test.ts', 'test/robustness/stated-times.test.ts'];
const zoneGroups = ['Pacific/Kiritimati', 'Asia/Kolkata', 'Pacific/Pago_Pago'].map((zone) => ({
  name: `zone-${zone.split('/')[1]}`,
  files: ZONE_TESTS,
  browsers: [chromium(zone)],
}));

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: a page in the background gets no animation frames, and the tests wait for frames.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findBrowser(),
        headless: true,
        args: chromiumArgs,
        // A zone far from UTC, so a date shifted by the viewer's time zone shows up in the tests.
        env: { ...process.env, TZ: 'America/Los_Angeles' },
      },
    }),
  ],
  groups: subset ? [] : zoneGroups,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), inputPlugin(), (await import('./test/server/media-plugin.mjs')).mediaPlugin(), (await import('./test/server/datasets-plugin.mjs')).datasetsPlugin(), (await import('./test/server/ax-plugin.mjs')).axPlugin(), (await import('./test/server/ssr-plugin.mjs')).ssrPlugin()], // + /shared-datasets/<name>
  middleware: [(await import('./test/server/fixtures-plugin.mjs')).fixturesMiddleware], // /__fixtures/ test endpoints
  reporters: [defaultReporter(), countReporter()],
};
