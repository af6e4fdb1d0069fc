import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { mount, sampleEvents, type TimelineHarness } from '../harness';

const span = (t: TimelineHarness) => t.el.visibleWindow!.end.getTime() - t.el.visibleWindow!.start.getTime();
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('prefers-reduced-motion', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('animates a zoom button briefly without the preference', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const t = await mount({ width: 1000, events: sampleEvents });
    const full = span(t);
    (t.root.querySelector('[part~="zoom-in"]') as HTMLButtonElement).click();
    await frame();
    await frame();
    const during = span(t);
    expect(during, 'still on its way after two frames').to.be.greaterThan(full * 0.55);
    await new Promise((r) => setTimeout(r, 400));
    expect(span(t)).to.be.closeTo(full / 2, full * 0.01);
  });

  it('jumps at once with reduced motion: a zoom button, a zoom key and "show all"', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    const t = await mount({ width: 1000, events: sampleEvents });
    const full = span(t);
    (t.root.querySelector('[part~="zoom-in"]') as HTMLButtonElement).click();
    expect(span(t), 'in the same task as the click').to.be.closeTo(full / 2, full * 0.01);
    t.event('visit').focus();
    await sendKeys({ press: '+' });
    expect(span(t)).to.be.closeTo(full / 4, full * 0.01);
    (t.root.querySelector('[part~="fit"]') as HTMLButtonElement).click();
    expect(span(t)).to.be.closeTo(full, full * 0.01);
  });

  it('turns off CSS transitions and animations in the shadow root', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const t = await mount({ width: 1000, events: sampleEvents, selected: 'visit' });
    for (const el of t.root.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      expect(parseFloat(style.transitionDuration) || 0).to.equal(0);
      expect(style.animationName).to.equal('none');
    }
  });

  it('never animates the vertical layout', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const t = await mount({ width: 390, events: sampleEvents });
    const full = span(t);
    (t.root.querySelector('[part~="zoom-in"]') as HTMLButtonElement).click();
    expect(span(t)).to.be.closeTo(full / 2, full * 0.01);
  });
});
