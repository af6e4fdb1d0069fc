/**
 * A draft written out: as a dataset in the project's JSON format (data/timeline-event.schema.json)
 * or as CSV that `fromCSV` (and any spreadsheet) reads back. Pure; no DOM.
 */
import type { Draft, DraftEvent } from './draft.js';

/** The dataset file of a draft, valid against the schema. */
export interface DraftDataset {
  title: string;
  description: string;
  source?: { title: string; date: string };
  events: DraftEvent[];
}

/** How the paragraphs and offsets of a draft are counted, for the dataset's description. */
export const NUMBERING_RULE =
  'Paragraphs are blocks of text separated by blank lines, counted from 1 at the first paragraph after the dateline; ' +
  'a headline, the dateline and a closing copyright line are not counted. Each event’s source gives its paragraph, ' +
  'and the offset and length (in UTF-16 code units) of its date expression within that paragraph; ' +
  'confidence (0 to 1) says how sure the draft is of the date.';

/**
 * The draft as a dataset: title, a description (what it is, how paragraphs are counted, what was
 * skipped), the source (when the text has a headline and a date) and the events.
 */
export function toDataset(draft: Draft): DraftDataset {
  const named = draft.headline ? ` “${draft.headline.text.replace(/\s+/g, ' ')}”` : '';
  const skipped = draft.skipped.length
    ? ` Not drafted: ${draft.skipped.map((s) => `paragraph ${s.paragraph} “${s.text.replace(/\s+/g, ' ')}” (${s.reason})`).join('; ')}.`
    : '';
  const date = draft.reference;
  return {
    title: draft.title,
    description: `A draft timeline made from the text${named} by event-timeline-draft: review every event before use. ${NUMBERING_RULE}${skipped}`,
    ...(draft.headline && date ? { source: { title: draft.headline.text.replace(/\s+/g, ' '), date } } : {}),
    events: draft.events.map((e) => structuredClone(e)),
  };
}

/** CSV columns, in order; `fromCSV` reads id, start, end and title and ignores the rest. */
export const CSV_COLUMNS = ['id', 'start', 'end', 'title', 'paragraph', 'offset', 'length', 'confidence', 'expression', 'note'] as const;

/** A cell, quoted when it must be (RFC 4180). */
function cell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first) gets
 * a leading apostrophe, as spreadsheets themselves do (OWASP's advice against CSV injection).
 */
function plain(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The draft's events as CSV, one row per event, with the text of its date expression
 * (`paragraphs` gives it; pass the draft). Ends with a newline.
 */
export function toCSV(draft: Draft): string {
  const rows = [CSV_COLUMNS.join(',')];
  const paragraphs = new Map(draft.paragraphs.map((p) => [p.number, p.text]));
  for (const e of draft.events) {
    const words = paragraphs.get(e.source.paragraph)?.slice(e.source.offset, e.source.offset + e.source.length) ?? '';
    rows.push(
      [
        e.id,
        e.start,
        e.end ?? '',
        plain(e.title),
        String(e.source.paragraph),
        String(e.source.offset),
        String(e.source.length),
        String(e.confidence),
        plain(words.replace(/\s+/g, ' ')),
        plain(e.source.note),
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${rows.join('\n')}\n`;
}
