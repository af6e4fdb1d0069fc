import { expect } from '@open-wc/testing';
import type { Validator } from '@cfworker/json-schema';
import { draftEvents, toDataset, type Draft } from '../../src/draft/index.js';
import { normalizeEvents } from '../../src/model/normalize.js';
import { ARTICLE_URL, datasetValidator, loadJson, loadText, schemaErrors } from './support.js';

interface HandMade {
  events: { id: string; start: string; end?: string; source: { paragraph: number } }[];
}

describe('draftEvents on the article of data/dprk-russia-2000-2023.json', function () {
  let text: string;
  let draft: Draft;
  let handMade: HandMade;
  let validator: Validator;

  before(async function () {
    const found = await loadText(ARTICLE_URL);
    if (found === undefined) {
      console.warn('../shared/seed/ is absent: the article tests are skipped');
      this.skip();
    }
    text = found!;
    draft = draftEvents(text);
    handMade = await loadJson<HandMade>('/data/dprk-russia-2000-2023.json');
    validator = await datasetValidator();
  });

  const at = (paragraph: number) => draft.events.filter((e) => e.source.paragraph === paragraph);
  const words = (e: Draft['events'][number]) => draft.paragraphs[e.source.paragraph - 1].text.slice(e.source.offset, e.source.offset + e.source.length);

  it('recognises the headline and the dateline, and numbers 13 paragraphs as the dataset does', () => {
    expect(draft.headline?.text).to.equal('Traditional DPRK-Russia friendship grows');
    expect(draft.dateline?.date).to.equal('2023-07-19');
    expect(draft.title).to.equal('Traditional DPRK-Russia friendship grows');
    expect(draft.paragraphs).to.have.length(13);
    expect(draft.paragraphs[0].text).to.match(/^July 19 is the day/);
    expect(draft.paragraphs[2].text).to.match(/^The 11-article declaration/);
    expect(draft.paragraphs[12].text).to.match(/^The friendly and cooperative relations/);
  });

  it('dates the 2019 visit to April 2019, at month precision with no day', () => {
    const [visit] = at(7);
    expect(visit.start).to.equal('2019-04');
    expect(visit.end).to.equal(undefined);
    expect(words(visit)).to.equal('April 2019');
    expect(visit.title).to.match(/^The respected Comrade Kim Jong Un visited Russia in April 2019/);
    expect(visit.confidence).to.equal(0.9);
  });

  it('dates the signing to 19 July 2000 from "July 19" (year of the dateline) and "on the day in 2000"', () => {
    const [anniversary] = at(1);
    expect(anniversary.start).to.equal('2023-07-19');
    expect(words(anniversary)).to.equal('July 19');
    expect(anniversary.source.note).to.contain('from the dateline');
    const [signing] = at(2);
    expect(signing.start).to.equal('2000-07-19');
    expect(words(signing)).to.equal('On the day in 2000');
    expect(signing.source.note).to.contain('07-19');
  });

  it('makes "since then" a span from the signing to the article’s date', () => {
    const [ties] = at(5);
    expect([ties.start, ties.end]).to.deep.equal(['2000-07-19', '2023-07-19']);
    expect(words(ties)).to.equal('since then');
    expect(ties.confidence).to.be.below(0.9);
  });

  it('finds every dated event of the hand-written dataset, in the same paragraph', () => {
    for (const e of handMade.events) {
      const match = draft.events.find((d) => d.start === e.start && d.end === e.end && d.source.paragraph === e.source.paragraph);
      expect(match, `${e.id} (${e.start}, paragraph ${e.source.paragraph})`).to.not.equal(undefined);
    }
    expect(draft.events).to.have.length(handMade.events.length);
  });

  it('lists "Today" (paragraph 6) and "Now" (paragraph 11) as skipped, as the dataset leaves them out', () => {
    expect(draft.skipped.map((s) => [s.paragraph, s.text])).to.deep.equal([
      [6, 'Today'],
      [11, 'Now'],
    ]);
    for (const s of draft.skipped) expect(s.reason).to.match(/present/);
  });

  it('gives offsets that point at the words in the original text', () => {
    for (const e of draft.events) {
      const p = draft.paragraphs[e.source.paragraph - 1];
      expect(text.slice(p.start + e.source.offset, p.start + e.source.offset + e.source.length)).to.equal(words(e));
    }
  });

  it('writes a dataset valid against the schema, that normalizeEvents takes without a problem', () => {
    const dataset = toDataset(draft);
    expect(schemaErrors(validator, dataset)).to.deep.equal([]);
    expect(dataset.source).to.deep.equal({ title: 'Traditional DPRK-Russia friendship grows', date: '2023-07-19' });
    expect(dataset.description).to.contain('paragraph 6 “Today”');
    const normalized = normalizeEvents(dataset);
    expect(normalized.problems).to.deep.equal([]);
    expect(normalized.events.map((e) => e.start.text)).to.deep.equal(['2000-07-19', '2000-07-19', '2019-04', '2023-07-19']);
    expect(normalized.events.find((e) => e.start.text === '2019-04')?.start.precision).to.equal('month');
  });
});
