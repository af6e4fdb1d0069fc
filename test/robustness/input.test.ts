import { expect } from '@open-wc/testing';
import { mount, overlaps, type TimelineHarness } from '../harness';
import type { TimelineErrorDetail } from '../../src/event-timeline';
import { catchGlobalErrors, clusterCounts, shownCount } from './support';

const good = { id: 'good', start: '2000-07-19', title: 'A valid event' };

/** Mounts `events` and returns the harness with the `timeline-error` detail, if one fired. */
async function mountWithErrors(events: unknown, width = 800): Promise<{ t: TimelineHarness; fired: TimelineErrorDetail[] }> {
  const fired: TimelineErrorDetail[] = [];
  const listener = (e: Event) => fired.push((e as CustomEvent<TimelineErrorDetail>).detail);
  document.addEventListener('timeline-error', listener);
  try {
    const t = await mount({ width, events });
    return { t, fired };
  } finally {
    document.removeEventListener('timeline-error', listener);
  }
}

function problemItems(t: TimelineHarness): string[] {
  return [...(t.problems()?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '');
}

describe('robustness: input that is not a list of events', () => {
  for (const [input, said] of [
    [null, 'got null'],
    ['a string', 'got "a string"'],
    [42, 'got the number 42'],
    [true, 'got true'],
    [{ name: 'no events here' }, 'the object has no "events"'],
    [{ events: { a: 1 } }, '"events" is an object'],
  ] as const) {
    it(`says what is wrong with ${JSON.stringify(input)}, fires timeline-error and shows no events`, async () => {
      const { t, fired } = await mountWithErrors(input);
      expect(t.events()).to.have.length(0);
      expect(t.status()!.textContent).to.contain('No events');
      expect(problemItems(t)).to.have.length(1);
      expect(problemItems(t)[0]).to.contain('expected an array of events or a dataset object');
      expect(problemItems(t)[0]).to.contain(said);
      expect(fired).to.have.length(1);
      expect(fired[0].problems.map((p) => p.message)).to.deep.equal(problemItems(t));
    });
  }

  it('shows an empty list as "no events", with no problem and no timeline-error', async () => {
    const { t, fired } = await mountWithErrors([]);
    expect(t.status()!.textContent).to.contain('No events');
    expect(t.problems()).to.equal(null);
    expect(fired).to.deep.equal([]);
  });
});

describe('robustness: invalid events are named precisely, valid ones still render', () => {
  const cases: { name: string; event: Record<string, unknown>; field: string; id?: string; message: string | RegExp }[] = [
    { name: 'a missing id', event: { start: '2001', title: 'No id' }, field: 'id', message: 'event 1: has no id' },
    { name: 'a number as id', event: { id: 7, start: '2001', title: 'T' }, field: 'id', message: 'event 1: id must be a non-empty string, got the number 7' },
    { name: 'a blank id', event: { id: '  ', start: '2001', title: 'T' }, field: 'id', message: 'event 1: id must be a non-empty string, got "  "' },
    { name: 'an object as id', event: { id: { x: 1 }, start: '2001', title: 'T' }, field: 'id', message: 'event 1: id must be a non-empty string, got an object' },
    { name: 'a duplicate id', event: { id: 'good', start: '2001', title: 'Again' }, field: 'id', id: 'good', message: 'event 1 ("good"): duplicate id "good" (the first event with this id is kept)' },
    { name: 'a missing start', event: { id: 'x', title: 'T' }, field: 'start', id: 'x', message: 'event 1 ("x"): has no start date' },
    { name: 'an unparseable date', event: { id: 'x', start: 'July 2000', title: 'T' }, field: 'start', id: 'x', message: 'event 1 ("x"): start not a date: "July 2000" (expected YYYY, YYYY-MM or YYYY-MM-DD)' },
    { name: 'an impossible calendar date', event: { id: 'x', start: '2023-02-30', title: 'T' }, field: 'start', id: 'x', message: 'event 1 ("x"): start 2023-02-30 is not a real date (February 2023 has 28 days)' },
    { name: 'month 13', event: { id: 'x', start: '2023-13', title: 'T' }, field: 'start', id: 'x', message: 'event 1 ("x"): start month 13 does not exist' },
    { name: 'an end before the start', event: { id: 'visit', start: '2020-01-01', end: '2010-01-01', title: 'T' }, field: 'end', id: 'visit', message: 'event 1 ("visit"): end 2010-01-01 is before start 2020-01-01' },
    { name: 'an unparseable end', event: { id: 'x', start: '2020', end: 'soon', title: 'T' }, field: 'end', id: 'x', message: 'event 1 ("x"): end not a date: "soon" (expected YYYY, YYYY-MM or YYYY-MM-DD)' },
    { name: 'a number as title', event: { id: 'x', start: '2001', title: 5 }, field: 'title', id: 'x', message: 'event 1 ("x"): title must be text, got the number 5' },
    { name: 'a missing title', event: { id: 'x', start: '2001' }, field: 'title', id: 'x', message: 'event 1 ("x"): has no title' },
    { name: 'an array as title', event: { id: 'x', start: '2001', title: ['a'] }, field: 'title', id: 'x', message: 'event 1 ("x"): title must be text, got an array' },
    { name: 'NaN as start', event: { id: 'x', start: NaN, title: 'T' }, field: 'start', id: 'x', message: 'event 1 ("x"): start expected a date string, got NaN' },
    { name: 'a number as start', event: { id: 'x', start: 2001, title: 'T' }, field: 'start', id: 'x', message: 'event 1 ("x"): start expected a date string, got the number 2001' },
    { name: 'a year too large for a date', event: { id: 'x', start: '275760', title: 'T' }, field: 'start', id: 'x', message: 'event 1 ("x"): start year 275760 is outside the supported range (-271820 to 275759)' },
    { name: 'a year too far in the past', event: { id: 'x', start: '-271821', title: 'T' }, field: 'start', id: 'x', message: 'event 1 ("x"): start year -271821 is outside the supported range (-271820 to 275759)' },
    { name: 'a seven-digit year', event: { id: 'x', start: '1000000', title: 'T' }, field: 'start', id: 'x', message: /^event 1 \("x"\): start not a date: "1000000"/ },
    { name: 'null instead of an object', event: null as unknown as Record<string, unknown>, field: '', message: 'event 1: expected an object, got null' },
  ];

  for (const c of cases) {
    it(`reports ${c.name} with index, id, field and reason, and still draws the valid event`, async () => {
      const { t, fired } = await mountWithErrors([good, c.event]);
      expect(t.events().map((g) => g.dataset.id)).to.deep.equal(['good']);
      const items = problemItems(t);
      expect(items).to.have.length(1);
      if (typeof c.message === 'string') expect(items[0]).to.equal(c.message);
      else expect(items[0]).to.match(c.message);
      expect(fired).to.have.length(1);
      const [problem] = fired[0].problems;
      expect(problem.index).to.equal(1);
      expect(problem.id).to.equal(c.id);
      expect(problem.field ?? '').to.equal(c.field);
      expect(problem.message).to.equal(items[0]);
    });
  }

  it('ignores unknown fields: no problem, the event is drawn', async () => {
    const { t, fired } = await mountWithErrors([{ ...good, colour: 'red', nested: { deep: [1, 2] }, __proto__x: 1, constructor: 'x' }]);
    expect(t.events()).to.have.length(1);
    expect(t.problems()).to.equal(null);
    expect(fired).to.deep.equal([]);
  });

  it('keeps an event whose optional fields are wrong types, drops those fields and says which', async () => {
    const { t } = await mountWithErrors([{ ...good, description: NaN, place: 12, people: [1, 'Kim'], links: 'x', source: 'p. 4' }]);
    expect(t.events()).to.have.length(1);
    expect(problemItems(t).sort()).to.deep.equal([
      'event 0 ("good"): description ignored: expected text, got NaN',
      'event 0 ("good"): place ignored: expected text, got the number 12',
      'event 0 ("good"): 1 entries of people ignored: names must be text',
      'event 0 ("good"): links ignored: expected a list of { href, label }, got "x"',
      'event 0 ("good"): source ignored: expected { paragraph }, got "p. 4"',
    ].sort());
  });

  it('lists every problem of a mixed dataset, each event once per problem, in input order', async () => {
    const input = [good, ...cases.map((c) => c.event)];
    const { t, fired } = await mountWithErrors(input);
    expect(t.events().map((g) => g.dataset.id)).to.deep.equal(['good']);
    const problems = fired[0].problems;
    expect(problems).to.have.length(cases.length);
    expect(problems.map((p) => p.index)).to.deep.equal(cases.map((_, i) => i + 1));
    expect(t.problems()!.querySelector('summary')!.textContent).to.contain(`${cases.length} problems`);
  });

  it('keeps the problem list compact and off the timeline, also when opened', async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ id: `bad${i}`, start: `not a date ${i}`, title: 'Bad' }));
    const { t } = await mountWithErrors([good, { id: 'later', start: '2001', title: 'Later' }, ...many], 600);
    const details = t.problems() as HTMLDetailsElement;
    expect(details.tagName).to.equal('DETAILS');
    expect(details.open, 'closed at first').to.equal(false);
    const closedHeight = details.getBoundingClientRect().height;
    expect(closedHeight).to.be.below(60);
    expect(overlaps(details.getBoundingClientRect(), t.svg()!.getBoundingClientRect())).to.equal(false);
    details.querySelector('summary')!.click();
    await t.settle();
    expect(details.open).to.equal(true);
    expect(details.querySelectorAll('li')).to.have.length(200);
    // Opened, the list scrolls inside a bounded box rather than growing without end.
    expect(details.getBoundingClientRect().height).to.be.below(400);
    expect(overlaps(details.getBoundingClientRect(), t.svg()!.getBoundingClientRect())).to.equal(false);
    expect(details.getBoundingClientRect().top).to.be.at.least(t.svg()!.getBoundingClientRect().bottom);
  });
});

describe('robustness: extreme sizes', () => {
  it('shortens a 100,000-character title on screen and shows it whole in the details', async () => {
    const title = 'Long '.repeat(20_000);
    const t = await mount({ width: 800, events: [{ id: 'long', start: '2000-07-19', title }, { id: 'b', start: '2001', title: 'B' }] });
    const label = t.event('long').querySelector('[part~="label"]')!;
    expect(label.textContent!.length).to.be.within(1, 200);
    expect(label.textContent!.endsWith('…')).to.equal(true);
    const host = t.el.getBoundingClientRect();
    expect(label.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
    t.el.selected = 'long';
    await t.settle();
    expect(t.details()!.querySelector('h3')!.textContent).to.equal(title);
    // The details wrap the text inside the element instead of widening the page.
    expect(t.details()!.getBoundingClientRect().width).to.be.at.most(host.width + 0.5);
  });

  it('draws or counts every one of 3,000 events on the same day: none is lost', async () => {
    const events = Array.from({ length: 3000 }, (_, i) => ({ id: `e${i}`, start: '2020-02-29', title: `Event ${i}` }));
    const errors = catchGlobalErrors();
    const t = await mount({ width: 800, events });
    expect(errors.stop()).to.deep.equal([]);
    expect(t.events().length).to.be.greaterThan(0);
    expect(clusterCounts(t).length).to.be.greaterThan(0);
    expect(shownCount(t)).to.equal(3000);
    expect(new Set(t.events().map((g) => g.dataset.id)).size).to.equal(t.events().length);
    expect(t.svg()!.getAttribute('aria-label')).to.contain('3000');
  });

  it('draws or counts every one of 3,000 events spread over one week', async () => {
    const events = Array.from({ length: 3000 }, (_, i) => ({ id: `e${i}`, start: `2020-03-0${1 + (i % 7)}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`, title: `E${i}` }));
    const t = await mount({ width: 500, events });
    expect(shownCount(t)).to.equal(3000);
  });
});

/** x positions of every mark, from the attributes the element wrote. */
function markPositions(t: TimelineHarness): number[] {
  return t.events().map((g) => {
    const mark = g.querySelector('.mark')!;
    return Number(mark.getAttribute('cx') ?? mark.getAttribute('x'));
  });
}

describe('robustness: one event, and dates far from today', () => {
  for (const [start, what] of [
    ['2001-05-05', 'a day'],
    ['2001-05-05T10:30', 'a minute'],
    ['2001-05-05T10:30:15Z', 'a second'],
    ['2001', 'a year'],
    ['0044', 'a year below 100'],
    ['0000', 'year 0 (1 BC)'],
    ['-0044-03-15', 'a BCE day'],
    ['9999-12-31', 'the last day of 9999'],
    ['275000', 'year 275000'],
    ['275759-12-31', 'the last day the element accepts'],
    ['275759', 'the last year the element accepts'],
    ['-271820', 'the first year the element accepts (drawn from the left edge: nothing comes before it)'],
  ]) {
    it(`shows a single event on ${what} (${start}) on a sensible scale with ticks`, async () => {
      const errors = catchGlobalErrors();
      const t = await mount({ width: 800, events: [{ id: 'only', start, title: 'Only' }] });
      expect(errors.stop()).to.deep.equal([]);
      expect(t.el.problems).to.deep.equal([]);
      expect(t.events()).to.have.length(1);
      const [x] = markPositions(t);
      expect(Number.isFinite(x), `mark position ${x}`).to.equal(true);
      expect(x).to.be.within(start === '-271820' ? 0 : 100, 700);
      const mark = t.event('only').querySelector('.mark')!.getBoundingClientRect();
      expect(mark.width).to.be.within(1, 700);
      expect(t.ticks().length, 'ticks').to.be.greaterThan(1);
      expect(t.labels()[0].textContent).to.equal('Only');
    });
  }

  it('names BCE, year 0 and years below 100 with their era', async () => {
    const t = await mount({
      locale: 'en-GB',
      events: [
        { id: 'ides', start: '-0044-03-15', title: 'Ides' },
        { id: 'zero', start: '0000', title: 'Zero' },
        { id: 'y44', start: '0044', title: 'Year 44' },
      ],
    });
    expect(t.event('ides').getAttribute('aria-label')).to.equal('Ides, 15 March 45 BC');
    expect(t.event('zero').getAttribute('aria-label')).to.equal('Zero, 1 BC');
    expect(t.event('y44').getAttribute('aria-label')).to.equal('Year 44, 44 AD');
    const [ides, zero, y44] = ['ides', 'zero', 'y44'].map((id) => t.event(id).querySelector('.mark')!.getBoundingClientRect().x);
    expect(ides).to.be.below(zero);
    expect(zero).to.be.below(y44);
  });

  it('draws the whole range a date can hold, from -271820 to 275759, with finite positions', async () => {
    const errors = catchGlobalErrors();
    const t = await mount({
      width: 800,
      events: [
        { id: 'first', start: '-271820', title: 'First' },
        { id: 'now', start: '2000', title: 'Now' },
        { id: 'last', start: '275759-12-31', title: 'Last' },
      ],
    });
    expect(errors.stop()).to.deep.equal([]);
    expect(shownCount(t)).to.equal(3);
    for (const x of markPositions(t)) expect(Number.isFinite(x), `mark position ${x}`).to.equal(true);
    const xs = ['first', 'last'].map((id) => t.event(id).querySelector('.mark')!.getBoundingClientRect());
    expect(xs[0].left).to.be.below(xs[1].left);
    // No ticks here: d3-time cannot round 547,000 years to a tick step inside the Date range.
  });
});

describe('robustness: zooming at the edges of time', () => {
  for (const [what, events] of [
    ['the whole range a date can hold', [{ id: 'first', start: '-271820', title: 'First' }, { id: 'last', start: '275759-12-31', title: 'Last' }]],
    ['the last day accepted', [{ id: 'last', start: '275759-12-31', title: 'Last' }]],
    ['the first day accepted', [{ id: 'first', start: '-271820-01-01', title: 'First' }]],
  ] as const) {
    it(`zooms out, in and pans over ${what} without an error and keeps every event`, async () => {
      const errors = catchGlobalErrors();
      const t = await mount({ events: [...events] });
      const svg = t.svg()!;
      const box = svg.getBoundingClientRect();
      const wheel = (init: WheelEventInit) =>
        svg.dispatchEvent(new WheelEvent('wheel', { clientY: box.y + 20, bubbles: true, cancelable: true, composed: true, ...init }));
      for (const [deltaY, x] of [[500, 100], [500, 700], [-800, 10], [-800, 790], [800, 400]]) {
        for (let i = 0; i < 10; i++) wheel({ deltaY, ctrlKey: true, clientX: box.x + x });
        await t.settle();
        expect(errors.take()).to.deep.equal([]);
      }
      for (let i = 0; i < 10; i++) wheel({ deltaX: 3000, clientX: box.x + 400 });
      wheel({ deltaY: 5000, ctrlKey: true, clientX: box.x + 400 });
      await t.settle();
      expect(errors.stop()).to.deep.equal([]);
      expect(t.events().length + clusterCounts(t).reduce((a, b) => a + b, 0)).to.be.at.most(events.length);
      for (const x of markPositions(t)) expect(Number.isFinite(x), `mark position ${x}`).to.equal(true);
    });
  }
});

describe('robustness: odd locales', () => {
  for (const locale of ['<script>', 'en_US', 'zz-ZZZZZZZZZ', 'x', '-', 'ko-KR-u-ca-dangi', 'ar-EG-u-nu-arab', 'th-TH-u-ca-buddhist']) {
    it(`draws with locale ${JSON.stringify(locale)} and never throws`, async () => {
      const errors = catchGlobalErrors();
      const t = await mount({ locale, events: [{ id: 'a', start: '2019-04', title: 'A' }, { id: 'b', start: '-0044-03-15', title: 'B' }], selected: 'a' });
      expect(errors.stop()).to.deep.equal([]);
      expect(t.events()).to.have.length(2);
      expect(t.ticks().length).to.be.greaterThan(1);
      expect(t.details()!.querySelector('h3')!.textContent).to.equal('A');
    });
  }

  it('draws inside a page whose lang attribute is not a language tag', async () => {
    const errors = catchGlobalErrors();
    const wrapper = document.createElement('div');
    wrapper.setAttribute('lang', '"><img src=x>');
    wrapper.style.width = '600px';
    document.body.append(wrapper);
    try {
      const el = document.createElement('event-timeline');
      el.events = [{ id: 'a', start: '2019-04', title: 'A' }];
      wrapper.append(el);
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part~="event"]')).to.have.length(1);
      expect(errors.stop()).to.deep.equal([]);
    } finally {
      wrapper.remove();
    }
  });
});
