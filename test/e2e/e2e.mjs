// End-to-end checks of what users get: the built demo site (dist-demo/, served as static files)
// and the standalone file (dist/event-timeline.standalone.js) in a plain page with no bundler, in
// headless Chromium. `npm run test:e2e` builds both first. Prints `N passed, N failed`; exits 1 on failure.
import { chromium } from 'playwright-core';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs } from '../browser-path.mjs';
import { assert, check, finish, requireBrowser } from './checks.mjs';
import { serveFolder } from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const site = join(root, 'dist-demo');
const standalone = join(root, 'dist', 'event-timeline.standalone.js');
const article = JSON.parse(readFileSync(join(root, 'data', 'dprk-russia-2000-2023.json'), 'utf8'));

for (const [file, build] of [
  [join(site, 'demo', 'index.html'), 'npm run build:demo'],
  [standalone, 'npm run build'],
]) {
  if (!existsSync(file)) {
    console.error(`Missing ${file}: run \`${build}\` first (npm run test:e2e does both).`);
    process.exit(1);
  }
}
const executablePath = requireBrowser();

/** The focused element, looking through shadow roots. */
const deepActive = () => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el ? { id: el.getAttribute('data-id'), part: el.getAttribute('part'), tag: el.localName } : null;
};

const browser = await chromium.launch({
  executablePath,
  // No host but 127.0.0.1 resolves: anything fetched from elsewhere fails, and is reported below.
  args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const server = await serveFolder(site);
// The standalone file in a plain folder: one HTML page, the script and a dataset; no bundler.
const plainDir = mkdtempSync(join(tmpdir(), 'event-timeline-standalone-'));
const plain = await serveFolder(plainDir);

/**
 * A new page that records console errors, page errors, failed requests and any request that
 * leaves 127.0.0.1 (the browser cannot resolve any other host: the demo must work with no network).
 */
async function newPage(options = {}) {
  const context = await browser.newContext({
    viewport: { width: 1100, height: 800 },
    locale: 'en-GB',
    // Far from UTC: a date shifted by the viewer's time zone would show.
    timezoneId: 'America/Los_Angeles',
    ...options,
  });
  const problems = [];
  const page = await context.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') problems.push(`request outside the local server: ${url.href}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A cancelled fetch is reported as ERR_ABORTED (Chromium also reports it now and then for a fetch
    // that completed); the checks count the requests the server answered instead.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, context, problems };
}

/** Waits until every <event-timeline> on the page has drawn at least one event. */
const timelinesDrawn = (page) =>
  page.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('event-timeline')];
      return all.length > 0 && all.every((t) => t.shadowRoot?.querySelector('[part~="event"]'));
    },
    undefined,
    { timeout: 15000 },
  );

try {
  console.log(`demo site: ${server.url}`);
  const front = await newPage();
  const { page } = front;

  await check('the site root leads to the front page', async () => {
    await page.goto(server.url);
    await page.waitForURL(/\/demo\/(index\.html)?$/, { timeout: 10000 });
    await timelinesDrawn(page);
  });

  await check(`the front page draws the article's ${article.events.length} events, rendered on the server with the data: not fetched`, async () => {
    const before = server.requests.length;
    await page.goto(new URL('demo/index.html', server.url).href);
    await timelinesDrawn(page);
    const ids = await page.locator('event-timeline').evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('[part~="event"]')].map((e) => e.getAttribute('data-id')).sort(),
    );
    const expected = article.events.map((e) => e.id).sort();
    assert(JSON.stringify(ids) === JSON.stringify(expected), `drawn: ${ids.join(', ')}; expected: ${expected.join(', ')}`);
    const fetched = server.requests.slice(before).filter((r) => r.path === '/data/dprk-russia-2000-2023.json');
    assert(fetched.length === 0, `the dataset was fetched ${fetched.length} times from /data/ (the page has it)`);
  });

  await check('a click on an event opens its details, with its date as the article gives it', async () => {
    await page.locator('event-timeline [part~="event"][data-id="joint-declaration-signed"]').click();
    const details = page.locator('event-timeline [part="details"]');
    await details.waitFor({ state: 'visible', timeout: 5000 });
    const text = await details.innerText();
    assert(text.includes('Kim Jong Il and Putin sign DPRK-Russia Joint Declaration'), `details: ${text}`);
    assert(text.includes('19 July 2000'), `the date is not "19 July 2000" (time zone shift?): ${text}`);
    assert((await page.locator('event-timeline').getAttribute('selected')) === 'joint-declaration-signed', 'selected did not reflect');
    await page.locator('event-timeline [part="close"]').click();
    await details.waitFor({ state: 'detached', timeout: 5000 });
  });

  await check('keyboard: Tab reaches an event, ArrowRight moves focus, Enter opens details, Escape closes them', async () => {
    await page.goto(new URL('demo/index.html', server.url).href);
    await timelinesDrawn(page);
    let focused = null;
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(deepActive);
      if (focused?.id) break;
    }
    assert(focused?.id, 'Tab never reached an event of the timeline');
    const first = focused.id;
    await page.keyboard.press('ArrowRight');
    const second = (await page.evaluate(deepActive))?.id;
    assert(second && second !== first, `ArrowRight did not move focus (still on ${second})`);
    await page.keyboard.press('Enter');
    const details = page.locator('event-timeline [part="details"]');
    await details.waitFor({ state: 'visible', timeout: 5000 });
    const title = article.events.find((e) => e.id === second).title;
    assert((await details.innerText()).includes(title), `Enter opened the wrong details (expected "${title}")`);
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached', timeout: 5000 });
    assert((await page.evaluate(deepActive))?.id === second, 'Escape did not return focus to the event');
  });

  await check('the front page has no console errors, failed or outside requests', async () => {
    assert(front.problems.length === 0, front.problems.join('\n'));
  });
  await front.context.close();

  const pages = readdirSync(join(site, 'demo')).filter((f) => f.endsWith('.html') && f !== 'index.html');
  for (const file of pages) {
    await check(`demo/${file} draws its timelines with no errors`, async () => {
      const { page: p, context, problems } = await newPage();
      try {
        await p.goto(new URL(`demo/${file}`, server.url).href);
        await timelinesDrawn(p);
        await p.waitForTimeout(200);
        assert(problems.length === 0, problems.join('\n'));
      } finally {
        await context.close();
      }
    });
  }

  await check('demo/locales.html shows dates in Korean and Russian', async () => {
    const { page: p, context } = await newPage();
    try {
      await p.goto(new URL('demo/locales.html', server.url).href);
      await timelinesDrawn(p);
      const ko = await p.locator('event-timeline[locale="ko"] [part="details"]').innerText();
      const ru = await p.locator('event-timeline[locale="ru"] [part="details"]').innerText();
      assert(/2019년\s*4월/.test(ko), `Korean details: ${ko}`);
      assert(/апрель 2019/i.test(ru), `Russian details: ${ru}`);
    } finally {
      await context.close();
    }
  });

  await check('demo/phone.html fits a 390px wide phone screen', async () => {
    const { page: p, context } = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await p.goto(new URL('demo/phone.html', server.url).href);
      await timelinesDrawn(p);
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    } finally {
      await context.close();
    }
  });

  await check('the standalone file works in a plain HTML page with no bundler and no network', async () => {
    // The entry file and the folder of chunks it loads on demand, copied as a user would.
    copyFileSync(standalone, join(plainDir, 'event-timeline.standalone.js'));
    cpSync(join(root, 'dist', 'standalone'), join(plainDir, 'standalone'), { recursive: true });
    copyFileSync(join(root, 'data', 'dprk-russia-2000-2023.json'), join(plainDir, 'article.json'));
    writeFileSync(
      join(plainDir, 'index.html'),
      `<!doctype html>
<html lang="en-GB">
<meta charset="utf-8" />
<title>standalone</title>
<link rel="icon" href="data:," />
<script type="module" src="./event-timeline.standalone.js"></script>
<event-timeline id="from-src" src="./article.json" style="width: 900px"></event-timeline>
<event-timeline id="from-property" label="Inline" style="width: 600px"></event-timeline>
<script type="module">
  const timeline = document.querySelector('#from-property');
  timeline.events = [
    { id: 'a', start: '1991-08-06', title: 'First website' },
    { id: 'b', start: '1993-04', title: 'Mosaic' },
  ];
  timeline.addEventListener('timeline-select', (e) => (document.title = 'selected ' + e.detail.event.title));
</script>
</html>
`,
    );
    const { page: p, context, problems } = await newPage();
    try {
      await p.goto(plain.url);
      await timelinesDrawn(p);
      const counts = await p.evaluate(() =>
        [...document.querySelectorAll('event-timeline')].map((t) => t.shadowRoot.querySelectorAll('[part~="event"]').length),
      );
      assert(counts[0] === article.events.length && counts[1] === 2, `events drawn: ${counts.join(', ')}`);
      await p.locator('#from-property [data-id="b"]').click();
      await p.waitForFunction(() => document.title === 'selected Mosaic', undefined, { timeout: 5000 });
      const requested = plain.requests.map((r) => `${r.path} ${r.status}`);
      const expected = (r) => /^\/(article\.json|event-timeline\.standalone\.js|standalone\/[\w.-]+\.js)? 200$/.test(r);
      assert(requested.every(expected), `the page asked for more than the script, its chunks and its data: ${requested.join(', ')}`);
      assert(problems.length === 0, problems.join('\n'));
    } finally {
      await context.close();
    }
  });

  await check('the standalone file copied without its folder: the timeline is drawn and says which part is missing', async () => {
    const alone = mkdtempSync(join(tmpdir(), 'event-timeline-alone-'));
    const site = await serveFolder(alone);
    copyFileSync(standalone, join(alone, 'event-timeline.standalone.js'));
    copyFileSync(join(root, 'data', 'dprk-russia-2000-2023.json'), join(alone, 'article.json'));
    writeFileSync(
      join(alone, 'index.html'),
      `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>alone</title><link rel="icon" href="data:,">
<script type="module" src="./event-timeline.standalone.js"></script>
<event-timeline id="inline" style="width: 700px"></event-timeline>
<event-timeline id="from-src" src="./article.json" style="width: 700px"></event-timeline>
<script type="module">document.querySelector('#inline').events = [{ id: 'a', start: '1991-08-06', title: 'First website' }, { id: 'b', start: '1993-04', title: 'Mosaic' }];</script></html>`,
    );
    const { page: p, context } = await newPage();
    const thrown = [];
    p.on('pageerror', (error) => thrown.push(error.message));
    try {
      await p.goto(site.url);
      await p.waitForFunction(() => document.querySelector('#inline').shadowRoot?.querySelectorAll('[part~="event"]').length === 2, undefined, { timeout: 10000 });
      await p.locator('#inline [data-id="b"]').click();
      // The hidden list (drawn when idle) and the details panel of the selection are missing.
      const said = await p.waitForFunction(
        () => {
          const items = [...(document.querySelector('#inline').shadowRoot.querySelectorAll('[part~="problems"] li') ?? [])].map((li) => li.textContent);
          return items.some((text) => text.includes('(details)')) && items;
        },
        undefined,
        { timeout: 10000 },
      );
      const items = await said.jsonValue();
      assert(items.every((text) => /^Part of the timeline \((details|list|print|keys|gesture)\) could not be loaded: .*\/standalone\//.test(text)), `the messages: ${items.join(' | ')}`);
      const status = await p.waitForFunction(() => document.querySelector('#from-src').shadowRoot?.querySelector('[part~="status"]')?.textContent.includes('could not be loaded') && document.querySelector('#from-src').shadowRoot.querySelector('[part~="retry"]'), undefined, { timeout: 10000 });
      assert(status, 'no load failure with Retry for src');
      assert(thrown.length === 0, `uncaught: ${thrown.join('\n')}`);
    } finally {
      await context.close();
      await site.close();
      rmSync(alone, { recursive: true, force: true });
    }
  });
} finally {
  await browser.close();
  await server.close();
  await plain.close();
  rmSync(plainDir, { recursive: true, force: true });
}

finish();
