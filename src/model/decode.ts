/**
 * The bytes of a file as text, in the encoding they were written in: files come from tools that
 * do not all write UTF-8 (a spreadsheet's CSV on Windows is Windows-1252, its "Unicode text" is
 * UTF-16 with a byte order mark). Pure: TextDecoder only, no DOM.
 *
 * What decides, in order: a byte order mark (UTF-8, UTF-16LE, UTF-16BE); else the `charset` of
 * the Content-Type; else UTF-8 when the bytes are valid UTF-8 (UTF-16 without a mark is recognised
 * by its zero bytes); else Windows-1252, with a notice. No character is ever replaced by U+FFFD
 * without a notice saying so.
 */

/** Text read from bytes, the encoding it was read as, and what the reader should know about it. */
export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used: "utf-8", "utf-16le", "utf-16be", "windows-1252", … */
  encoding: string;
  /** What chose the encoding. */
  by: 'bom' | 'charset' | 'content' | 'fallback';
  /** Messages for the problems list: a guessed encoding, an ignored charset, replaced characters. */
  notices: string[];
}

const BOMS: readonly [string, readonly number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** Encodings in which any byte is some character: a label that says one of them cannot be checked. */
const SINGLE_BYTE = /^(?:windows-125\d|iso-8859-\d+|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic|windows-874)$/;

/** How to avoid the guess, said at the end of each notice about a guessed encoding. */
const ADVICE = 'save the file as UTF-8 (in a spreadsheet: "CSV UTF-8") or have the server name its charset';

/** The encoding a byte order mark at the start of `bytes` names, and the mark's length. */
function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  for (const [encoding, mark] of BOMS) {
    if (bytes.length >= mark.length && mark.every((b, i) => bytes[i] === b)) return { encoding, length: mark.length };
  }
  return undefined;
}

/** The `charset` parameter of a Content-Type, lower-cased and unquoted, or undefined. */
export function charsetOf(contentType: string | null): string | undefined {
  if (typeof contentType !== 'string') return undefined;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  const value = (match?.[1] ?? match?.[2] ?? '').trim().toLowerCase();
  return value === '' ? undefined : value;
}

/** A TextDecoder for a label, or undefined when the browser knows no such encoding. */
function decoderFor(label: string, fatal: boolean): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return undefined;
  }
}

/** The text, or undefined when the bytes are not valid in that encoding. */
function decodeStrictly(decoder: TextDecoder, bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a byte order mark: text in a Latin script has a zero byte in every other
 * position (the high byte of each character), on the right side for the byte order.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.3 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.3 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/** Whether any byte is outside ASCII (a text that is all ASCII reads the same in all these encodings). */
function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return true;
  return false;
}

/** The first word with a character outside ASCII, quoted, for a notice: ` (e.g. "Société")`. */
function example(text: string): string {
  const match = /[^\s,;\t"]*[^\x00-\x7f][^\s,;\t"]*/.exec(text);
  if (!match) return '';
  const word = match[0].length > 30 ? `${match[0].slice(0, 30)}…` : match[0];
  return ` (e.g. ${JSON.stringify(word)})`;
}

/** Decodes leniently and says how many characters could not be read. */
function lenient(bytes: Uint8Array, encoding: string, by: DecodedText['by'], why: string, notices: string[]): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  const name = encodingName(encoding);
  notices.push(
    `${replaced} ${replaced === 1 ? 'character' : 'characters'} of the file could not be read as ${name} (${why}) and ${replaced === 1 ? 'shows' : 'show'} as "\uFFFD"; ${ADVICE}`,
  );
  return { text, encoding, by, notices };
}

/** An encoding as people name it. */
function encodingName(encoding: string): string {
  const names: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', 'windows-1252': 'Windows-1252' };
  return names[encoding] ?? encoding;
}

/** Windows-1252, the guess for text that is not UTF-8 and names no encoding, with a notice saying so. */
function windows1252(bytes: Uint8Array, by: DecodedText['by'], why: string, notices: string[]): DecodedText {
  const text = new TextDecoder('windows-1252').decode(bytes);
  notices.push(`${why}, so it was read as Windows-1252, the usual encoding of spreadsheets saved on Windows${example(text)}; if letters look wrong, ${ADVICE}`);
  return { text, encoding: 'windows-1252', by, notices };
}

/**
 * Reads the bytes of a file as text (see the module's description for what decides the
 * encoding). A byte order mark is consumed, never part of the text. Never throws.
 */
export function decodeBytes(bytes: Uint8Array, contentType: string | null = null): DecodedText {
  const notices: string[] = [];
  const bom = byteOrderMark(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    const text = decodeStrictly(new TextDecoder(bom.encoding, { fatal: true, ignoreBOM: true }), body);
    if (text !== undefined) return { text, encoding: bom.encoding, by: 'bom', notices };
    return lenient(body, bom.encoding, 'bom', 'as its byte order mark says', notices);
  }

  const charset = charsetOf(contentType);
  const labelled = charset === undefined ? undefined : decoderFor(charset, true);
  if (charset !== undefined && labelled === undefined) {
    notices.push(`the server names the file's encoding ${JSON.stringify(charset.slice(0, 40))}, which this browser does not know; the encoding was found from the file`);
  }
  const utf8 = decodeStrictly(new TextDecoder('utf-8', { fatal: true }), bytes);
  if (labelled) {
    const encoding = labelled.encoding;
    if (encoding === 'utf-8') {
      if (utf8 !== undefined) return { text: utf8, encoding, by: 'charset', notices };
      return windows1252(bytes, 'fallback', `the server says the file is UTF-8 (charset=${charset}), but it is not valid UTF-8`, notices);
    }
    // A single-byte label on bytes that are valid UTF-8, with letters outside ASCII, is a wrong
    // label: text in those encodings is next to never valid UTF-8 by chance.
    if (SINGLE_BYTE.test(encoding) && utf8 !== undefined && hasNonAscii(bytes)) {
      notices.push(`the server says the file is ${encodingName(encoding)} (charset=${charset}), but it is valid UTF-8 and was read as UTF-8${example(utf8)}`);
      return { text: utf8, encoding: 'utf-8', by: 'content', notices };
    }
    const text = decodeStrictly(labelled, bytes);
    if (text !== undefined) return { text, encoding, by: 'charset', notices };
    return lenient(bytes, encoding, 'charset', `as the server's charset=${charset} says`, notices);
  }

  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = decodeStrictly(new TextDecoder(utf16, { fatal: true }), bytes);
    if (text !== undefined) return { text, encoding: utf16, by: 'content', notices };
  }
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', by: 'content', notices };
  return windows1252(bytes, 'fallback', 'the file is not valid UTF-8 and names no encoding', notices);
}
