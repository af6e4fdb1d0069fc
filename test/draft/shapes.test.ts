import { expect } from '@open-wc/testing';
import { draftEvents, type Draft } from '../../src/draft/index.js';

/** [start, end?] of each drafted event, in text order. */
const dates = (d: Draft) => d.events.map((e) => (e.end ? [e.start, e.end] : [e.start]));
const only = (text: string, options = {}) => draftEvents(text, options).events;

describe('draftEvents on the shapes of news chronologies', () => {
  describe('year lines, month lines and day lines', () => {
    it('reads year lines ("1914: …") as years, the title without the date', () => {
      const d = draftEvents('1914: War begins in Europe.\n1918 – The war ends.\n1919. The treaty is signed at Versailles.');
      expect(dates(d)).to.deep.equal([['1914'], ['1918'], ['1919']]);
      expect(d.events.map((e) => e.title)).to.deep.equal(['War begins in Europe', 'The war ends', 'The treaty is signed at Versailles']);
      expect(d.events.every((e) => e.source.paragraph === 1)).to.equal(true);
    });

    it('gives month lines under a year heading that year, at month precision', () => {
      const d = draftEvents('1989\n\nJune: Elections in Poland.\n\nNovember: The wall falls.');
      expect(dates(d)).to.deep.equal([['1989-06'], ['1989-11']]);
      expect(d.events.map((e) => e.source.paragraph)).to.deep.equal([2, 3]);
      expect(d.events[0].source.note).to.contain('heading in paragraph 1');
    });

    it('gives day lines under a year heading that year, written either way round', () => {
      const d = draftEvents('1961\nAugust 13: Troops close the border.\n22 August: The first death at the wall.\n\n1963\nJune 26: Kennedy speaks in West Berlin.');
      expect(dates(d)).to.deep.equal([['1961-08-13'], ['1961-08-22'], ['1963-06-26']]);
      expect(d.events[2].source.paragraph).to.equal(2);
      expect(d.events[0].title).to.equal('Troops close the border');
    });

    it('does not make a heading an event', () => {
      expect(only('1961\n\n1962\n\n1963')).to.deep.equal([]);
    });
  });

  describe('years in prose', () => {
    it('reads "in 2000", "since 1990", "(1975)" and "mid-2019" as years', () => {
      const d = draftEvents('In 2000, the treaty was signed. The film Jaws (1975) was a hit. Prices rose in mid-2019.');
      expect(dates(d)).to.deep.equal([['2000'], ['1975'], ['2019']]);
      expect(d.events.map((e) => e.confidence)).to.deep.equal([0.8, 0.8, 0.8]);
    });

    it('does not read amounts or other numbers as years', () => {
      expect(only('2000 people marched. Article 11 says so. It cost $1999 and 1500 km of road, 2010% more.')).to.deep.equal([]);
    });

    it('does not read "march" or "may" as months', () => {
      expect(only('Protesters march on. They may come back. May I add something?')).to.deep.equal([]);
    });
  });

  describe('ranges', () => {
    it('makes spans of "between 1961 and 1963", "from 2000 to 2003" and "1939–45"', () => {
      const d = draftEvents('Between 1961 and 1963 the border was sealed. From 2000 to 2003 the talks stalled. The war (1939–45) changed everything.');
      expect(dates(d)).to.deep.equal([['1961', '1963'], ['2000', '2003'], ['1939', '1945']]);
      expect(d.paragraphs[0].text.slice(d.events[0].source.offset, d.events[0].source.offset + d.events[0].source.length)).to.equal('Between 1961 and 1963');
    });

    it('makes spans of month and day ranges', () => {
      const d = draftEvents('The strike lasted from April 2000 to June 2003. Talks ran between March and June 1999. The summit was held on 3–5 March 2001.');
      expect(dates(d)).to.deep.equal([['2000-04', '2003-06'], ['1999-03', '1999-06'], ['2001-03-03', '2001-03-05']]);
    });
  });

  describe('decades and centuries', () => {
    it('makes a decade a span of ten years, "the 1800s" a span of a hundred', () => {
      const d = draftEvents('Many emigrated in the 1870s. The late 1990s were busy. The 1800s saw change.');
      expect(dates(d)).to.deep.equal([['1870', '1879'], ['1990', '1999'], ['1800', '1899']]);
    });

    it('makes a century its hundred years, before the common era too', () => {
      const d = draftEvents('Printing spread in the 15th century. Athens flourished in the 5th century BC.');
      expect(dates(d)).to.deep.equal([['1401', '1500'], ['-0499', '-0400']]);
    });
  });

  describe('years before the common era', () => {
    it('numbers BCE years astronomically (44 BC is -0043)', () => {
      const d = draftEvents('Caesar was killed on 15 March 44 BC. Thermopylae was fought in 480 BCE. Vesuvius erupted in AD 79.');
      expect(dates(d)).to.deep.equal([['-0043-03-15'], ['-0479'], ['0079']]);
    });

    it('marks "c. 500 BC" approximate and reads "between 500 and 400 BC" as a span', () => {
      const d = draftEvents('The temple was built c. 500 BC. Between 500 and 400 BC philosophy flourished.');
      expect(dates(d)).to.deep.equal([['-0499~'], ['-0499', '-0399']]);
    });
  });

  describe('dates inside quotations', () => {
    it('finds them, and drafts the title from the whole sentence', () => {
      const text = 'The minister said: “On 3 May 1999 we left the city, and in June we came back.”';
      const d = draftEvents(text);
      expect(dates(d)).to.deep.equal([['1999-05-03'], ['1999-06']]);
      expect(d.events[0].title).to.equal(text.replace(/\.”$/, '.”'));
      expect(d.events[1].source.note).to.contain('same sentence');
    });

    it('keeps the offsets right with curly quotes and dashes around the date', () => {
      const text = '‘It was — on 9 November 1989 — the end,’ she said.';
      const [e] = draftEvents(text).events;
      expect(text.slice(e.source.offset, e.source.offset + e.source.length)).to.match(/9 November 1989$/);
      expect(e.start).to.equal('1989-11-09');
    });
  });

  describe('the year of a date that gives none', () => {
    it('takes the year of an earlier sentence', () => {
      expect(dates(draftEvents('The treaty was signed in 1998. On July 19 it came into force.'))).to.deep.equal([['1998'], ['1998-07-19']]);
    });

    it('takes the year of the dateline when the text states none before it', () => {
      const d = draftEvents('A headline\n\nJuly 19, 2023\n\nOn July 17 the talks began.');
      expect(dates(d)).to.deep.equal([['2023-07-17']]);
      expect(d.events[0].confidence).to.equal(0.6);
    });

    it('marks a year found only later in the text uncertain', () => {
      const d = draftEvents('On July 19 the talks began.\n\nThe treaty was signed in 2001.');
      expect(dates(d)).to.deep.equal([['2001-07-19?'], ['2001']]);
      expect(d.events[0].confidence).to.equal(0.3);
    });

    it('skips it, with its paragraph, when the text has no year at all', () => {
      const d = draftEvents('Intro.\n\nOn July 19 the talks began.');
      expect(d.events).to.deep.equal([]);
      expect(d.skipped).to.deep.equal([{ text: 'July 19', paragraph: 2, offset: 3, length: 7, reason: 'no year for it anywhere in the text' }]);
    });
  });

  describe('relative expressions', () => {
    it('resolves "two years later" against the date before it, at the precision of both', () => {
      const d = draftEvents('In 1998 the treaty was signed. Two years later it was revised. On 3 May 2001 it lapsed. A week later it was renewed.');
      expect(dates(d)).to.deep.equal([['1998'], ['2000'], ['2001-05-03'], ['2001-05-10']]);
      expect(d.events[1].confidence).to.equal(0.5);
    });

    it('resolves "yesterday" and "last year" against the dateline', () => {
      const d = draftEvents('Headline here\n\nJuly 19, 2023\n\nYesterday the minister resigned. Last year he was elected.');
      expect(dates(d)).to.deep.equal([['2023-07-18'], ['2022']]);
    });

    it('dates a weekday to the nearest such day of the dateline, marked uncertain', () => {
      const d = draftEvents('Headline here\n\nJuly 19, 2023\n\nOn Monday he resigned.');
      expect(dates(d)).to.deep.equal([['2023-07-17?']]);
    });

    it('makes "since 1990" a span to the dateline', () => {
      const d = draftEvents('Headline here\n\nJuly 19, 2023\n\nSince 1990 the party has ruled.');
      expect(dates(d)).to.deep.equal([['1990', '2023-07-19']]);
      expect(dates(draftEvents('Since 1990 the party has ruled.'))).to.deep.equal([['1990']]);
    });

    it('uses the referenceDate option instead of a dateline', () => {
      const d = draftEvents('Yesterday the minister resigned.', { referenceDate: '2020-02-01' });
      expect(dates(d)).to.deep.equal([['2020-01-31']]);
      expect(d.reference).to.equal('2020-02-01');
    });

    it('lists relative expressions it cannot resolve as skipped, with their paragraph', () => {
      const d = draftEvents('Intro.\n\nYesterday the minister resigned. Since then nothing happened.\n\nOn Monday he left. Today all is calm.');
      expect(d.events).to.deep.equal([]);
      expect(d.skipped.map((s) => [s.paragraph, s.text])).to.deep.equal([
        [2, 'Yesterday'],
        [2, 'Since then'],
        [3, 'On Monday'],
        [3, 'Today'],
      ]);
    });
  });

  describe('the frame of the text', () => {
    it('does not number the headline, the dateline or a closing copyright line', () => {
      const d = draftEvents('Big news\n\nPARIS, 5 June 2021\n\nOn 4 June 2021 it rained.\n\nIt stopped in 2022.\n\n© 2021 Some Paper. All rights reserved.');
      expect(d.headline?.text).to.equal('Big news');
      expect(d.dateline?.date).to.equal('2021-06-05');
      expect(d.paragraphs.map((p) => p.number)).to.deep.equal([1, 2]);
      expect(dates(d)).to.deep.equal([['2021-06-04'], ['2022']]);
    });

    it('counts paragraphs with Windows line ends and blank lines holding spaces', () => {
      const d = draftEvents('First in 1990.\r\n \r\nSecond in 1991.\r\n\t\r\nThird in 1992.');
      expect(d.events.map((e) => [e.source.paragraph, e.start])).to.deep.equal([[1, '1990'], [2, '1991'], [3, '1992']]);
    });

    it('trims long titles to about 80 characters at a word boundary with "…"', () => {
      const sentence = `In 1990 ${'the committee discussed the many long and winding questions of the day '.repeat(3)}`;
      const [e] = draftEvents(sentence).events;
      expect([...e.title].length).to.be.at.most(80);
      expect(e.title).to.match(/\p{L}…$/u);
      expect(sentence.startsWith(e.title.slice(0, -1))).to.equal(true);
    });

    it('gives every event a unique id', () => {
      const ids = draftEvents('In 1990 a. In 1990 b. In 1990 c.').events.map((e) => e.id);
      expect(ids).to.deep.equal(['p1-1990', 'p1-1990-2', 'p1-1990-3']);
    });
  });
});
