/**
 * Files as people's tools write them, loaded through `src`: the byte files of
 * test/fixtures/encodings/ (made by make.mjs there), served as they are by the fixture server with
 * and without a charset in the Content-Type. What the user sees: titles, the problems list and
 * `timeline-error`.
 */
import { expect } from '@open-wc/testing';
import { mount, type TimelineHarness } from '../harness';
import type { TimelineErrorDetail } from '../../src/event-timeline';
import { waitFor } from './support';

const WESTERN = ['Société fondée', 'Œuvre complète — “naïve” édition', 'Prix : 5 € à Köln'];
const WORLD = '東京で会議 🎉';

/** A fixture file as it is, with exactly this Content-Type (none when `type` is undefined). */
const served = (file: string, type?: string) => `/__fixtures/bytes?file=${file}${type === undefined ? '' : `&type=${encodeURIComponent(type)}`}`;

/** Mounts a timeline, sets src and waits until it has loaded; with every timeline-error fired. */
async function load(src: string): Promise<{ t: TimelineHarness; errors: TimelineErrorDetail[] }> {
  const t = await mount({ width: 1400, locale: 'en-GB' });
  const errors: TimelineErrorDetail[] = [];
  t.el.addEventListener('timeline-error', (e) => errors.push(e.detail));
  t.el.src = src;
  await t.el.updateComplete;
  await waitFor(() => t.status()?.textContent?.includes('Loading') !== true, `${src} to load`);
  await t.settle();
  return { t, errors };
}

const titles = (t: TimelineHarness) => t.el.validEvents.map((e) => e.title);
const names = (t: TimelineHarness) => t.events().map((g) => g.getAttribute('aria-label') ?? '');
const problemTexts = (t: TimelineHarness) => [...(t.problems()?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '');
/** Everything the shadow root says, text and accessible names. */
const everything = (t: TimelineHarness) => `${t.root.textContent} ${names(t).join(' ')}`;

describe('robustness: text encodings of src files', () => {
  for (const type of ['text/csv', undefined]) {
    it(`a spreadsheet's Windows CSV (Windows-1252) sent ${type ? `as ${type}` : 'without a Content-Type'} reads "Société fondée", with a notice saying how it was read`, async () => {
      const { t, errors } = await load(served('windows-1252.csv', type));
      expect(titles(t)).to.deep.equal(WESTERN);
      expect(names(t)[0]).to.equal('Société fondée, 4 March 1901');
      expect(everything(t)).to.not.contain('\uFFFD');
      const texts = problemTexts(t);
      expect(texts).to.have.length(1);
      expect(texts[0]).to.match(/^the file is not valid UTF-8 and names no encoding, so it was read as Windows-1252, .* \(e\.g\. "Société"\); if letters look wrong, save the file as UTF-8/);
      expect(errors).to.have.length(1);
      expect(errors[0].problems.map((p) => p.message)).to.deep.equal(texts);
    });
  }

  it('a Windows-1252 CSV mislabelled charset=utf-8 is read as Windows-1252, and the notice says the label was wrong', async () => {
    const { t } = await load(served('windows-1252.csv', 'text/csv; charset=utf-8'));
    expect(titles(t)).to.deep.equal(WESTERN);
    expect(problemTexts(t)).to.have.length(1);
    expect(problemTexts(t)[0]).to.match(/^the server says the file is UTF-8 \(charset=utf-8\), but it is not valid UTF-8, so it was read as Windows-1252/);
  });

  for (const type of ['text/plain', 'text/plain; charset=utf-8', undefined]) {
    it(`a spreadsheet's "Unicode text" export (UTF-16LE, a mark, tabs) sent ${type ? `as ${type}` : 'without a Content-Type'} shows every event, with no problem`, async () => {
      const { t, errors } = await load(served('unicode-text.txt', type));
      expect(problemTexts(t)).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      expect(titles(t)).to.deep.equal([...WESTERN, WORLD]);
      expect(names(t)).to.include(`${WORLD}, 7 June 1904`);
      expect(everything(t)).to.not.contain('no start/date column');
    });
  }

  it('UTF-16BE with a mark, sent as TSV, shows every event', async () => {
    const { t, errors } = await load(served('utf-16be.tsv', 'text/tab-separated-values'));
    expect(errors).to.deep.equal([]);
    expect(titles(t)).to.deep.equal([...WESTERN, WORLD]);
  });

  it('UTF-16LE without a mark reads by its charset, and without one by its zero bytes', async () => {
    for (const type of ['text/tab-separated-values; charset=utf-16le', 'text/plain']) {
      const { t, errors } = await load(served('utf-16le-no-bom.tsv', type));
      expect(errors, type).to.deep.equal([]);
      expect(titles(t), type).to.deep.equal([...WESTERN, WORLD]);
    }
  });

  for (const [file, type] of [
    ['utf-8.csv', 'text/csv'],
    ['utf-8.csv', undefined],
    ['utf-8-bom.csv', 'text/csv'],
    ['utf-8-bom.csv', 'text/csv; charset=windows-1252'],
  ] as const) {
    it(`${file} sent ${type ? `as ${type}` : 'without a Content-Type'} reads as it was written, with no problem`, async () => {
      const { t, errors } = await load(served(file, type));
      expect(errors).to.deep.equal([]);
      expect(titles(t)).to.deep.equal(WESTERN);
    });
  }

  it('UTF-8 mislabelled charset=windows-1252 reads as UTF-8 (no "SociÃ©tÃ©"), and the notice says so', async () => {
    const { t, errors } = await load(served('utf-8.csv', 'text/csv; charset=windows-1252'));
    expect(titles(t)).to.deep.equal(WESTERN);
    expect(everything(t)).to.not.contain('Ã');
    expect(problemTexts(t)).to.deep.equal(['the server says the file is Windows-1252 (charset=windows-1252), but it is valid UTF-8 and was read as UTF-8 (e.g. "Société")']);
    expect(errors).to.have.length(1);
  });

  it('a Windows-1251 file reads in Cyrillic when the server names its charset', async () => {
    const { t, errors } = await load(served('windows-1251.csv', 'text/csv; charset=windows-1251'));
    expect(errors).to.deep.equal([]);
    expect(titles(t)).to.deep.equal(['Кровавое воскресенье']);
    t.el.selected = 'moscow';
    await t.settle();
    expect(t.details()!.textContent).to.contain('Санкт-Петербург');
  });

  it('JSON in UTF-16LE with a mark shows its title and events', async () => {
    const { t, errors } = await load(served('utf-16le.json', 'application/json'));
    expect(errors).to.deep.equal([]);
    expect(t.root.querySelector('h2')?.textContent ?? t.svg()?.getAttribute('aria-label')).to.contain('Société — données');
    expect(titles(t)).to.deep.equal([...WESTERN, WORLD]);
  });

  it('broken UTF-16 shows what it can and says how many characters show as "\uFFFD"', async () => {
    const { t, errors } = await load(served('broken-utf-16le.tsv', 'text/plain'));
    expect(titles(t)).to.include('Société fondée');
    const texts = problemTexts(t);
    expect(texts[0]).to.match(/^1 character of the file could not be read as UTF-16LE \(as its byte order mark says\) and shows as "\uFFFD"/);
    expect(errors).to.have.length(1);
  });

  it('the 20 MB limit still holds while the bytes are collected for decoding', async () => {
    const t = await mount({ width: 600 });
    const fired = t.next<TimelineErrorDetail>('timeline-error');
    t.el.src = '/__fixtures/huge?mb=21';
    const { detail } = await fired;
    expect(detail.problems[0].message).to.match(/too large .*the limit is 20\.0 MB/);
  });
});
