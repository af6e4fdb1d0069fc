import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { mount, overlappingLabels, sampleEvents, settle, type TimelineHarness } from '../harness';
import type { EventTimeline } from '../../src/event-timeline';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const markX = (t: TimelineHarness, id: string) => {
  const box = t.event(id).querySelector('.mark')!.getBoundingClientRect();
  return box.left + box.width / 2;
};

describe('locales: dates, axis, details and names in en, ru and ko', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  const cases = [
    { locale: 'en-GB', tick: /^\d{4}$/, visit: 'April 2019', decl: '19 July 2000', zoom: 'Zoom in', empty: 'No events to show.' },
    { locale: 'ru', tick: /^\d{4}$/, visit: 'апрель 2019 г.', decl: '19 июля 2000 г.', zoom: 'Приблизить', empty: 'Нет событий для показа.' },
    { locale: 'ko', tick: /^\d{4}년$/, visit: '2019년 4월', decl: '2000년 7월 19일', zoom: '확대', empty: '표시할 사건이 없습니다.' },
  ];
  for (const c of cases) {
    it(`${c.locale}: axis ticks, accessible names, details and the element's words`, async () => {
      const t = await mount({ width: 1000, locale: c.locale, events: sampleEvents, selected: 'visit' });
      const ticks = t.ticks();
      expect(ticks.length).to.be.greaterThan(2);
      for (const tick of ticks) expect(tick).to.match(c.tick);
      expect(t.event('visit').getAttribute('aria-label')).to.equal(`Visit in April, ${c.visit}`);
      expect(t.event('decl').getAttribute('aria-label')).to.equal(`Joint declaration signed, ${c.decl}`);
      expect(t.details()!.querySelector('.details-date')!.textContent).to.equal(c.visit);
      expect(t.root.querySelector('[part~="zoom-in"]')!.getAttribute('aria-label')).to.equal(c.zoom);
      const empty = await mount({ width: 1000, locale: c.locale, events: [] });
      expect(empty.status()!.textContent).to.equal(c.empty);
    });
  }

  it('month ticks follow the locale when zoomed in (ru "апр.", ko "4월")', async () => {
    const ru = await mount({ width: 1000, locale: 'ru', events: sampleEvents });
    ru.el.zoomTo('2019-01', '2019-12');
    await wait(400);
    await ru.settle();
    expect(ru.ticks()).to.include('апр.');
    const ko = await mount({ width: 1000, locale: 'ko', events: sampleEvents });
    ko.el.zoomTo('2019-01', '2019-12');
    await wait(400);
    await ko.settle();
    expect(ko.ticks()).to.include('4월');
  });

  it('takes the locale from the nearest lang when none is set', async () => {
    const section = await fixture<HTMLElement>(html`<section lang="ko"><div style="width:900px"></div></section>`);
    const el = document.createElement('event-timeline') as EventTimeline;
    el.events = sampleEvents;
    el.selected = 'visit';
    section.firstElementChild!.append(el);
    await settle(el);
    expect(el.shadowRoot!.querySelector('.details-date')!.textContent).to.equal('2019년 4월');
  });

  it('in the vertical layout too: ticks and names in Korean', async () => {
    const t = await mount({ width: 390, locale: 'ko', events: sampleEvents });
    expect(t.root.querySelector('svg.vertical')).to.exist;
    for (const tick of t.ticks()) expect(tick).to.match(/^\d{4}년$/);
    expect(t.event('visit').getAttribute('aria-label')).to.equal('Visit in April, 2019년 4월');
  });
});

describe('right to left: the layout mirrors, earlier times on the right', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => resetMouse());

  it('locale="ar" mirrors the time axis: the earliest event is at the right, the latest at the left', async () => {
    const t = await mount({ width: 1000, locale: 'ar', events: sampleEvents });
    expect(markX(t, 'decl')).to.be.greaterThan(markX(t, 'visit'));
    expect(markX(t, 'visit')).to.be.greaterThan(markX(t, 'anniv'));
    const ltr = await mount({ width: 1000, locale: 'en', events: sampleEvents });
    expect(markX(ltr, 'decl')).to.be.lessThan(markX(ltr, 'anniv'));
  });

  it('dir="rtl" on an ancestor mirrors it as well, whatever the locale', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><div style="width:1000px"></div></div>`);
    const el = document.createElement('event-timeline') as EventTimeline;
    el.locale = 'en';
    el.events = sampleEvents;
    wrapper.firstElementChild!.append(el);
    await settle(el);
    const x = (id: string) => el.shadowRoot!.querySelector(`[data-id="${id}"] .mark`)!.getBoundingClientRect().left;
    expect(x('decl')).to.be.greaterThan(x('anniv'));
  });

  it('keeps text readable (not mirrored), inside the host, and never overlapping', async () => {
    const t = await mount({ width: 1000, locale: 'ar', events: sampleEvents });
    const host = t.el.getBoundingClientRect();
    for (const label of t.labels()) {
      const matrix = new DOMMatrix(getComputedStyle(label).transform);
      expect(matrix.a, 'the text is flipped back').to.equal(-1);
      const box = label.getBoundingClientRect();
      expect(box.left).to.be.at.least(host.left - 0.5);
      expect(box.right).to.be.at.most(host.right + 0.5);
    }
    expect(overlappingLabels(t.labels())).to.deep.equal([]);
    // The text runs right to left around the mark: each label is left of (after) its mark.
    const label = t.event('decl').querySelector('[part~="label"]')!.getBoundingClientRect();
    expect(label.right).to.be.at.most(markX(t, 'decl'));
  });

  it('mirrors the chrome: the zoom buttons at the left, the details panel right to left', async () => {
    const t = await mount({ width: 1000, locale: 'ar', events: sampleEvents, selected: 'visit' });
    const controls = t.root.querySelector('[part~="controls"]')!.getBoundingClientRect();
    const host = t.el.getBoundingClientRect();
    expect(controls.left - host.left).to.be.lessThan(host.right - controls.right);
    expect(getComputedStyle(t.details()!).direction).to.equal('rtl');
    const close = t.root.querySelector('[part~="close"]')!.getBoundingClientRect();
    const details = t.details()!.getBoundingClientRect();
    expect(close.left - details.left).to.be.lessThan(details.right - close.right);
  });

  it('Ctrl + wheel still zooms around the pointer', async () => {
    const t = await mount({ width: 1000, locale: 'ar', events: sampleEvents });
    const box = t.svg()!.getBoundingClientRect();
    const x = Math.round(box.left + box.width * 0.3);
    const before = markX(t, 'visit');
    const under = t.el.visibleWindow!;
    for (let i = 0; i < 3; i++) {
      await executeServerCommand('cdp-wheel', { x, y: Math.round(box.top + box.height / 2), deltaY: -100, ctrlKey: true });
      await wait(30);
    }
    await wait(300);
    await t.settle();
    const after = t.el.visibleWindow!;
    expect(after.end.getTime() - after.start.getTime()).to.be.lessThan((under.end.getTime() - under.start.getTime()) * 0.7);
    // The visit (near the pointer's left) moved away from the pointer, as zooming in does.
    expect(Math.abs(markX(t, 'visit') - x)).to.be.greaterThan(Math.abs(before - x));
  });

  it('dragging to the right shows later times (they are on the left)', async () => {
    const t = await mount({ width: 1000, locale: 'ar', events: sampleEvents });
    t.el.zoomTo('2008', '2012');
    await wait(400);
    await t.settle();
    const mid = () => (t.el.visibleWindow!.start.getTime() + t.el.visibleWindow!.end.getTime()) / 2;
    const before = mid();
    const box = t.svg()!.getBoundingClientRect();
    const y = Math.round(box.top + box.height - 6);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 300), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 450), y] });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 600), y] });
    await sendMouse({ type: 'up' });
    await t.settle();
    expect(mid()).to.be.greaterThan(before);
  });

  it('Shift+← pans to later times', async () => {
    const t = await mount({ width: 1000, locale: 'ar', events: sampleEvents });
    t.el.zoomTo('2008', '2012');
    await wait(400);
    await t.settle();
    const start = t.el.visibleWindow!.start.getTime();
    t.event('year').focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    await wait(400);
    await t.settle();
    expect(t.el.visibleWindow!.start.getTime()).to.be.greaterThan(start);
  });

  it('mirrors the vertical layout: the axis on the right, marks and labels to its left', async () => {
    const t = await mount({ width: 390, locale: 'ar', events: sampleEvents });
    const axis = t.root.querySelector('[part~="tick"] text')!.getBoundingClientRect();
    expect(axis.left).to.be.greaterThan(markX(t, 'visit'));
    expect(overlappingLabels(t.labels())).to.deep.equal([]);
    const host = t.el.getBoundingClientRect();
    for (const label of t.labels()) {
      const box = label.getBoundingClientRect();
      expect(box.left).to.be.at.least(host.left - 0.5);
      expect(box.right).to.be.at.most(host.right + 0.5);
    }
  });
});
