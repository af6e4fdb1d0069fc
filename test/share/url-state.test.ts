/**
 * `url-state` in Chromium: the selection and the view in the page URL's fragment, history entries,
 * Back and Forward, two timelines on one page, malformed and unknown state, Copy link.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/event-timeline';
import type { EventTimeline } from '../../src/event-timeline';
import { sampleEvents, settle, TimelineHarness } from '../harness';
import { sleep, waitFor } from '../robustness/support';

const start = location.href;
afterEach(() => history.replaceState(null, '', start));

/**
 * Counts the history entries the element adds and replaces (history.length stops at 50 in a long
 * test run, so it cannot tell).
 */
function historyCalls(): { pushed: number; replaced: number; restore(): void } {
  const push = history.pushState;
  const replace = history.replaceState;
  const calls = {
    pushed: 0,
    replaced: 0,
    restore: () => {
      history.pushState = push;
      history.replaceState = replace;
    },
  };
  history.pushState = function (...args: Parameters<History['pushState']>) {
    calls.pushed++;
    return push.apply(history, args);
  };
  history.replaceState = function (...args: Parameters<History['replaceState']>) {
    calls.replaced++;
    return replace.apply(history, args);
  };
  return calls;
}

/** Mounts timelines with url-state (ids given), inside one container, after the fragment is set to `hash`. */
async function mountLinked(ids: string[], hash = '', options: { width?: number; above?: number } = {}): Promise<TimelineHarness[]> {
  history.replaceState(null, '', `${start.split('#')[0]}${hash}`);
  const container = await fixture<HTMLDivElement>(html`<div style="width:${options.width ?? 800}px"></div>`);
  if (options.above) {
    const spacer = document.createElement('div');
    spacer.style.height = `${options.above}px`;
    container.append(spacer);
  }
  const out: TimelineHarness[] = [];
  for (const id of ids) {
    const el = document.createElement('event-timeline');
    if (id) el.id = id;
    el.urlState = true;
    el.locale = 'en-GB';
    el.events = sampleEvents;
    container.append(el);
    out.push(new TimelineHarness(el, container));
  }
  if (options.above) {
    const spacer = document.createElement('div');
    spacer.style.height = `${options.above}px`;
    container.append(spacer);
  }
  for (const t of out) await settle(t.el);
  return out;
}

/** The next popstate; fails (rather than waiting for ever) when none comes. */
const popstate = () =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no popstate (at ${location.hash})`)), 4000);
    addEventListener('popstate', () => (clearTimeout(timer), resolve()), { once: true });
  });
/** Back, only within this page's own entries (past them the test page itself would be left). */
async function back(...timelines: TimelineHarness[]) {
  expect(location.hash, 'an entry of this test to go back from').to.not.equal('');
  const done = popstate();
  history.back();
  await done;
  for (const t of timelines) await t.settle();
}
async function forward(...timelines: TimelineHarness[]) {
  const done = popstate();
  history.forward();
  await done;
  for (const t of timelines) await t.settle();
}

describe('url-state: the selection and the view in the URL', () => {
  it('reflects the url-state attribute', async () => {
    const [t] = await mountLinked(['tl']);
    expect(t.el.hasAttribute('url-state')).to.equal(true);
  });

  it("a user's selection adds a history entry with the event in the fragment; closing adds another", async () => {
    const [t] = await mountLinked(['tl'], '#intro');
    const calls = historyCalls();
    try {
      await t.clickEvent('visit');
      expect(t.el.selected, 'the click selected').to.equal('visit');
      await waitFor(() => location.hash === '#intro&tl=event:visit', `the fragment (now ${location.hash})`, 2000);
      expect([calls.pushed, calls.replaced]).to.deep.equal([1, 0]);
      await t.clickEvent('anniv');
      expect(location.hash).to.equal('#intro&tl=event:anniv');
      (t.details()!.querySelector('[part="close"]') as HTMLElement).click();
      await t.settle();
      expect(location.hash).to.equal('#intro');
      expect([calls.pushed, calls.replaced]).to.deep.equal([3, 0]);
    } finally {
      calls.restore();
    }
    // Back steps through them.
    await back(t);
    expect(t.el.selected).to.equal('anniv');
  });

  it('a view change replaces the current entry (no new entry), and showing all events takes the view out', async () => {
    const [t] = await mountLinked(['tl']);
    await t.clickEvent('year');
    const calls = historyCalls();
    const zoomIn = t.root.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!;
    const box = zoomIn.getBoundingClientRect();
    for (let i = 0; i < 2; i++) {
      const changed = t.next('timeline-view-change');
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await changed;
      await t.settle();
    }
    expect(calls.pushed).to.equal(0);
    expect(calls.replaced).to.be.within(1, 2);
    expect(location.hash).to.match(/^#tl=event:year,view:\d{4}(-\d\d){0,2}\/\d{4}(-\d\d){0,2}$/);
    expect(location.hash).to.contain(`view:${t.el.viewStart}/${t.el.viewEnd}`);
    const fit = t.root.querySelector<HTMLButtonElement>('[part~="fit"]')!.getBoundingClientRect();
    const changed = t.next('timeline-view-change');
    await sendMouse({ type: 'click', position: [Math.round(fit.x + fit.width / 2), Math.round(fit.y + fit.height / 2)] });
    await changed;
    await t.settle();
    calls.restore();
    expect(location.hash).to.equal('#tl=event:year');
    expect(calls.pushed).to.equal(0);
    // Back leaves the selection: the view changes made no entries of their own.
    await back(t);
    expect(t.el.selected).to.equal(null);
  });

  it('a selection made from code replaces the entry instead of adding one', async () => {
    const [t] = await mountLinked(['tl']);
    await waitFor(() => t.el.shadowRoot !== null, 'the element');
    await new Promise((r) => setTimeout(r, 100)); // the URL code loads on first use
    const calls = historyCalls();
    t.el.selected = 'decl';
    await t.settle();
    calls.restore();
    expect(location.hash).to.equal('#tl=event:decl');
    expect([calls.pushed, calls.replaced]).to.deep.equal([0, 1]);
  });

  it('opening a URL that names an event selects it, opens its details, draws it and scrolls the element into view', async () => {
    const [t] = await mountLinked(['tl'], '#tl=event:visit', { above: 3000 });
    await waitFor(() => t.el.selected === 'visit', 'the selection from the URL');
    await t.settle();
    expect(t.details()!.querySelector('h3')!.textContent).to.equal('Visit in April');
    expect(t.event('visit').getAttribute('aria-pressed')).to.equal('true');
    await waitFor(() => {
      const box = t.el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    }, 'the element scrolled into view', 3000);
    expect(location.hash).to.equal('#tl=event:visit');
  });

  it('opening a URL with a view shows that window', async () => {
    const [t] = await mountLinked(['tl'], '#tl=view:2009/2011');
    await waitFor(() => t.el.viewStart === '2009', 'the view from the URL');
    await t.settle();
    const w = t.el.visibleWindow!;
    expect(w.start.getUTCFullYear()).to.equal(2009);
    expect(w.end.getUTCFullYear()).to.be.oneOf([2011, 2012]);
    expect(t.events().map((g) => g.dataset.id)).to.include('year');
  });

  it('Back and Forward restore the earlier selections, and the state before any', async () => {
    const [t] = await mountLinked(['tl'], '#start');
    await t.clickEvent('visit');
    await t.clickEvent('anniv');
    expect(location.hash).to.equal('#start&tl=event:anniv');
    await back(t);
    expect(t.el.selected).to.equal('visit');
    expect(t.details()!.querySelector('h3')!.textContent).to.equal('Visit in April');
    await back(t);
    expect(location.hash).to.equal('#start');
    expect(t.el.selected).to.equal(null);
    expect(t.details()).to.equal(null);
    await forward(t);
    await forward(t);
    expect(t.el.selected).to.equal('anniv');
    expect(location.hash).to.equal('#start&tl=event:anniv');
  });

  it('Back and Forward fire no timeline-select (they are not a selection made on the element)', async () => {
    const [t] = await mountLinked(['tl']);
    await t.clickEvent('visit');
    await t.clickEvent('anniv');
    expect(location.hash).to.equal('#tl=event:anniv');
    let fired = 0;
    t.el.addEventListener('timeline-select', () => fired++);
    await back(t);
    expect(t.el.selected).to.equal('visit');
    expect(fired).to.equal(0);
  });

  it('two timelines keep separate state and leave the rest of the fragment alone', async () => {
    const [one, two] = await mountLinked(['one', 'two'], '#keep=1&x');
    await one.clickEvent('visit');
    await two.clickEvent('decl');
    expect(location.hash).to.equal('#keep=1&x&one=event:visit&two=event:decl');
    await one.clickEvent('year');
    expect(location.hash).to.equal('#keep=1&x&one=event:year&two=event:decl');
    await back(one, two);
    expect(one.el.selected).to.equal('visit');
    expect(two.el.selected).to.equal('decl');
    await back(one, two);
    expect(one.el.selected).to.equal('visit');
    expect(two.el.selected).to.equal(null);
    expect(location.hash).to.equal('#keep=1&x&one=event:visit');
  });

  it('a new fragment typed or linked to is applied (hashchange)', async () => {
    const [t] = await mountLinked(['tl']);
    location.hash = '#tl=event:decade';
    await waitFor(() => t.el.selected === 'decade', 'the selection from the new fragment');
    await t.settle();
    expect(t.details()!.querySelector('h3')!.textContent).to.equal('Two decades of ties');
  });

  it('a timeline without an id keeps its state under "timeline"', async () => {
    const [t] = await mountLinked(['']);
    await t.clickEvent('visit');
    expect(location.hash).to.equal('#timeline=event:visit');
  });

  it('a malformed fragment is reported in the problems list and with timeline-error, never thrown; the events are shown', async () => {
    const errors: CustomEvent[] = [];
    const listener = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('timeline-error', listener);
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    addEventListener('error', onError);
    try {
      const [t] = await mountLinked(['tl'], '#tl=event:%E0%A4%A,zoom:9,view:2001-13/2003');
      await waitFor(() => t.problems() !== null, 'the problems list');
      const text = t.problems()!.textContent!;
      expect(text).to.contain('3 problems');
      expect(t.el.problems.map((p) => p.message).join('\n')).to.contain('not validly encoded').and.contain('"zoom" is not known').and.contain('"2001-13/2003"');
      expect(errors.length).to.equal(1);
      expect(errors[0].detail.problems).to.have.length(3);
      expect(t.events()).to.have.length(sampleEvents.length);
      expect(t.el.selected).to.equal(null);
      expect(location.hash, 'the URL is left as it was').to.equal('#tl=event:%E0%A4%A,zoom:9,view:2001-13/2003');
      // A good state afterwards clears the problems.
      await t.clickEvent('visit');
      location.hash = '#tl=event:anniv';
      await waitFor(() => t.el.selected === 'anniv', 'the good state');
      await t.settle();
      expect(t.problems()).to.equal(null);
      expect(uncaught).to.deep.equal([]);
    } finally {
      document.removeEventListener('timeline-error', listener);
      removeEventListener('error', onError);
    }
  });

  it('an unknown event id is reported and ignored', async () => {
    const errors: CustomEvent[] = [];
    const listener = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('timeline-error', listener);
    try {
      const [t] = await mountLinked(['tl'], '#tl=event:no-such-event,view:2009/2011');
      await waitFor(() => t.problems() !== null, 'the problems list');
      expect(t.el.problems[0].message).to.equal('the page address names an event that is not in this timeline: "no-such-event"; ignored');
      expect(errors).to.have.length(1);
      expect(t.el.selected).to.equal(null);
      expect(t.el.viewStart, 'the valid view is still applied').to.equal('2009');
    } finally {
      document.removeEventListener('timeline-error', listener);
    }
  });

  it('without url-state the URL is never touched', async () => {
    history.replaceState(null, '', `${start.split('#')[0]}#tl=event:visit`);
    const container = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('event-timeline') as EventTimeline;
    el.id = 'tl';
    el.events = sampleEvents;
    container.append(el);
    await settle(el);
    const t = new TimelineHarness(el, container);
    expect(el.selected).to.equal(null);
    await t.clickEvent('anniv');
    expect(location.hash).to.equal('#tl=event:visit');
  });

  it('the state arrives with data loaded from src', async () => {
    history.replaceState(null, '', `${start.split('#')[0]}#tl=event:X-1`);
    const container = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('event-timeline') as EventTimeline;
    el.id = 'tl';
    el.urlState = true;
    el.src = '/__fixtures/dataset?title=X';
    container.append(el);
    await waitFor(() => el.selected === 'X-1', 'the selection once the data came');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="details"]')).to.not.equal(null);
  });
});

describe('url-state: Copy link', () => {
  it('copies the link to the event; where the clipboard refuses, shows it selected in a field to copy', async () => {
    const [t] = await mountLinked(['tl'], '#intro');
    await t.clickEvent('visit');
    const button = () => t.root.querySelector<HTMLButtonElement>('[part~="copy-link"]')!;
    expect(button().textContent!.trim()).to.equal('Copy link');
    // The test browser grants no clipboard: the fallback is what the user sees.
    const write = navigator.clipboard.writeText;
    const exec = document.execCommand;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    document.execCommand = () => false;
    try {
      const box = button().getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await waitFor(() => t.root.querySelector('.link-field') !== null, 'the link field');
      await t.settle();
      const field = t.root.querySelector<HTMLInputElement>('.link-field')!;
      const url = `${start.split('#')[0]}#intro&tl=event:visit`;
      expect(field.value).to.equal(url);
      expect(t.root.activeElement).to.equal(field);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, url.length]);
      expect(t.root.querySelector('.link-hint')!.textContent).to.contain('Ctrl+C');
      // Another event: its own Copy link, the field of the first one gone.
      t.el.selected = 'anniv';
      await t.settle();
      expect(t.root.querySelector('.link-field')).to.equal(null);
      expect(t.root.querySelector('[part~="copy-link"]')!.textContent!.trim()).to.equal('Copy link');
      // The link opens the event: in a fresh timeline on a page with that URL.
      t.container.remove();
      const [again] = await mountLinked(['tl'], new URL(url).hash);
      await waitFor(() => again.el.selected === 'visit', 'the copied link opened');
      // A clipboard that accepts: the button says so.
      navigator.clipboard.writeText = () => Promise.resolve();
      await again.settle();
      const b2 = again.root.querySelector<HTMLButtonElement>('[part~="copy-link"]')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(b2.x + b2.width / 2), Math.round(b2.y + b2.height / 2)] });
      await waitFor(() => again.root.querySelector('[part~="copy-link"]')!.textContent!.trim() === 'Link copied', '"Link copied"');
      await sleep(50);
      expect(again.root.querySelector('.live')!.textContent).to.contain('Link copied');
    } finally {
      navigator.clipboard.writeText = write;
      document.execCommand = exec;
    }
  });

  it('no Copy link without url-state', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('event-timeline') as EventTimeline;
    el.events = sampleEvents;
    el.selected = 'visit';
    container.append(el);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="details"]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="copy-link"]')).to.equal(null);
  });
});
