// Server rendering and events written in HTML, as readers get them: `event-timeline/ssr` run in
// Node (dist/ssr.js), the built demo's pre-rendered pages (dist-demo/) and plain pages, in headless
// Chromium with scripts off and on. Run `npm run build && npm run build:demo` first (npm run
// test:e2e does). Prints `N passed, N failed`; exits 1 on failure. `--shots DIR` saves screenshots.
import { chromium } from 'playwright-core';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromiumArgs } from '../browser-path.mjs';
import { assert, check, finish, requireBrowser } from './checks.mjs';
import { serveFolder } from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const site = join(root, 'dist-demo');
const standalone = join(root, 'dist', 'event-timeline.standalone.js');
const article = JSON.parse(readFileSync(join(root, 'data', 'dprk-russia-2000-2023.json'), 'utf8'));
const shotsAt = process.argv.includes('--shots') ? process.argv[process.argv.indexOf('--shots') + 1] : undefined;

for (const [file, build] of [
  [join(site, 'demo', 'index.html'), 'npm run build:demo'],
  [join(root, 'dist', 'ssr.js'), 'npm run build'],
  [standalone, 'npm run build'],
]) {
  if (!existsSync(file)) {
    console.error(`Missing ${file}: run \`${build}\` first (npm run test:e2e does both).`);
    process.exit(1);
  }
}

const { renderTimeline } = await import(pathToFileURL(join(root, 'dist', 'ssr.js')).href);
const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

// Folders served: the built demo; a copy of it with every script removed (what a reader with
// scripts off gets, for axe, which needs scripts itself); and plain pages made here.
const temp = mkdtempSync(join(tmpdir(), 'event-timeline-ssr-'));
const noScript = join(temp, 'no-script');
cpSync(site, noScript, { recursive: true });
for (const file of readdirSync(join(noScript, 'demo')).filter((f) => f.endsWith('.html'))) {
  const path = join(noScript, 'demo', file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''));
}
const plainDir = join(temp, 'plain');
mkdirSync(plainDir);
copyFileSync(standalone, join(plainDir, 'event-timeline.standalone.js'));
cpSync(join(root, 'dist', 'standalone'), join(plainDir, 'standalone'), { recursive: true });
copyFileSync(join(root, 'data', 'dprk-russia-2000-2023.json'), join(plainDir, 'article.json'));
const childrenHtml = /<event-timeline[^>]*>([\s\S]*?)<\/event-timeline>/.exec(readFileSync(join(root, 'demo', 'html.html'), 'utf8'))[1];
const plainPage = (body, script = true) => `<!doctype html>
<html lang="en-GB">
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Events written in HTML</title>
<link rel="icon" href="data:," />
${script ? '<script type="module" src="./event-timeline.standalone.js"></script>' : ''}
<style>body { font-family: system-ui, sans-serif; margin: 2rem; max-width: 72rem; } event-timeline { display: block; }</style>
<main>
<h1>Events written in HTML</h1>
${body}
</main>
</html>
`;
writeFileSync(join(plainDir, 'children.html'), plainPage(`<event-timeline label="Events reported in the article">${childrenHtml}</event-timeline>`));
writeFileSync(join(plainDir, 'children-no-script.html'), plainPage(`<event-timeline label="Events reported in the article">${childrenHtml}</event-timeline>`, false));
// Rendered here, with a src the server is not told how to read: the browser loads it.
let unreadReason = '';
writeFileSync(
  join(plainDir, 'unread-src.html'),
  plainPage(await renderTimeline({ width: 900, attributes: { src: './article.json', label: 'Loaded by the browser' }, onLoadError: (r) => (unreadReason = r) })),
);
writeFileSync(
  join(plainDir, 'rendered.html'),
  plainPage(await renderTimeline({ width: 900, attributes: { src: './article.json', label: 'Rendered by the server' }, base: pathToFileURL(join(plainDir, 'rendered.html')) })),
);

const browser = await chromium.launch({ executablePath: requireBrowser(), args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
const server = await serveFolder(site);
const bare = await serveFolder(noScript);
const plain = await serveFolder(plainDir);

/** A page that records console errors, page errors and every request. */
async function open(url, { js = true, width = 1280, height = 900, mobile = false, before } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width, height }, isMobile: mobile, hasTouch: mobile, locale: 'en-GB', timezoneId: 'America/Los_Angeles' });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  if (before) await page.addInitScript(before);
  await page.goto(url);
  return { page, context, problems, requests };
}

/** Marks the server's drawing before the element is defined: a hydrated page keeps these very nodes. */
function markServerNodes() {
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    if (name === 'event-timeline') {
      for (const el of document.querySelectorAll('event-timeline')) {
        const svg = el.shadowRoot?.querySelector('svg.plot');
        if (svg) svg.dataset.fromServer = 'yes';
      }
    }
    return define(name, constructor, options);
  };
}

/** What a reader sees of the first timeline: its drawn events, labels and ticks, with their boxes. */
const drawing = (page, selector = 'event-timeline') =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const root = el.shadowRoot;
    const box = (n) => {
      const r = n.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const svg = root?.querySelector('svg.plot');
    return {
      defined: !!customElements.get('event-timeline'),
      svg: svg ? { ...box(svg), drawnAt: Number(svg.getAttribute('width')), vertical: svg.classList.contains('vertical'), fromServer: svg.dataset.fromServer === 'yes' } : null,
      host: box(el),
      events: [...(root?.querySelectorAll('[part~="event"]') ?? [])].map((g) => ({ id: g.dataset.id, box: box(g), name: g.getAttribute('aria-label') })),
      labels: [...(root?.querySelectorAll('[part~="label"]') ?? [])].map((t) => ({ text: t.textContent, box: box(t), visible: getComputedStyle(t).visibility === 'visible' })),
      ticks: [...(root?.querySelectorAll('[part~="tick"] text') ?? [])].map((t) => t.textContent),
      controls: root?.querySelector('.controls') ? getComputedStyle(root.querySelector('.controls')).visibility : null,
    };
  }, selector);

/** Label boxes that overlap (more than half a pixel). */
function overlapping(labels) {
  const pairs = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i].box, labels[j].box];
      if (a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5) pairs.push(`${labels[i].text} / ${labels[j].text}`);
    }
  return pairs;
}

/** The text a screen reader reads as text (not as a button's name), from Chromium's accessibility tree. */
async function readTexts(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const texts = [];
  const walk = (node, inButton) => {
    if (!node) return;
    const role = node.role?.value;
    if (!node.ignored && role === 'StaticText' && !inButton) texts.push(node.name?.value ?? '');
    for (const child of node.childIds ?? []) walk(byId.get(child), inButton || (!node.ignored && role === 'button'));
  };
  walk(nodes[0], false);
  return texts;
}

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target}`));
  assert(violations.length === 0, `axe: ${violations.join('; ')}`);
}

async function shot(page, name) {
  if (!shotsAt) return;
  mkdirSync(shotsAt, { recursive: true });
  await page.screenshot({ path: join(shotsAt, `${name}.png`), fullPage: true });
}

const ids = article.events.map((e) => e.id).sort();
const dataPath = '/data/dprk-russia-2000-2023.json';

try {
  console.log('event-timeline/ssr in Node');
  await check('renders the article from disk at the width given: a declarative shadow root with its four events drawn, and the same HTML each time', async () => {
    const options = { width: 1118, attributes: { src: '../data/dprk-russia-2000-2023.json', label: 'Events' }, base: pathToFileURL(join(root, 'demo', 'index.html')), lang: 'en-GB' };
    const html = await renderTimeline(options);
    assert(html.includes('<template shadowroot="open" shadowrootmode="open">'), 'no declarative shadow root');
    assert((html.match(/part="event[ "]/g) ?? []).length === 4, 'not four events');
    assert(html.includes('width="1118"'), 'not drawn at 1118 px');
    for (const e of article.events) assert(html.includes(`data-id="${e.id}"`), `${e.id} missing`);
    assert((await renderTimeline(options)) === html, 'two renders differ');
  });

  await check('reads events written as children on the server (parse5), with the same ids and dates as their JSON', async () => {
    const html = await renderTimeline({ width: 800, children: childrenHtml });
    const drawn = [...html.matchAll(/data-id="([^"]+)"/g)].map((m) => m[1]).sort();
    assert(JSON.stringify(drawn) === JSON.stringify(ids), `drawn: ${drawn}`);
    const state = JSON.parse(/data-ssr="([^"]+)"/.exec(html)[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
    assert(state.input.from === 'children' && state.metrics === 'table' && state.width === 800, `state: ${JSON.stringify(state).slice(0, 200)}`);
    assert(html.trimEnd().endsWith('</ol>\n      </event-timeline><!--/lit-part-->'), 'the children are not written after the shadow root');
  });

  await check('a src the server cannot read is drawn as loading, and reported', async () => {
    assert(/relative and no base/.test(unreadReason), `reason: ${unreadReason}`);
    const html = readFileSync(join(plainDir, 'unread-src.html'), 'utf8');
    assert(/part="status"[^>]*>Loading/.test(html.replace(/<!--[^>]*-->/g, '')), 'not drawn as loading');
  });

  console.log('scripts off');
  await check('a plain page with children: the list reads as the page’s own HTML (1280 and 390 px)', async () => {
    for (const width of [1280, 390]) {
      const { page, context } = await open(new URL('children.html', plain.url).href, { js: false, width });
      try {
        const items = await page.evaluate(() => [...document.querySelectorAll('event-timeline li')].map((li) => ({ text: li.innerText, h: li.getBoundingClientRect().height, w: li.getBoundingClientRect().width })));
        assert(items.length === 4 && items.every((i) => i.h > 20 && i.w > 200), `items: ${JSON.stringify(items)}`);
        assert(items[2].text.includes('April 2019') && items[2].text.includes('Kim Jong Un visits Russia'), items[2].text);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert(overflow <= 0, `scrolls sideways by ${overflow}px`);
        await shot(page, `plain-children-nojs-${width}`);
      } finally {
        await context.close();
      }
    }
  });

  for (const name of ['index', 'html']) {
    await check(`demo/${name}.html: the pre-rendered timeline shows the article’s four events on the axis, labels apart, buttons hidden (1280 px)`, async () => {
      const { page, context, requests } = await open(new URL(`demo/${name}.html`, server.url).href, { js: false });
      try {
        const d = await drawing(page);
        assert(!d.defined, 'the element was defined with scripts off');
        assert(d.svg && d.svg.drawnAt === 1118 && d.svg.height > 60, `svg: ${JSON.stringify(d.svg)}`);
        assert(JSON.stringify(d.events.map((e) => e.id).sort()) === JSON.stringify(ids), `events: ${d.events.map((e) => e.id)}`);
        for (const e of d.events) assert(e.box.width > 0 && e.box.height > 0 && e.box.x >= d.svg.x - 1 && e.box.x + e.box.width <= d.svg.x + d.svg.width + 1, `${e.id} not on the axis: ${JSON.stringify(e.box)}`);
        assert(d.labels.length === 4 && d.labels.every((l) => l.visible && l.box.width > 20), `labels: ${JSON.stringify(d.labels)}`);
        assert(overlapping(d.labels).length === 0, `labels overlap: ${overlapping(d.labels)}`);
        assert(d.ticks.includes('2000') && d.ticks.includes('2020'), `ticks: ${d.ticks}`);
        assert(d.controls === 'hidden', `zoom buttons: ${d.controls}`);
        assert(d.events.find((e) => e.id === 'kim-jong-un-visits-russia').name === 'Kim Jong Un visits Russia, first summit with Putin, April 2019', 'accessible name');
        assert(!requests.includes(dataPath), 'the dataset was requested');
        await shot(page, `demo-${name}-nojs-1280`);
      } finally {
        await context.close();
      }
    });
  }

  await check('demo/index.html with scripts off at 390 px: the drawing fits the screen', async () => {
    const { page, context } = await open(new URL('demo/index.html', server.url).href, { js: false, width: 390, height: 844, mobile: true });
    try {
      const d = await drawing(page);
      assert(d.events.length === 4 && d.svg.x + d.svg.width <= 390, `svg: ${JSON.stringify(d.svg)}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert(overflow <= 0, `scrolls sideways by ${overflow}px`);
      await shot(page, 'demo-index-nojs-390');
    } finally {
      await context.close();
    }
  });

  await check('axe finds nothing with scripts off: the plain children page, the pre-rendered demo pages', async () => {
    for (const url of [new URL('children-no-script.html', plain.url), new URL('demo/index.html', bare.url), new URL('demo/html.html', bare.url), new URL('demo/phone.html', bare.url)]) {
      const { page, context } = await open(url.href);
      try {
        assert(await page.evaluate(() => !customElements.get('event-timeline')), 'a script ran');
        await axe(page);
      } catch (error) {
        throw new Error(`${url.pathname}: ${error.message}`);
      } finally {
        await context.close();
      }
    }
  });

  console.log('scripts on');
  for (const [width, height, mobile] of [[1280, 900, false], [1100, 800, false], [390, 844, true]]) {
    await check(`demo/index.html at ${width} px: hydrated with no console error and no second request, then interactive at the real width`, async () => {
      const { page, context, problems, requests } = await open(new URL('demo/index.html', server.url).href, { width, height, mobile, before: markServerNodes });
      try {
        await page.waitForFunction(() => document.querySelector('event-timeline')?.hasUpdated && document.querySelector('event-timeline').validEvents.length === 4, undefined, { timeout: 15000 });
        await page.waitForTimeout(300);
        const d = await drawing(page);
        assert(d.svg.fromServer, 'the server’s drawing was replaced, not hydrated');
        assert(d.events.length === 4, `events: ${d.events.length}`);
        const inner = await page.evaluate(() => {
          const el = document.querySelector('event-timeline');
          const s = getComputedStyle(el);
          return Math.floor(el.getBoundingClientRect().width - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - parseFloat(s.borderLeftWidth) - parseFloat(s.borderRightWidth));
        });
        assert(d.svg.drawnAt === inner && Math.abs(d.svg.width - inner) < 1, `drawn at ${d.svg.drawnAt} px in ${inner} px`);
        assert(d.svg.vertical === (width < 600), `vertical: ${d.svg.vertical}`);
        assert(overlapping(d.labels).length === 0, `labels overlap: ${overlapping(d.labels)}`);
        assert(d.controls === 'visible', 'buttons still hidden');
        assert(requests.filter((p) => p === dataPath).length === 0, 'the dataset was requested again');
        assert(problems.length === 0, problems.join('\n'));
        await page.locator('event-timeline [part~="event"][data-id="kim-jong-un-visits-russia"]').click();
        const details = page.locator('event-timeline [part="details"]');
        await details.waitFor({ state: 'visible', timeout: 5000 });
        assert((await details.innerText()).includes('April 2019'), 'details');
        if (width === 1280) await axe(page);
        await shot(page, `demo-index-js-${width}`);
      } finally {
        await context.close();
      }
    });
  }

  await check('demo/html.html: hydrated from its children, which it then follows; axe finds nothing', async () => {
    const { page, context, problems } = await open(new URL('demo/html.html', server.url).href, { before: markServerNodes });
    try {
      await page.waitForFunction(() => document.querySelector('event-timeline')?.validEvents.length === 4, undefined, { timeout: 15000 });
      await page.waitForTimeout(300);
      const d = await drawing(page);
      assert(d.svg.fromServer, 'not hydrated');
      const list = await page.evaluate(() => {
        const el = document.querySelector('event-timeline');
        const r = el.shadowRoot.querySelector('[part~="list"]').getBoundingClientRect();
        return { area: r.width * r.height, slotted: el.shadowRoot.querySelector('slot')?.assignedElements().length, ownList: !!el.shadowRoot.querySelector('[part~="list"] ol') };
      });
      assert(list.area <= 1 && list.slotted === 1 && !list.ownList, `list: ${JSON.stringify(list)}`);
      await page.evaluate(() => document.querySelector('event-timeline ol').insertAdjacentHTML('beforeend', '<li id="added"><time datetime="2010-05">May 2010</time> <strong>Added after hydration</strong></li>'));
      await page.waitForFunction(() => document.querySelector('event-timeline').shadowRoot.querySelector('[data-id="added"]'), undefined, { timeout: 5000 });
      assert(problems.length === 0, problems.join('\n'));
      await axe(page);
      await shot(page, 'demo-html-js-1280');
    } finally {
      await context.close();
    }
  });

  await check('every pre-rendered demo page hydrates with no console error and no request for its data', async () => {
    for (const file of ['dark.html', 'locales.html', 'phone.html']) {
      const { page, context, problems, requests } = await open(new URL(`demo/${file}`, server.url).href, { before: markServerNodes });
      try {
        await page.waitForFunction(() => [...document.querySelectorAll('event-timeline')].every((t) => t.hasUpdated && t.validEvents.length > 0), undefined, { timeout: 15000 });
        await page.waitForTimeout(300);
        const fromServer = await page.evaluate(() => [...document.querySelectorAll('event-timeline')].filter((t) => t.shadowRoot.querySelector('svg.plot')?.dataset.fromServer === 'yes').length);
        const expected = (readFileSync(join(site, 'demo', file), 'utf8').match(/shadowrootmode/g) ?? []).length;
        assert(fromServer === expected, `${file}: ${fromServer} of ${expected} drawings kept`);
        assert(!requests.includes(dataPath), `${file}: the dataset was requested`);
        assert(problems.length === 0, `${file}: ${problems.join('\n')}`);
      } finally {
        await context.close();
      }
    }
  });

  await check('a plain page with children and the standalone file: the timeline replaces the list, which screen readers still get', async () => {
    for (const width of [1280, 390]) {
      const { page, context, problems } = await open(new URL('children.html', plain.url).href, { width });
      try {
        await page.waitForFunction(() => document.querySelector('event-timeline')?.shadowRoot?.querySelectorAll('[part~="event"]').length === 4, undefined, { timeout: 15000 });
        const area = await page.evaluate(() => {
          const r = document.querySelector('event-timeline').shadowRoot.querySelector('[part~="list"]').getBoundingClientRect();
          return r.width * r.height;
        });
        assert(area <= 1, `the list still takes ${area} px²`);
        const texts = await readTexts(page);
        for (const e of article.events) assert(texts.filter((t) => t.includes(e.title)).length === 1, `${e.title} read ${texts.filter((t) => t.includes(e.title)).length} times as text`);
        assert(problems.length === 0, problems.join('\n'));
        await shot(page, `plain-children-js-${width}`);
      } finally {
        await context.close();
      }
    }
  });

  await check('the standalone file hydrates a page rendered by the server; a src the server did not read is loaded once by the browser', async () => {
    const rendered = await open(new URL('rendered.html', plain.url).href, { before: markServerNodes });
    const unread = await open(new URL('unread-src.html', plain.url).href);
    try {
      await rendered.page.waitForFunction(() => document.querySelector('event-timeline')?.hasUpdated, undefined, { timeout: 15000 });
      await rendered.page.waitForTimeout(300);
      assert((await drawing(rendered.page)).svg.fromServer, 'not hydrated');
      assert(!rendered.requests.includes('/article.json'), 'requested again');
      await unread.page.waitForFunction(() => document.querySelector('event-timeline')?.validEvents.length === 4, undefined, { timeout: 15000 });
      assert(unread.requests.filter((p) => p === '/article.json').length === 1, `requests: ${unread.requests}`);
      assert(rendered.problems.length + unread.problems.length === 0, [...rendered.problems, ...unread.problems].join('\n'));
    } finally {
      await rendered.context.close();
      await unread.context.close();
    }
  });
} finally {
  await browser.close();
  await server.close();
  await bare.close();
  await plain.close();
  rmSync(temp, { recursive: true, force: true });
}

finish();
