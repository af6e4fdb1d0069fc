import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { settle, TimelineHarness } from '../harness';
import { normalizeEvents } from '../../src/model/normalize';
import { parsePartialDate } from '../../src/time/partial-date';
import { catchGlobalErrors, shownCount } from './support';

/** Date-like strings: mostly near-valid, with the edge cases of the grammar. */
const dateText = fc.oneof(
  fc.constantFrom('2000', '2019-04', '2000-07-19', '2023-02-30', '2024-02-29', '2023-13', '0000', '-0044-03-15', '9999', '275759', '275760',
    '-271821', '2000~', '2000?', '2000%', '2000-07-19T10:30', '2000-07-19T24:00', '2000-07-19T10:30+14:00', '', ' ', 'soon', '١٩٩٩', '2000-1-1'),
  fc.tuple(fc.integer({ min: -300000, max: 300000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  fc.string({ maxLength: 12 }),
);

const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('<img src=x onerror=alert(1)>', '', '   ', '\u202e\u0000', '👩‍👩‍👧 ✓'));

/** Anything shaped a little or a lot like an event. */
const eventLike = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd', 'a'), fc.string({ maxLength: 8 }), fc.anything()),
    start: fc.oneof(dateText, dateText, fc.anything()),
    end: fc.oneof(dateText, fc.constant(null), fc.anything()),
    title: fc.oneof(text, text, fc.anything()),
    description: fc.oneof(text, fc.anything()),
    place: text,
    people: fc.oneof(fc.array(text, { maxLength: 3 }), fc.anything()),
    links: fc.oneof(fc.array(fc.record({ href: fc.oneof(text, fc.constantFrom('https://a.b', 'javascript:x', '/p')), label: fc.anything() }), { maxLength: 2 }), fc.anything()),
    source: fc.anything(),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

const input = fc.oneof(
  { weight: 1, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: fc.anything() },
  { weight: 4, arbitrary: fc.array(fc.oneof({ weight: 6, arbitrary: eventLike }, { weight: 1, arbitrary: fc.anything() }), { maxLength: 25 }) },
  { weight: 2, arbitrary: fc.record({ title: fc.anything(), events: fc.array(eventLike, { maxLength: 25 }) }, { requiredKeys: ['events'] }) },
);

/** The list of events inside an input, as the element reads it. */
function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Array.isArray((value as { events?: unknown }).events)) return (value as { events: unknown[] }).events;
  return [];
}

describe('robustness: properties (fast-check, fixed seeds)', () => {
  it('parsePartialDate never throws, and every date it accepts is finite and ordered', () => {
    fc.assert(
      fc.property(fc.oneof(dateText, fc.anything()), (value) => {
        const r = parsePartialDate(value);
        if (r.ok) {
          expect(Number.isFinite(r.date.start) && Number.isFinite(r.date.end)).to.equal(true);
          expect(r.date.end).to.be.greaterThan(r.date.start);
        } else {
          expect(r.error).to.be.a('string').and.not.equal('');
        }
      }),
      { seed: 11, numRuns: 3000 },
    );
  });

  it('normalizeEvents never throws; each input event is either valid or reported by its index', () => {
    fc.assert(
      fc.property(input, (value) => {
        const { events, problems } = normalizeEvents(value);
        const list = listOf(value);
        const valid = new Set(events.map((e) => e.index));
        const reported = new Set(problems.filter((p) => p.index !== undefined).map((p) => p.index));
        list.forEach((_, i) => expect(valid.has(i) || reported.has(i), `event ${i} is shown or reported`).to.equal(true));
        for (const e of events) {
          expect(Number.isFinite(e.t0) && e.t1 > e.t0, `event ${e.id} has a finite period`).to.equal(true);
          expect(e.title).to.be.a('string');
        }
        expect(new Set(events.map((e) => e.id)).size, 'ids are unique').to.equal(events.length);
        for (const p of problems) expect(p.message).to.be.a('string').and.not.equal('');
      }),
      { seed: 12, numRuns: 1500 },
    );
  });

  it('the element never throws, draws or counts every valid event, and lists every problem', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
    const el = document.createElement('event-timeline');
    host.append(el);
    const t = new TimelineHarness(el, host);
    await settle(el);
    const errors = catchGlobalErrors();
    try {
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          el.events = value;
          await settle(el);
          const expected = normalizeEvents(value);
          expect(el.validEvents.map((e) => e.id)).to.deep.equal(expected.events.map((e) => e.id));
          expect(shownCount(t), 'drawn + clustered = valid').to.equal(expected.events.length);
          const drawn = t.events().map((g) => g.dataset.id);
          expect(new Set(drawn).size).to.equal(drawn.length);
          for (const id of drawn) expect(expected.events.some((e) => e.id === id)).to.equal(true);
          const items = [...(t.problems()?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
          expect(items).to.deep.equal(expected.problems.map((p) => p.message));
          if (expected.events.length === 0) expect(t.status(), 'an empty state').to.not.equal(null);
          expect(errors.take()).to.deep.equal([]);
        }),
        { seed: 13, numRuns: 120 },
      );
    } finally {
      errors.stop();
      el.remove();
    }
  });

  it('the element survives random sequences of events, src, selection, width and reconnects', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
    const other = await fixture<HTMLDivElement>(html`<div style="width:300px"></div>`);
    const el = document.createElement('event-timeline');
    host.append(el);
    const errors = catchGlobalErrors();
    const step = fc.oneof(
      input.map((value) => ({ kind: 'events' as const, value })),
      fc.constantFrom('/__fixtures/dataset?title=Q', '/__fixtures/status?code=404', '/__fixtures/not-json', '').map((value) => ({ kind: 'src' as const, value })),
      fc.constantFrom('a', 'b', 'nope', null).map((value) => ({ kind: 'select' as const, value })),
      fc.constantFrom(0, 1, 200, 640).map((value) => ({ kind: 'width' as const, value })),
      fc.constantFrom('move', 'remove-add', 'hide', 'show').map((value) => ({ kind: 'dom' as const, value })),
    );
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(step, fc.boolean()), { minLength: 1, maxLength: 8 }), async (actions) => {
          for (const [a, wait] of actions) {
            if (a.kind === 'events') el.events = a.value;
            else if (a.kind === 'src') el.src = a.value;
            else if (a.kind === 'select') el.selected = a.value;
            else if (a.kind === 'width') host.style.width = `${a.value}px`;
            else if (a.value === 'move') (el.parentElement === host ? other : host).append(el);
            else if (a.value === 'remove-add') {
              el.remove();
              host.append(el);
            } else host.style.display = a.value === 'hide' ? 'none' : 'block';
            if (wait) await el.updateComplete;
          }
          // Settle on known input and check the element shows exactly it.
          host.style.display = 'block';
          host.style.width = '640px';
          host.append(el);
          el.src = '';
          const last = [{ id: 'final', start: '2001', title: 'Final' }];
          el.events = last;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          await settle(el);
          const ids = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="event"]')].map((g) => g.dataset.id);
          expect(ids).to.deep.equal(['final']);
          expect(errors.take()).to.deep.equal([]);
        }),
        { seed: 14, numRuns: 60 },
      );
    } finally {
      errors.stop();
      el.remove();
    }
  });
});
