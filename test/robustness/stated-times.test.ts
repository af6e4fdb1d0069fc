/**
 * What a user sees of stated times: an event stated with an offset reads in that offset in its
 * accessible name, the details panel and the list, and sits on the axis at its instant; a floating
 * time reads as written. Also run in browsers pinned to Pacific/Kiritimati (+14), Asia/Kolkata
 * (+5:30) and Pacific/Pago_Pago (−11) (web-test-runner.config.mjs, `zones` groups).
 */
import { expect } from '@open-wc/testing';
import { mount, type TimelineHarness } from '../harness';

const events = [
  { id: 'ny', start: '2001-05-05T23:30:00-05:00', title: 'Late evening in New York' },
  { id: 'same-instant', start: '2001-05-06T04:30:00Z', title: 'The same instant in UTC' },
  { id: 'floating', start: '2001-05-05T23:30', title: 'A floating time' },
  { id: 'kolkata', start: '2001-05-06T12:00+05:30', end: '2001-05-06T13:15+05:30', title: 'Lunch in Kolkata' },
];

const AT = '(?:,| at)';
const name = (t: TimelineHarness, id: string) => t.event(id).getAttribute('aria-label') ?? '';
const markX = (t: TimelineHarness, id: string) => {
  const box = t.event(id).querySelector('.mark')!.getBoundingClientRect();
  return box.x + box.width / 2;
};

describe('robustness: stated times in the element', () => {
  it('an event stated at 23:30 in New York is named with the day and offset the source states', async () => {
    const t = await mount({ width: 1200, locale: 'en-GB', events });
    expect(t.el.problems).to.deep.equal([]);
    t.el.zoomToEvent('ny');
    await new Promise((r) => setTimeout(r, 400));
    await t.settle();
    expect(name(t, 'ny')).to.match(new RegExp(`^Late evening in New York, 5 May 2001${AT} 23:30:00 \\(UTC\u221205:00\\)$`));
    expect(name(t, 'ny')).to.not.contain('6 May');
  });

  it('the floating event reads exactly as written, naming no zone', async () => {
    const t = await mount({ width: 1200, locale: 'en-GB', events });
    t.el.zoomToEvent('floating');
    await new Promise((r) => setTimeout(r, 400));
    await t.settle();
    expect(name(t, 'floating')).to.match(new RegExp(`^A floating time, 5 May 2001${AT} 23:30$`));
  });

  it('sits on the axis at its instant: the New York event and the same instant stated in UTC share an x', async () => {
    const t = await mount({ width: 1200, locale: 'en-GB', events: events.slice(0, 3) });
    t.el.zoomTo('2001-05-05T22:00', '2001-05-06T06:00');
    await new Promise((r) => setTimeout(r, 400));
    await t.settle();
    expect(Math.abs(markX(t, 'ny') - markX(t, 'same-instant'))).to.be.below(0.5);
    // The floating 23:30 is placed as if UTC: five hours before the New York evening's instant.
    expect(markX(t, 'floating')).to.be.below(markX(t, 'ny') - 100);
    expect(t.el.validEvents.map((e) => e.id)).to.deep.equal(['floating', 'ny', 'same-instant']);
  });

  it('the details panel, opened with the mouse, and the list read in the stated offset', async () => {
    const t = await mount({ width: 1200, locale: 'en-GB', events });
    t.el.zoomToEvent('kolkata');
    await new Promise((r) => setTimeout(r, 400));
    await t.settle();
    await t.clickEvent('kolkata');
    expect(t.el.selected).to.equal('kolkata');
    expect(t.details()!.querySelector('.details-date')!.textContent).to.match(
      new RegExp(`^6 May 2001${AT} 12:00 to 6 May 2001${AT} 13:15 \\(UTC\\+05:30\\)$`),
    );
    t.el.showList = true;
    await t.settle();
    const dates = [...t.root.querySelectorAll('[part~="list"] .list-date')].map((d) => d.textContent ?? '');
    expect(dates).to.have.length(4);
    expect(dates[0]).to.match(new RegExp(`^5 May 2001${AT} 23:30$`));
    expect(dates[1]).to.match(new RegExp(`^5 May 2001${AT} 23:30:00 \\(UTC\u221205:00\\)$`));
    expect(dates[2]).to.match(new RegExp(`^6 May 2001${AT} 04:30:00 \\(UTC\\)$`));
    expect(dates[3]).to.match(new RegExp(`\\(UTC\\+05:30\\)$`));
  });
});
