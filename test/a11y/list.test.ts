import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { mount, sampleEvents, type TimelineHarness } from '../harness';

function list(t: TimelineHarness): HTMLElement {
  const found = t.root.querySelector<HTMLElement>('[part~="list"]');
  if (!found) throw new Error('no list');
  return found;
}
function items(t: TimelineHarness): HTMLLIElement[] {
  return [...list(t).querySelectorAll('li')];
}
function toggle(t: TimelineHarness): HTMLButtonElement {
  return t.root.querySelector<HTMLButtonElement>('[part~="list-toggle"]')!;
}
/** True when the element takes no more than one pixel on screen (visually hidden). */
function hidden(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.width * box.height <= 1;
}

describe('the list of all events (a complete alternative to the drawing)', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  it('holds every event in time order with its date and description, visually hidden, in the shadow root', async () => {
    const t = await mount({ width: 1000, locale: 'en-GB', events: sampleEvents });
    expect(list(t).getRootNode()).to.equal(t.root);
    expect(hidden(list(t))).to.equal(true);
    expect(items(t).map((li) => li.textContent!.split(': ')[1].split(' — ')[0])).to.deep.equal(t.el.validEvents.map((e) => e.title));
    expect(items(t)[0].textContent).to.equal('19 July 2000: Joint declaration signed — Signed.');
    expect(items(t)[3].textContent).to.equal('April 2019: Visit in April');
    expect(list(t).querySelector('h3')!.textContent).to.equal('All 5 events in time order');
    // One plain element per event: the list costs little DOM.
    expect(list(t).querySelectorAll('li *')).to.have.length(0);
    // Nothing in the hidden list can take the focus.
    expect(list(t).querySelectorAll('button, a, [tabindex]')).to.have.length(0);
  });

  it('lists the events the drawing merges into clusters or leaves out of view', async () => {
    const crowd = Array.from({ length: 200 }, (_, i) => ({ id: `c${i}`, start: '2010-05-05', title: `Same day ${i}` }));
    const t = await mount({ width: 1000, events: [...sampleEvents, ...crowd] });
    expect(t.events().length).to.be.lessThan(205);
    expect(items(t)).to.have.length(205);
  });

  it('show-list shows it to everyone; the property reflects', async () => {
    const t = await mount({ width: 1000, locale: 'en-GB', events: sampleEvents });
    t.el.setAttribute('show-list', '');
    await t.settle();
    expect(t.el.showList).to.equal(true);
    expect(hidden(list(t))).to.equal(false);
    expect(list(t).getBoundingClientRect().height).to.be.greaterThan(100);
    const first = items(t)[0];
    expect(first.querySelector('.list-date')!.textContent).to.equal('19 July 2000');
    expect(first.querySelector('.list-title')!.textContent).to.equal('Joint declaration signed');
    expect(first.querySelector('.list-description')!.textContent).to.equal('Signed.');
    t.el.showList = false;
    await t.settle();
    expect(t.el.hasAttribute('show-list')).to.equal(false);
    expect(hidden(list(t))).to.equal(true);
  });

  it('the List button (part="list-toggle") shows and hides it, saying so with aria-pressed', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    expect(toggle(t).getAttribute('aria-pressed')).to.equal('false');
    expect(toggle(t).textContent!.trim()).to.contain('List');
    toggle(t).click();
    await t.settle();
    expect(t.el.showList).to.equal(true);
    expect(t.el.hasAttribute('show-list')).to.equal(true);
    expect(toggle(t).getAttribute('aria-pressed')).to.equal('true');
    expect(hidden(list(t))).to.equal(false);
    toggle(t).click();
    await t.settle();
    expect(hidden(list(t))).to.equal(true);
  });

  it('holds all of 600 events', async () => {
    const many = Array.from({ length: 600 }, (_, i) => ({ id: `e${i}`, start: `${1500 + Math.floor(i / 10)}-01-01`, title: `Event ${i}` }));
    const t = await mount({ width: 1000, events: many });
    expect(items(t)).to.have.length(600);
    expect(list(t).textContent).not.to.contain('The first');
  });

  it('pages a larger list: the first 600 hidden, and a visible list shows 100 a page', async () => {
    const many = Array.from({ length: 2300 }, (_, i) => ({ id: `e${i}`, start: `${1500 + Math.floor(i / 10)}-01-01`, title: `Event ${i}` }));
    const t = await mount({ width: 1000, events: many });
    expect(items(t)).to.have.length(600);
    expect(list(t).textContent).to.contain('The first 600 of 2,300 events');
    t.el.showList = true;
    await t.settle();
    const status = () => t.root.querySelector('[part~="list-pager"] [role="status"]')!.textContent!.trim();
    const go = async (to: string, at: 'top' | 'bottom' = 'top') => {
      t.root.querySelector<HTMLButtonElement>(`[part~="list-pager"][data-at="${at}"] [data-go="${to}"]`)!.click();
      await t.settle();
    };
    expect(items(t)).to.have.length(100);
    expect(status()).to.equal('Events 1–100 of 2,300');
    expect(t.root.querySelector('[data-go="previous"]')!.getAttribute('aria-disabled')).to.equal('true');
    await go('next', 'bottom');
    expect(status()).to.equal('Events 101–200 of 2,300');
    expect(items(t)[0].textContent).to.contain('Event 100');
    // The pager under the list gives the focus to the same button above it, at the top of the new page.
    expect(t.root.activeElement).to.equal(t.root.querySelector('[part~="list-pager"][data-at="top"] [data-go="next"]'));
    await go('last');
    expect(status()).to.equal('Events 2,201–2,300 of 2,300');
    expect(items(t)).to.have.length(100);
    await go('previous');
    expect(status()).to.equal('Events 2,101–2,200 of 2,300');
    await go('first');
    expect(status()).to.equal('Events 1–100 of 2,300');
    // Hidden again, it is the first 600 again.
    t.el.showList = false;
    await t.settle();
    expect(items(t)).to.have.length(600);
  });

  it('is printed, and the controls are not', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    await new Promise((r) => setTimeout(r, 300)); // the print code loads when the page is idle
    await emulateMedia({ media: 'print' });
    try {
      // Printing draws the whole chronology and, after it, every event in a list (view/print.ts).
      await t.settle();
      const printed = t.root.querySelector<HTMLElement>('.print-list')!;
      expect(hidden(printed)).to.equal(false);
      expect(printed.querySelectorAll('li')).to.have.length(sampleEvents.length);
      expect(getComputedStyle(list(t)).display, 'not twice').to.equal('none');
      expect(getComputedStyle(t.root.querySelector('[part~="controls"]')!).display).to.equal('none');
      expect(toggle(t).getBoundingClientRect().width).to.equal(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('is there in the vertical layout, in Russian and Korean too', async () => {
    const ru = await mount({ width: 390, locale: 'ru', events: sampleEvents });
    expect(items(ru)).to.have.length(5);
    expect(list(ru).querySelector('h3')!.textContent).to.equal('Все события по порядку (5)');
    expect(toggle(ru).textContent!.trim()).to.contain('Список');
    const ko = await mount({ width: 390, locale: 'ko', events: sampleEvents });
    expect(list(ko).querySelector('h3')!.textContent).to.equal('시간순 전체 사건 5건');
    expect(items(ko)[1].textContent).to.match(/^약 2000년 7월 19일 ~ 2023년 7월 19일: Two decades of ties$/);
    ko.el.showList = true;
    await ko.settle();
    expect(items(ko)[0].querySelector('.list-date')!.textContent).to.equal('2000년 7월 19일');
  });

  it('is absent while loading, after a failed load, and with no events', async () => {
    const empty = await mount({ width: 1000, events: [] });
    expect(empty.root.querySelector('[part~="list"]')).to.equal(null);
    const failed = await mount({ width: 1000, src: '/__fixtures/not-a-dataset' });
    await new Promise((r) => setTimeout(r, 300));
    await failed.settle();
    expect(failed.root.querySelector('[part~="list"]')).to.equal(null);
  });
});
