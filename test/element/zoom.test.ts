import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, resetMouse, setViewport } from '@web/test-runner-commands';
import { mount, type TimelineHarness } from '../harness';
import type { TimelineViewChangeDetail } from '../../src/events';

const YEAR = 365.25 * 86_400_000;
const events = [
  { id: 'decl', start: '2000-07-19', title: 'Declaration' },
  { id: 'visit', start: '2019-04', title: 'Visit' },
  { id: 'mid', start: '2010-06-01', title: 'Middle' },
  { id: 'anniv', start: '2023-07-19', title: 'Anniversary' },
];

function span(t: TimelineHarness): number {
  const w = t.el.visibleWindow!;
  return w.end.getTime() - w.start.getTime();
}
function mid(t: TimelineHarness): number {
  const w = t.el.visibleWindow!;
  return (w.start.getTime() + w.end.getTime()) / 2;
}
function svgBox(t: TimelineHarness): DOMRect {
  return t.svg()!.getBoundingClientRect();
}
async function wheel(t: TimelineHarness, { x, ...opts }: { x?: number; deltaX?: number; deltaY?: number; ctrlKey?: boolean }) {
  const box = svgBox(t);
  await executeServerCommand('cdp-wheel', { ...opts, x: Math.round(box.x + (x ?? box.width / 2)), y: Math.round(box.y + box.height / 2) });
  await new Promise((r) => setTimeout(r, 30));
  await t.settle();
}
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function mountWide(): Promise<TimelineHarness> {
  const t = await mount({ width: 1000, events });
  document.documentElement.style.setProperty('--noop', '0');
  return t;
}

describe('<event-timeline> zoom and pan', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(async () => {
    await resetMouse();
    document.body.style.height = '';
    window.scrollTo(0, 0);
  });

  it('Ctrl + wheel zooms in around the pointer', async () => {
    const t = await mountWide();
    const before = span(t);
    const box = svgBox(t);
    const x = box.width * 0.25;
    const scale = (xx: number) => t.el.visibleWindow!.start.getTime() + (xx - 16) / (box.width - 32) * span(t);
    const under = scale(x);
    for (let i = 0; i < 3; i++) await wheel(t, { x, deltaY: -100, ctrlKey: true });
    expect(span(t)).to.be.lessThan(before * 0.6);
    expect(Math.abs(scale(x) - under)).to.be.lessThan(YEAR * 0.05);
  });

  it('a plain vertical wheel scrolls the page and only shows a hint', async () => {
    document.body.style.height = '4000px';
    const t = await mountWide();
    const before = span(t);
    await wheel(t, { deltaY: 200 });
    await wait(100);
    expect(span(t)).to.equal(before);
    expect(window.scrollY).to.be.greaterThan(0);
    expect(t.root.querySelector('[part~="hint"]')?.textContent).to.match(/scroll to zoom/);
  });

  it('a horizontal wheel pans', async () => {
    const t = await mountWide();
    await wheel(t, { deltaY: -300, ctrlKey: true });
    const before = mid(t);
    await wheel(t, { deltaX: 200 });
    expect(mid(t)).to.be.greaterThan(before);
  });

  it('dragging pans the view', async () => {
    const t = await mountWide();
    await wheel(t, { deltaY: -400, ctrlKey: true });
    const before = mid(t);
    const box = svgBox(t);
    const y = Math.round(box.y + box.height - 6);
    await sendMouse({ type: 'move', position: [Math.round(box.x + 500), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.x + 600), y] });
    await sendMouse({ type: 'move', position: [Math.round(box.x + 700), y] });
    await sendMouse({ type: 'up' });
    await t.settle();
    expect(mid(t)).to.be.lessThan(before - YEAR);
  });

  it('double-click zooms in', async () => {
    const t = await mountWide();
    const before = span(t);
    const box = svgBox(t);
    await executeServerCommand('cdp-dblclick', { x: Math.round(box.x + 300), y: Math.round(box.y + box.height - 6) });
    await wait(400);
    await t.settle();
    expect(span(t)).to.be.lessThan(before * 0.7);
  });

  it('+ and - zoom around the centre, 0 fits, PageDown and Shift+Arrow pan', async () => {
    const t = await mountWide();
    const fitted = span(t);
    t.event('mid').focus();
    await sendKeys({ press: '+' });
    await wait(400);
    expect(span(t)).to.be.closeTo(fitted / 2, fitted * 0.02);
    const centre = mid(t);
    await sendKeys({ press: 'PageDown' });
    await wait(400);
    expect(mid(t)).to.be.greaterThan(centre);
    const afterPage = mid(t);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    await wait(400);
    expect(mid(t)).to.be.lessThan(afterPage);
    await sendKeys({ press: '-' });
    await wait(400);
    expect(span(t)).to.be.closeTo(fitted, fitted * 0.02);
    await sendKeys({ press: '+' });
    await wait(400);
    await sendKeys({ press: '0' });
    await wait(400);
    expect(span(t)).to.be.closeTo(fitted, 1000);
  });

  it('zoom buttons zoom in, out and fit', async () => {
    const t = await mountWide();
    const fitted = span(t);
    const button = (part: string) => t.root.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
    expect(button('zoom-in').getAttribute('aria-label')).to.equal('Zoom in');
    button('zoom-in').click();
    await wait(400);
    expect(span(t)).to.be.closeTo(fitted / 2, fitted * 0.02);
    button('zoom-out').click();
    await wait(400);
    expect(span(t)).to.be.closeTo(fitted, fitted * 0.02);
    button('zoom-in').click();
    await wait(400);
    button('fit').click();
    await wait(400);
    expect(span(t)).to.be.closeTo(fitted, 1000);
  });

  it('cannot zoom out far past the data', async () => {
    const t = await mountWide();
    const fitted = span(t);
    for (let i = 0; i < 10; i++) await wheel(t, { deltaY: 300, ctrlKey: true });
    expect(span(t)).to.be.at.most(fitted * 1.34);
  });

  it('cannot zoom in past a few days when the finest date is a day', async () => {
    const t = await mountWide();
    for (let i = 0; i < 40; i++) await wheel(t, { deltaY: -500, ctrlKey: true });
    const days = span(t) / 86_400_000;
    expect(days).to.be.within(4, 6);
    for (const tick of t.ticks()) expect(tick).to.not.match(/:/);
  });

  it('axis ticks follow the zoom: years, then months, then days', async () => {
    const t = await mountWide();
    expect(t.ticks().every((x) => /^\d{4}$/.test(x))).to.equal(true);
    t.el.zoomTo('2010', '2010');
    await wait(400);
    await t.settle();
    expect(t.ticks().some((x) => /[A-Za-z]/.test(x))).to.equal(true);
    t.el.zoomTo('2010-06-01', '2010-06-20');
    await wait(400);
    await t.settle();
    expect(t.ticks().some((x) => /\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2} \d{1,2}/.test(x))).to.equal(true);
  });

  it('panning stays near the data', async () => {
    const t = await mountWide();
    await wheel(t, { deltaY: -400, ctrlKey: true });
    for (let i = 0; i < 30; i++) await wheel(t, { deltaX: -800 });
    const w = t.el.visibleWindow!;
    expect(w.start.getTime()).to.be.greaterThan(Date.UTC(1997, 0, 1));
  });

  it('fires timeline-view-change once at the end of a gesture, with ISO dates', async () => {
    const t = await mountWide();
    const seen: TimelineViewChangeDetail[] = [];
    t.el.addEventListener('timeline-view-change', (e) => seen.push(e.detail));
    for (let i = 0; i < 4; i++) await wheel(t, { deltaY: -100, ctrlKey: true });
    await wait(400);
    expect(seen).to.have.length(1);
    expect(seen[0].start).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(t.el.viewStart).to.equal(seen[0].start);
    expect(t.el.viewEnd).to.equal(seen[0].end);
  });

  it('does not fire timeline-view-change for changes made from code', async () => {
    const t = await mountWide();
    let fired = 0;
    t.el.addEventListener('timeline-view-change', () => fired++);
    t.el.zoomTo('2005', '2008');
    t.el.viewStart = '2001';
    t.el.viewEnd = '2003';
    await wait(400);
    t.el.fit();
    t.el.zoomToEvent('visit');
    await wait(500);
    expect(fired).to.equal(0);
  });

  it('view-start and view-end set the visible window and read back', async () => {
    const t = await mountWide();
    t.el.setAttribute('view-start', '2010');
    t.el.setAttribute('view-end', '2011');
    await t.settle();
    const w = t.el.visibleWindow!;
    expect(w.start.toISOString().slice(0, 10)).to.equal('2010-01-01');
    expect(w.end.toISOString().slice(0, 10)).to.equal('2012-01-01');
    expect(t.el.getAttribute('view-start')).to.equal('2010');
    expect(t.el.events).to.equal(events);
  });

  it('selecting an event that is off screen brings it into view', async () => {
    const t = await mountWide();
    t.el.zoomTo('2000', '2001');
    await wait(400);
    await t.settle();
    expect(t.root.querySelector('[data-id="anniv"]')).to.equal(null);
    t.el.selected = 'anniv';
    await wait(500);
    await t.settle();
    const box = t.event('anniv').querySelector('.mark')!.getBoundingClientRect();
    const frame = svgBox(t);
    expect(box.x).to.be.within(frame.left, frame.right);
  });

  it('arrow keys bring the next event into view', async () => {
    const t = await mountWide();
    t.el.zoomTo('2000-06', '2000-08');
    await wait(400);
    await t.settle();
    t.event('decl').focus();
    await sendKeys({ press: 'ArrowRight' });
    await wait(500);
    await t.settle();
    expect(t.root.activeElement?.getAttribute('data-id')).to.equal('mid');
    const box = t.event('mid').querySelector('.mark')!.getBoundingClientRect();
    const frame = svgBox(t);
    expect(box.x).to.be.within(frame.left, frame.right);
  });

  it('the overview appears when zoomed in, and dragging its brush pans', async () => {
    const t = await mountWide();
    expect(t.root.querySelector('[part~="overview"]')).to.equal(null);
    t.el.zoomTo('2005', '2008');
    await wait(400);
    await t.settle();
    const brush = t.root.querySelector('[part~="overview-brush"]')!.getBoundingClientRect();
    const before = mid(t);
    const y = Math.round(brush.y + brush.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(brush.x + brush.width / 2), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(brush.x + brush.width / 2 + 100), y] });
    await sendMouse({ type: 'up' });
    await t.settle();
    expect(mid(t) - before).to.be.greaterThan(YEAR);
  });

  it('dragging an edge of the overview brush zooms', async () => {
    const t = await mountWide();
    t.el.zoomTo('2005', '2008');
    await wait(400);
    await t.settle();
    const before = span(t);
    const brush = t.root.querySelector('[part~="overview-brush"]')!.getBoundingClientRect();
    const y = Math.round(brush.y + brush.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(brush.right), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(brush.right + 80), y] });
    await sendMouse({ type: 'up' });
    await t.settle();
    expect(span(t)).to.be.greaterThan(before * 1.5);
  });

  it('a click in the overview jumps there', async () => {
    const t = await mountWide();
    t.el.zoomTo('2001', '2002');
    await wait(400);
    await t.settle();
    const overview = t.root.querySelector('[part~="overview"]')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(overview.x + overview.width * 0.8), Math.round(overview.y + 10)] });
    await wait(400);
    expect(new Date(mid(t)).getUTCFullYear()).to.be.within(2017, 2021);
  });

  it('pinching with two fingers zooms in, and a one-finger horizontal drag pans', async () => {
    await executeServerCommand('cdp-touch-emulation', { enabled: true });
    const t = await mountWide().finally(() => executeServerCommand('cdp-touch-emulation', { enabled: false }));
    const before = span(t);
    const box = svgBox(t);
    const y = Math.round(box.y + box.height - 8);
    const cx = Math.round(box.x + 500);
    await executeServerCommand('cdp-touch', { type: 'touchStart', points: [{ x: cx - 40, y }, { x: cx + 40, y }] });
    for (let d = 60; d <= 200; d += 20) await executeServerCommand('cdp-touch', { type: 'touchMove', points: [{ x: cx - d, y }, { x: cx + d, y }] });
    await executeServerCommand('cdp-touch', { type: 'touchEnd', points: [] });
    await t.settle();
    expect(span(t)).to.be.lessThan(before / 2);
    const centre = mid(t);
    await executeServerCommand('cdp-touch', { type: 'touchStart', points: [{ x: cx, y }] });
    for (let d = 20; d <= 200; d += 20) await executeServerCommand('cdp-touch', { type: 'touchMove', points: [{ x: cx + d, y }] });
    await executeServerCommand('cdp-touch', { type: 'touchEnd', points: [] });
    await t.settle();
    expect(mid(t)).to.be.lessThan(centre);
  });
});
