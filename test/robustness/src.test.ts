import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { mount, type TimelineHarness } from '../harness';
import type { TimelineErrorDetail } from '../../src/event-timeline';
import { MAX_SOURCE_BYTES } from '../../src/model/load';
import { sleep, waitFor } from './support';

/** A fresh id for the fixture server's per-id request log. */
let requestIds = 0;
const uniqueId = (name: string) => `src-test-${name}-${++requestIds}`;

async function requestLog(id: string): Promise<{ requests: number; aborted: number; completed: number }> {
  return (await fetch(`/__fixtures/log?id=${encodeURIComponent(id)}`)).json();
}

/** Sets src and resolves with the first `timeline-error` that follows. */
async function failWith(t: TimelineHarness, src: string): Promise<TimelineErrorDetail> {
  const fired = t.next<TimelineErrorDetail>('timeline-error');
  t.el.src = src;
  const { detail } = await fired;
  await t.settle();
  return detail;
}

function retryButton(t: TimelineHarness): HTMLButtonElement {
  const button = t.root.querySelector<HTMLButtonElement>('[part~="retry"]');
  if (!button) throw new Error('no Retry button is shown');
  return button;
}

/** Clicks Retry with the real mouse. */
async function clickRetry(t: TimelineHarness): Promise<void> {
  const box = retryButton(t).getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

const heading = (t: TimelineHarness) => t.root.querySelector('h2')?.textContent ?? '';
const drawnIds = (t: TimelineHarness) => t.events().map((g) => g.dataset.id);

describe('robustness: src', () => {
  it('shows a loading state while the request is pending, then the events', async () => {
    const t = await mount({ width: 600 });
    t.el.src = '/__fixtures/slow?ms=500&title=Slow';
    await t.settle();
    expect(t.status()!.getAttribute('role')).to.equal('status');
    expect(t.status()!.textContent).to.contain('Loading');
    expect(t.events()).to.have.length(0);
    await waitFor(() => t.events().length === 3, 'the slow dataset');
    await t.settle();
    expect(t.status()).to.equal(null);
    expect(heading(t)).to.equal('Slow');
  });

  for (const [what, src, said] of [
    ['a network error', '/__fixtures/network-error', 'network error'],
    ['a 404', '/__fixtures/status?code=404', '404'],
    ['a 500', '/__fixtures/status?code=500', '500'],
    ['a body that is not JSON', '/__fixtures/not-json', 'not valid JSON'],
  ]) {
    it(`shows ${what} as a message with Retry and fires timeline-error`, async () => {
      const t = await mount({ width: 600 });
      const detail = await failWith(t, src);
      expect(detail.problems).to.have.length(1);
      expect(detail.problems[0].message).to.contain(said);
      const status = t.status()!;
      expect(status.getAttribute('role')).to.equal('alert');
      expect(status.textContent).to.contain(said);
      expect(retryButton(t).textContent).to.equal('Retry');
      expect(t.el.problems.map((p) => p.message)).to.deep.equal(detail.problems.map((p) => p.message));
      expect(t.events()).to.have.length(0);
    });
  }

  it('shows JSON that is not a dataset as a message with Retry and fires timeline-error', async () => {
    const t = await mount({ width: 600 });
    const detail = await failWith(t, '/__fixtures/not-a-dataset');
    expect(detail.problems[0].message).to.contain('expected an array of events or a dataset object');
    expect(t.status()!.textContent).to.contain('expected an array of events');
    expect(retryButton(t)).to.exist;
  });

  for (const how of ['500', 'network']) {
    it(`Retry really asks again (${how === '500' ? 'a 500' : 'a network error'} first, then success)`, async () => {
      const id = uniqueId('flaky');
      const t = await mount({ width: 600 });
      await failWith(t, `/__fixtures/flaky?id=${id}&fail=heal&how=${how}&title=Second`);
      const before = (await requestLog(id)).requests;
      expect(before).to.be.at.least(1);
      await fetch(`/__fixtures/heal?id=${id}`);
      await clickRetry(t);
      await waitFor(() => t.events().length === 3, 'the dataset after Retry');
      await t.settle();
      expect((await requestLog(id)).requests).to.be.greaterThan(before);
      expect(t.status()).to.equal(null);
      expect(t.el.problems).to.deep.equal([]);
      expect(heading(t)).to.equal('Second');
    });
  }

  it('Retry that fails again fires timeline-error again', async () => {
    const id = uniqueId('flaky');
    const t = await mount({ width: 600 });
    await failWith(t, `/__fixtures/flaky?id=${id}&fail=5`);
    const again = t.next<TimelineErrorDetail>('timeline-error');
    await clickRetry(t);
    expect((await again).detail.problems[0].message).to.contain('500');
    await t.settle();
    expect(retryButton(t)).to.exist;
    expect((await requestLog(id)).requests).to.equal(2);
  });

  it('a new src aborts the previous request, and its late answer never replaces the newer one', async () => {
    const id = uniqueId('slow');
    const t = await mount({ width: 600 });
    t.el.src = `/__fixtures/slow?ms=800&title=A&id=${id}`;
    await t.el.updateComplete;
    await sleep(50); // the request is on its way
    t.el.src = '/__fixtures/dataset?title=B';
    await waitFor(() => heading(t) === 'B', 'dataset B');
    await sleep(1200);
    await t.settle();
    expect(heading(t)).to.equal('B');
    expect(drawnIds(t)).to.deep.equal(['B-0', 'B-1', 'B-2']);
    const log = await requestLog(id);
    expect(log.requests).to.equal(1);
    expect(log.aborted, 'the server saw the old request go away').to.equal(1);
    expect(log.completed).to.equal(0);
  });

  it('setting events while src is loading cancels the request: the events stay', async () => {
    const id = uniqueId('slow');
    const t = await mount({ width: 600 });
    t.el.src = `/__fixtures/slow?ms=600&title=A&id=${id}`;
    await t.el.updateComplete;
    await sleep(50);
    t.el.events = [{ id: 'mine', start: '2001', title: 'Mine' }];
    await sleep(1000);
    await t.settle();
    expect(drawnIds(t)).to.deep.equal(['mine']);
    expect((await requestLog(id)).aborted).to.equal(1);
  });

  it('clearing src while it loads cancels the request', async () => {
    const id = uniqueId('slow');
    const t = await mount({ width: 600 });
    t.el.src = `/__fixtures/slow?ms=600&title=A&id=${id}`;
    await t.el.updateComplete;
    await sleep(50);
    t.el.src = '';
    await sleep(1000);
    await t.settle();
    expect(t.events()).to.have.length(0);
    expect(t.status()!.textContent).to.not.contain('Loading');
    expect((await requestLog(id)).aborted).to.equal(1);
  });

  it('the last of many quick src changes wins', async () => {
    const t = await mount({ width: 600 });
    for (let i = 0; i < 10; i++) {
      t.el.src = `/__fixtures/slow?ms=${300 - i * 25}&title=S${i}`;
      await t.el.updateComplete;
    }
    t.el.src = '/__fixtures/slow?ms=400&title=Last';
    await waitFor(() => heading(t) === 'Last', 'the last dataset');
    await sleep(500);
    expect(heading(t)).to.equal('Last');
  });

  it(`documents a size limit of 20 MB (MAX_SOURCE_BYTES = ${MAX_SOURCE_BYTES})`, () => {
    expect(MAX_SOURCE_BYTES).to.equal(20 * 1024 * 1024);
  });

  for (const [what, query] of [
    ['of 21 MB streamed without a declared length', 'mb=21'],
    ['of 21 MB with a declared Content-Length', 'mb=21&declare=1'],
    ['of 64 MB streamed without a declared length', 'mb=64'],
  ]) {
    it(`refuses a response ${what}, with a message and Retry, and stops the download`, async () => {
      const id = uniqueId('huge');
      const t = await mount({ width: 600 });
      const started = performance.now();
      const detail = await failWith(t, `/__fixtures/huge?${query}&id=${id}`);
      expect(detail.problems[0].message).to.match(/too large .*the limit is 20\.0 MB/);
      expect(t.status()!.textContent).to.contain('too large');
      expect(retryButton(t)).to.exist;
      expect(performance.now() - started).to.be.below(8000);
      let log = await requestLog(id);
      for (let i = 0; i < 50 && log.aborted + log.completed === 0; i++) {
        await sleep(20);
        log = await requestLog(id);
      }
      expect(log.requests).to.equal(1);
      // 21 MB may all be in socket buffers by the time 20 MB are read; 64 MB cannot.
      if (query !== 'mb=21') expect(log, 'the server saw the download stop before its end').to.include({ aborted: 1, completed: 0 });
    });
  }

  it('accepts a 19 MB response (the limit is the limit)', async () => {
    const t = await mount({ width: 600 });
    const detail = await failWith(t, '/__fixtures/huge?mb=19');
    // It loads; the one big string in it is not an event, and that is what is reported.
    expect(detail.problems[0].message).to.match(/^event 0: expected an object, got "x{40}…"$/);
    expect(t.root.querySelector('[part~="retry"]')).to.equal(null);
  });

  it('a failed src followed by events shows the events and no error', async () => {
    const t = await mount({ width: 600 });
    await failWith(t, '/__fixtures/status?code=404');
    t.el.events = [{ id: 'a', start: '2001', title: 'A' }];
    await t.settle();
    expect(t.status()).to.equal(null);
    expect(t.el.problems).to.deep.equal([]);
    expect(drawnIds(t)).to.deep.equal(['a']);
  });
});
