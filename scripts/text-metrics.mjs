// Writes src/interaction/text-metrics.ts: the advance width of each character of the scripts the
// element's words and most titles use, the widest of several common sans-serif fonts plus a margin,
// for measuring text where there is no canvas (server rendering, and the first render after it).
// Run: `node scripts/text-metrics.mjs` (needs Chromium; measures the fonts installed here).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser, chromiumArgs } from '../test/browser-path.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Ranges of code points in the table; everything else counts 1 em (2 past the BMP: emoji). */
const RANGES = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0x17f], // Latin-1 Supplement, Latin Extended-A
  [0x370, 0x3ff], // Greek
  [0x400, 0x4ff], // Cyrillic
  [0x2010, 0x205e], // General Punctuation
  [0x20a0, 0x20bf], // Currency
];
/** The fonts measured: the default stack as this machine resolves it, and common families it stands for. */
const FONTS = ['DejaVu Sans', 'Liberation Sans', 'Nimbus Sans', 'Droid Sans Fallback', 'sans-serif', 'system-ui', 'Arial', 'Helvetica', 'Verdana'];
/** Fonts the readers have (Segoe UI, SF Pro, Roboto, Noto Sans) are narrower than DejaVu Sans; this covers the rest. */
const MARGIN = 1.08;

const browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs });
const page = await browser.newPage();
const widths = await page.evaluate(
  ({ ranges, fonts }) => {
    const context = document.createElement('canvas').getContext('2d');
    return ranges.map(([from, to]) => {
      const row = [];
      for (let code = from; code <= to; code++) {
        let max = 0;
        for (const font of fonts) {
          context.font = `1000px "${font}"`;
          max = Math.max(max, context.measureText(String.fromCodePoint(code)).width / 1000);
        }
        row.push(max);
      }
      return row;
    });
  },
  { ranges: RANGES, fonts: FONTS },
);
await browser.close();

// Hundredths of an em, rounded up, 32 a line.
const hundredths = (w) => Math.ceil(w * MARGIN * 100);
const rows = widths.map((row, i) => {
  const lines = [];
  for (let at = 0; at < row.length; at += 32) lines.push(`    ${row.slice(at, at + 32).map(hundredths).join(', ')},`);
  return `  [0x${RANGES[i][0].toString(16)}, [\n${lines.join('\n')}\n  ]],`;
});
const source = `// Written by scripts/text-metrics.mjs; do not edit by hand.
/**
 * Advance widths of characters, in hundredths of an em, for measuring text where there is no canvas:
 * on the server, and in the first render after server rendering (which must draw what the server
 * drew). Each is the widest of ${FONTS.slice(0, 4).join(', ')} (what the
 * default font stack becomes on Linux; Segoe UI, SF Pro, Roboto and Noto Sans are narrower) with
 * ${Math.round((MARGIN - 1) * 100)} % added, so that the estimate errs wide and labels laid out with it never overlap in the
 * reader's font.
 */
export const TABLE: [number, number[]][] = [
${rows.join('\n')}
];
`;
writeFileSync(join(root, 'src', 'interaction', 'text-metrics-table.ts'), source);
console.log(`wrote src/interaction/text-metrics-table.ts (${widths.reduce((n, r) => n + r.length, 0)} characters)`);
