/**
 * The `event-timeline-draft` command without its input and output: arguments in, the text read
 * through a function, stdout/stderr text and an exit code out. cli.ts connects it to Node;
 * tests call it directly.
 */
import { parsePartialDate } from '../time/partial-date.js';
import { draftEvents } from './draft.js';
import { toCSV, toDataset } from './output.js';

/** What the command writes and how it exits. */
export interface CommandResult {
  stdout: string;
  stderr: string;
  /** 0: done; 1: the input could not be read; 2: wrong arguments. */
  code: 0 | 1 | 2;
}

/** The command's help text. */
export const USAGE = `Usage: event-timeline-draft [options] [article.txt]

Drafts a timeline from an article or a chronology (plain text, English): every date the text
states becomes an event at the precision of its words, with its paragraph and the place of its
words. Reads standard input when no file is given (or the file is "-").

Options:
  --format json|csv   output format (default json: a dataset valid against event-timeline's schema)
  --date YYYY-MM-DD   the text's own date, for "yesterday", "since then" (default: its dateline)
  --title TEXT        the dataset's title (default: the text's headline)
  -h, --help          show this help

Example:
  event-timeline-draft article.txt > draft.json
  event-timeline-draft --format csv < article.txt > draft.csv

Paragraphs are blocks separated by blank lines, counted from 1 after the headline and dateline.
What could not be dated (e.g. "today") is listed on standard error. Review the draft before use.
`;

interface Parsed {
  file?: string;
  format: 'json' | 'csv';
  date?: string;
  title?: string;
  help: boolean;
}

function parseArgs(args: readonly string[]): Parsed | string {
  const parsed: Parsed = { format: 'json', help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = /^(--[a-z]+)=(.*)$/s.exec(arg);
    const name = eq ? eq[1] : arg;
    const value = () => (eq ? eq[2] : args[++i]);
    if (name === '-h' || name === '--help') parsed.help = true;
    else if (name === '--format') {
      const format = value();
      if (format !== 'json' && format !== 'csv') return `--format must be json or csv, got ${JSON.stringify(format ?? '')}`;
      parsed.format = format;
    } else if (name === '--date') {
      const date = value();
      const result = parsePartialDate(date ?? '');
      if (!result.ok) return `--date: ${result.error}`;
      parsed.date = result.date.text;
    } else if (name === '--title') {
      const title = value();
      if (!title?.trim()) return '--title needs a text';
      parsed.title = title.trim();
    } else if (arg === '--') {
      if (args[i + 1] !== undefined) parsed.file = args[i + 1];
      if (args.length > i + 2) return 'only one file at a time';
      break;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else if (parsed.file !== undefined) return 'only one file at a time';
    else parsed.file = arg;
  }
  return parsed;
}

/**
 * Runs the command: `read(file)` returns the text of a file, or of standard input when `file` is
 * undefined, and may throw (the message is reported, exit code 1).
 */
export async function runCommand(args: readonly string[], read: (file: string | undefined) => Promise<string>): Promise<CommandResult> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return { stdout: '', stderr: `event-timeline-draft: ${parsed}\n\n${USAGE}`, code: 2 };
  if (parsed.help) return { stdout: USAGE, stderr: '', code: 0 };
  let text: string;
  const file = parsed.file === '-' ? undefined : parsed.file;
  try {
    text = (await read(file)).replace(/^\uFEFF/, '');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { stdout: '', stderr: `event-timeline-draft: cannot read ${file ?? 'standard input'}: ${message}\n`, code: 1 };
  }
  const draft = draftEvents(text, { referenceDate: parsed.date, title: parsed.title });
  const stdout = parsed.format === 'csv' ? toCSV(draft) : `${JSON.stringify(toDataset(draft), null, 2)}\n`;
  const lines = [
    `event-timeline-draft: ${draft.events.length} event${draft.events.length === 1 ? '' : 's'} from ${draft.paragraphs.length} paragraph${draft.paragraphs.length === 1 ? '' : 's'}` +
      (draft.headline ? `; headline “${draft.headline.text}”` : '') +
      (draft.dateline ? `; dateline ${draft.dateline.date}` : '') +
      (parsed.date ? `; reference date ${parsed.date}` : ''),
    ...draft.skipped.map((s) => `  skipped, paragraph ${s.paragraph}: “${s.text.replace(/\s+/g, ' ')}”: ${s.reason}`),
  ];
  if (!text.trim()) lines.push('  the text is empty');
  return { stdout, stderr: `${lines.join('\n')}\n`, code: 0 };
}
