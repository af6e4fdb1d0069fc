// Links, downloads and print on the built demo (dist-demo/) and on a page made with the standalone
// file, in headless Chromium: `url-state` with real history and a real clipboard, the Download menu's
// real files, and printing through Chromium's PDF output (`page.pdf()`), read back with poppler's
// `pdftotext` (text with boxes) and `pdfinfo`. Prints `N passed, N failed`; exits 1 on failure.
// `npm run test:e2e` builds what it needs; .ci/run installs poppler-utils when pdftotext is missing.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
for (const tool of ['pdftotext', 'pdfinfo']) {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
  } catch {
    console.error(`${tool} is missing: install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils).`);
    process.exit(1);
  }
}
const executablePath = requireBrowser();

const work = mkdtempSync(join(tmpdir(), 'event-timeline-share-'));
const browser = await chromium.launch({ executablePath, args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
const server = await serveFolder(site);

/** A page that records errors; `problems` lists them. */
async function newPage(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, locale: 'en-GB', timezoneId: 'America/Los_Angeles', acceptDownloads: true, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console error: ${msg.text()}`));
  return { page, context, problems };
}

const drawn = (page) =>
  page.waitForFunction(() => [...document.querySelectorAll('event-timeline')].every((t) => t.shadowRoot?.querySelector('[part~="event"]')), undefined, { timeout: 15000 });

/** The PDF of the page as Chromium prints it, with its pages' words (text and box) from pdftotext. */
async function printed(page, name, options = {}) {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' }, ...options }));
  const info = execFileSync('pdfinfo', [file]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  const html = execFileSync('pdftotext', ['-bbox', file, '-']).toString();
  const sheets = [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
    words: [...m[3].matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((w) => ({
      x0: Number(w[1]), y0: Number(w[2]), x1: Number(w[3]), y1: Number(w[4]), text: w[5],
    })),
  }));
  return { file, pages, text, flat: text.replace(/\s+/g, ' '), sheets };
}

/** Inside the element while it prints (print media emulated): the slices and their labels. */
const printState = (page, selector = 'event-timeline') =>
  page.locator(selector).first().evaluate((el) => {
    const slices = [...el.shadowRoot.querySelectorAll('.print-slice svg')];
    return {
      root: el.shadowRoot.querySelector('.root')?.className,
      slices: slices.map((svg) => ({
        height: Number(svg.getAttribute('height')),
        labels: [...svg.querySelectorAll('[part~="label"]')].filter((t) => t.textContent).map((t) => {
          const b = t.getBBox();
          return { text: t.textContent, top: b.y, bottom: b.y + b.height };
        }),
      })),
      listItems: el.shadowRoot.querySelectorAll('.print-list li').length,
      labelFill: getComputedStyle(el.shadowRoot.querySelector('.print [part~="label"]') ?? el).fill,
      frameShown: getComputedStyle(el.shadowRoot.querySelector('.frame')).display,
    };
  });

try {
  // ---- print ----------------------------------------------------------------------------------
  await check('printing the article demo prints the timeline itself (vertical, whole), then every event in a list', async () => {
    const { page, context, problems } = await newPage();
    try {
      await page.goto(new URL('demo/index.html', server.url).href);
      await drawn(page);
      // The print code loads when the page is idle: wait for an idle moment, then for it to arrive
      // (a busy machine gives the first idle moment late).
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300), { timeout: 5000 })));
      const pdf = await printed(page, 'article');
      assert(pdf.pages >= 1, `${pdf.pages} pages`);
      for (const e of article.events) assert(pdf.flat.includes(e.title), `"${e.title}" is not in the PDF's text`);
      // The plot is there: its axis years, and each title twice (label and list), short ones whole.
      for (const year of ['2005', '2010', '2015', '2020']) assert(pdf.flat.includes(year), `no axis tick ${year} in the PDF`);
      const anniversary = article.events.find((e) => e.id === 'joint-declaration-anniversary-2023').title.split(' ')[0];
      assert(pdf.flat.split(anniversary).length - 1 >= 2, `"${anniversary}" is printed once: the plot's labels are missing`);
      assert(pdf.flat.includes('All 4 events in time order'), 'the list heading is missing');
      assert(!/Zoom in|Download|Show all events|\bList\b/.test(pdf.flat), 'controls were printed');
      // Back on screen: the live plot again, no printed copy left.
      const after = await printState(page);
      assert(after.slices.length === 0 && after.frameShown !== 'none' && !/printing/.test(after.root), JSON.stringify(after));
      assert(problems.length === 0, problems.join('\n'));
    } finally {
      await context.close();
    }
  });

  await check('a long chronology flows over pages: slices cut between events, no text cut at a page edge, every title printed', async () => {
    copyFileSync(standalone, join(work, 'event-timeline.standalone.js'));
    cpSync(join(root, 'dist', 'standalone'), join(work, 'standalone'), { recursive: true });
    const words = ['treaty', 'summit', 'visit', 'talks', 'agreement', 'exchange', 'delegation', 'forum'];
    const events = Array.from({ length: 160 }, (_, i) => ({
      id: `e${i}`,
      start: `${1950 + Math.floor(i / 4)}-${String((i % 12) + 1).padStart(2, '0')}`,
      title: `Event ${i}: a ${words[i % 8]} ${i % 3 === 0 ? 'with a much longer title that wraps onto more than one line in the vertical layout' : 'in brief'}`,
    }));
    writeFileSync(join(work, 'long.json'), JSON.stringify({ title: 'A long chronology', source: { title: 'Generated', date: '2024-05' }, events }));
    writeFileSync(
      join(work, 'long.html'),
      `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>long</title><link rel="icon" href="data:,">
<script type="module" src="./event-timeline.standalone.js"></script>
<h1>Printed chronology</h1><event-timeline src="./long.json" theme="dark"></event-timeline></html>`,
    );
    const local = await serveFolder(work);
    const { page, context, problems } = await newPage();
    try {
      await page.goto(new URL('long.html', local.url).href);
      await drawn(page);
      await page.waitForTimeout(300);
      await page.emulateMedia({ media: 'print' });
      await page.waitForFunction(() => document.querySelector('event-timeline').shadowRoot.querySelector('.print-slice'));
      const state = await printState(page);
      assert(/root--printing/.test(state.root), `not in print mode: ${state.root}`);
      assert(state.slices.length >= 3, `${state.slices.length} slices`);
      assert(state.frameShown === 'none', 'the live plot is printed too');
      assert(state.listItems === events.length, `${state.listItems} list items`);
      assert(state.labelFill === 'rgb(31, 35, 40)', `labels print in ${state.labelFill} (dark theme colours on paper)`);
      const labels = state.slices.flatMap((s) => s.labels);
      for (const s of state.slices) {
        assert(s.height <= 640, `a slice ${s.height}px tall`);
        for (const l of s.labels) assert(l.top >= 0 && l.bottom <= s.height, `label "${l.text}" cut by its slice (${l.top}–${l.bottom} of ${s.height})`);
      }
      const labelled = new Set(labels.map((l) => /^Event (\d+):/.exec(l.text)?.[1]).filter(Boolean));
      assert(labelled.size === events.length, `${labelled.size} of ${events.length} events are labelled in the printed plot (no "+N" in print)`);
      await page.emulateMedia({ media: null }); // 'screen' would stay forced while printing
      const pdf = await printed(page, 'long');
      assert(pdf.pages >= 4, `${pdf.pages} pages`);
      for (const e of events) assert(pdf.flat.includes(e.title), `"${e.title}" is not in the PDF's text`);
      // No text crosses a page's edge: every word lies within its page (a label cut by a page
      // break would stick out of one page's box), and the slices' labels reach several pages.
      let plotWords = 0;
      for (const [n, sheet] of pdf.sheets.entries()) {
        for (const w of sheet.words) {
          assert(w.y0 >= 0 && w.y1 <= sheet.height && w.x0 >= 0 && w.x1 <= sheet.width, `page ${n + 1}: "${w.text}" crosses the page edge (${w.y0}–${w.y1} of ${sheet.height})`);
          if (/^\d{4}$/.test(w.text)) plotWords++;
        }
      }
      assert(plotWords >= 20, `only ${plotWords} axis years printed`);
      assert(problems.length === 0, problems.join('\n'));
    } finally {
      await context.close();
      await local.close();
    }
  });

  // ---- links ----------------------------------------------------------------------------------
  await check('url-state on the article demo: a selection goes to the URL, Back and Forward restore it, a link opens it', async () => {
    const { page, context, problems } = await newPage();
    try {
      const url = new URL('demo/index.html', server.url).href;
      await page.goto(url);
      await drawn(page);
      await page.locator('event-timeline [part~="event"][data-id="kim-jong-un-visits-russia"]').click();
      await page.waitForFunction(() => location.hash === '#timeline=event:kim-jong-un-visits-russia');
      await page.locator('event-timeline [part~="event"][data-id="joint-declaration-signed"]').click();
      await page.waitForFunction(() => location.hash === '#timeline=event:joint-declaration-signed');
      await page.goBack();
      await page.waitForFunction(() => document.querySelector('event-timeline').selected === 'kim-jong-un-visits-russia');
      const details = await page.locator('event-timeline [part="details"]').innerText();
      assert(details.includes('Kim Jong Un visits Russia'), `details after Back: ${details}`);
      await page.goForward();
      await page.waitForFunction(() => document.querySelector('event-timeline').selected === 'joint-declaration-signed');
      // A link opened in a new page, scrolled far down first: the event is selected, its details open, the element in view.
      const other = await context.newPage();
      await other.setViewportSize({ width: 1100, height: 500 });
      await other.goto(`${url}#timeline=event:joint-declaration-anniversary-2023`);
      await drawn(other);
      await other.waitForFunction(() => document.querySelector('event-timeline').selected === 'joint-declaration-anniversary-2023');
      const text = await other.locator('event-timeline [part="details"]').innerText();
      assert(text.includes(article.events[3].title), `details: ${text}`);
      assert(problems.length === 0, problems.join('\n'));
    } finally {
      await context.close();
    }
  });

  await check('Copy link puts the link to the event on the clipboard', async () => {
    const { page, context } = await newPage();
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
      await page.goto(new URL('demo/index.html#intro', server.url).href);
      await drawn(page);
      await page.locator('event-timeline [part~="event"][data-id="kim-jong-un-visits-russia"]').click();
      await page.locator('event-timeline [part="copy-link"]').click();
      await page.waitForFunction(() => document.querySelector('event-timeline').shadowRoot.querySelector('[part="copy-link"]').textContent.includes('Link copied'));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert(copied === new URL('demo/index.html#intro&timeline=event:kim-jong-un-visits-russia', server.url).href, `clipboard: ${copied}`);
    } finally {
      await context.close();
    }
  });

  await check('without clipboard permission, Copy link shows the link selected in a field', async () => {
    const { page, context } = await newPage();
    try {
      await page.goto(new URL('demo/index.html', server.url).href);
      await drawn(page);
      await page.evaluate(() => {
        // A browser that refuses both ways of copying (the test browser may allow the older one).
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
        document.execCommand = () => false;
      });
      await page.locator('event-timeline [part~="event"][data-id="kim-jong-un-visits-russia"]').click();
      await page.locator('event-timeline [part="copy-link"]').click();
      const field = page.locator('event-timeline .link-field');
      await field.waitFor({ timeout: 5000 });
      const value = await field.inputValue();
      assert(value.endsWith('#timeline=event:kim-jong-un-visits-russia'), `field: ${value}`);
      const selected = await field.evaluate((input) => [input.selectionStart, input.selectionEnd, input.value.length, input.getRootNode().activeElement === input]);
      assert(selected[0] === 0 && selected[1] === selected[2] && selected[3], `selection: ${selected}`);
    } finally {
      await context.close();
    }
  });

  // ---- downloads ------------------------------------------------------------------------------
  await check('the Download menu saves an SVG and a PNG named after the dataset title', async () => {
    const { page, context, problems } = await newPage();
    try {
      await page.goto(new URL('demo/index.html', server.url).href);
      await drawn(page);
      await page.locator('event-timeline [part="download"]').click();
      const options = page.locator('event-timeline [part="download-option"]');
      assert((await options.count()) === 2, 'two formats offered');
      const focused = await page.evaluate(() => document.querySelector('event-timeline').shadowRoot.activeElement?.textContent);
      assert(focused === 'SVG image', `focus in the open menu: ${focused}`);
      await page.keyboard.press('Escape');
      assert((await options.count()) === 0, 'Escape closes the menu');
      const files = {};
      for (const [format, label] of [['svg', 'SVG image'], ['png', 'PNG image']]) {
        await page.locator('event-timeline [part="download"]').click();
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`event-timeline [part="download-option"]:has-text("${label}")`).click()]);
        const path = join(work, download.suggestedFilename());
        await download.saveAs(path);
        files[format] = { name: download.suggestedFilename(), path };
      }
      assert(files.svg.name === 'DPRK-Russia-relations,-2000-2023.svg', files.svg.name);
      assert(files.png.name === 'DPRK-Russia-relations,-2000-2023.png', files.png.name);
      const svg = readFileSync(files.svg.path, 'utf8');
      assert(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), svg.slice(0, 80));
      for (const e of article.events) assert(svg.includes(e.title), `"${e.title}" not in the SVG file`);
      const png = readFileSync(files.png.path);
      assert(png.subarray(1, 4).toString() === 'PNG', 'not a PNG');
      const width = png.readUInt32BE(16);
      const boxWidth = await page.locator('event-timeline').evaluate((el) => Math.floor(el.getBoundingClientRect().width - 32 - 2));
      assert(width === boxWidth * 2, `PNG ${width} px wide, element ${boxWidth} px`);
      assert(problems.length === 0, problems.join('\n'));
    } finally {
      await context.close();
    }
  });
} finally {
  await browser.close();
  await server.close();
  if (!process.env.KEEP_SHARE_E2E) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}

finish();
