#!/usr/bin/env node
/**
 * `event-timeline-draft article.txt > draft.json`: the command, as installed with the package
 * (package.json `bin`). Node only; the work is done by command.ts.
 */
import { readFile } from 'node:fs/promises';
import { runCommand } from './command.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const result = await runCommand(process.argv.slice(2), (file) => (file === undefined ? readStdin() : readFile(file, 'utf8')));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
