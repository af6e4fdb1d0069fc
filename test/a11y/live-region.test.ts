import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { mount, sampleEvents, type TimelineHarness } from '../harness';

function live(t: TimelineHarness): HTMLElement {
  const region = t.root.querySelector<HTMLElement>('.live');
  if (!region) throw new Error('no live region');
  return region;
}
const said = (t: TimelineHarness) => live(t).textContent!.replace(/\u00a0/g, '').trim();
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('announcements through a polite live region', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  before(() => emulateMedia({ reducedMotion: 'reduce' })); // view changes end at once
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('has one polite, atomic status region inside the shadow root, visually hidden and empty at first', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    const region = live(t);
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getAttribute('aria-atomic')).to.equal('true');
    expect(region.getRootNode()).to.equal(t.root);
    const box = region.getBoundingClientRect();
    expect(box.width * box.height).to.be.at.most(1);
    expect(said(t)).to.equal('');
  });

  it('says "Selected: <title>, <date>" when the user selects with the mouse', async () => {
    const t = await mount({ width: 1000, locale: 'en-GB', events: sampleEvents });
    await t.clickEvent('visit');
    expect(said(t)).to.equal('Selected: Visit in April, April 2019');
  });

  it('says it when the user selects with Enter, and again for a second selection of the same event', async () => {
    const t = await mount({ width: 1000, locale: 'en-GB', events: sampleEvents });
    t.event('decade').focus();
    await sendKeys({ press: 'Enter' });
    await t.settle();
    expect(said(t)).to.equal('Selected: Two decades of ties, 19 July 2000 to 19 July 2023, approximately');
    const first = live(t).textContent;
    await sendKeys({ press: 'Escape' });
    await t.settle();
    await sendKeys({ press: 'Enter' });
    await t.settle();
    expect(said(t)).to.equal('Selected: Two decades of ties, 19 July 2000 to 19 July 2023, approximately');
    expect(live(t).textContent, 'a changed text, so it is announced again').to.not.equal(first);
  });

  it('says nothing when the selection or the view is changed from code', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    t.el.selected = 'visit';
    t.el.zoomTo('2005', '2008');
    await wait(50);
    await t.settle();
    expect(said(t)).to.equal('');
  });

  it('says the new window after a zoom button: "Showing 2005 to 2016"', async () => {
    const t = await mount({ width: 1000, locale: 'en-GB', events: sampleEvents });
    (t.root.querySelector('[part~="zoom-in"]') as HTMLButtonElement).click();
    await wait(50);
    await t.settle();
    expect(said(t)).to.match(/^Showing \d{4} to \d{4}$/);
    const w = t.el.visibleWindow!;
    expect(said(t)).to.equal(`Showing ${w.start.getUTCFullYear()} to ${w.end.getUTCFullYear()}`);
  });

  it('says the window at a finer precision when zoomed in to months', async () => {
    const t = await mount({ width: 1000, locale: 'en-GB', events: sampleEvents });
    t.el.zoomTo('2019-03', '2019-10');
    await t.settle();
    t.event('visit').focus();
    await sendKeys({ press: 'PageDown' });
    await wait(50);
    await t.settle();
    expect(said(t)).to.match(/^Showing [A-Z][a-z]+ \d{4} to [A-Z][a-z]+ \d{4}$/);
  });

  it('says the window at the end of a Ctrl + wheel gesture, once', async () => {
    const t = await mount({ width: 1000, locale: 'en-GB', events: sampleEvents });
    const box = t.svg()!.getBoundingClientRect();
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(said(t)));
    observer.observe(live(t), { childList: true, characterData: true, subtree: true });
    for (let i = 0; i < 3; i++) {
      await executeServerCommand('cdp-wheel', { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2), deltaY: -100, ctrlKey: true });
      await wait(30);
    }
    await wait(400);
    await t.settle();
    observer.disconnect();
    expect(texts.filter(Boolean)).to.have.length(1);
    expect(texts[texts.length - 1]).to.match(/^Showing /);
  });

  it('speaks the locale: Russian and Korean', async () => {
    const ru = await mount({ width: 1000, locale: 'ru', events: sampleEvents });
    await ru.clickEvent('visit');
    expect(said(ru)).to.equal('Выбрано: Visit in April, апрель 2019 г.');
    (ru.root.querySelector('[part~="zoom-in"]') as HTMLButtonElement).click();
    await wait(50);
    await ru.settle();
    expect(said(ru)).to.match(/^Показано: \d{4} — \d{4}$/);
    const ko = await mount({ width: 1000, locale: 'ko', events: sampleEvents });
    await ko.clickEvent('visit');
    expect(said(ko)).to.equal('선택됨: Visit in April, 2019년 4월');
    (ko.root.querySelector('[part~="zoom-out"]') as HTMLButtonElement).click();
    (ko.root.querySelector('[part~="zoom-in"]') as HTMLButtonElement).click();
    await wait(50);
    await ko.settle();
    expect(said(ko)).to.match(/^\d{4}년 ~ \d{4}년 표시 중$/);
  });

  it('announces in the vertical layout too', async () => {
    const t = await mount({ width: 390, locale: 'en-GB', events: sampleEvents });
    expect(t.root.querySelector('svg.vertical')).to.exist;
    await t.clickEvent('year');
    expect(said(t)).to.equal('Selected: A year-only event, 2010');
    (t.root.querySelector('[part~="zoom-in"]') as HTMLButtonElement).click();
    await wait(50);
    await t.settle();
    expect(said(t)).to.match(/^Showing \d{4} to \d{4}$/);
  });
});
