import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Validator } from '@cfworker/json-schema';
import { draftEvents, toCSV, toDataset } from '../../src/draft/index.js';
import { normalizeEvents } from '../../src/model/normalize.js';
import { fromCSV } from '../../src/formats/csv.js';
import { parsePartialDate } from '../../src/time/partial-date.js';
import { datasetValidator, schemaErrors } from './support.js';

const settings = { seed: 17017, numRuns: 150 };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const RANK = { year: 0, month: 1, day: 2, minute: 3, second: 4 } as const;

/** A date expression and the finest precision its words state (0 year, 1 month, 2 day). */
const year = fc.integer({ min: 1000, max: 2099 });
const month = fc.constantFrom(...MONTHS);
const day = fc.integer({ min: 1, max: 28 });
const expression: fc.Arbitrary<[string, number]> = fc.oneof(
  year.map((y) => [`in ${y}`, 0] as [string, number]),
  fc.tuple(month, year).map(([m, y]) => [`in ${m} ${y}`, 1] as [string, number]),
  fc.tuple(day, month, year).map(([d, m, y]) => [`on ${d} ${m} ${y}`, 2] as [string, number]),
  fc.tuple(month, day, year).map(([m, d, y]) => [`on ${m} ${d}, ${y}`, 2] as [string, number]),
  fc.tuple(year, fc.integer({ min: 1, max: 30 })).map(([y, n]) => [`between ${y} and ${y + n}`, 0] as [string, number]),
  fc.integer({ min: 100, max: 199 }).map((d) => [`the ${d * 10}s`, 0] as [string, number]),
  fc.integer({ min: 1, max: 3000 }).map((n) => [`${n} BC`, 0] as [string, number]),
);
/** Line labels of chronologies ("June 26: …", "June: …"): they begin their line. */
const label: fc.Arbitrary<[string, number]> = fc.oneof(
  fc.tuple(month, day).map(([m, d]) => [`${m} ${d}:`, 2] as [string, number]),
  month.map((m) => [`${m}:`, 1] as [string, number]),
);
const WORDS = ['the', 'treaty', 'was', 'signed', 'talks', 'began', 'people', 'said', '“quoted', 'words”', 'and', '11-article', 'Kim', 'city', 'of', 'new', '20-odd', 'decades', '—', '(notes)', 'it'];
const filler = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join(' '));
const sentence = fc.oneof(
  // (A sentence that is nothing but a date is a heading, not an event: each has a word besides.)
  fc.tuple(filler, expression, filler).map(([a, [e, p], b]) => ({ text: `${a} ${e} ${b || 'it happened'}.`.trim(), precision: p })),
  fc.tuple(label, filler).map(([[e, p], b]) => ({ text: `${e} ${b || 'it'} happened.`, precision: p })),
);
/** Texts shaped like chronologies: sentences, lines and paragraphs of them. */
const chronology = fc.array(fc.tuple(sentence, fc.constantFrom(' ', '\n', '\n\n', '\n\n\n')), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([s, sep]) => s.text + sep).join(''));

/** The finest precision written in some words: a day with its month, a month, or a year. */
function wordsPrecision(words: string): number {
  const hasMonth = new RegExp(`\\b(?:${MONTHS.join('|')})\\b`).test(words);
  if (hasMonth && /(?:^|\D)\d{1,2}(?:\D|$)/.test(words.replace(/\d{3,}/g, ''))) return 2;
  if (hasMonth) return 1;
  return 0;
}

/** Anything a person might paste, and worse. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('1', '9', '0', '2', ' ', '\n', '-', '–', '.', ':', ',', 'BC', 'AD', 'in ', 'June', 'the ', 's', "'", '"', '“', '©', '\r', 'since then', 'on the day in ', 'between ', 'and ', 'from ', 'to ', 'c. '), maxLength: 60 }),
  chronology,
);

describe('draftEvents, for any text (fast-check, fixed seed)', () => {
  let validator: Validator;
  before(async () => {
    validator = await datasetValidator();
  });

  it('never throws, and every start and end parses with parsePartialDate', () => {
    fc.assert(fc.property(anyText, fc.option(fc.constantFrom('2023-07-19', '1999', 'not a date')), (text, referenceDate) => {
      const draft = draftEvents(text, referenceDate === null ? {} : { referenceDate });
      for (const e of draft.events) {
        expect(parsePartialDate(e.start).ok, e.start).to.equal(true);
        if (e.end !== undefined) expect(parsePartialDate(e.end).ok, e.end).to.equal(true);
      }
    }), settings);
  });

  it('writes datasets valid against the schema that normalizeEvents takes without a problem', () => {
    fc.assert(fc.property(anyText, (text) => {
      const dataset = toDataset(draftEvents(text));
      expect(schemaErrors(validator, dataset)).to.deep.equal([]);
      expect(normalizeEvents(dataset).problems).to.deep.equal([]);
    }), settings);
  });

  it('points every event and skipped expression at its words inside its paragraph', () => {
    fc.assert(fc.property(anyText, (text) => {
      const draft = draftEvents(text);
      const places = [...draft.events.map((e) => e.source), ...draft.skipped];
      for (const { paragraph, offset, length } of places) {
        const p = draft.paragraphs[paragraph - 1];
        expect(p.number).to.equal(paragraph);
        expect(offset).to.be.at.least(0);
        expect(length).to.be.at.least(1);
        expect(offset + length).to.be.at.most(p.text.length);
        expect(text.slice(p.start, p.end)).to.equal(p.text);
      }
    }), settings);
  });

  it('never gives a precision finer than the words of the date expression', () => {
    fc.assert(fc.property(chronology, (text) => {
      const draft = draftEvents(text);
      for (const e of draft.events) {
        const words = draft.paragraphs[e.source.paragraph - 1].text.slice(e.source.offset, e.source.offset + e.source.length);
        const precision = parsePartialDate(e.start);
        expect(precision.ok).to.equal(true);
        if (precision.ok) expect(RANK[precision.date.precision], `${e.start} from “${words}”`).to.be.at.most(wordsPrecision(words));
      }
    }), settings);
  });

  it('finds the date of every generated sentence', () => {
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), (sentences) => {
      const draft = draftEvents(`1990\n\n${sentences.map((s) => s.text).join('\n\n')}`);
      expect(draft.events.length).to.equal(sentences.length);
      draft.events.forEach((e, i) => expect(RANK[parsePartialDate(e.start).ok ? (parsePartialDate(e.start) as { date: { precision: keyof typeof RANK } }).date.precision : 'year']).to.equal(sentences[i].precision));
    }), settings);
  });

  it('writes CSV that fromCSV reads back to the same events', () => {
    fc.assert(fc.property(anyText, (text) => {
      const draft = draftEvents(text);
      const { dataset, problems } = fromCSV(toCSV(draft));
      expect(problems).to.deep.equal([]);
      expect(dataset.events.map((e) => [e.id, e.start, e.end, e.title])).to.deep.equal(
        draft.events.map((e) => [e.id, e.start, e.end, /^[=+\-@]/.test(e.title) ? `'${e.title}` : e.title]),
      );
    }), settings);
  });
});
