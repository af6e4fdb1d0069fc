import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, sampleEvents } from '../harness';
import type { TimelineSelectDetail } from '../../src/event-timeline';

describe('<event-timeline> selection and details', () => {
  it('selects an event on click and fires timeline-select with its id and event', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    const fired = t.next<TimelineSelectDetail>('timeline-select');
    await t.clickEvent('visit');
    const e = await fired;
    expect(e.detail.id).to.equal('visit');
    expect(e.detail.event.title).to.equal('Visit in April');
    expect(e.bubbles && e.composed).to.equal(true);
    expect(t.el.selected).to.equal('visit');
    expect(t.el.getAttribute('selected')).to.equal('visit');
    expect(t.event('visit').getAttribute('part')).to.contain('event--selected');
  });

  it('shows the selected event in the details panel with its date at its precision', async () => {
    const t = await mount({ width: 1000, locale: 'en-GB', events: sampleEvents });
    await t.clickEvent('visit');
    const details = t.details()!;
    expect(details.querySelector('h3')!.textContent).to.equal('Visit in April');
    expect(details.textContent).to.contain('April 2019');
    expect(details.textContent).to.not.match(/1 April 2019|April 1, 2019/);
    expect(details.textContent).to.contain('Russia');
  });

  it('shows description, place, people, source paragraph and safe links in the details', async () => {
    const t = await mount({ width: 1000, locale: 'en-GB', events: sampleEvents, selected: 'decl' });
    const details = t.details()!;
    expect(details.textContent).to.contain('19 July 2000');
    expect(details.textContent).to.contain('Signed.');
    expect(details.textContent).to.contain('Pyongyang');
    expect(details.textContent).to.contain('A, B');
    expect(details.textContent).to.contain('paragraph 2');
    const link = details.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/a');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('selects with Enter on the focused event and fires timeline-select', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    t.event('decl').focus();
    const fired = t.next<TimelineSelectDetail>('timeline-select');
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail.id).to.equal('decl');
    await t.settle();
    expect(t.details()).to.exist;
  });

  it('selects with Space too', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    t.event('anniv').focus();
    await sendKeys({ press: 'Space' });
    await t.settle();
    expect(t.el.selected).to.equal('anniv');
  });

  it('does not fire timeline-select when selected is set from code', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    let fired = 0;
    t.el.addEventListener('timeline-select', () => fired++);
    t.el.selected = 'visit';
    await t.settle();
    t.el.setAttribute('selected', 'decl');
    await t.settle();
    expect(t.details()!.querySelector('h3')!.textContent).to.equal('Joint declaration signed');
    expect(fired).to.equal(0);
  });

  it('closes the details with Escape and returns focus to the event', async () => {
    const t = await mount({ width: 1000, events: sampleEvents });
    t.event('visit').focus();
    await sendKeys({ press: 'Enter' });
    await t.settle();
    await sendKeys({ press: 'Escape' });
    await t.settle();
    expect(t.details()).to.equal(null);
    expect(t.el.selected).to.equal(null);
    expect(t.root.activeElement?.getAttribute('data-id')).to.equal('visit');
  });

  it('closes the details with the close button', async () => {
    const t = await mount({ width: 1000, events: sampleEvents, selected: 'visit' });
    (t.root.querySelector('[part~="close"]') as HTMLButtonElement).click();
    await t.settle();
    expect(t.details()).to.equal(null);
  });

  it('has one tab stop and moves through events in time order with arrow keys', async () => {
    const t = await mount({ width: 1200, events: sampleEvents });
    const stops = t.events().filter((g) => g.getAttribute('tabindex') === '0');
    expect(stops).to.have.length(1);
    stops[0].focus();
    const visited = [t.root.activeElement?.getAttribute('data-id')];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await t.settle();
      visited.push(t.root.activeElement?.getAttribute('data-id'));
    }
    expect(visited).to.deep.equal(['decl', 'decade', 'year', 'visit', 'anniv']);
    await sendKeys({ press: 'Home' });
    await t.settle();
    expect(t.root.activeElement?.getAttribute('data-id')).to.equal('decl');
    await sendKeys({ press: 'End' });
    await t.settle();
    expect(t.root.activeElement?.getAttribute('data-id')).to.equal('anniv');
  });

  it('keeps its keys to itself: arrows in a second timeline do not move the first', async () => {
    const a = await mount({ width: 800, events: sampleEvents });
    const b = await mount({ width: 800, events: sampleEvents });
    b.event('decl').focus();
    await sendKeys({ press: 'ArrowRight' });
    await b.settle();
    expect(b.root.activeElement?.getAttribute('data-id')).to.equal('decade');
    expect(a.root.activeElement).to.equal(null);
  });
});
