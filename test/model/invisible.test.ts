import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { hidesCharacters, isBlank, spellInvisible } from '../../src/model/invisible';
import { normalizeEvents } from '../../src/model/normalize';

/** Characters no reader sees: format characters (Cf), fillers, controls, whitespace. */
const INVISIBLES = [
  '\u200B', // zero-width space
  '\u200C', // zero-width non-joiner
  '\u200D', // zero-width joiner
  '\u2060', // word joiner
  '\uFEFF', // zero-width no-break space (BOM)
  '\u00AD', // soft hyphen
  '\u200E', // left-to-right mark
  '\u200F', // right-to-left mark
  '\u061C', // Arabic letter mark
  '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', // embeddings, overrides, pop
  '\u2066', '\u2067', '\u2068', '\u2069', // isolates
  '\u115F', '\u1160', '\u3164', '\uFFA0', // Hangul fillers
  '\u180E', // Mongolian vowel separator
  '\u034F', // combining grapheme joiner
  '\uFE0F', // variation selector 16
  '\u{E0020}', '\u{E007F}', // tag space, cancel tag
  '\u{1D173}', // musical symbol begin beam
  '\u2800', // Braille pattern blank
  '\u00A0', '\u3000', '\u2028', '\t', '\n', ' ', // whitespace
  '\u0000', '\u0007', '\u007F', '\u0085', // controls
];

describe('isBlank: text that shows nothing', () => {
  for (const c of INVISIBLES) {
    it(`isBlank treats U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} alone, and repeated, as blank`, () => {
      expect(isBlank(c)).to.equal(true);
      expect(isBlank(c.repeat(5))).to.equal(true);
    });
  }

  it('isBlank treats the empty string as blank', () => {
    expect(isBlank('')).to.equal(true);
  });

  it('isBlank is false as soon as one visible character is there, in any script, emoji included', () => {
    for (const text of ['a', '\u200Ba\u200B', '\u202Eevil', '조선', 'ب', '👩‍👩‍👧', '.', '\u0301', 'ㄱ']) expect(isBlank(text), JSON.stringify(text)).to.equal(false);
  });

  it('hidesCharacters tells invisible characters from plain whitespace', () => {
    expect(hidesCharacters('\u200B\u200B')).to.equal(true);
    expect(hidesCharacters(' \u3164 ')).to.equal(true);
    expect(hidesCharacters('   ')).to.equal(false);
    expect(hidesCharacters('')).to.equal(false);
    expect(hidesCharacters('a\u200B')).to.equal(false);
  });

  it('spellInvisible spells out every invisible character but the plain space, astral ones too', () => {
    expect(spellInvisible('a\u200Bb \u202E\u{E0020}')).to.equal('a\\u200Bb \\u202E\\u{E0020}');
    expect(spellInvisible('Société 조선 👩‍👩‍👧')).to.equal('Société 조선 👩\\u200D👩\\u200D👧');
  });

  it('a random mix of invisible characters is always blank, and one letter more never is (fast-check)', () => {
    const invisible = fc.array(fc.constantFrom(...INVISIBLES), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(invisible, invisible, fc.constantFrom('a', 'é', '東', '🎉', 'ب'), (before, after, letter) => {
        expect(isBlank(before + after)).to.equal(true);
        expect(isBlank(before + letter + after)).to.equal(false);
      }),
      { seed: 4, numRuns: 300 },
    );
  });
});

describe('normalizeEvents: a title or id that hides itself is reported like a blank one', () => {
  it('a title of zero-width characters is reported like a blank title, spelled out, and the event left out', () => {
    const { events, problems } = normalizeEvents([
      { id: 'blank', start: '2001', title: '   ' },
      { id: 'zw', start: '2001', title: '\u200B\u200C\u200D' },
      { id: 'ok', start: '2001', title: 'Shown' },
    ]);
    expect(events.map((e) => e.id)).to.deep.equal(['ok']);
    expect(problems).to.deep.equal([
      { index: 0, id: 'blank', field: 'title', message: 'event 0 ("blank"): title must be text, got "   "' },
      { index: 1, id: 'zw', field: 'title', message: 'event 1 ("zw"): title must be text, got "\\u200B\\u200C\\u200D" (only invisible characters)' },
    ]);
  });

  it('a title of bidi controls, fillers or a blank Braille pattern is reported the same way', () => {
    for (const title of ['\u202E\u202C', '\u3164', '\u115F\u1160', '\uFFA0', '\u2800\u2800', '\u2066\u2069', '\u00AD', ' \u200B ']) {
      const { events, problems } = normalizeEvents([{ id: 'x', start: '2001', title }]);
      expect(events, JSON.stringify(title)).to.deep.equal([]);
      expect(problems[0].message, JSON.stringify(title)).to.match(/^event 0 \("x"\): title must be text, got "(\\u[0-9A-F]{4}| )+" \(only invisible characters\)$/);
    }
  });

  it('a blank-looking id is reported like a blank id', () => {
    const { events, problems } = normalizeEvents([
      { id: '  ', start: '2001', title: 'A' },
      { id: '\u200B', start: '2001', title: 'B' },
      { id: '\u3164', start: '2001', title: 'C' },
    ]);
    expect(events).to.deep.equal([]);
    expect(problems.map((p) => [p.field, p.message])).to.deep.equal([
      ['id', 'event 0: id must be a non-empty string, got "  "'],
      ['id', 'event 1: id must be a non-empty string, got "\\u200B" (only invisible characters)'],
      ['id', 'event 2: id must be a non-empty string, got "\\u3164" (only invisible characters)'],
    ]);
  });

  it('a title with visible text around invisible characters is kept exactly as given', () => {
    const title = '\u202Eevil\u202C and \u200Bzero-width';
    const { events, problems } = normalizeEvents([{ id: 'x', start: '2001', title }]);
    expect(problems).to.deep.equal([]);
    expect(events[0].title).to.equal(title);
  });

  it('a quoted id with a bidi override cannot reorder the message: the control is spelled out', () => {
    const { problems } = normalizeEvents([{ id: '\u202Eabc', start: 'soon', title: 'A' }]);
    expect(problems[0].message).to.equal('event 0 ("\\u202Eabc"): start not a date: "soon" (expected YYYY, YYYY-MM or YYYY-MM-DD)');
  });

  it('invisible-only optional text (category, place, description, people, link label, dataset and era titles) counts as absent', () => {
    const hidden = '\u200B\u3164';
    const { events, eras, title, problems } = normalizeEvents({
      title: hidden,
      events: [{ id: 'x', start: '2001', title: 'A', category: hidden, place: hidden, description: hidden, people: [hidden, 'Kim'], links: [{ href: '/a', label: hidden }] }],
      eras: [{ start: '2000', end: '2002', title: hidden }],
    });
    expect(title).to.equal(undefined);
    expect([events[0].category, events[0].place, events[0].description]).to.deep.equal([undefined, undefined, undefined]);
    expect(events[0].people).to.deep.equal(['Kim']);
    expect(events[0].links).to.deep.equal([{ href: '/a', label: '/a' }]);
    expect(eras[0].title).to.equal('');
    expect(problems.map((p) => p.message)).to.deep.equal(['event 0 ("x"): 1 entries of people ignored: names must be text']);
  });
});
