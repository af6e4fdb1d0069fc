import { expect } from '@open-wc/testing';
import { clockTime, dateFromParts, writtenDate } from '../../src/formats/date-parts.js';

describe('dateFromParts', () => {
  it('keeps a year alone at year precision, never the first of January', () => {
    expect(dateFromParts({ year: '1815' })).to.deep.equal({ date: '1815', problems: [] });
    expect(dateFromParts({ year: 1815, month: '', day: '' }).date).to.equal('1815');
  });

  it('pads months, days and years before 1000, and writes negative years with four digits', () => {
    expect(dateFromParts({ year: 44, month: 3, day: '5' }).date).to.equal('0044-03-05');
    expect(dateFromParts({ year: '-44', month: '03', day: 15 }).date).to.equal('-0044-03-15');
  });

  it('gives an hour without a minute minute precision', () => {
    expect(dateFromParts({ year: 2000, month: 7, day: 19, hour: '6' }).date).to.equal('2000-07-19T06:00');
    expect(dateFromParts({ year: 2000, month: 7, day: 19, hour: 6, minute: 45, second: '05' }).date).to.equal('2000-07-19T06:45:05');
  });

  it('keeps the date to the precision before an unusable part, with a problem', () => {
    const { date, problems } = dateFromParts({ year: 1999, month: 13, day: 1 });
    expect(date).to.equal('1999');
    expect(problems).to.have.length(1);
    expect(problems[0].part).to.equal('month');
    expect(dateFromParts({ year: 1999, month: 2, day: 29 }).date).to.equal('1999-02');
    expect(dateFromParts({ year: 2000, month: 2, day: 29 }).date).to.equal('2000-02-29');
  });

  it('reports parts given after a gap and ignores them', () => {
    const { date, problems } = dateFromParts({ year: 1999, day: 5 });
    expect(date).to.equal('1999');
    expect(problems[0]).to.deep.equal({ part: 'day', message: 'day given without a month; ignored' });
  });

  it('gives no date without a usable year', () => {
    expect(dateFromParts({ month: 4 }).date).to.equal(undefined);
    expect(dateFromParts({ year: 'MCM' }).date).to.equal(undefined);
    expect(dateFromParts({ year: 1815.5 }).date).to.equal(undefined);
  });

  it('reads English month names', () => {
    expect(dateFromParts({ year: 1999, month: 'Apr' }).date).to.equal('1999-04');
    expect(dateFromParts({ year: 1999, month: 'September' }).date).to.equal('1999-09');
  });
});

describe('clockTime and writtenDate', () => {
  it('clockTime reads 24-hour and AM/PM times', () => {
    expect(clockTime('10:30')).to.deep.equal({ hour: 10, minute: 30, second: undefined });
    expect(clockTime('12:05:09 am')).to.deep.equal({ hour: 0, minute: 5, second: 9 });
    expect(clockTime('6:45 PM')).to.deep.equal({ hour: 18, minute: 45, second: undefined });
    expect(clockTime('25:00')).to.equal(undefined);
    expect(clockTime('noon')).to.equal(undefined);
  });

  it('writtenDate turns YYYY/MM/DD into dashes and passes everything else through trimmed', () => {
    expect(writtenDate(' 1999/4/5 ')).to.equal('1999-04-05');
    expect(writtenDate('1999/04')).to.equal('1999-04');
    expect(writtenDate(' 2019-04 ')).to.equal('2019-04');
    expect(writtenDate('April 1999')).to.equal('April 1999');
    expect(writtenDate('5/4/1999')).to.equal('5/4/1999');
  });
});
