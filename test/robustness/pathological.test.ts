/**
 * Pathological JSON, through `src` and as `events`: nesting 100,000 (and 9,000,000) deep, and a
 * 15 MB title. Each gives a clear message or a shortened text, never a crash or a frozen tab: the
 * time to the answer and the longest main-thread task are measured (and logged) on the way.
 */
import { expect } from '@open-wc/testing';
import { mount, type TimelineHarness } from '../harness';
import type { TimelineErrorDetail } from '../../src/event-timeline';
import { MAX_JSON_DEPTH, MAX_TITLE_LENGTH } from '../../src/model/limits';
import { catchGlobalErrors, waitFor } from './support';

/** Runs `f` and returns how long it took and the longest main-thread task (long tasks are over 50 ms). */
async function measured(what: string, f: () => Promise<void>): Promise<{ ms: number; longestTask: number }> {
  let longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const start = performance.now();
  await f();
  const ms = performance.now() - start;
  await new Promise((r) => setTimeout(r, 0));
  observer.disconnect();
  console.log(`${what}: ${Math.round(ms)} ms, longest task ${Math.round(longestTask)} ms`);
  return { ms, longestTask };
}

/** Sets src and waits until the loading state is gone. */
async function loadSrc(t: TimelineHarness, src: string): Promise<void> {
  t.el.src = src;
  await t.el.updateComplete;
  await waitFor(() => t.status()?.textContent?.includes('Loading') !== true, src, 15000);
  await t.settle();
}

const DEPTH_MESSAGE = `the file nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep, which no dataset needs; it was not read`;

describe('robustness: pathological JSON', function () {
  this.timeout(30000);

  for (const [what, query] of [
    ['nested 100,000 deep', 'kind=deep&n=100000'],
    ['nested 100,000 deep in an extra field', 'kind=deep&n=100000&at=extra'],
    ['nested 9,000,000 deep (18 MB)', 'kind=deep&n=9000000'],
  ]) {
    it(`src: JSON ${what} is refused with a message and Retry, and the tab stays responsive`, async () => {
      const errors = catchGlobalErrors();
      const t = await mount({ width: 800 });
      let fired: TimelineErrorDetail | undefined;
      t.el.addEventListener('timeline-error', (e) => (fired = e.detail));
      const { ms, longestTask } = await measured(`src, JSON ${what}`, () => loadSrc(t, `/__fixtures/pathological?${query}`));
      expect(t.status()!.getAttribute('role')).to.equal('alert');
      expect(t.status()!.textContent).to.contain(DEPTH_MESSAGE);
      expect(t.root.querySelector('[part~="retry"]')).to.exist;
      expect(fired!.problems.map((p) => p.message)).to.deep.equal([`The events could not be loaded: ${DEPTH_MESSAGE}`]);
      expect(ms).to.be.below(10000);
      expect(longestTask, 'no frame is blocked for long').to.be.below(2000);
      expect(errors.stop()).to.deep.equal([]);
    });
  }

  it('src: a 15 MB title is shortened, with a problem, and the event is shown', async () => {
    const errors = catchGlobalErrors();
    const t = await mount({ width: 800 });
    const { ms, longestTask } = await measured('src, a 15 MB title', () => loadSrc(t, '/__fixtures/pathological?kind=long-title&mb=15'));
    expect(t.events().map((g) => g.dataset.id).sort()).to.deep.equal(['long', 'ok']);
    const long = t.el.validEvents.find((e) => e.id === 'long')!;
    expect(long.title).to.have.length(MAX_TITLE_LENGTH + 1);
    expect(long.title.endsWith('…')).to.equal(true);
    expect(t.event('long').getAttribute('aria-label')!.length).to.be.below(MAX_TITLE_LENGTH + 50);
    const label = t.event('long').querySelector('[part~="label"]')!.textContent ?? '';
    expect(label.length, 'the label is shortened to its space').to.be.within(1, 200);
    expect([...t.problems()!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'event 1 ("long"): title is 15,728,640 characters long; shortened to its first 100,000',
    ]);
    expect(ms).to.be.below(10000);
    expect(longestTask, 'no frame is blocked for long').to.be.below(2000);
    expect(errors.stop()).to.deep.equal([]);
  });

  it('events: arrays nested 100,000 deep are reported as what they are, the other events shown', async () => {
    const errors = catchGlobalErrors();
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const t = await mount({ width: 800 });
    const { ms } = await measured('events, nested 100,000 deep', async () => {
      t.el.events = [{ id: 'ok', start: '2001', title: 'Still here', extra: deep }, deep];
      await t.settle();
    });
    expect(t.events().map((g) => g.dataset.id)).to.deep.equal(['ok']);
    expect(t.el.problems.map((p) => p.message)).to.deep.equal(['event 1: expected an object, got an array']);
    expect(ms).to.be.below(3000);
    expect(errors.stop()).to.deep.equal([]);
  });

  it('events: a 15 MB title is shortened, with a problem, within a second or so', async () => {
    const errors = catchGlobalErrors();
    const t = await mount({ width: 800 });
    const title = 'x'.repeat(15 * 1024 * 1024);
    const { ms, longestTask } = await measured('events, a 15 MB title', async () => {
      t.el.events = [{ id: 'ok', start: '2001', title: 'Still here' }, { id: 'long', start: '2002', title }];
      await t.settle();
      t.el.selected = 'long';
      t.el.showList = true;
      await t.settle();
    });
    expect(t.details()!.querySelector('h3')!.textContent).to.have.length(MAX_TITLE_LENGTH + 1);
    expect(t.el.problems.map((p) => p.field)).to.deep.equal(['title']);
    expect(ms).to.be.below(3000);
    expect(longestTask).to.be.below(2000);
    expect(errors.stop()).to.deep.equal([]);
  });
});
