// Takes the README's screenshot (demo/screenshot.png) of the built demo's front page, in headless
// Chromium: `npm run screenshot` (which builds the demo first).
// `node demo/screenshot.mjs --all <folder>` also takes one full-page screenshot of every demo page.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, chromiumArgs } from '../test/browser-path.mjs';
import { serveFolder } from '../test/e2e/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'dist-demo');
if (!existsSync(join(site, 'demo', 'index.html'))) {
  console.error('No built demo: run `npm run build:demo` first.');
  process.exit(1);
}
const executablePath = findBrowser();
if (!executablePath) {
  console.error('No Chrome/Chromium found: install one or set CHROME_PATH.');
  process.exit(1);
}

const allIndex = process.argv.indexOf('--all');
const allFolder = allIndex >= 0 ? process.argv[allIndex + 1] : undefined;

const server = await serveFolder(site);
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 700 }, deviceScaleFactor: 1, locale: 'en-GB', timezoneId: 'UTC' });
  /** Opens a page and waits until every timeline on it has drawn its events (or a message). */
  const open = async (path) => {
    await page.goto(new URL(path, server.url).href);
    await page.waitForFunction(() => {
      const timelines = [...document.querySelectorAll('event-timeline')];
      return timelines.length > 0 && timelines.every((t) => t.shadowRoot?.querySelector('[part~="event"]'));
    });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
  };

  await open('demo/index.html');
  // The front page with the April 2019 visit selected: a date known to the month, drawn over the month.
  await page.locator('event-timeline [part~="event"][data-id="kim-jong-un-visits-russia"]').click();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  const shot = join(root, 'demo', 'screenshot.png');
  await page.screenshot({ path: shot });
  console.log(`wrote ${shot}`);

  if (allFolder) {
    mkdirSync(allFolder, { recursive: true });
    for (const file of readdirSync(join(site, 'demo')).filter((f) => f.endsWith('.html'))) {
      await open(`demo/${file}`);
      const path = join(allFolder, file.replace(/\.html$/, '.png'));
      await page.screenshot({ path, fullPage: true });
      console.log(`wrote ${path}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
