import { expect } from '@open-wc/testing';
import { createTickFormat, formatDate, formatSpan, tickUnit } from '../../src/time/format';
import { parsePartialDate, type PartialDate } from '../../src/time/partial-date';

function parsed(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(result.error);
  return result.date;
}

/** A UTC instant, built so that years 0-99 are not read as 1900-1999. */
function utcDate(year: number, month = 1, day = 1, hour = 0, minute = 0): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, 0, 0);
  return d;
}

const DAY = 86_400_000;

describe('formatDate', () => {
  describe('at each precision (en-GB)', () => {
    it("formatDate('2000', 'en-GB') is the year alone", () => {
      expect(formatDate(parsed('2000'), 'en-GB')).to.equal('2000');
    });

    it("formatDate('2019-04', 'en-GB') is 'April 2019', with no day", () => {
      expect(formatDate(parsed('2019-04'), 'en-GB')).to.equal('April 2019');
    });

    it("formatDate('2019-04') is April 2019, not March, in a browser west of UTC (and east of it)", () => {
      const start = new Date(parsed('2019-04').start);
      // West of UTC (America/Los_Angeles, Pacific/Pago_Pago) the local calendar says March.
      if (start.getTimezoneOffset() > 0) expect(start.getMonth()).to.equal(2);
      expect(formatDate(parsed('2019-04'), 'en')).to.equal('April 2019');
    });

    it("formatDate('2000-07-19', 'en-GB') is '19 July 2000'", () => {
      expect(formatDate(parsed('2000-07-19'), 'en-GB')).to.equal('19 July 2000');
    });

    it("formatDate('2000-07-19T10:30', 'en-GB') is a floating time: as written, naming no zone", () => {
      expect(formatDate(parsed('2000-07-19T10:30'), 'en-GB')).to.match(/^19 July 2000(,| at) 10:30$/);
    });

    it("formatDate('2000-07-19T10:30:15Z', 'en-GB') shows seconds, and says UTC", () => {
      expect(formatDate(parsed('2000-07-19T10:30:15Z'), 'en-GB')).to.match(/^19 July 2000(,| at) 10:30:15 \(UTC\)$/);
    });

    it("formatDate(…, 'en-GB', 'short') abbreviates the month and leaves out the zone", () => {
      expect(formatDate(parsed('2000-07-19'), 'en-GB', 'short')).to.equal('19 Jul 2000');
      expect(formatDate(parsed('2000-07-19T10:30'), 'en-GB', 'short')).to.equal('19 Jul 2000, 10:30');
    });
  });

  describe('in other locales', () => {
    it("formatDate('2000-07-19', 'en-US') is 'July 19, 2000'", () => {
      expect(formatDate(parsed('2000-07-19'), 'en-US')).to.equal('July 19, 2000');
    });

    it("formatDate('2000-07-19', 'ru') is '19 июля 2000 г.'", () => {
      expect(formatDate(parsed('2000-07-19'), 'ru')).to.equal('19 июля 2000 г.');
    });

    it("formatDate('2019-04', 'ru') is 'апрель 2019 г.', with no day", () => {
      expect(formatDate(parsed('2019-04'), 'ru')).to.equal('апрель 2019 г.');
    });

    it("formatDate('2000-07-19', 'ko') is '2000년 7월 19일'", () => {
      expect(formatDate(parsed('2000-07-19'), 'ko')).to.equal('2000년 7월 19일');
    });

    it("formatDate('2019-04', 'ko') is '2019년 4월'", () => {
      expect(formatDate(parsed('2019-04'), 'ko')).to.equal('2019년 4월');
    });

    it("formatDate with a malformed locale tag ('en_GB!') falls back to English instead of throwing", () => {
      expect(formatDate(parsed('2019-04~'), 'en_GB!')).to.equal('April 2019, approximately');
    });
  });

  describe('eras', () => {
    it("formatDate('-0044-03-15') shows the era: '15 March 45 BC' (en-GB), 'March 15, 45 BC' (en-US)", () => {
      expect(formatDate(parsed('-0044-03-15'), 'en-GB')).to.equal('15 March 45 BC');
      expect(formatDate(parsed('-0044-03-15'), 'en-US')).to.equal('March 15, 45 BC');
    });

    it("formatDate('-0044') is '45 г. до н. э.' in ru and 'BC 45년' in ko", () => {
      expect(formatDate(parsed('-0044'), 'ru')).to.equal('45 г. до н. э.');
      expect(formatDate(parsed('-0044'), 'ko')).to.equal('BC 45년');
    });

    it("formatDate('0000', 'en') is '1 BC'", () => {
      expect(formatDate(parsed('0000'), 'en')).to.equal('1 BC');
    });

    it("formatDate shows the era for years 1-999 ('5 AD', '15 March 44 AD') but not from 1000 on", () => {
      expect(formatDate(parsed('0005'), 'en-GB')).to.equal('5 AD');
      expect(formatDate(parsed('0044-03-15'), 'en-GB')).to.equal('15 March 44 AD');
      expect(formatDate(parsed('1000'), 'en-GB')).to.equal('1000');
    });
  });

  describe('approximate and uncertain dates', () => {
    it("formatDate('2019-04~', 'en-GB') keeps the date and adds ', approximately'", () => {
      expect(formatDate(parsed('2019-04~'), 'en-GB')).to.equal('April 2019, approximately');
    });

    it("formatDate('2019-04~', 'en-GB', 'short') is 'c. Apr 2019'", () => {
      expect(formatDate(parsed('2019-04~'), 'en-GB', 'short')).to.equal('c. Apr 2019');
    });

    it("formatDate('2019-04~') is 'апрель 2019 г., приблизительно' in ru and 'ок. апр. 2019 г.' in short", () => {
      expect(formatDate(parsed('2019-04~'), 'ru')).to.equal('апрель 2019 г., приблизительно');
      expect(formatDate(parsed('2019-04~'), 'ru', 'short')).to.equal('ок. апр. 2019 г.');
    });

    it("formatDate('2019-04~', 'ko') puts 약 before the date", () => {
      expect(formatDate(parsed('2019-04~'), 'ko')).to.equal('약 2019년 4월');
    });

    it("formatDate('2000?') adds 'uncertain' in en, 'предположительно' in ru, '(추정)' in ko", () => {
      expect(formatDate(parsed('2000?'), 'en-GB')).to.equal('2000, uncertain');
      expect(formatDate(parsed('2000?'), 'ru')).to.equal('2000, предположительно');
      expect(formatDate(parsed('2000?'), 'ko')).to.equal('2000년 (추정)');
    });

    it("formatDate('2000?', 'en', 'short') ends with a question mark", () => {
      expect(formatDate(parsed('2000?'), 'en', 'short')).to.equal('2000?');
    });

    it("formatDate('2000%', 'en') says both approximately and uncertain", () => {
      expect(formatDate(parsed('2000%'), 'en')).to.equal('2000, approximately, uncertain');
    });

    it("formatDate in a language without words of its own (de) uses English words", () => {
      expect(formatDate(parsed('2000-07-19~'), 'de')).to.equal('19. Juli 2000, approximately');
    });
  });
});

describe('formatSpan', () => {
  it("formatSpan('2000-07-19', '2023-07-19', 'en-GB') is '19 July 2000 to 19 July 2023'", () => {
    expect(formatSpan(parsed('2000-07-19'), parsed('2023-07-19'), 'en-GB')).to.equal('19 July 2000 to 19 July 2023');
  });

  it("formatSpan adds ', approximately' once when either end is approximate", () => {
    const expected = '19 July 2000 to 19 July 2023, approximately';
    expect(formatSpan(parsed('2000-07-19~'), parsed('2023-07-19'), 'en-GB')).to.equal(expected);
    expect(formatSpan(parsed('2000-07-19'), parsed('2023-07-19~'), 'en-GB')).to.equal(expected);
    expect(formatSpan(parsed('2000-07-19~'), parsed('2023-07-19~'), 'en-GB')).to.equal(expected);
  });

  it("formatSpan adds ', uncertain' when either end is uncertain", () => {
    expect(formatSpan(parsed('1990'), parsed('1995?'), 'en')).to.equal('1990 to 1995, uncertain');
  });

  it('formatSpan shows each end at its own precision', () => {
    expect(formatSpan(parsed('2019'), parsed('2020-04'), 'en-GB')).to.equal('2019 to April 2020');
  });

  it("formatSpan joins with ' — ' in ru and ' ~ ' in ko", () => {
    expect(formatSpan(parsed('2000-07-19'), parsed('2023-07-19~'), 'ru')).to.equal(
      '19 июля 2000 г. — 19 июля 2023 г., приблизительно',
    );
    expect(formatSpan(parsed('2000-07-19'), parsed('2023-07-19~'), 'ko')).to.equal(
      '약 2000년 7월 19일 ~ 2023년 7월 19일',
    );
  });

  it('formatSpan without an end is the start date alone', () => {
    expect(formatSpan(parsed('2019-04~'), undefined, 'en-GB')).to.equal('April 2019, approximately');
  });

  it('formatSpan whose ends read the same shows the date once', () => {
    expect(formatSpan(parsed('2019-04'), parsed('2019-04'), 'en-GB')).to.equal('April 2019');
  });
});

describe('createTickFormat', () => {
  const enGB = createTickFormat('en-GB');

  it("a year tick at 1 January 2019 00:00 UTC reads '2019', not 2018, west of UTC", () => {
    expect(enGB(utcDate(2019), 'year')).to.equal('2019');
  });

  it("a year tick before year 1 shows its era: '45 BC'", () => {
    expect(enGB(utcDate(-44), 'year')).to.equal('45 BC');
  });

  it("a month tick is the short month name, 'Apr'; in ru 'апр.'", () => {
    expect(enGB(utcDate(2019, 4), 'month')).to.equal('Apr');
    expect(createTickFormat('ru')(utcDate(2019, 4), 'month')).to.equal('апр.');
  });

  it("a month tick in January also names the year: 'Jan 2019'", () => {
    expect(enGB(utcDate(2019, 1), 'month')).to.equal('Jan 2019');
  });

  it("a day tick is '19 Jul' in en-GB and 'Jul 19' in en-US", () => {
    expect(enGB(utcDate(2019, 7, 19), 'day')).to.equal('19 Jul');
    expect(createTickFormat('en-US')(utcDate(2019, 7, 19), 'day')).to.equal('Jul 19');
  });

  it("a minute tick is the UTC time of day, '10:30'", () => {
    expect(enGB(utcDate(2019, 7, 19, 10, 30), 'minute')).to.equal('10:30');
  });

  it('an invalid date gives an empty label instead of throwing', () => {
    expect(enGB(new Date(NaN), 'day')).to.equal('');
  });
});

describe('tickUnit', () => {
  it("tickUnit of a year (365 or 366 days) or of a decade is 'year'", () => {
    expect([tickUnit(365 * DAY), tickUnit(366 * DAY), tickUnit(3653 * DAY)]).to.deep.equal(['year', 'year', 'year']);
  });

  it("tickUnit of a month (28 to 31 days) or a quarter is 'month'", () => {
    expect([tickUnit(28 * DAY), tickUnit(31 * DAY), tickUnit(92 * DAY)]).to.deep.equal(['month', 'month', 'month']);
  });

  it("tickUnit of a day or a week is 'day'", () => {
    expect([tickUnit(DAY), tickUnit(7 * DAY)]).to.deep.equal(['day', 'day']);
  });

  it("tickUnit of an hour or a minute is 'minute', and of 10 seconds 'second'", () => {
    expect([tickUnit(3_600_000), tickUnit(60_000), tickUnit(10_000)]).to.deep.equal(['minute', 'minute', 'second']);
  });
});
