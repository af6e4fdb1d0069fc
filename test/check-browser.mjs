// Fails fast, in one line, when no Chrome/Chromium is available for the tests.
import { findBrowser } from './browser-path.mjs';

if (!findBrowser()) {
  console.error(
    'No Chrome/Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH=/path/to/chrome.',
  );
  process.exit(1);
}
