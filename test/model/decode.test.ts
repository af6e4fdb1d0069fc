import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { charsetOf, decodeBytes } from '../../src/model/decode';
import { readBytes, type LoadedSource } from '../../src/model/load';
import { normalizeLoaded } from '../../src/model/load';

/**
 * The byte files made by test/fixtures/encodings/make.mjs, as they are: through the fixture
 * server, since the test server re-encodes .txt, .tsv and .json files it serves itself as UTF-8.
 */
async function fixture(name: string): Promise<Uint8Array> {
  const response = await fetch(`/__fixtures/bytes?file=${name}`);
  if (!response.ok) throw new Error(`no fixture ${name}`);
  return new Uint8Array(await response.arrayBuffer());
}

const WESTERN_TITLES = ['Société fondée', 'Œuvre complète — “naïve” édition', 'Prix : 5 € à Köln'];
const WORLD_TITLE = '東京で会議 🎉';
const ascii = (text: string) => new TextEncoder().encode(text);

function loaded(bytes: Uint8Array, url: string, contentType: string | null): LoadedSource {
  const result = readBytes(bytes, url, contentType);
  if (!result.ok) throw new Error(`expected to read, got: ${result.reason}`);
  return result;
}

describe('decodeBytes: a byte order mark decides', () => {
  it('decodeBytes reads UTF-8 with a byte order mark as UTF-8, without the mark', async () => {
    const d = decodeBytes(await fixture('utf-8-bom.csv'));
    expect([d.encoding, d.by, d.notices]).to.deep.equal(['utf-8', 'bom', []]);
    expect(d.text.startsWith('id,start')).to.equal(true);
    for (const title of WESTERN_TITLES) expect(d.text).to.contain(title);
  });

  it('decodeBytes reads a spreadsheet\'s "Unicode text" (UTF-16LE with a mark, tab-separated) with every character', async () => {
    const bytes = await fixture('unicode-text.txt');
    expect([bytes[0], bytes[1]]).to.deep.equal([0xff, 0xfe]);
    const d = decodeBytes(bytes, 'text/plain');
    expect([d.encoding, d.by, d.notices]).to.deep.equal(['utf-16le', 'bom', []]);
    expect(d.text.split('\r\n')[0]).to.equal('id\tstart\ttitle\tplace');
    for (const title of [...WESTERN_TITLES, WORLD_TITLE]) expect(d.text).to.contain(title);
  });

  it('decodeBytes reads UTF-16BE with a mark', async () => {
    const d = decodeBytes(await fixture('utf-16be.tsv'));
    expect([d.encoding, d.by]).to.deep.equal(['utf-16be', 'bom']);
    expect(d.text).to.contain(WORLD_TITLE);
  });

  it('decodeBytes lets the mark win over a charset that says otherwise', async () => {
    for (const type of ['text/plain; charset=utf-8', 'text/plain; charset=windows-1252']) {
      const d = decodeBytes(await fixture('unicode-text.txt'), type);
      expect([d.encoding, d.by, d.notices], type).to.deep.equal(['utf-16le', 'bom', []]);
    }
  });

  it('decodeBytes says how many characters of a broken UTF-16 file show as "\uFFFD": never silently', async () => {
    const d = decodeBytes(await fixture('broken-utf-16le.tsv'));
    expect(d.encoding).to.equal('utf-16le');
    expect(d.text).to.contain('\uFFFD');
    expect(d.notices).to.have.length(1);
    expect(d.notices[0]).to.match(/^1 character of the file could not be read as UTF-16LE \(as its byte order mark says\) and shows as "\uFFFD"; save the file as UTF-8/);
  });

  it('decodeBytes says so when the bytes after a UTF-8 mark are not UTF-8', async () => {
    const d = decodeBytes(await fixture('broken-utf-8-bom.csv'));
    expect(d.notices).to.have.length(1);
    expect(d.notices[0]).to.match(/^\d+ characters of the file could not be read as UTF-8 \(as its byte order mark says\)/);
  });
});

describe('decodeBytes: else the charset of the Content-Type', () => {
  it('charsetOf reads the parameter in any case, quoted or not, and nothing else', () => {
    expect(charsetOf('text/csv; charset=UTF-8')).to.equal('utf-8');
    expect(charsetOf('text/csv;CHARSET="windows-1252"; header=present')).to.equal('windows-1252');
    expect(charsetOf('text/csv')).to.equal(undefined);
    expect(charsetOf(null)).to.equal(undefined);
    expect(charsetOf('text/csv; charset=')).to.equal(undefined);
  });

  it('decodeBytes reads a Windows-1251 file as the charset says: Cyrillic', async () => {
    const d = decodeBytes(await fixture('windows-1251.csv'), 'text/csv; charset=windows-1251');
    expect([d.encoding, d.by, d.notices]).to.deep.equal(['windows-1251', 'charset', []]);
    expect(d.text).to.contain('Кровавое воскресенье');
  });

  it('decodeBytes reads UTF-16LE without a mark as charset=utf-16le says', async () => {
    const d = decodeBytes(await fixture('utf-16le-no-bom.tsv'), 'text/tab-separated-values; charset=utf-16le');
    expect([d.encoding, d.by]).to.deep.equal(['utf-16le', 'charset']);
    expect(d.text).to.contain(WORLD_TITLE);
  });

  it('decodeBytes reads a Windows-1252 file labelled windows-1252 (or its alias iso-8859-1) without a notice', async () => {
    for (const charset of ['windows-1252', 'iso-8859-1', 'latin1']) {
      const d = decodeBytes(await fixture('windows-1252.csv'), `text/csv; charset=${charset}`);
      expect([d.encoding, d.by, d.notices], charset).to.deep.equal(['windows-1252', 'charset', []]);
      for (const title of WESTERN_TITLES) expect(d.text).to.contain(title);
    }
  });

  it('decodeBytes reads a Windows-1252 file mislabelled charset=utf-8 as Windows-1252, and says so', async () => {
    const d = decodeBytes(await fixture('windows-1252.csv'), 'text/csv; charset=utf-8');
    expect([d.encoding, d.by]).to.deep.equal(['windows-1252', 'fallback']);
    for (const title of WESTERN_TITLES) expect(d.text).to.contain(title);
    expect(d.notices).to.deep.equal([
      'the server says the file is UTF-8 (charset=utf-8), but it is not valid UTF-8, so it was read as Windows-1252, the usual encoding of spreadsheets saved on Windows (e.g. "Société"); if letters look wrong, save the file as UTF-8 (in a spreadsheet: "CSV UTF-8") or have the server name its charset',
    ]);
  });

  it('decodeBytes reads a UTF-8 file mislabelled charset=windows-1252 as UTF-8 (no "SociÃ©tÃ©"), and says so', async () => {
    const d = decodeBytes(await fixture('utf-8.csv'), 'text/csv; charset=windows-1252');
    expect([d.encoding, d.by]).to.deep.equal(['utf-8', 'content']);
    expect(d.text).to.contain('Société fondée');
    expect(d.text).to.not.contain('Ã');
    expect(d.notices).to.deep.equal(['the server says the file is Windows-1252 (charset=windows-1252), but it is valid UTF-8 and was read as UTF-8 (e.g. "Société")']);
  });

  it('decodeBytes keeps a single-byte charset for text that is all ASCII: nothing to say', () => {
    const d = decodeBytes(ascii('id,start,title\na,2001,Plain\n'), 'text/csv; charset=windows-1252');
    expect([d.encoding, d.by, d.notices]).to.deep.equal(['windows-1252', 'charset', []]);
  });

  it('decodeBytes ignores a charset the browser does not know, says so, and finds the encoding from the file', async () => {
    const d = decodeBytes(await fixture('utf-8.csv'), 'text/csv; charset=klingon');
    expect([d.encoding, d.by]).to.deep.equal(['utf-8', 'content']);
    expect(d.notices).to.deep.equal(['the server names the file\'s encoding "klingon", which this browser does not know; the encoding was found from the file']);
  });
});

describe('decodeBytes: else UTF-8 when valid, else Windows-1252 with a notice', () => {
  it('decodeBytes reads valid UTF-8 without a mark or charset as UTF-8, with nothing to say', async () => {
    const d = decodeBytes(await fixture('utf-8.csv'), 'text/csv');
    expect([d.encoding, d.by, d.notices]).to.deep.equal(['utf-8', 'content', []]);
    for (const title of WESTERN_TITLES) expect(d.text).to.contain(title);
  });

  it('decodeBytes reads a spreadsheet\'s Windows CSV as Windows-1252: "Société fondée", never "Soci\uFFFDt\uFFFD fond\uFFFDe", and says how to avoid the guess', async () => {
    const bytes = await fixture('windows-1252.csv');
    expect(bytes.includes(0xe9), 'é is the single byte 0xE9').to.equal(true);
    const d = decodeBytes(bytes, null);
    expect([d.encoding, d.by]).to.deep.equal(['windows-1252', 'fallback']);
    expect(d.text).to.not.contain('\uFFFD');
    for (const title of WESTERN_TITLES) expect(d.text).to.contain(title);
    expect(d.notices).to.have.length(1);
    expect(d.notices[0]).to.equal(
      'the file is not valid UTF-8 and names no encoding, so it was read as Windows-1252, the usual encoding of spreadsheets saved on Windows (e.g. "Société"); if letters look wrong, save the file as UTF-8 (in a spreadsheet: "CSV UTF-8") or have the server name its charset',
    );
  });

  it('decodeBytes recognises UTF-16LE without a mark or charset by its zero bytes', async () => {
    const d = decodeBytes(await fixture('utf-16le-no-bom.tsv'), 'text/plain');
    expect([d.encoding, d.by]).to.deep.equal(['utf-16le', 'content']);
    expect(d.text).to.contain(WORLD_TITLE);
  });

  it('decodeBytes reads empty bytes as empty text', () => {
    expect(decodeBytes(new Uint8Array(0))).to.deep.equal({ text: '', encoding: 'utf-8', by: 'content', notices: [] });
  });

  it('decodeBytes never throws, and never shows "\uFFFD" for bytes that do not encode it without a notice (fast-check)', () => {
    const types = fc.constantFrom(null, 'text/csv', 'text/csv; charset=utf-8', 'text/csv; charset=utf-16le', 'text/csv; charset=utf-16be', 'text/csv; charset=windows-1252', 'text/csv; charset=shift_jis', 'text/csv; charset=nope');
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.string({ unit: 'binary', maxLength: 32 }).map((s) => new TextEncoder().encode(s)),
      fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), fc.uint8Array({ maxLength: 64 })).map(([bom, rest]) => Uint8Array.from([...bom, ...rest])),
    );
    fc.assert(
      fc.property(bytes, types, (b, type) => {
        const d = decodeBytes(b, type);
        expect(d.text).to.be.a('string');
        if (!d.text.includes('\uFFFD')) return;
        // A U+FFFD is fine only when the bytes really encode one (EF BF BD in UTF-8, FD FF / FF FD in UTF-16) or a notice says so.
        const encoded = (d.encoding === 'utf-8' && /\xef\xbf\xbd/.test(String.fromCharCode(...b))) || (d.encoding.startsWith('utf-16') && /\xfd\xff|\xff\xfd/.test(String.fromCharCode(...b)));
        expect(encoded || d.notices.some((n) => n.includes('\uFFFD')), `bytes ${[...b]} as ${d.encoding}`).to.equal(true);
      }),
      { seed: 1313, numRuns: 1500 },
    );
  });
});

describe('readBytes: format detection runs on the decoded text', () => {
  it('readBytes reads a "Unicode text" export served as text/plain as TSV, with every event (not "no start/date column found")', async () => {
    const source = loaded(await fixture('unicode-text.txt'), '/export.txt', 'text/plain');
    expect(source.format).to.equal('tsv');
    const data = normalizeLoaded(source);
    expect(data.problems).to.deep.equal([]);
    expect(data.events.map((e) => e.title)).to.deep.equal([...WESTERN_TITLES, WORLD_TITLE]);
  });

  it('readBytes puts the encoding notice first in the problems, and still reads the events', async () => {
    const source = loaded(await fixture('windows-1252.csv'), '/export.csv', 'text/csv');
    const data = normalizeLoaded(source);
    expect(data.problems).to.have.length(1);
    expect(data.problems[0].message).to.match(/^the file is not valid UTF-8 and names no encoding, so it was read as Windows-1252/);
    expect(data.events.map((e) => e.title)).to.deep.equal(WESTERN_TITLES);
    expect(data.events.map((e) => e.place)).to.deep.equal(['Genève', 'Zürich', 'Köln']);
  });

  it('readBytes reads JSON in UTF-16LE with a mark', async () => {
    const source = loaded(await fixture('utf-16le.json'), '/data.json', 'application/json');
    const data = normalizeLoaded(source);
    expect(data.title).to.equal('Société — données');
    expect(data.events.map((e) => e.title)).to.deep.equal([...WESTERN_TITLES, WORLD_TITLE]);
  });
});
