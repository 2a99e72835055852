/** `vng-brief diff <old> <new>`: options and help; the work is in ../run-diff.ts. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { DiffStatus } from '../../model/diff-schema.js';
import type { Io } from '../io.js';
import { orStdin } from '../stdin-input.js';
import { parseSize } from '../options.js';
import type { GlobalFlags } from '../program.js';

export interface DiffFlags extends GlobalFlags {
  format: 'text' | 'md' | 'json' | 'github';
  exitCode?: boolean;
  failOn?: DiffStatus[];
  output?: string;
  maxSize: number;
}

const FAIL_STATUSES = ['changed', 'new', 'dropped'] as const;

/** "dropped,changed" → statuses; anything else is a usage error (exit 2). */
function parseFailOn(value: string): DiffStatus[] {
  const items = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const bad = items.filter((s) => !(FAIL_STATUSES as readonly string[]).includes(s));
  if (!items.length || bad.length)
    throw new InvalidArgumentError(
      `expected a comma-separated list of ${FAIL_STATUSES.join(', ')}${bad.length ? ` (not: ${bad.join(', ')})` : ''}`,
    );
  return [...new Set(items)] as DiffStatus[];
}

export function registerDiff(program: Command, io: Io): void {
  program
    .command('diff')
    .description('how positions changed between two letters: themes, asks, references and figures')
    .argument(
      '<old>',
      'the earlier letter (text, Markdown, PDF, .docx, .html) or its saved model (parse --json or --yaml); - for standard input',
    )
    .argument('[new]', 'the later letter, or its saved model; piped standard input when left out')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'md', 'json', 'github'])
        .default('text'),
    )
    .option('--exit-code', 'exit 1 when any position or reference differs (like git diff --exit-code)')
    .option('--fail-on <list>', 'exit 1 only for these statuses: changed,new,dropped', parseFailOn)
    .option(
      '-o, --output <file>',
      'write the report to a file (atomically); the summary line still goes to stdout',
    )
    .option('--max-size <bytes>', 'refuse larger inputs (e.g. 5MB, 200KB)', parseSize, 5 * 1024 * 1024)
    .addHelpText(
      'after',
      `
The last line printed is a summary ("2 kept, 1 changed, 4 new, 1 dropped asks; +4 −2 references"); with
--format json on standard output it goes to standard error, so the JSON stays parseable. Differences alone
exit 0; with --exit-code any difference exits 1, with --fail-on only those of the statuses it names.

Examples:
  $ vng-brief diff letters/2022-02-18-vng-meer-zicht-nodig-op-mensenhandel.txt letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt
  $ vng-brief diff old.json new.md --format md -o report.md
  $ vng-brief diff old.txt new.txt --format github --fail-on dropped
  $ vng-brief parse new.pdf --json | vng-brief diff old.json`,
    )
    .action(async (oldPath: string, given: string | undefined, _: DiffFlags, cmd: Command) => {
      const newPath = orStdin(given, 'new', io, cmd);
      // loaded on use, so the other commands do not pay for the diff code at start-up
      const { runDiff } = await import('../run-diff.js');
      await runDiff(oldPath, newPath, cmd.optsWithGlobals<DiffFlags>(), io);
    });
}
