import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  finerPrecision,
  parsePartialDate,
  precisionDuration,
  precisionOrder,
  type PartialDate,
} from '../../src/time/partial-date';

/** The date a text parses to; fails the test with the parser's message otherwise. */
function parsed(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${result.error}`);
  return result.date;
}

/** The parser's message for a text that must not parse. */
function errorOf(input: unknown): string {
  const result = parsePartialDate(input);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} not to parse`);
  return result.error;
}

/** Epoch ms of a UTC time, built so that years 0-99 are not read as 1900-1999. */
function utcMs(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

describe('parsePartialDate', () => {
  describe('precision', () => {
    it("parsePartialDate('2019') has year precision and covers the whole year", () => {
      const d = parsed('2019');
      expect([d.precision, d.year, d.month, d.day]).to.deep.equal(['year', 2019, undefined, undefined]);
      expect([d.start, d.end]).to.deep.equal([utcMs(2019), utcMs(2020)]);
    });

    it("parsePartialDate('2019-04') has month precision", () => {
      const d = parsed('2019-04');
      expect([d.precision, d.year, d.month, d.day]).to.deep.equal(['month', 2019, 4, undefined]);
    });

    it("parsePartialDate('2019-04') ends at the first instant of May, exclusive", () => {
      const d = parsed('2019-04');
      expect(d.start).to.equal(utcMs(2019, 4, 1));
      expect(d.end).to.equal(utcMs(2019, 5, 1));
    });

    it("parsePartialDate('2019-12') ends at the first instant of the next year", () => {
      expect(parsed('2019-12').end).to.equal(utcMs(2020, 1, 1));
    });

    it("parsePartialDate('2000-07-19') has day precision and covers one day", () => {
      const d = parsed('2000-07-19');
      expect([d.precision, d.month, d.day, d.hour]).to.deep.equal(['day', 7, 19, undefined]);
      expect([d.start, d.end]).to.deep.equal([utcMs(2000, 7, 19), utcMs(2000, 7, 20)]);
    });

    it("parsePartialDate('2000-07-19T10:30') has minute precision, in UTC, covering one minute", () => {
      const d = parsed('2000-07-19T10:30');
      expect([d.precision, d.hour, d.minute, d.second]).to.deep.equal(['minute', 10, 30, undefined]);
      expect([d.start, d.end]).to.deep.equal([utcMs(2000, 7, 19, 10, 30), utcMs(2000, 7, 19, 10, 31)]);
    });

    it("parsePartialDate('2000-07-19T10:30:15.250Z') has second precision and covers the whole second", () => {
      const d = parsed('2000-07-19T10:30:15.250Z');
      expect([d.precision, d.second, d.text]).to.deep.equal(['second', 15, '2000-07-19T10:30:15Z']);
      expect([d.start, d.end]).to.deep.equal([utcMs(2000, 7, 19, 10, 30, 15), utcMs(2000, 7, 19, 10, 30, 16)]);
    });
  });

  describe('time zones', () => {
    it("parsePartialDate('2000-07-19T10:30Z') is the same instant as the floating '2000-07-19T10:30', and keeps its Z", () => {
      const zulu = parsed('2000-07-19T10:30Z');
      expect(zulu.start).to.equal(parsed('2000-07-19T10:30').start);
      expect([zulu.offset, zulu.text]).to.deep.equal([0, '2000-07-19T10:30Z']);
    });

    it("parsePartialDate('2000-07-19T10:30+02:00') is the instant 08:30 UTC, keeps minute precision and the fields as written", () => {
      const d = parsed('2000-07-19T10:30+02:00');
      expect([d.precision, d.hour, d.minute, d.offset, d.text]).to.deep.equal(['minute', 10, 30, 120, '2000-07-19T10:30+02:00']);
      expect(d.start).to.equal(utcMs(2000, 7, 19, 8, 30));
    });

    it("parsePartialDate('2000-07-18T22:30-05:30') stays on the day it was written, at the instant of 19 July 04:00 UTC", () => {
      const d = parsed('2000-07-18T22:30-05:30');
      expect([d.day, d.hour, d.minute, d.offset]).to.deep.equal([18, 22, 30, -330]);
      expect(d.start).to.equal(utcMs(2000, 7, 19, 4, 0));
    });
  });

  describe('years before 1000, year 0 and BCE', () => {
    it("parsePartialDate('-0044-03-15') is 15 March 45 BCE (astronomical year -44)", () => {
      const d = parsed('-0044-03-15');
      expect([d.year, d.month, d.day, d.text]).to.deep.equal([-44, 3, 15, '-0044-03-15']);
      expect(new Date(d.start).getUTCFullYear()).to.equal(-44);
    });

    it("parsePartialDate('0000') is year 0 (1 BCE), and so is '-0000'", () => {
      expect(parsed('0000').year).to.equal(0);
      expect(Object.is(parsed('-0000').year, 0)).to.equal(true);
      expect(parsed('-0000').text).to.equal('0000');
    });

    it("parsePartialDate('0044-03-15') starts in year 44, not 1944", () => {
      const d = parsed('0044-03-15');
      expect(new Date(d.start).getUTCFullYear()).to.equal(44);
      expect(d.start).to.equal(utcMs(44, 3, 15));
      expect(d.start).to.be.below(utcMs(1000));
    });

    it("parsePartialDate('0099') ends at the start of year 100, not 2000", () => {
      expect(parsed('0099').end).to.equal(utcMs(100));
    });

    it("parsePartialDate('12345') reads a five-digit year", () => {
      expect(parsed('12345').year).to.equal(12345);
    });

    it("parsePartialDate('44') is refused: years below 1000 are zero-padded to 4 digits", () => {
      expect(errorOf('44')).to.equal('not a date: "44" (expected YYYY, YYYY-MM or YYYY-MM-DD)');
    });

    it('parsePartialDate refuses a year no JavaScript Date can hold, without throwing', () => {
      expect(errorOf('300000')).to.match(/^year 300000 is outside the supported range/);
    });
  });

  describe('impossible dates and leap years', () => {
    it("parsePartialDate('2023-02-30') explains that February 2023 has 28 days", () => {
      expect(errorOf('2023-02-30')).to.equal('2023-02-30 is not a real date (February 2023 has 28 days)');
    });

    it("parsePartialDate('2019-13') says month 13 does not exist", () => {
      expect(errorOf('2019-13')).to.equal('month 13 does not exist');
    });

    it("parsePartialDate('2019-04-31') is refused: April has 30 days", () => {
      expect(errorOf('2019-04-31')).to.equal('2019-04-31 is not a real date (April 2019 has 30 days)');
    });

    it("parsePartialDate('2019-04-00') is refused: days are numbered from 1", () => {
      expect(errorOf('2019-04-00')).to.equal('2019-04-00 is not a real date (days are numbered from 1)');
    });

    it("parsePartialDate('2000-07-19T24:00') is refused: hours go from 00 to 23", () => {
      expect(errorOf('2000-07-19T24:00')).to.equal('hour 24 does not exist (expected 00 to 23)');
    });

    it("parsePartialDate accepts 29 February in leap years 2024 and 2000", () => {
      expect(parsed('2024-02-29').end).to.equal(utcMs(2024, 3, 1));
      expect(parsed('2000-02-29').day).to.equal(29);
    });

    it("parsePartialDate refuses 29 February in 2023 and in 1900 (not a leap year: proleptic Gregorian)", () => {
      expect(errorOf('2023-02-29')).to.equal('2023-02-29 is not a real date (February 2023 has 28 days)');
      expect(errorOf('1900-02-29')).to.equal('1900-02-29 is not a real date (February 1900 has 28 days)');
    });
  });

  describe('EDTF qualifiers', () => {
    it("parsePartialDate('2000~') is approximate, not uncertain, and keeps '~' in its text", () => {
      const d = parsed('2000~');
      expect([d.approximate, d.uncertain, d.text]).to.deep.equal([true, false, '2000~']);
    });

    it("parsePartialDate('2000-07?') is uncertain, not approximate", () => {
      const d = parsed('2000-07?');
      expect([d.approximate, d.uncertain, d.precision]).to.deep.equal([false, true, 'month']);
    });

    it("parsePartialDate('2000-07-19%') is both approximate and uncertain", () => {
      const d = parsed('2000-07-19%');
      expect([d.approximate, d.uncertain]).to.deep.equal([true, true]);
    });

    it("parsePartialDate('2000~-07') is refused: the qualifier goes at the very end", () => {
      expect(errorOf('2000~-07')).to.equal('not a date: "2000~-07" (expected YYYY, YYYY-MM or YYYY-MM-DD)');
    });
  });

  describe('input that is not a date', () => {
    it("parsePartialDate('19 July') names the forms it expects", () => {
      expect(errorOf('19 July')).to.equal('not a date: "19 July" (expected YYYY, YYYY-MM or YYYY-MM-DD)');
    });

    it('parsePartialDate(2019) says it expected a string and got a number', () => {
      expect(errorOf(2019)).to.equal('expected a date string, got the number 2019');
    });

    it('parsePartialDate(null), ([]) and (undefined) name what they got', () => {
      expect([errorOf(null), errorOf([]), errorOf(undefined)]).to.deep.equal([
        'expected a date string, got null',
        'expected a date string, got an array',
        'expected a date string, got undefined',
      ]);
    });

    it("parsePartialDate('') says the date is empty", () => {
      expect(errorOf('  ')).to.equal('empty date (expected YYYY, YYYY-MM or YYYY-MM-DD)');
    });

    it("parsePartialDate('  2019-04 \\n') ignores surrounding whitespace", () => {
      expect(parsed('  2019-04 \n').text).to.equal('2019-04');
    });
  });

  describe('properties', () => {
    it('parsePartialDate never throws, whatever it is given', () => {
      const dateLike = fc.string({ unit: fc.constantFrom(...'0123456789-T:Z+.~?% ') });
      fc.assert(
        fc.property(fc.oneof(fc.anything(), fc.string(), dateLike), (input) => {
          const result = parsePartialDate(input);
          return result.ok ? typeof result.date.text === 'string' : result.error.length > 0;
        }),
        { seed: 20190412, numRuns: 2000 },
      );
    });

    it('every date parsePartialDate accepts has start < end, and its text parses back to the same period', () => {
      const written = fc.stringMatching(
        /^-?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]0\d:[0-5]\d)?)?)?)?[~?%]?$/,
      );
      fc.assert(
        fc.property(written, (text) => {
          const result = parsePartialDate(text);
          if (!result.ok) return /is not a real date/.test(result.error); // e.g. 2023-02-30
          const again = parsed(result.date.text);
          return result.date.start < result.date.end && again.start === result.date.start && again.end === result.date.end;
        }),
        { seed: 20000719, numRuns: 2000 },
      );
    });
  });
});

describe('precision helpers', () => {
  it('precisionOrder lists precisions from coarse to fine', () => {
    expect(precisionOrder).to.deep.equal(['year', 'month', 'day', 'minute', 'second']);
  });

  it("finerPrecision('year', 'day') is 'day', in either order", () => {
    expect([finerPrecision('year', 'day'), finerPrecision('day', 'year')]).to.deep.equal(['day', 'day']);
  });

  it('precisionDuration gives nominal lengths: a day is 86 400 000 ms, a year 365.2425 days, a month about 30.44 days', () => {
    const day = 86_400_000;
    expect(precisionDuration('day')).to.equal(day);
    expect(precisionDuration('year')).to.equal(365.2425 * day);
    expect(precisionDuration('month') / day).to.be.closeTo(30.44, 0.01);
    expect([precisionDuration('minute'), precisionDuration('second')]).to.deep.equal([60_000, 1000]);
  });
});
