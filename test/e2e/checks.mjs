// What every script under test/e2e and test/pack shares: the browser to drive, named checks that
// fail alone (the others still run), and the `N passed, N failed` line the CI log is read for.
import { findBrowser } from '../browser-path.mjs';

/** The Chrome/Chromium to drive; without one, says how to get it in one line and exits 1. */
export function requireBrowser() {
  const path = findBrowser();
  if (path) return path;
  console.error('No Chrome/Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}

const results = [];

/** Runs one named check; a thrown error or a failed `assert` fails it (its first stack lines are printed). */
export async function check(name, fn) {
  try {
    await fn();
    results.push(true);
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push(false);
    console.log(`  ✗ ${name}\n      ${String(error?.stack ?? error).trim().split('\n').slice(0, 6).join('\n      ')}`);
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Prints `N passed, N failed` (then `after`, if given) and exits (1 when any check failed). */
export function finish(after = '') {
  const passed = results.filter(Boolean).length;
  console.log(`\n${passed} passed, ${results.length - passed} failed${after}`);
  process.exit(passed === results.length ? 0 : 1);
}
