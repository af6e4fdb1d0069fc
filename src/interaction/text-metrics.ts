/**
 * Text widths where there is no canvas (the server, and the first render after server rendering):
 * the table written by scripts/text-metrics.mjs, which errs wide.
 */
import { TABLE } from './text-metrics-table.js';

/** Width in ems of a character the table does not have: CJK and Hangul are one em wide; emoji wider. */
const OTHER_BMP = 1;
const OTHER_ASTRAL = 1.3;

const widths = new Map<number, number>();
for (const [from, row] of TABLE) row.forEach((width, i) => widths.set(from + i, width / 100));

/** The estimated width of `text` in px at a font size of `size` px: errs wide, never narrow. */
export function estimateTextWidth(text: string, size: number): number {
  let ems = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    ems += widths.get(code) ?? (code > 0xffff ? OTHER_ASTRAL : OTHER_BMP);
  }
  return Math.ceil(ems * size) + 1;
}
