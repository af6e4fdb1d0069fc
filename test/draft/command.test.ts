import { expect } from '@open-wc/testing';
import type { Validator } from '@cfworker/json-schema';
import { runCommand, USAGE } from '../../src/draft/command.js';
import { fromCSV } from '../../src/formats/csv.js';
import { datasetValidator, schemaErrors } from './support.js';

const ARTICLE = 'Talks resume\n\nJuly 19, 2023\n\nOn July 17 the talks began.\n\nToday all is calm.\n\n2023 © All rights reserved.';
/** A reader: files by name, standard input when no name; unknown files fail as Node's readFile does. */
const reader = (files: Record<string, string>, stdin = '') => async (file: string | undefined) => {
  if (file === undefined) return stdin;
  if (!(file in files)) throw new Error(`ENOENT: no such file or directory, open '${file}'`);
  return files[file];
};

describe('the event-timeline-draft command (its core, runCommand)', () => {
  let validator: Validator;
  before(async () => {
    validator = await datasetValidator();
  });

  it('drafts a file to JSON valid against the schema, and reports on stderr', async () => {
    const result = await runCommand(['article.txt'], reader({ 'article.txt': ARTICLE }));
    expect(result.code).to.equal(0);
    const dataset = JSON.parse(result.stdout);
    expect(schemaErrors(validator, dataset)).to.deep.equal([]);
    expect(dataset.title).to.equal('Talks resume');
    expect(dataset.source).to.deep.equal({ title: 'Talks resume', date: '2023-07-19' });
    expect(dataset.events.map((e: { start: string }) => e.start)).to.deep.equal(['2023-07-17']);
    expect(result.stderr).to.contain('1 event from 2 paragraphs');
    expect(result.stderr).to.contain('skipped, paragraph 2: “Today”');
  });

  it('reads standard input when there is no file, or the file is "-"', async () => {
    for (const args of [[], ['-']]) {
      const result = await runCommand(args, reader({}, 'In 1990 it began.'));
      expect(JSON.parse(result.stdout).events[0].start).to.equal('1990');
    }
  });

  it('writes CSV with --format csv (and --format=csv) that fromCSV reads', async () => {
    for (const args of [['--format', 'csv', 'a.txt'], ['--format=csv', 'a.txt']]) {
      const result = await runCommand(args, reader({ 'a.txt': ARTICLE }));
      expect(result.code).to.equal(0);
      expect(result.stdout.split('\n')[0]).to.equal('id,start,end,title,paragraph,offset,length,confidence,expression,note');
      const { dataset, problems } = fromCSV(result.stdout);
      expect(problems).to.deep.equal([]);
      expect(dataset.events.map((e) => [e.start, e.title])).to.deep.equal([['2023-07-17', 'On July 17 the talks began']]);
    }
  });

  it('takes --date and --title', async () => {
    const result = await runCommand(['--date', '2020-02-01', '--title', 'Mine'], reader({}, 'Yesterday he left.'));
    const dataset = JSON.parse(result.stdout);
    expect(dataset.title).to.equal('Mine');
    expect(dataset.events[0].start).to.equal('2020-01-31');
  });

  it('prints help with --help and -h', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await runCommand([flag], reader({}));
      expect(result).to.deep.equal({ stdout: USAGE, stderr: '', code: 0 });
    }
    expect(USAGE).to.contain('event-timeline-draft article.txt > draft.json');
  });

  it('exits 2 with a message for wrong arguments', async () => {
    for (const args of [['--format', 'xml'], ['--nope'], ['a', 'b'], ['--date', '19 July'], ['--title', ' ']]) {
      const result = await runCommand(args, reader({}));
      expect(result.code, args.join(' ')).to.equal(2);
      expect(result.stdout).to.equal('');
      expect(result.stderr).to.match(/^event-timeline-draft: /);
    }
  });

  it('exits 1 when the file cannot be read, naming it', async () => {
    const result = await runCommand(['missing.txt'], reader({}));
    expect(result.code).to.equal(1);
    expect(result.stderr).to.contain('cannot read missing.txt');
  });

  it('writes an empty, valid dataset for an empty text', async () => {
    const result = await runCommand([], reader({}, ''));
    expect(result.code).to.equal(0);
    expect(schemaErrors(validator, JSON.parse(result.stdout))).to.deep.equal([]);
    expect(result.stderr).to.contain('the text is empty');
  });
});
