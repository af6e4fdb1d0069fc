import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { settle, TimelineHarness } from '../harness';

const article = '/data/dprk-russia-2000-2023.json';

/** The element's HTML from `event-timeline/ssr` (in the test runner's Node process). */
const serverHtml = (options: Record<string, unknown>) => executeServerCommand<string, Record<string, unknown>>('ssr-render', options);

/** Puts server-rendered HTML into a container `width` px wide, parsed as a page is (declarative shadow root). */
async function place(markup: string, width: number): Promise<{ t: TimelineHarness; serverSvg: SVGSVGElement }> {
  const container = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  container.setHTMLUnsafe(markup);
  const el = container.querySelector('event-timeline')!;
  const serverSvg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.plot')!;
  expect(serverSvg, 'the server drew the timeline').to.exist;
  await settle(el);
  return { t: new TimelineHarness(el, container), serverSvg };
}

/** Console warnings and errors while `run` runs. */
async function console_(run: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const { warn, error } = console;
  console.warn = (...a: unknown[]) => said.push(`warn ${a.join(' ')}`);
  console.error = (...a: unknown[]) => said.push(`error ${a.join(' ')}`);
  try {
    await run();
  } finally {
    Object.assign(console, { warn, error });
  }
  return said;
}

describe('hydration: the browser takes over what the server drew', () => {
  it('keeps the server’s nodes, fetches nothing, and becomes interactive', async () => {
    const markup = await serverHtml({ width: 800, attributes: { src: article, label: 'Article' }, lang: 'en-GB' });
    performance.clearResourceTimings();
    let t!: TimelineHarness;
    let serverSvg!: SVGSVGElement;
    const said = await console_(async () => void ({ t, serverSvg } = await place(markup, 800)));
    expect(said).to.deep.equal([]);
    expect(t.svg() === serverSvg, 'the server’s svg is kept').to.equal(true);
    expect(t.root.querySelectorAll('svg.plot')).to.have.length(1);
    expect(t.events().map((g) => g.dataset.id)).to.have.members(['joint-declaration-signed', 'ties-strengthened-2000-2023', 'kim-jong-un-visits-russia', 'joint-declaration-anniversary-2023']);
    expect(performance.getEntriesByType('resource').filter((e) => e.name.endsWith(article))).to.deep.equal([]);
    // Interactive: a click selects, as in any timeline.
    const selected = t.next<{ id: string }>('timeline-select');
    await t.clickEvent('kim-jong-un-visits-russia');
    expect((await selected).detail.id).to.equal('kim-jong-un-visits-russia');
    expect(t.details()!.textContent).to.contain('April 2019');
    // Measured with a canvas once hydrated: the server state is gone from the DOM.
    expect(t.root.querySelector('[data-ssr]') === null, 'no server state left').to.equal(true);
  });

  it('drawn at the server’s width, then at the real one (and vertical below 600 px)', async () => {
    const markup = await serverHtml({ width: 900, events: [{ id: 'a', start: '2001', title: 'A' }, { id: 'b', start: '2010-05', title: 'B' }] });
    let wide!: Awaited<ReturnType<typeof place>>;
    const said = await console_(async () => void (wide = await place(markup, 700)));
    expect(said).to.deep.equal([]);
    expect(wide.t.svg() === wide.serverSvg, 'the server’s svg is kept').to.equal(true);
    expect(wide.t.svg()!.getAttribute('width')).to.equal('700');
    const narrow = await place(markup, 390);
    expect(narrow.t.svg()!.classList.contains('vertical')).to.equal(true);
    expect(narrow.t.events()).to.have.length(2);
  });

  it('clusters and eras hydrate too, their pointer titles set once hydrated', async () => {
    const crowd = Array.from({ length: 300 }, (_, i) => ({ id: `c${i}`, start: `2010-05-${String(1 + (i % 28)).padStart(2, '0')}`, title: `Crowded event ${i}` }));
    const markup = await serverHtml({ width: 800, events: { events: crowd, eras: [{ start: '2010-05-03', end: '2010-05-10', title: 'A week' }] } });
    expect(markup).to.contain('part="cluster"');
    let t!: TimelineHarness;
    let serverSvg!: SVGSVGElement;
    const said = await console_(async () => void ({ t, serverSvg } = await place(markup, 800)));
    expect(said).to.deep.equal([]);
    expect(t.svg() === serverSvg, 'the server’s svg is kept').to.equal(true);
    const cluster = t.clusters()[0];
    expect(cluster.querySelector('title')!.textContent).to.equal(cluster.getAttribute('aria-label'));
    expect(t.root.querySelector('[part~="era"] title')!.textContent).to.match(/^A week, /);
  });

  for (const attributes of [
    { 'group-by': 'category', selected: 'kim-jong-un-visits-russia' },
    { 'view-start': '2018', 'view-end': '2020', 'show-list': true },
    { locale: 'ar' },
    { orientation: 'vertical', theme: 'dark', locale: 'ko' },
  ]) {
    it(`hydrates with ${JSON.stringify(attributes)}: no warning, the server’s nodes kept`, async () => {
      const markup = await serverHtml({ width: 800, attributes: { src: article, ...attributes }, lang: 'en-GB' });
      let t!: TimelineHarness;
      let serverSvg!: SVGSVGElement;
      const said = await console_(async () => void ({ t, serverSvg } = await place(markup, 800)));
      expect(said).to.deep.equal([]);
      expect(t.svg() === serverSvg, 'the server’s svg is kept').to.equal(true);
      expect(t.events().length).to.be.greaterThan(0);
    });
  }

  it('url-state: the server draws the default view, the browser then follows the link in the fragment', async () => {
    const markup = await serverHtml({ width: 800, attributes: { src: article, 'url-state': true }, lang: 'en-GB' });
    expect(markup).to.match(/<event-timeline[^>]* url-state[ =>]/);
    const before = location.href;
    history.replaceState(null, '', `${before.split('#')[0]}#timeline=event:kim-jong-un-visits-russia`);
    try {
      const { t, serverSvg } = await place(markup, 800);
      expect(t.svg() === serverSvg, 'the server’s svg is kept').to.equal(true);
      for (let i = 0; i < 100 && t.el.selected === null; i++) await new Promise((r) => setTimeout(r, 20));
      expect(t.el.selected).to.equal('kim-jong-un-visits-russia');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('events written as children: read again in the browser, the same as on the server', async () => {
    const children = '<ol><li id="x"><time datetime="2019-04">April 2019</time> <strong>Visit</strong></li><li id="y"><time datetime="2000-07-19">19 July 2000</time> Declaration</li></ol>';
    const markup = await serverHtml({ width: 800, children });
    const { t, serverSvg } = await place(markup, 800);
    expect(t.svg() === serverSvg, 'the server’s svg is kept').to.equal(true);
    expect(t.el.validEvents.map((e) => [e.id, e.start.text])).to.deep.equal([['y', '2000-07-19'], ['x', '2019-04']]);
    expect(t.root.querySelector('slot')!.assignedElements()[0] === t.el.querySelector('ol'), 'the list is slotted').to.equal(true);
  });

  it('HTML that no longer matches what the element draws is drawn anew, once, with a warning', async () => {
    const markup = await serverHtml({ width: 800, events: [{ id: 'a', start: '2001', title: 'A' }, { id: 'b', start: '2005', title: 'B' }] });
    // The state says one event where the server drew two: Lit cannot hydrate that.
    const changed = markup.replace(/data-ssr="([^"]*)"/, (_, value: string) => {
      const state = JSON.parse(value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
      state.input.data = state.input.data.slice(0, 1);
      return `data-ssr="${JSON.stringify(state).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    });
    expect(changed).to.not.equal(markup);
    let t!: TimelineHarness;
    const said = await console_(async () => void ({ t } = await place(changed, 800)));
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^warn <event-timeline>: the server-rendered HTML does not match/);
    expect(t.root.querySelectorAll('svg.plot')).to.have.length(1);
    expect(t.events().map((g) => g.dataset.id)).to.deep.equal(['a']);
  });
});
