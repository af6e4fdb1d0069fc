import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { mount, sampleEvents, type TimelineHarness } from '../harness';
import { contrast, over, parseColor } from './support';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Mounts a timeline with every piece on screen: a selection, eras, a cluster, the list, a problem, a tooltip. */
async function everything(theme?: 'light' | 'dark', width = 1000): Promise<TimelineHarness> {
  const crowd = Array.from({ length: 60 }, (_, i) => ({ id: `c${i}`, start: '2012-05-05', title: `Same day ${i}` }));
  const t = await mount({
    width,
    label: 'Everything',
    events: { events: [...sampleEvents, ...crowd, { id: 'bad', start: 'soon', title: 'Bad' }], eras: [{ start: '2001', end: '2008', title: 'An era' }] },
    selected: 'decl',
  });
  if (theme) t.el.theme = theme;
  t.el.showList = true;
  t.el.overview = 'show';
  await t.settle();
  t.event('visit').focus(); // a focus ring and the tooltip
  await t.settle();
  return t;
}

const q = (t: TimelineHarness, selector: string) => {
  const el = t.root.querySelector(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  return getComputedStyle(el);
};

/** Contrast of every kind of text (≥ 4.5 wanted) and of every mark (≥ 3 wanted), from computed colours. */
function ratios(t: TimelineHarness): { text: Record<string, number>; marks: Record<string, number> } {
  const bg = parseColor(getComputedStyle(t.el).backgroundColor);
  const on = (selector: string, prop: 'fill' | 'color' | 'stroke', background = bg) => contrast(q(t, selector)[prop], background);
  const button = q(t, '[part~="zoom-in"]');
  const buttonBg = over(parseColor(button.backgroundColor), bg);
  const tooltip = q(t, '[part~="tooltip"]');
  const problems = q(t, '[part~="problems"]');
  const cluster = over(parseColor(q(t, '[part~="cluster"] rect').fill), bg);
  const overviewBg = over(parseColor(q(t, '.overview-bg').fill), bg);
  return {
    text: {
      heading: on('[part~="heading"]', 'color'),
      label: on('[part~="event"]:not([part~="event--selected"]) [part~="label"]', 'fill'),
      'selected label': on('[part~="event--selected"] [part~="label"]', 'fill'),
      tick: on('[part~="tick"] text', 'fill'),
      'era title': on('.era-title', 'fill'),
      'cluster +N': contrast(q(t, '[part~="cluster"] text').fill, cluster),
      'details text': on('[part~="details"] p:not(.details-date)', 'color'),
      'details date': on('.details-date', 'color'),
      'details field name': on('[part~="details"] dt', 'color'),
      link: on('[part~="details"] a', 'color'),
      button: contrast(button.color, buttonBg),
      tooltip: contrast(tooltip.color, over(parseColor(tooltip.backgroundColor), bg)),
      problems: contrast(q(t, '[part~="problems"] summary').color, over(parseColor(problems.backgroundColor), bg)),
      'list date': on('.list-date', 'color'),
      'list title': on('.list-title', 'color'),
    },
    marks: {
      'point mark': on('[part~="event"]:not([part~="event--selected"]) circle.mark', 'stroke'),
      'selected mark': on('[part~="event--selected"] .mark', 'fill'),
      'span mark (outline)': on('[data-id="decade"] .mark', 'stroke'),
      'approximate mark (outline)': on('[part~="event--approximate"] .mark', 'stroke'),
      'focus ring': on('[data-id="visit"] .hit', 'stroke'),
      'tick mark': on('[part~="tick"] line:not(.gridline)', 'stroke'),
      'cluster outline': on('[part~="cluster"] rect', 'stroke'),
      'overview window': contrast(q(t, '[part~="overview-brush"]').stroke, overviewBg),
    },
  };
}

function expectContrast(r: { text: Record<string, number>; marks: Record<string, number> }, theme: string): void {
  const fmt = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
  console.log(`contrast, ${theme}: text: ${fmt(r.text)}; marks: ${fmt(r.marks)}`);
  for (const [what, ratio] of Object.entries(r.text)) expect(ratio, `${theme}: ${what}`).to.be.at.least(4.5);
  for (const [what, ratio] of Object.entries(r.marks)) expect(ratio, `${theme}: ${what}`).to.be.at.least(3);
}

describe('themes: light and dark, by preference or by the theme attribute', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('is light by default under a light preference', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const t = await mount({ events: sampleEvents });
    expect(getComputedStyle(t.el).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(t.el).colorScheme).to.equal('light');
    expect(t.el.hasAttribute('theme'), 'auto leaves no attribute').to.equal(false);
  });

  it('follows prefers-color-scheme: dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const t = await mount({ events: sampleEvents });
    expect(getComputedStyle(t.el).backgroundColor).to.equal('rgb(13, 17, 23)');
    expect(getComputedStyle(t.el).colorScheme).to.equal('dark');
  });

  it('theme="light" stays light under a dark preference, theme="dark" is dark under a light one', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const light = await mount({ events: sampleEvents });
    light.el.setAttribute('theme', 'light');
    await light.settle();
    expect(light.el.theme).to.equal('light');
    expect(getComputedStyle(light.el).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'light' });
    const dark = await mount({ events: sampleEvents });
    dark.el.theme = 'dark';
    await dark.settle();
    expect(dark.el.getAttribute('theme'), 'the property reflects').to.equal('dark');
    expect(getComputedStyle(dark.el).backgroundColor).to.equal('rgb(13, 17, 23)');
    dark.el.theme = 'auto';
    await dark.settle();
    expect(dark.el.hasAttribute('theme')).to.equal(false);
    expect(getComputedStyle(dark.el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it("a page's own custom properties win over both themes", async () => {
    const t = await mount({ events: sampleEvents });
    t.el.theme = 'dark';
    t.el.style.setProperty('--event-timeline-background', 'rgb(1, 2, 3)');
    await t.settle();
    expect(getComputedStyle(t.el).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(t.el).color).to.equal('rgb(230, 237, 243)');
  });

  it('--event-timeline-mark-size sets the size of point marks, within 6 to 24 px, in both layouts', async () => {
    for (const width of [1000, 390]) {
      const t = await mount({ width, events: sampleEvents });
      expect(t.event('decl').querySelector('circle')!.getAttribute('r')).to.equal('6');
      t.el.style.setProperty('--event-timeline-mark-size', '20px');
      t.el.locale = 'en-GB'; // a new layout
      await t.settle();
      expect(t.event('decl').querySelector('circle')!.getBoundingClientRect().width).to.be.closeTo(20, 0.5);
      t.el.style.setProperty('--event-timeline-mark-size', '80px');
      t.el.locale = 'en-US';
      await t.settle();
      expect(t.event('decl').querySelector('circle')!.getAttribute('r')).to.equal('12');
    }
  });

  it('meets the contrast targets in the light theme (text ≥ 4.5:1, marks ≥ 3:1)', async () => {
    const t = await everything('light');
    expectContrast(ratios(t), 'light');
  });

  it('meets the contrast targets in the dark theme (text ≥ 4.5:1, marks ≥ 3:1)', async () => {
    const t = await everything('dark');
    expectContrast(ratios(t), 'dark');
  });

  it('meets them in the dark theme chosen by preference, and in the vertical layout', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const t = await mount({ width: 390, events: sampleEvents, selected: 'decl' });
    const bg = getComputedStyle(t.el).backgroundColor;
    expect(bg).to.equal('rgb(13, 17, 23)');
    for (const label of t.labels()) expect(contrast(getComputedStyle(label).fill, bg)).to.be.at.least(4.5);
    for (const tick of t.root.querySelectorAll('[part~="tick"] text')) expect(contrast(getComputedStyle(tick).fill, bg)).to.be.at.least(4.5);
    for (const mark of t.root.querySelectorAll('.mark')) expect(contrast(getComputedStyle(mark).stroke, bg)).to.be.at.least(3);
    for (const button of t.root.querySelectorAll('button')) expect(contrast(getComputedStyle(button).color, bg)).to.be.at.least(4.5);
  });

  it('the empty and failed states are readable in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const empty = await mount({ events: [] });
      empty.el.theme = theme;
      await empty.settle();
      const bg = getComputedStyle(empty.el).backgroundColor;
      expect(contrast(getComputedStyle(empty.status()!).color, bg), `${theme} empty`).to.be.at.least(4.5);
      const failed = await mount({ src: '/__fixtures/status?code=500' });
      failed.el.theme = theme;
      await wait(300);
      await failed.settle();
      expect(contrast(getComputedStyle(failed.status()!).color, bg), `${theme} failed`).to.be.at.least(4.5);
    }
  });
});
