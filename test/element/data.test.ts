import { expect } from '@open-wc/testing';
import { mount, sampleEvents } from '../harness';
import type { TimelineErrorDetail } from '../../src/event-timeline';

describe('<event-timeline> input', () => {
  it('leaves out invalid events, lists them, and still shows the valid ones', async () => {
    const t = await mount({
      events: [...sampleEvents, { id: 'bad', start: 'July 2000', title: 'Bad date' }, { id: 'nostart', title: 'No start' }],
    });
    expect(t.events()).to.have.length(sampleEvents.length);
    const problems = t.problems()!;
    expect(problems.textContent).to.contain('2 problems');
    expect(problems.textContent).to.contain('event 5 ("bad")');
    expect(problems.textContent).to.contain('event 6 ("nostart"): has no start date');
  });

  it('fires timeline-error with the problems', async () => {
    const fired = new Promise<CustomEvent<TimelineErrorDetail>>((resolve) =>
      document.addEventListener('timeline-error', (e) => resolve(e as CustomEvent<TimelineErrorDetail>), { once: true }),
    );
    await mount({ events: [{ id: 'x', start: '2023-02-30', title: 'Impossible' }] });
    const e = await fired;
    expect(e.detail.problems).to.have.length(1);
    expect(e.detail.problems[0].field).to.equal('start');
    expect(e.detail.problems[0].message).to.contain('2023-02-30');
  });

  it('says what is wrong with input that is not a list of events', async () => {
    const t = await mount({ events: 'nonsense' });
    expect(t.problems()!.textContent).to.contain('expected an array of events');
    expect(t.status()!.textContent).to.contain('No events');
  });

  it('shows the last events set when set several times', async () => {
    const t = await mount({ events: sampleEvents });
    t.el.events = [{ id: 'a', start: '2001', title: 'A' }];
    t.el.events = [{ id: 'b', start: '2002', title: 'B' }, { id: 'c', start: '2003', title: 'C' }];
    await t.settle();
    expect(t.events().map((g) => g.dataset.id)).to.deep.equal(['b', 'c']);
  });

  it('relays out when its container is resized', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    const wide = t.event('anniv').querySelector('.mark')!.getBoundingClientRect().x;
    t.container.style.width = '500px';
    await new Promise((r) => setTimeout(r, 50));
    await t.settle();
    const narrow = t.event('anniv').querySelector('.mark')!.getBoundingClientRect().x;
    expect(narrow).to.be.lessThan(wide - 300);
    expect(t.svg()!.getBoundingClientRect().width).to.be.at.most(500);
  });
});

describe('<event-timeline> src', () => {
  it('loads the article dataset from src', async () => {
    const t = await mount({ src: '/data/dprk-russia-2000-2023.json' });
    await waitFor(() => t.events().length > 0);
    await t.settle();
    expect(t.events().length).to.be.greaterThan(2);
    expect(t.root.querySelector('h2')!.textContent).to.contain('DPRK');
  });

  it('shows a message with Retry and fires timeline-error when src is missing', async () => {
    const t = await mount({ width: 600 });
    const fired = t.next<TimelineErrorDetail>('timeline-error');
    t.el.src = '/data/does-not-exist.json';
    const e = await fired;
    await t.settle();
    expect(e.detail.problems[0].message).to.contain('404');
    expect(t.status()!.textContent).to.contain('404');
    expect(t.status()!.querySelector('button')!.textContent).to.equal('Retry');
  });

  it('reports a file that is not JSON', async () => {
    const t = await mount({ width: 600 });
    const fired = t.next<TimelineErrorDetail>('timeline-error');
    t.el.src = '/vite.config.ts';
    expect((await fired).detail.problems[0].message).to.contain('not valid JSON');
  });

  it('a new src replaces the previous request: the last one wins', async () => {
    const t = await mount({ width: 600 });
    t.el.src = '/data/does-not-exist.json';
    await t.el.updateComplete;
    t.el.src = '/data/dprk-russia-2000-2023.json';
    await waitFor(() => t.events().length > 0);
    await new Promise((r) => setTimeout(r, 100));
    await t.settle();
    expect(t.status()).to.equal(null);
    expect(t.events().length).to.be.greaterThan(2);
  });
});

async function waitFor(condition: () => boolean, timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
