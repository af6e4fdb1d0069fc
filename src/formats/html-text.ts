/**
 * HTML fragments (as TimelineJS allows in headlines and text) turned into readable plain text by
 * plain string scanning: no DOMParser, no innerHTML, nothing is ever parsed into a live document.
 * One pass, linear in the input, no backtracking regular expressions.
 */

/** Elements whose content is never text: removed together with everything inside them. */
const REMOVED_WITH_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'head', 'title', 'textarea', 'select']);

/** Elements that start or end a line of text. */
const LINE_BREAKING = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul',
]);

/** Elements that separate words without breaking the line. */
const WORD_SEPARATING = new Set(['td', 'th', 'img', 'cite', 'caption']);

/** The named character references that occur in real text (the full HTML list is 2,000 long). */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  shy: '', zwj: '', zwnj: '', lrm: '', rlm: '',
  ndash: '–', mdash: '—', minus: '−', hellip: '…', bull: '•', middot: '·', prime: '′', Prime: '″',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»',
  lsaquo: '‹', rsaquo: '›', copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×',
  divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', sup1: '¹', sup2: '²', sup3: '³', micro: 'µ',
  para: '¶', sect: '§', dagger: '†', Dagger: '‡', permil: '‰', euro: '€', pound: '£', yen: '¥',
  cent: '¢', curren: '¤', iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º', not: '¬', macr: '¯',
  acute: '´', cedil: '¸', uml: '¨', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔',
  hearts: '♥', check: '✓', szlig: 'ß', AElig: 'Æ', aelig: 'æ', OElig: 'Œ', oelig: 'œ',
  Oslash: 'Ø', oslash: 'ø', Aring: 'Å', aring: 'å', ETH: 'Ð', eth: 'ð', THORN: 'Þ', thorn: 'þ',
  Ccedil: 'Ç', ccedil: 'ç', Ntilde: 'Ñ', ntilde: 'ñ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', pi: 'π', sigma: 'σ', mu: 'μ', lambda: 'λ',
  Omega: 'Ω', omega: 'ω',
};

/** Letters that take the common accents, and the combining mark of each accent. */
const ACCENTED: Record<string, [string, string]> = {
  acute: ['AEIOUYaeiouy', '\u0301'], grave: ['AEIOUaeiou', '\u0300'], circ: ['AEIOUaeiou', '\u0302'],
  uml: ['AEIOUaeiouy', '\u0308'], tilde: ['ANOano', '\u0303'], ring: ['Aa', '\u030a'],
};

/** HTML maps these numeric references to Windows-1252, as authors meant them. */
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

/** The character a named reference stands for, or undefined when it is not one we know. */
function namedReference(name: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(NAMED, name)) return NAMED[name];
  const letter = name.charAt(0);
  const accent = name.slice(1);
  if (Object.prototype.hasOwnProperty.call(ACCENTED, accent)) {
    const [letters, mark] = ACCENTED[accent];
    if (letters.includes(letter)) return (letter + mark).normalize('NFC');
  }
  return undefined;
}

/** The character a numeric reference stands for; invalid code points become U+FFFD as in HTML. */
function numericReference(code: number): string {
  if (Object.prototype.hasOwnProperty.call(WINDOWS_1252, code)) return String.fromCodePoint(WINDOWS_1252[code]);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

const isAsciiLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isDigit = (c: string) => c >= '0' && c <= '9';
const isHexDigit = (c: string) => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
const isAlphanumeric = (c: string) => isAsciiLetter(c) || isDigit(c);

/**
 * Plain text from an HTML fragment: tags stripped, the contents of `script`, `style` and similar
 * elements removed entirely, comments removed, character references decoded (common named ones,
 * decimal and hexadecimal), block boundaries (`<br>`, `<p>`, `<li>`, …) turned into newlines,
 * and runs of whitespace collapsed to one space; lines are trimmed and empty lines dropped.
 * Unknown references and a `<` that starts no tag are kept as written.
 */
export function htmlToText(html: string): string {
  if (typeof html !== 'string') return '';
  const n = html.length;
  let out = '';
  let i = 0;
  // Once a tag ran to the end of the input unclosed, no later '<' can close either (that keeps
  // the scan linear on inputs like "<a<a<a…").
  let tagsCanClose = true;
  const lastGreaterThan = html.lastIndexOf('>');
  const lastDoubleQuote = html.lastIndexOf('"');
  const lastSingleQuote = html.lastIndexOf("'");
  while (i < n) {
    const c = html[i];
    if (c === '<') {
      const next = html.charAt(i + 1);
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        i = close < 0 ? n : close + 3;
        continue;
      }
      const closable = tagsCanClose && i < lastGreaterThan;
      if (closable && (next === '!' || next === '?' || (next === '/' && !isAsciiLetter(html.charAt(i + 2))))) {
        // Doctype, processing instruction, CDATA or a malformed end tag: skipped like a comment.
        i = html.indexOf('>', i + 1) + 1;
        continue;
      }
      if (closable && (isAsciiLetter(next) || next === '/')) {
        const closing = next === '/';
        let j = i + (closing ? 2 : 1);
        const nameStart = j;
        while (j < n && (isAlphanumeric(html[j]) || html[j] === '-' || html[j] === ':')) j++;
        const name = html.slice(nameStart, j).toLowerCase();
        // Attributes: find the '>' that ends the tag, stepping over quoted values (a quote that
        // is never closed is an ordinary character).
        while (j < n && html[j] !== '>') {
          const q = html[j];
          const lastOfQuote = q === '"' ? lastDoubleQuote : lastSingleQuote;
          if ((q === '"' || q === "'") && j < lastOfQuote && /[\s=]/.test(html.charAt(j - 1))) {
            j = html.indexOf(q, j + 1) + 1;
          } else {
            j++;
          }
        }
        if (j >= n) {
          // Never closed: most likely a literal '<' in plain text ("a<b"), so it is kept.
          tagsCanClose = false;
          out += '<';
          i++;
          continue;
        }
        i = j + 1;
        if (!closing && REMOVED_WITH_CONTENT.has(name)) {
          const endTag = new RegExp(`</${name}`, 'ig');
          endTag.lastIndex = i;
          const end = endTag.exec(html);
          if (!end) break; // An unclosed script swallows the rest: none of it is text.
          const close = html.indexOf('>', end.index);
          i = close < 0 ? n : close + 1;
          continue;
        }
        if (LINE_BREAKING.has(name)) out += '\n';
        else if (WORD_SEPARATING.has(name)) out += ' ';
        continue;
      }
      out += '<';
      i++;
      continue;
    }
    if (c === '&') {
      if (html.charAt(i + 1) === '#') {
        const hex = html.charAt(i + 2) === 'x' || html.charAt(i + 2) === 'X';
        let j = i + (hex ? 3 : 2);
        const digitsStart = j;
        while (j < n && j - digitsStart < 8 && (hex ? isHexDigit(html[j]) : isDigit(html[j]))) j++;
        if (j > digitsStart) {
          const code = parseInt(html.slice(digitsStart, j), hex ? 16 : 10);
          const decoded = numericReference(code);
          out += /\s/.test(decoded) ? ' ' : decoded;
          i = html.charAt(j) === ';' ? j + 1 : j;
          continue;
        }
      } else {
        let j = i + 1;
        while (j < n && j - i <= 32 && isAlphanumeric(html[j])) j++;
        if (html.charAt(j) === ';') {
          const decoded = namedReference(html.slice(i + 1, j));
          if (decoded !== undefined) {
            out += decoded;
            i = j + 1;
            continue;
          }
        }
      }
      out += '&';
      i++;
      continue;
    }
    // Newlines in the source are just whitespace; only block boundaries make lines.
    out += c === '\n' || c === '\r' || c === '\t' || c === '\f' ? ' ' : c;
    i++;
  }
  return out
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** True when a value contains something that looks like a tag or a character reference. */
export function looksLikeHtml(text: string): boolean {
  return /<[a-zA-Z!\/?]|&(#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/.test(text);
}
