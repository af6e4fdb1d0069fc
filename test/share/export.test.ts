/**
 * toSVG() and toPNG() in Chromium: the exported SVG is parsed again and checked for every event,
 * the dataset's title and source, the colours as drawn, and for nothing that could run or load.
 */
import { expect } from '@open-wc/testing';
import { mount, sampleEvents } from '../harness';

const SVG_NS = 'http://www.w3.org/2000/svg';
const ALLOWED = new Set(['svg', 'g', 'rect', 'circle', 'line', 'path', 'text', 'tspan', 'title', 'desc']);

async function article(): Promise<{ title: string; events: { id: string; title: string }[] }> {
  return (await fetch('/data/dprk-russia-2000-2023.json')).json();
}

/** Parses an export as a standalone SVG file and checks it holds nothing that runs or loads. */
export function parseExport(svg: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  expect(root.namespaceURI).to.equal(SVG_NS);
  expect(root.localName).to.equal('svg');
  for (const el of [root, ...root.querySelectorAll('*')]) {
    expect(ALLOWED.has(el.localName) && el.namespaceURI === SVG_NS, `<${el.localName}> (${el.namespaceURI})`).to.equal(true);
    for (const attr of el.getAttributeNames().filter((a) => a !== 'xmlns')) {
      expect(/^on/i.test(attr), `<${el.localName} ${attr}>`).to.equal(false);
      expect(/href|^class$|^style$|^id$|^data-|^part$|^tabindex$/i.test(attr), `<${el.localName} ${attr}>`).to.equal(false);
      expect(/url\(|javascript:|data:|https?:/i.test(el.getAttribute(attr)!), `<${el.localName} ${attr}="${el.getAttribute(attr)}">`).to.equal(false);
    }
  }
  expect(/<script|<foreignObject|<!ENTITY|<\?xml-stylesheet/i.test(svg)).to.equal(false);
  return root;
}

/** Every text of the export (drawn text, titles and descriptions). */
const allText = (root: Element) => [...root.querySelectorAll('text, title, desc')].map((t) => t.textContent ?? '').join('\n');

describe('export: toSVG()', () => {
  it('is a standalone SVG of the whole chronology with title, description, heading and source line', async () => {
    const data = await article();
    const t = await mount({ width: 1000, events: data, locale: 'en-GB' });
    const root = parseExport(await t.el.toSVG());
    expect(root.getAttribute('width')).to.equal('1000');
    expect(root.getAttribute('viewBox')).to.match(/^0 0 1000 \d+$/);
    expect(root.getAttribute('role')).to.equal('img');
    expect(root.firstElementChild!.localName).to.equal('title');
    expect(root.firstElementChild!.textContent).to.equal(data.title);
    const desc = root.querySelector(':scope > desc')!.textContent!;
    expect(desc).to.contain('4 events').and.contain('19 July 2000').and.contain('19 July 2023');
    const drawn = [...root.querySelectorAll(':scope > text')].map((x) => x.textContent);
    expect(drawn[0]).to.equal(data.title);
    expect(drawn[drawn.length - 1]).to.equal('Source: “Traditional DPRK-Russia friendship grows”, 19 July 2023');
    for (const e of data.events) expect(allText(root), e.title).to.contain(e.title);
    // Each event is drawn (a mark and a label) and named in full.
    const named = [...root.querySelectorAll('g > title')].map((x) => x.textContent ?? '');
    for (const e of data.events) expect(named.some((n) => n.startsWith(`${e.title}, `)), e.title).to.equal(true);
    expect(root.querySelectorAll('circle, rect').length).to.be.greaterThan(data.events.length);
  });

  it('draws every event at the fitted view while the element is zoomed in; view "current" draws what is on screen', async () => {
    const data = await article();
    const t = await mount({ width: 900, events: data });
    t.el.zoomTo('2019-01', '2019-12');
    await new Promise((r) => setTimeout(r, 400)); // the transition
    await t.settle();
    const whole = parseExport(await t.el.toSVG());
    for (const e of data.events) expect(allText(whole)).to.contain(e.title);
    const current = parseExport(await t.el.toSVG({ view: 'current' }));
    const labels = [...current.querySelectorAll('g > title')].map((x) => x.textContent ?? '');
    expect(labels.some((l) => l.startsWith('Kim Jong Un visits Russia'))).to.equal(true);
    expect(labels.some((l) => l.startsWith('Kim Jong Il and Putin sign'))).to.equal(false);
  });

  it('lays out for the width asked, vertically below 600 px with orientation auto, or as asked', async () => {
    const data = await article();
    const t = await mount({ width: 1000, events: data });
    const narrow = parseExport(await t.el.toSVG({ width: 390 }));
    expect(narrow.getAttribute('width')).to.equal('390');
    for (const e of data.events) expect(allText(narrow)).to.contain(e.title);
    // Vertical: the time axis runs down, so tick texts share one x and differ in y.
    const ticks = (root: Element) => [...root.querySelectorAll('text[text-anchor="end"]')];
    expect(ticks(narrow).length).to.be.greaterThan(2);
    const wide = parseExport(await t.el.toSVG({ width: 1400 }));
    expect(wide.getAttribute('width')).to.equal('1400');
    expect(ticks(wide).length).to.equal(0);
    const forced = parseExport(await t.el.toSVG({ width: 1400, orientation: 'vertical' }));
    expect(ticks(forced).length).to.be.greaterThan(2);
  });

  it('holds every event of a dense dataset: drawn, or listed in the "+N" cluster that holds it', async () => {
    const events = Array.from({ length: 400 }, (_, i) => ({ id: `e${i}`, start: `2001-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`, title: `Event number ${i}` }));
    const t = await mount({ width: 800, events });
    const root = parseExport(await t.el.toSVG());
    const drawn = [...root.querySelectorAll('g > title')].filter((x) => /^Event number \d+, /.test(x.textContent ?? ''));
    const clustered = [...root.querySelectorAll('g > desc')].flatMap((d) => (d.textContent ?? '').split('; '));
    const badges = [...root.querySelectorAll('g > text')].map((x) => x.textContent ?? '').filter((x) => /^\+\d+$/.test(x));
    expect(badges.length).to.be.greaterThan(0);
    expect(badges.reduce((n, b) => n + Number(b.slice(1)), 0)).to.equal(clustered.length);
    expect(drawn.length + clustered.length).to.equal(400);
    const text = allText(root);
    for (const e of events) expect(text).to.contain(`${e.title},`);
  });

  it('resolves styles inline: the theme colours as shown, the font, no class or style attribute', async () => {
    const t = await mount({ width: 800, events: sampleEvents });
    t.el.theme = 'dark';
    await t.settle();
    const root = parseExport(await t.el.toSVG());
    expect(root.querySelector(':scope > rect')!.getAttribute('fill')).to.equal('#0d1117');
    expect(root.getAttribute('font-family')).to.contain('system-ui');
    const heading = root.querySelector(':scope > text')!;
    expect(heading.getAttribute('fill'), 'the heading in the text colour').to.equal('#e6edf3');
    const label = [...root.querySelectorAll('text')].find((x) => x.textContent === 'Anniversary')!;
    expect(label.getAttribute('fill')).to.equal('#e6edf3');
    expect(label.getAttribute('font-size')).to.equal('13px');
    const mark = root.querySelector('circle')!;
    expect(mark.getAttribute('fill')).to.equal('#4493f8');
    // The approximate span is dashed and fainter, as on screen.
    expect([...root.querySelectorAll('rect[stroke-dasharray]')].length).to.be.greaterThan(0);
    t.el.style.setProperty('--event-timeline-accent-color', '#00aa55');
    t.el.theme = 'light';
    await t.settle();
    const light = parseExport(await t.el.toSVG());
    expect(light.querySelector(':scope > rect')!.getAttribute('fill')).to.equal('#ffffff');
    expect(light.querySelector('circle')!.getAttribute('fill')).to.equal('#00aa55');
  });

  it('right to left: the plot is mirrored and each text mirrored back in its box, as on screen', async () => {
    const t = await mount({ width: 800, events: sampleEvents, locale: 'ar' });
    const root = parseExport(await t.el.toSVG());
    const plot = root.querySelector(':scope > g')!;
    expect(plot.getAttribute('transform')).to.match(/scale\(-1 1\)$/);
    const texts = [...plot.querySelectorAll('text')];
    expect(texts.length).to.be.greaterThan(0);
    for (const x of texts) expect(x.getAttribute('transform')).to.match(/^matrix\(-1 0 0 1 [\d.]+ 0\)$/);
  });

  it('an SVG image of the export shows the chronology (it renders, at its size)', async () => {
    const t = await mount({ width: 700, events: sampleEvents });
    const svg = await t.el.toSVG();
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    await image.decode();
    expect(image.naturalWidth).to.equal(700);
    expect(image.naturalHeight).to.equal(Number(parseExport(svg).getAttribute('height')));
  });

  it('rejects bad options and a timeline with nothing to export, with a clear message', async () => {
    const t = await mount({ width: 700, events: sampleEvents });
    for (const options of [{ width: -5 }, { width: Number.NaN }, { view: 'all' }, { orientation: 'diagonal' }]) {
      let error: unknown;
      await t.el.toSVG(options as never).catch((e) => (error = e));
      expect(error, JSON.stringify(options)).to.be.instanceOf(RangeError);
    }
    let scaleError: unknown;
    await t.el.toPNG({ scale: 0 }).catch((e) => (scaleError = e));
    expect(scaleError).to.be.instanceOf(RangeError);
    const empty = await mount({ width: 700, events: [] });
    let error: unknown;
    await empty.el.toSVG().catch((e) => (error = e));
    expect(String(error)).to.contain('no events to export');
  });
});

describe('export: toPNG()', () => {
  it('resolves to a PNG Blob drawn from the SVG at scale 2 (default) or as asked', async () => {
    const t = await mount({ width: 640, events: sampleEvents });
    const svg = parseExport(await t.el.toSVG());
    const height = Number(svg.getAttribute('height'));
    const png = await t.el.toPNG();
    expect(png.type).to.equal('image/png');
    const bytes = new Uint8Array(await png.slice(0, 8).arrayBuffer());
    expect([...bytes]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([1280, height * 2]);
    const one = await createImageBitmap(await t.el.toPNG({ scale: 1, width: 500 }));
    expect(one.width).to.equal(500);
    // Not blank: the marks and text are drawn in colours other than the background.
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 97) colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
    expect(colours.size).to.be.greaterThan(5);
    expect([pixels[0], pixels[1], pixels[2], pixels[3]]).to.deep.equal([255, 255, 255, 255]);
  });
});
