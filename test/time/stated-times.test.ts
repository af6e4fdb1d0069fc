/**
 * Times as people state them: with an offset (at its instant, read in that offset) or floating
 * (read exactly as written). These tests also run in browsers pinned to Pacific/Kiritimati (+14),
 * Asia/Kolkata (+5:30) and Pacific/Pago_Pago (−11), besides America/Los_Angeles: see the `zones`
 * groups in web-test-runner.config.mjs. Nothing here may depend on the zone it runs in.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatDate, formatSpan, formatWindow, offsetName } from '../../src/time/format';
import { parsePartialDate, type PartialDate } from '../../src/time/partial-date';

function parsed(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${result.error}`);
  return result.date;
}

function errorOf(text: string): string {
  const result = parsePartialDate(text);
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} not to parse`);
  return result.error;
}

/** en-GB joins a date and a time with ", " or " at " depending on the ICU version. */
const AT = '(?:,| at)';

/** The zones the test browsers run in (web-test-runner.config.mjs); one of them is this one. */
const TEST_ZONES = ['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata', 'Pacific/Pago_Pago'];

describe('stated times', () => {
  it(`the browser runs in one of the test zones (${TEST_ZONES.join(', ')}), never UTC`, () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(TEST_ZONES).to.include(zone === 'Asia/Calcutta' ? 'Asia/Kolkata' : zone); // ICU's older name
    expect(new Date(Date.UTC(2001, 4, 5)).getTimezoneOffset()).to.not.equal(0);
  });

  describe('a time with an offset sits at its instant', () => {
    it("'2001-05-05T23:30:00-05:00' is the instant 6 May 2001 04:30:00 UTC, for one second", () => {
      const d = parsed('2001-05-05T23:30:00-05:00');
      expect(d.start).to.equal(Date.UTC(2001, 4, 6, 4, 30, 0));
      expect(d.end - d.start).to.equal(1000);
    });

    it("'…-05:00', '…-0500' and '…-05' are the same instant and the same offset", () => {
      const forms = ['2001-05-05T23:30-05:00', '2001-05-05T23:30-0500', '2001-05-05T23:30-05'].map(parsed);
      expect(forms.map((d) => d.start)).to.deep.equal(Array(3).fill(Date.UTC(2001, 4, 6, 4, 30)));
      expect(forms.map((d) => d.offset)).to.deep.equal([-300, -300, -300]);
      expect(forms.map((d) => d.text)).to.deep.equal(Array(3).fill('2001-05-05T23:30-05:00'));
    });

    it("'2001-05-05T23:30-05:00' and '2001-05-06T04:30Z' are one instant, read differently", () => {
      const ny = parsed('2001-05-05T23:30-05:00');
      const utc = parsed('2001-05-06T04:30Z');
      expect(ny.start).to.equal(utc.start);
      expect(formatDate(ny, 'en-GB')).to.not.equal(formatDate(utc, 'en-GB'));
    });

    it("'-00:00' (offset unknown, RFC 3339) is UTC, not minus zero", () => {
      const d = parsed('2001-05-05T23:30-00:00');
      expect(Object.is(d.offset, 0)).to.equal(true);
      expect(d.text).to.equal('2001-05-05T23:30Z');
    });

    it('refuses offsets that do not exist, with a message', () => {
      expect(errorOf('2001-05-05T23:30+24:00')).to.equal('time zone offset +24:00 does not exist');
      expect(errorOf('2001-05-05T23:30+05:60')).to.equal('time zone offset +05:60 does not exist');
      expect(errorOf('2001-05-05T23:30+5')).to.match(/^not a date/);
      expect(errorOf('2001-05-05T23:30+05:3')).to.match(/^not a date/);
      expect(errorOf('2001-05-05+05:00')).to.match(/^not a date/); // an offset needs a time
    });
  });

  describe('a time with an offset reads in the offset it was stated in', () => {
    it("formatDate('2001-05-05T23:30-05:00', 'en-GB') is '5 May 2001 at 23:30 (UTC−05:00)': the day the source states", () => {
      expect(formatDate(parsed('2001-05-05T23:30-05:00'), 'en-GB')).to.match(new RegExp(`^5 May 2001${AT} 23:30 \\(UTC\u221205:00\\)$`));
    });

    it("formatDate('2001-05-05T23:30:00-05:00', 'en-GB') keeps the seconds it was given", () => {
      expect(formatDate(parsed('2001-05-05T23:30:00-05:00'), 'en-GB')).to.match(new RegExp(`^5 May 2001${AT} 23:30:00 \\(UTC\u221205:00\\)$`));
    });

    for (const [written, reads] of [
      ['2001-05-05T06:00+14:00', `5 May 2001${AT} 06:00 \\(UTC\\+14:00\\)`],
      ['2001-05-05T09:00+05:30', `5 May 2001${AT} 09:00 \\(UTC\\+05:30\\)`],
      ['2001-05-05T09:00+0545', `5 May 2001${AT} 09:00 \\(UTC\\+05:45\\)`],
      ['2001-05-05T21:00-11:00', `5 May 2001${AT} 21:00 \\(UTC\u221211:00\\)`],
      ['2001-05-05T21:00-09:30', `5 May 2001${AT} 21:00 \\(UTC\u221209:30\\)`],
      ['2001-05-05T10:30Z', `5 May 2001${AT} 10:30 \\(UTC\\)`],
    ]) {
      it(`formatDate('${written}', 'en-GB') reads ${reads.replace(/\\/g, '').replace(AT, ' at')}`, () => {
        expect(formatDate(parsed(written), 'en-GB')).to.match(new RegExp(`^${reads}$`));
      });
    }

    it('reads in the stated offset in other languages too (en-US, ru, ko)', () => {
      const d = parsed('2001-05-05T23:30-05:00');
      expect(formatDate(d, 'en-US')).to.match(/^May 5, 2001(,| at) 11:30\sPM \(UTC−05:00\)$/);
      expect(formatDate(d, 'ru')).to.match(/^5 мая 2001 г\.(,| в) 23:30 \(UTC−05:00\)$/);
      expect(formatDate(d, 'ko')).to.match(/^2001년 5월 5일 오후 11:30 \(UTC−05:00\)$/);
    });

    it("short style (labels) reads the stated wall clock and leaves the zone out: '5 May 2001, 23:30'", () => {
      expect(formatDate(parsed('2001-05-05T23:30-05:00'), 'en-GB', 'short')).to.equal('5 May 2001, 23:30');
    });

    it('an approximate stated time names its zone, then says approximately', () => {
      expect(formatDate(parsed('2001-05-05T23:30-05:00~'), 'en-GB')).to.match(
        new RegExp(`^5 May 2001${AT} 23:30 \\(UTC\u221205:00\\), approximately$`),
      );
    });

    it('a year before 1000 with a stated time still shows its era', () => {
      expect(formatDate(parsed('0044-03-15T12:00+01:00'), 'en-GB')).to.match(new RegExp(`^15 March 44 AD${AT} 12:00 \\(UTC\\+01:00\\)$`));
    });

    it('offsetName writes UTC, UTC+05:30 and UTC−05:00 (a true minus sign)', () => {
      expect([offsetName(0), offsetName(330), offsetName(-300), offsetName(840), offsetName(-570)]).to.deep.equal([
        'UTC',
        'UTC+05:30',
        'UTC\u221205:00',
        'UTC+14:00',
        'UTC\u221209:30',
      ]);
    });
  });

  describe('a time without an offset is a floating local time', () => {
    it("'2001-05-05T23:30' reads '5 May 2001 at 23:30', with no zone, in every zone the browser runs in", () => {
      expect(formatDate(parsed('2001-05-05T23:30'), 'en-GB')).to.match(new RegExp(`^5 May 2001${AT} 23:30$`));
    });

    it("'2001-05-05T23:30' is placed as if it were UTC (the axis is UTC), whatever the viewer's zone", () => {
      const d = parsed('2001-05-05T23:30');
      expect(d.offset).to.equal(undefined);
      expect(d.start).to.equal(Date.UTC(2001, 4, 5, 23, 30));
      expect([d.day, d.hour, d.minute, d.text]).to.deep.equal([5, 23, 30, '2001-05-05T23:30']);
    });

    it('a floating minute never shows seconds; a floating second does', () => {
      expect(formatDate(parsed('2001-05-05T00:00'), 'en-GB')).to.match(new RegExp(`^5 May 2001${AT} 00:00$`));
      expect(formatDate(parsed('2001-05-05T00:00:07'), 'en-GB')).to.match(new RegExp(`^5 May 2001${AT} 00:00:07$`));
    });
  });

  describe('spans', () => {
    it('a span whose ends share an offset names it once, after the span', () => {
      expect(formatSpan(parsed('2001-05-05T23:30-05:00'), parsed('2001-05-06T01:00-05:00'), 'en-GB')).to.match(
        new RegExp(`^5 May 2001${AT} 23:30 to 6 May 2001${AT} 01:00 \\(UTC\u221205:00\\)$`),
      );
    });

    it('a span whose ends were stated in different offsets names each', () => {
      expect(formatSpan(parsed('2001-05-05T23:30-05:00'), parsed('2001-05-06T14:00+09:00'), 'en-GB')).to.match(
        new RegExp(`^5 May 2001${AT} 23:30 \\(UTC\u221205:00\\) to 6 May 2001${AT} 14:00 \\(UTC\\+09:00\\)$`),
      );
    });

    it('a span from a stated time to a day names the zone of the time only', () => {
      expect(formatSpan(parsed('2001-05-05T23:30-05:00'), parsed('2001-05-07'), 'en-GB')).to.match(
        new RegExp(`^5 May 2001${AT} 23:30 \\(UTC\u221205:00\\) to 7 May 2001$`),
      );
    });

    it('a span of floating times names no zone', () => {
      expect(formatSpan(parsed('2001-05-05T09:00'), parsed('2001-05-05T17:00'), 'en-GB')).to.match(
        new RegExp(`^5 May 2001${AT} 09:00 to 5 May 2001${AT} 17:00$`),
      );
    });

    it('a visible window of hours says UTC once: the axis is UTC', () => {
      const t0 = Date.UTC(2001, 4, 5, 10, 0);
      expect(formatWindow(t0, t0 + 4 * 3_600_000, 'en-GB')).to.match(new RegExp(`^5 May 2001${AT} 10:00 to 5 May 2001${AT} 13:59 \\(UTC\\)$`));
    });
  });

  it("the JSON Schema's date pattern accepts the offsets the parser accepts, and refuses the others", async () => {
    const schema = await (await fetch('/data/timeline-event.schema.json')).json();
    const pattern = new RegExp(schema.$defs.date.pattern as string, 'u');
    for (const ok of ['2001-05-05T23:30Z', '2001-05-05T23:30-05:00', '2001-05-05T23:30-0500', '2001-05-05T23:30+14', '2001-05-05T23:30:00+05:30~']) {
      expect(pattern.test(ok), ok).to.equal(true);
      expect(parsePartialDate(ok).ok, ok).to.equal(true);
    }
    for (const bad of ['2001-05-05T23:30+5', '2001-05-05T23:30+05:3', '2001-05-05T23:30+24:00', '2001-05-05T23:30+05:60', '2001-05-05+05:00']) {
      expect(pattern.test(bad), bad).to.equal(false);
      expect(parsePartialDate(bad).ok, bad).to.equal(false);
    }
  });

  describe('properties (fast-check, fixed seed)', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const statedTime = fc.record({
      year: fc.integer({ min: 1000, max: 2999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      offset: fc.option(fc.integer({ min: -14 * 4, max: 14 * 4 }).map((q) => q * 15), { nil: undefined }),
    });
    const offsetText = (o: number) => (o === 0 ? 'Z' : `${o < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(o) / 60))}:${pad(Math.abs(o) % 60)}`);

    it('every stated minute reads its written day and wall clock, never seconds, and sits at its instant', () => {
      fc.assert(
        fc.property(statedTime, ({ year, month, day, hour, minute, offset }) => {
          const written = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${offset === undefined ? '' : offsetText(offset)}`;
          const d = parsed(written);
          expect(d.start).to.equal(Date.UTC(year, month - 1, day, hour, minute) - (offset ?? 0) * 60_000);
          expect([d.year, d.month, d.day, d.hour, d.minute, d.offset]).to.deep.equal([year, month, day, hour, minute, offset]);
          const text = formatDate(d, 'en-GB');
          const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
          expect(text.startsWith(`${dayMonth} ${year}`), text).to.equal(true);
          expect(text).to.contain(` ${pad(hour)}:${pad(minute)}`);
          expect(text, 'no seconds').to.not.match(/\d\d:\d\d:\d\d/);
          expect(text.endsWith(offset === undefined ? `${pad(hour)}:${pad(minute)}` : `(${offsetName(offset)})`), text).to.equal(true);
        }),
        { seed: 13, numRuns: 400 },
      );
    });
  });
});
