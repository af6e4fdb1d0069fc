/**
 * Parts loaded on demand that cannot be loaded (offline, or the standalone file copied without
 * its standalone/ folder): reported in the element that needed them and with timeline-error,
 * never thrown, the timeline still drawn, and tried again when needed again.
 */
import { expect } from '@open-wc/testing';
import { mount } from '../harness';
import type { TimelineErrorDetail } from '../../src/event-timeline';
import { OnDemand, onDemand, reportOnDemandFailures, type OnDemandFailure } from '../../src/controllers/on-demand';
import { catchGlobalErrors } from './support';

const events = [
  { id: 'a', start: '2000-07-19', title: 'Declaration' },
  { id: 'b', start: '2019-04', title: 'Visit' },
];

/** A module that fails `failures` times, then loads. */
function flaky<T>(part: string, failures: number, module: T): { loader: OnDemand<T>; calls: () => number } {
  let calls = 0;
  const loader = new OnDemand(part, () => (++calls <= failures ? Promise.reject(new TypeError(`Failed to fetch dynamically imported module: /standalone/${part}.js`)) : Promise.resolve(module)));
  return { loader, calls: () => calls };
}

describe('OnDemand: a part that fails to load', () => {
  it('tells the requester, rejects, and loads again when asked again', async () => {
    const seen: OnDemandFailure[] = [];
    const requester = {};
    const off = reportOnDemandFailures(requester, (f) => seen.push(f));
    try {
      const { loader, calls } = flaky('widget', 1, { ok: true });
      let rejected = false;
      await loader.load(requester).catch(() => (rejected = true));
      expect(rejected).to.equal(true);
      expect(seen).to.deep.equal([{ part: 'widget', reason: 'Failed to fetch dynamically imported module: /standalone/widget.js' }]);
      expect(loader.loaded).to.equal(undefined);
      expect(await loader.load(requester)).to.deep.equal({ ok: true });
      expect(loader.loaded).to.deep.equal({ ok: true });
      expect(calls()).to.equal(2);
      expect(seen).to.have.length(1);
    } finally {
      off();
    }
  });

  it('only the requesters of the failed attempt are told: not a prefetch, not another element; use() never rejects', async () => {
    const first: OnDemandFailure[] = [];
    const other: OnDemandFailure[] = [];
    const a = {};
    const b = {};
    const offs = [reportOnDemandFailures(a, (f) => first.push(f)), reportOnDemandFailures(b, (f) => other.push(f))];
    const errors = catchGlobalErrors();
    try {
      const { loader } = flaky('widget', 2, 1);
      await loader.load().catch(() => undefined); // a prefetch
      expect([first, other]).to.deep.equal([[], []]);
      let used = false;
      loader.use(a, () => (used = true));
      await new Promise((r) => setTimeout(r, 20));
      expect(used).to.equal(false);
      expect(first.map((f) => f.part)).to.deep.equal(['widget']);
      expect(other).to.deep.equal([]);
      loader.use(a, () => (used = true));
      await new Promise((r) => setTimeout(r, 20));
      expect(used).to.equal(true);
    } finally {
      offs.forEach((off) => off());
      expect(errors.stop()).to.deep.equal([]);
    }
  });
});

describe('the element when a part cannot be loaded', () => {
  it('selecting an event whose details panel cannot load: a problem in the element and timeline-error, the timeline still drawn', async () => {
    const real = onDemand.details;
    expect(real.loaded, 'not loaded yet in this page').to.equal(undefined);
    // Fails (the page's idle prefetch too) until the real module is put back.
    (onDemand as Record<string, unknown>).details = new OnDemand('details', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /standalone/details.js')));
    const fired: TimelineErrorDetail[] = [];
    const listener = (e: Event) => fired.push((e as CustomEvent<TimelineErrorDetail>).detail);
    document.addEventListener('timeline-error', listener);
    const errors = catchGlobalErrors();
    try {
      const t = await mount({ width: 800, events });
      expect(fired).to.deep.equal([]);
      await t.clickEvent('b');
      await t.settle();
      expect(t.el.selected).to.equal('b');
      expect(t.events().map((g) => g.dataset.id)).to.have.members(['a', 'b']);
      const listed = [...(t.problems()?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
      expect(listed).to.deep.equal(['Part of the timeline (details) could not be loaded: Failed to fetch dynamically imported module: /standalone/details.js']);
      expect(fired.map((d) => d.problems.map((p) => p.message))).to.deep.equal([listed]);
      expect(t.el.problems.map((p) => p.field)).to.deep.equal(['module']);
      // Needed again (another selection): loaded this time, and the problem is gone.
      (onDemand as Record<string, unknown>).details = real;
      await t.clickEvent('a');
      await t.settle();
      expect(t.details(), 'the details panel').to.exist;
      expect(t.problems()).to.equal(null);
    } finally {
      (onDemand as Record<string, unknown>).details = real;
      document.removeEventListener('timeline-error', listener);
      expect(errors.stop()).to.deep.equal([]);
    }
  });
});
