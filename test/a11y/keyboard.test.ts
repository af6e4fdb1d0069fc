import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { mount, sampleEvents, type TimelineHarness } from '../harness';
import { emulateMediaFeatures } from './support';

const focusedId = (t: TimelineHarness) => t.root.activeElement?.getAttribute('data-id') ?? null;

async function press(t: TimelineHarness, key: string): Promise<void> {
  await sendKeys({ press: key });
  await t.settle();
}

/** The x range of the plot (the svg), in client px. */
function plot(t: TimelineHarness): DOMRect {
  return t.svg()!.getBoundingClientRect();
}

describe('keyboard: one tab stop, roving focus in time order', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => emulateMediaFeatures([]));

  it('Tab enters the timeline at one event and the next Tab leaves the events', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const t = await mount({ width: 1000, events: sampleEvents });
    before.focus();
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'Tab' });
      const active = t.root.activeElement;
      if (active?.getAttribute('data-id')) seen.push(active.getAttribute('data-id')!);
    }
    expect(seen).to.deep.equal(['decl']);
  });

  it('moves with ←/→ and ↑/↓ in time order, and the focus follows selection after Escape', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    t.event('decl').focus();
    await press(t, 'ArrowRight');
    expect(focusedId(t)).to.equal('decade');
    await press(t, 'ArrowDown');
    expect(focusedId(t)).to.equal('year');
    await press(t, 'ArrowUp');
    expect(focusedId(t)).to.equal('decade');
    await press(t, 'ArrowLeft');
    expect(focusedId(t)).to.equal('decl');
    await press(t, 'ArrowLeft');
    expect(focusedId(t), 'stays at the first').to.equal('decl');
    await press(t, 'End');
    await press(t, 'ArrowRight');
    expect(focusedId(t), 'stays at the last').to.equal('anniv');
  });

  it('brings the focused event into view when it is outside the window', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    t.el.zoomTo('2000', '2001');
    await new Promise((r) => setTimeout(r, 400)); // zoomTo is animated
    await t.settle();
    t.event('decl').focus();
    await press(t, 'End');
    await new Promise((r) => setTimeout(r, 400)); // so is the pan
    await t.settle();
    expect(focusedId(t)).to.equal('anniv');
    const mark = t.event('anniv').querySelector('.mark')!.getBoundingClientRect();
    const box = plot(t);
    expect(mark.left).to.be.within(box.left, box.right);
  });

  it('draws a visible focus ring on the focused event, in the focus colour', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    t.event('decl').focus();
    await press(t, 'ArrowRight');
    const hit = t.event('decade').querySelector('.hit')!;
    const style = getComputedStyle(hit);
    expect(style.stroke).to.equal('rgb(11, 87, 208)'); // --event-timeline-focus-color, #0b57d0
    expect(parseFloat(style.strokeWidth)).to.be.at.least(2);
    // Not on an event that lost the focus.
    expect(getComputedStyle(t.event('decl').querySelector('.hit')!).stroke).to.equal('none');
  });

  it('keeps the focus ring in forced-colors mode (the system Highlight colour)', async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const t = await mount({ width: 1000, events: sampleEvents });
    t.event('decl').focus();
    await press(t, 'ArrowRight');
    const style = getComputedStyle(t.event('decade').querySelector('.hit')!);
    expect(style.stroke).to.not.equal('none');
    expect(parseFloat(style.strokeWidth)).to.be.at.least(2);
    const probe = document.createElement('div');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    expect(style.stroke).to.equal(getComputedStyle(probe).color);
    probe.remove();
  });

  it('shows the focus ring on buttons with :focus-visible', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    const zoomIn = t.root.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!;
    t.event('decl').focus();
    // Shift+Tab back from the events to the zoom-in button (the zoom buttons come before them).
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 6 && t.root.activeElement !== zoomIn; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(t.root.activeElement).to.equal(zoomIn);
    const style = getComputedStyle(zoomIn);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('handles keys on the element only: arrows typed in a text field on the page do nothing to it', async () => {
    const input = await fixture<HTMLInputElement>(html`<input value="abc" />`);
    const t = await mount({ width: 1000, events: sampleEvents });
    const before = t.el.visibleWindow!;
    input.focus();
    for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End', '+', '-', '0', 'Enter', 'Escape']) await sendKeys({ press: key });
    await t.settle();
    expect(t.el.visibleWindow).to.deep.equal(before);
    expect(t.el.selected).to.equal(null);
    expect(t.root.activeElement).to.equal(null);
    expect(input.value).to.equal('abc+-0');
  });

  it('zoom keys act on the focused timeline only; a second timeline keeps its view', async () => {
    const a = await mount({ width: 800, events: sampleEvents });
    const b = await mount({ width: 800, events: sampleEvents });
    const before = a.el.visibleWindow!;
    b.event('visit').focus();
    await sendKeys({ press: '+' });
    await new Promise((r) => setTimeout(r, 400));
    await b.settle();
    expect(a.el.visibleWindow).to.deep.equal(before);
    const span = (t: TimelineHarness) => t.el.visibleWindow!.end.getTime() - t.el.visibleWindow!.start.getTime();
    expect(span(b)).to.be.lessThan(span(a) * 0.6);
  });

  it('in a right-to-left timeline, ← moves to the later event and → to the earlier', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    t.el.setAttribute('dir', 'rtl');
    t.el.locale = 'ar';
    await t.settle();
    t.event('decade').focus();
    await press(t, 'ArrowLeft');
    expect(focusedId(t)).to.equal('year');
    await press(t, 'ArrowRight');
    expect(focusedId(t)).to.equal('decade');
  });

  it('respects reduced motion while moving the focus: the view jumps', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const t = await mount({ width: 1000, events: sampleEvents });
      t.el.zoomTo('2000', '2001');
      await t.settle();
      t.event('decl').focus();
      await press(t, 'End');
      const mark = t.event('anniv').querySelector('.mark')!.getBoundingClientRect();
      expect(mark.left).to.be.within(plot(t).left, plot(t).right);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
