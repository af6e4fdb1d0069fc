import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { mount } from '../harness';

const events = [
  { id: 'a', start: '2000-07-19', title: 'A' },
  { id: 'b', start: '2010-06-01', title: 'B' },
  { id: 'c', start: '2023-07-19', title: 'C' },
];

describe('<event-timeline> on a touch screen', () => {
  before(() => setViewport({ width: 800, height: 600 }));
  after(async () => {
    document.body.style.height = '';
    window.scrollTo(0, 0);
    await executeServerCommand('cdp-touch-emulation', { enabled: false });
  });

  it('a one-finger vertical drag over the timeline scrolls the page and does not zoom', async () => {
    await executeServerCommand('cdp-touch-emulation', { enabled: true });
    document.body.style.height = '3000px';
    const t = await mount({ width: 700, events });
    const before = t.el.visibleWindow!;
    const box = t.svg()!.getBoundingClientRect();
    const x = Math.round(box.x + 300);
    const y = Math.round(box.y + box.height - 10);
    await executeServerCommand('cdp-touch', { type: 'touchStart', points: [{ x, y }] });
    for (let d = 10; d <= 120; d += 10) await executeServerCommand('cdp-touch', { type: 'touchMove', points: [{ x, y: y - d }] });
    await executeServerCommand('cdp-touch', { type: 'touchEnd', points: [] });
    await new Promise((r) => setTimeout(r, 300));
    expect(window.scrollY).to.be.greaterThan(30);
    const after = t.el.visibleWindow!;
    expect(after.end.getTime() - after.start.getTime()).to.equal(before.end.getTime() - before.start.getTime());
  });
});
