/**
 * Nothing lost, nothing changed: the element never writes to the events it is given. A deeply
 * frozen dataset works, and is deep-equal before and after a user selects, zooms, pans, opens the
 * list and hides a category with real input. JSON from `src` with `__proto__` and `constructor`
 * keys pollutes nothing.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { mount, type TimelineHarness } from '../harness';
import { catchGlobalErrors, waitFor } from './support';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** Whether a value and everything reachable from it is still frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Reflect.ownKeys(value).every((key) => deeplyFrozen((value as Record<PropertyKey, unknown>)[key]));
}

const dataset = () => ({
  title: 'Frozen',
  events: [
    { id: 'a', start: '2000-07-19', title: 'Declaration', category: 'treaties', place: 'Pyongyang', people: ['Kim', 'Putin'], links: [{ href: 'https://example.org/a', label: 'Read' }], source: { paragraph: 2 } },
    { id: 'b', start: '2005-03', end: '2006-01~', title: 'A span', category: 'visits', description: 'Long' },
    { id: 'c', start: '2011-08-24T10:30+09:00', title: 'A time', category: 'visits' },
    { id: 'd', start: '2019-04-25', title: 'Summit', category: 'summits', links: [{ href: 'javascript:alert(1)' }] },
    { id: 'e', start: '2023-09-13', title: 'Visit', extra: { nested: [1, { deep: true }] } },
    { id: 'e', start: '2024', title: 'Duplicate id' },
    { id: 'f', start: 'someday', title: 'Bad date' },
  ],
  eras: [{ start: '2000', end: '2011', title: 'First era' }],
});

async function click(el: Element): Promise<void> {
  const box = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

async function ctrlWheel(t: TimelineHarness, deltaY: number): Promise<void> {
  const box = t.svg()!.getBoundingClientRect();
  await executeServerCommand('cdp-wheel', { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2), deltaY, ctrlKey: true });
  await new Promise((r) => setTimeout(r, 50));
  await t.settle();
}

describe('robustness: the element never changes what it is given', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  afterEach(() => resetMouse());

  it('a deeply frozen dataset works, and is deep-equal and still frozen after selection, zoom, pan, the list and the legend by real input', async () => {
    const errors = catchGlobalErrors();
    const input = dataset();
    const before = structuredClone(input);
    deepFreeze(input);
    const t = await mount({ width: 1100, locale: 'en-GB' });
    t.el.groupBy = 'category';
    t.el.events = input;
    await t.settle();
    expect(t.el.validEvents.map((e) => e.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);

    await t.clickEvent('a'); // select with the mouse
    expect(t.el.selected).to.equal('a');
    expect(t.details()!.textContent).to.contain('Kim, Putin');
    await sendKeys({ press: 'ArrowRight' }); // move focus in time order, select with Enter
    await sendKeys({ press: 'Enter' });
    await t.settle();
    expect(t.el.selected).to.equal('b');
    const span = () => t.el.visibleWindow!.end.getTime() - t.el.visibleWindow!.start.getTime();
    const wide = span();
    await sendKeys({ press: '+' }); // zoom in from the keyboard
    await ctrlWheel(t, -300); // and with Ctrl + wheel
    await new Promise((r) => setTimeout(r, 300));
    expect(span()).to.be.below(wide * 0.8);
    await sendKeys({ down: 'Shift' }); // pan
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: '0' }); // and fit again
    await t.settle();
    const legendItem = t.root.querySelector('[part~="legend-item"]')!;
    expect(legendItem, 'a legend with group-by="category"').to.exist;
    await click(legendItem); // hide a category
    await t.settle();
    expect(legendItem.getAttribute('aria-pressed')).to.equal('false');
    const listToggle = t.root.querySelector('[part~="list-toggle"]')!;
    await click(listToggle);
    await t.settle();
    expect(t.el.showList).to.equal(true);
    await click(t.root.querySelector('[part~="problems"] summary')!);
    await t.settle();

    expect(input).to.deep.equal(before);
    expect(deeplyFrozen(input)).to.equal(true);
    expect(t.el.events).to.equal(input);
    expect(errors.stop()).to.deep.equal([]);
  });

  it('a frozen array of frozen events set again, and a frozen array with src set after it, never throw', async () => {
    const errors = catchGlobalErrors();
    const events = deepFreeze(dataset().events);
    const before = structuredClone(events);
    const t = await mount({ width: 800, events });
    t.el.events = events.slice(0, 2); // a new frozen-element array
    await t.settle();
    t.el.events = events;
    await t.settle();
    t.el.selected = 'c';
    await t.settle();
    expect(t.el.validEvents).to.have.length(5);
    expect(events).to.deep.equal(before);
    expect(errors.stop()).to.deep.equal([]);
  });
});

describe('robustness: __proto__ and constructor keys in JSON from src', () => {
  it('pollute nothing: Object.prototype untouched, the events still read, the odd ones reported', async () => {
    const errors = catchGlobalErrors();
    const keys = Reflect.ownKeys(Object.prototype).map(String).sort();
    const t = await mount({ width: 1000, locale: 'en-GB' });
    t.el.src = '/__fixtures/pathological?kind=proto';
    await t.el.updateComplete;
    await waitFor(() => t.el.validEvents.length > 0, 'the events');
    await t.settle();
    expect(t.events().map((g) => g.dataset.id).sort()).to.deep.equal(['a', 'b', 'd']);
    expect(t.labels().map((l) => l.textContent)).to.include.members(['A', 'B', 'D']);
    expect(t.el.problems.map((p) => p.message)).to.deep.equal([
      'event 2: has no id',
      'event 2: has no title',
      'event 2: has no start date',
      'event 3 ("d"): people ignored: expected a list of names, got an object',
    ]);
    t.el.selected = 'd';
    await t.settle();
    expect(t.details()!.querySelector('a')!.textContent).to.equal('/x');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Reflect.ownKeys(Object.prototype).map(String).sort()).to.deep.equal(keys);
    expect(Object.getPrototypeOf(t.el.validEvents[0])).to.equal(Object.prototype);
    expect(errors.stop()).to.deep.equal([]);
  });
});
