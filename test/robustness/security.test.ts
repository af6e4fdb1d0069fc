import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { mount, settle, type TimelineHarness } from '../harness';
import { safeUrl } from '../../src/model/url';
import { sleep, waitFor } from './support';

declare global {
  interface Window {
    __xss?: string[];
  }
}

/** Markup and script that would set window.__xss if anything ever ran it. */
const payloads = [
  `<img src=x onerror="(window.__xss=window.__xss||[]).push('img')">`,
  `<script>(window.__xss=window.__xss||[]).push('script')</script>`,
  `<svg onload="(window.__xss=window.__xss||[]).push('svg')"></svg>`,
  `"><img src=x onerror="(window.__xss=window.__xss||[]).push('attr')">`,
  `</text><script>(window.__xss=window.__xss||[]).push('text')</script><text>`,
  `<iframe srcdoc="<script>parent.__xss=['iframe']</script>"></iframe>`,
  `<a href="javascript:(window.__xss=window.__xss||[]).push('a')">x</a>`,
  `{{constructor.constructor('window.__xss=["tpl"]')()}}`,
  `<!--<img src=x onerror="window.__xss=['comment']">-->`,
  `<style>*{display:none}</style>`,
];

const hrefs = [
  `javascript:(window.__xss=window.__xss||[]).push('href')`,
  ` JaVaScRiPt:window.__xss=['case']`,
  `java\tscript:window.__xss=['tab']`,
  `\u0000javascript:window.__xss=['nul']`,
  `data:text/html,<script>parent.__xss=['data']</script>`,
  `vbscript:msgbox(1)`,
  `https://example.org/?q=<script>`,
];

function hostileEvents(text = (p: string) => p) {
  return payloads.map((raw) => text(raw)).map((p, i) => ({
    id: `${p}-${i}`,
    start: `20${String(10 + i).padStart(2, '0')}`,
    title: p,
    description: p,
    place: p,
    category: p,
    displayDate: p,
    people: [p, p],
    links: hrefs.map((href) => ({ href, label: p })),
    source: { paragraph: 1, note: p },
  }));
}

/** Tag names of every element in a tree, as counts. */
function elementCounts(root: ParentNode): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const el of root.querySelectorAll('*')) counts[el.localName] = (counts[el.localName] ?? 0) + 1;
  return counts;
}

function assertNothingInjected(t: TimelineHarness) {
  for (const tag of ['img', 'script', 'iframe', 'style', 'object', 'embed', 'foreignObject', 'a[href^="javascript" i]']) {
    expect(t.root.querySelector(tag), `no ${tag} from user text`).to.equal(null);
  }
  for (const el of t.root.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `<${el.localName} ${attr}>`).to.equal(false);
  }
  for (const a of t.root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    expect(['http:', 'https:', 'mailto:'], a.href).to.include(new URL(a.href).protocol);
    expect(a.rel).to.equal('noopener noreferrer');
    expect(a.target).to.equal('_blank');
  }
}

describe('robustness: hostile text is shown as text, never run', () => {
  beforeEach(() => {
    delete window.__xss;
  });

  it('renders titles, descriptions, places, people, ids, notes and links carrying markup as text', async () => {
    // The same events with harmless text draw the same elements: markup in text adds none.
    const plain = await mount({ width: 1600, events: { title: 'Plain', events: hostileEvents((p) => `plain ${p.length}`) } });
    const events = hostileEvents();
    const t = await mount({ width: 1600, events: { title: payloads[0], events } });
    expect(t.events()).to.have.length(payloads.length);
    expect(t.clusters()).to.have.length(0);
    expect(plain.clusters()).to.have.length(0);
    expect(elementCounts(t.root)).to.deep.equal(elementCounts(plain.root));
    // Every title is on screen (as a label or its accessible name), character for character.
    for (const e of events) expect(t.event(e.id).getAttribute('aria-label')).to.contain(e.title);
    expect(t.root.querySelector('h2')!.textContent).to.equal(payloads[0]);
    assertNothingInjected(t);
    // Open each event's details: its text is shown as it was written.
    for (const e of events) {
      t.el.selected = e.id;
      await t.settle();
      const details = t.details()!;
      expect(details.querySelector('h3')!.textContent).to.equal(e.title);
      expect(details.textContent).to.contain(e.description);
      expect(details.textContent).to.contain(`${e.people[0]}, ${e.people[1]}`);
      const links = [...details.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/?q=<script>']);
      expect(links[0].textContent).to.equal(e.title);
      assertNothingInjected(t);
    }
    t.el.selected = null;
    await t.settle();
    // Open the problems (they quote the refused links back).
    const problems = t.problems()!;
    expect(problems.textContent).to.contain('javascript:');
    problems.querySelector('summary')!.click();
    await t.settle();
    assertNothingInjected(t);
    plain.el.selected = null;
    (plain.problems()!.querySelector('summary') as HTMLElement).click();
    await plain.settle();
    expect(elementCounts(t.root), 'the same elements as with harmless text').to.deep.equal(elementCounts(plain.root));
    await sleep(300);
    expect(window.__xss).to.equal(undefined);
  });

  it('renders markup in problem messages as text (bad ids, dates and titles are quoted back)', async () => {
    const t = await mount({
      events: [
        { id: payloads[0], start: payloads[1], title: payloads[2] },
        { id: 5, start: '2001', title: payloads[3] },
        { id: 'ok', start: '2001', end: payloads[1], title: 'ok' },
      ],
    });
    (t.problems()!.querySelector('summary') as HTMLElement).click();
    await t.settle();
    expect(t.problems()!.textContent).to.contain('<script>');
    assertNothingInjected(t);
    await sleep(200);
    expect(window.__xss).to.equal(undefined);
  });

  it('renders a hostile dataset loaded through src as text', async () => {
    // Small enough for a URL (the server refuses request lines over 16 KB).
    const events = payloads.map((p, i) => ({ id: `${p}-${i}`, start: `20${10 + i}`, title: p, description: p, links: [{ href: hrefs[i % hrefs.length], label: p }] }));
    const body = JSON.stringify({ title: payloads[1], events });
    const encoded = btoa(unescape(encodeURIComponent(body))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const t = await mount({ width: 900 });
    t.el.src = `/__fixtures/json?b=${encoded}`;
    await waitFor(() => t.events().length === payloads.length, 'the hostile dataset');
    await t.settle();
    expect(t.root.querySelector('h2')!.textContent).to.equal(payloads[1]);
    t.el.selected = t.events()[0].dataset.id!;
    await t.settle();
    assertNothingInjected(t);
    await sleep(200);
    expect(window.__xss).to.equal(undefined);
  });

  it('finds an event whose id is full of selector syntax (focus and selection use escaped ids)', async () => {
    const id = `"]) , * [x="y\\" </script>`;
    const t = await mount({ events: [{ id, start: '2001', title: 'Odd id' }, { id: 'b', start: '2002', title: 'B' }] });
    await t.clickEvent(id);
    expect(t.el.selected).to.equal(id);
    expect(t.details()!.querySelector('h3')!.textContent).to.equal('Odd id');
  });
});

describe('robustness: links', () => {
  it('safeUrl keeps exactly the URLs the browser reads as http:, https: or mailto: (property)', () => {
    const piece = fc.constantFrom(
      'javascript', 'JavaScript', 'java\tscript', 'java\nscript', 'data', 'vbscript', 'http', 'https', 'mailto', 'file', 'blob', 'about',
      ':', '//', '/', '\\', '\u0000', '\u0001', ' ', '\t', '\n', '\u00a0', '\ufeff', '#', '?', '%0a', '&colon;', 'a', 'x.y', 'alert(1)', '@',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('')), (href) => {
        const kept = safeUrl(href);
        if (kept === undefined) return;
        let protocol: string;
        try {
          protocol = new URL(kept, 'https://host.example/page').protocol;
        } catch {
          return; // not a URL at all: an <a> with it goes nowhere
        }
        expect(['http:', 'https:', 'mailto:'], JSON.stringify(href)).to.include(protocol);
      }),
      { seed: 6, numRuns: 3000 },
    );
  });

  it('opens safe links in a new tab without opener or referrer', async () => {
    const t = await mount({
      events: [{ id: 'a', start: '2001', title: 'A', links: [{ href: 'https://example.org', label: 'x' }, { href: 'mailto:a@b.c' }, { href: 'notes.html' }] }],
      selected: 'a',
    });
    const links = [...t.details()!.querySelectorAll('a')];
    expect(links).to.have.length(3);
    for (const a of links) {
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(a.getAttribute('target')).to.equal('_blank');
    }
  });
});

describe('robustness: the host page is left alone', () => {
  it('host page styles for text, svg and * do not reach inside the element', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .hostile-page * { display: none !important; fill: red !important; color: red !important; }
      text, rect, circle, g, svg, li, details, section, h2, h3, button { display: none !important; fill: red !important; visibility: hidden !important; }
    `;
    document.head.append(style);
    try {
      const page = await fixture<HTMLDivElement>(html`<div class="hostile-page-wrapper" style="width:700px"></div>`);
      const el = document.createElement('event-timeline');
      el.events = [...[{ id: 'a', start: '2001', title: 'A' }, { id: 'b', start: '2003', title: 'B' }], { id: 'bad', title: 'x' }];
      el.selected = 'a';
      page.append(el);
      await settle(el);
      const root = el.shadowRoot!;
      const label = root.querySelector('[part~="label"]')!;
      expect(getComputedStyle(label).fill).to.not.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(label).display).to.not.equal('none');
      expect(getComputedStyle(root.querySelector('svg')!).display).to.equal('block');
      expect(getComputedStyle(root.querySelector('[part~="details"]')!).display).to.not.equal('none');
      expect(getComputedStyle(root.querySelector('[part~="problems"]')!).visibility).to.equal('visible');
      expect(label.getBoundingClientRect().width).to.be.greaterThan(0);
    } finally {
      style.remove();
    }
  });

  it('adds no <style>, <script> or stylesheet to the document, and no global', async () => {
    const headBefore = [...document.head.children];
    const bodyCodeBefore = document.querySelectorAll('body style, body script, body link').length;
    const sheetsBefore = document.adoptedStyleSheets.length;
    const styleSheetsBefore = document.styleSheets.length;
    const globalsBefore = new Set(Object.keys(window));
    const t = await mount({ events: [{ id: 'a', start: '2001', title: 'A' }], selected: 'a' });
    t.el.src = '/__fixtures/dataset?title=X';
    await waitFor(() => t.events().length === 3, 'the dataset');
    expect([...document.head.children]).to.deep.equal(headBefore);
    expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
    expect(document.styleSheets.length).to.equal(styleSheetsBefore);
    expect(document.querySelectorAll('body style, body script, body link').length).to.equal(bodyCodeBefore);
    expect(t.container.children.length).to.equal(1);
    const added = Object.keys(window).filter((k) => !globalsBefore.has(k) && k !== '__xss');
    expect(added).to.deep.equal([]);
  });
});

describe('robustness: the source never builds HTML from strings', () => {
  it('no unsafeHTML, unsafeSVG, innerHTML, outerHTML, insertAdjacentHTML, document.write, eval or Function in src/', async () => {
    const files: string[] = await (await fetch('/__fixtures/source-files')).json();
    const code = files.filter((f) => /\.(ts|js)$/.test(f));
    expect(code.length).to.be.greaterThan(10);
    expect(code).to.include('src/event-timeline.component.ts');
    const forbidden = /\bunsafe(HTML|SVG|Static|MathML)\b|\.innerHTML\b|\.outerHTML\b|\binsertAdjacentHTML\b|\bdocument\.write(ln)?\b|\beval\s*\(|\bnew\s+Function\s*\(|\bcreateContextualFragment\b|\bsetHTMLUnsafe\b|\bparseHTMLUnsafe\b/;
    const offenders: string[] = [];
    for (const file of code) {
      // The dev server compiles TypeScript as the browser gets it: comments are gone, code stays.
      const text = await (await fetch(`/${file}`)).text();
      expect(text.length, file).to.be.greaterThan(0);
      const hit = forbidden.exec(text);
      if (hit) offenders.push(`${file}: ${hit[0]}`);
    }
    expect(offenders).to.deep.equal([]);
  });
});

describe('robustness: hostile text in exports stays text', () => {
  beforeEach(() => {
    delete window.__xss;
  });

  it('toSVG() of hostile events: no script, no handler, no foreign element, no link; every payload only as text', async () => {
    const events = hostileEvents();
    const t = await mount({ width: 1600, events: { title: payloads[4], source: { title: payloads[1], url: hrefs[0] }, events } });
    for (const options of [{}, { width: 400 }, { view: 'current' as const }]) {
      const svg = await t.el.toSVG(options);
      // Markup in user text is escaped: no tag or comment opens where a payload had one.
      expect(/<script|<foreignObject|<iframe|<img|<a[\s>]|<style|<!--/i.test(svg)).to.equal(false);
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const allowed = new Set(['svg', 'g', 'rect', 'circle', 'line', 'path', 'text', 'tspan', 'title', 'desc']);
      const texts: string[] = [];
      for (const el of [doc.documentElement, ...doc.documentElement.querySelectorAll('*')]) {
        expect(allowed.has(el.localName) && el.namespaceURI === 'http://www.w3.org/2000/svg', el.localName).to.equal(true);
        for (const attr of el.getAttributeNames()) {
          expect(/^on|href|^style$|^class$/i.test(attr), `<${el.localName} ${attr}>`).to.equal(false);
          for (const p of payloads) expect(el.getAttribute(attr)!.includes(p), `payload in <${el.localName} ${attr}>`).to.equal(false);
        }
        if (el.children.length === 0) texts.push(el.textContent ?? '');
      }
      // The payloads are there, character for character, as text: the title, and each event's name.
      const text = texts.join('\n');
      expect(text).to.contain(payloads[4]);
      for (const e of events) expect(text, e.title).to.contain(e.title);
      // Shown as an image, and as a document of its own: nothing runs.
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      await image.decode();
      const frame = document.createElement('iframe');
      frame.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      document.body.append(frame);
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      frame.remove();
    }
    const png = await t.el.toPNG({ scale: 1 });
    expect(png.type).to.equal('image/png');
    await sleep(300);
    expect(window.__xss).to.equal(undefined);
  });
});
