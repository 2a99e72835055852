/** `vng-brief diff <old> <new>`: options and help; the work is in ../run-diff.ts. */
import { InvalidArgumentError, type Command } from 'commander';
import type { DiffStatus } from '../../model/diff-schema.js';
import type { Lang } from '../../render/load-labels.js';
import type { Io } from '../io.js';
import { orStdin } from '../stdin-input.js';
import { inputFormatOption, langOption, maxSizeOption, type InputFormat } from '../options.js';
import { formatOption, type FormatTable } from '../output-format.js';
import type { GlobalFlags } from '../program.js';

export type DiffFormat = 'text' | 'md' | 'json' | 'yaml' | 'github';

/** github is lines of workflow commands: a .txt file may hold them too. */
export const DIFF_FORMATS: FormatTable<DiffFormat> = {
  text: ['.txt'],
  md: ['.md', '.markdown'],
  json: ['.json'],
  yaml: ['.yaml', '.yml'],
  github: ['.txt'],
};

export interface DiffFlags extends GlobalFlags {
  format?: DiffFormat;
  exitCode?: boolean;
  failOn?: DiffStatus[];
  output?: string;
  maxSize: number;
  lang: Lang;
  inputFormat: InputFormat;
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
      formatOption(
        DIFF_FORMATS,
        'the extension of -o, else text; github: annotations for GitHub Actions, failures as errors',
      ),
    )
    .addOption(langOption())
    .option('--exit-code', 'exit 1 when any position or reference differs (like git diff --exit-code)')
    .option('--fail-on <list>', 'exit 1 only for these statuses: changed,new,dropped', parseFailOn)
    .option(
      '-o, --output <file>',
      'write the report to a file (atomically); the summary line still goes to stdout',
    )
    .addOption(maxSizeOption())
    .addOption(inputFormatOption())
    .addHelpText(
      'after',
      `
The last line printed is a summary ("0 ongewijzigd, 2 gewijzigd, 7 nieuw, 2 vervallen vragen; +9 −3
verwijzingen"); with --format json or yaml on standard output it goes to standard error, so the data stays
parseable. Differences alone exit 0; with --exit-code any difference exits 1, with --fail-on only those of the
statuses it names. A warning says so when the old letter is dated after the new one.

Examples:
  $ vng-brief diff letters/2022-02-18-vng-meer-zicht-nodig-op-mensenhandel.txt \\
      letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt
  $ vng-brief diff letters/2022-02-18-vng-meer-zicht-nodig-op-mensenhandel.txt \\
      letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt -o report.md --lang en
  $ vng-brief diff letters/2022-02-18-vng-meer-zicht-nodig-op-mensenhandel.txt \\
      letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt --format github --fail-on dropped
  $ vng-brief parse letters/2022-02-18-vng-meer-zicht-nodig-op-mensenhandel.txt -o 2022.json
  $ vng-brief parse letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt --json | vng-brief diff 2022.json`,
    )
    .action(async (oldPath: string, given: string | undefined, _: DiffFlags, cmd: Command) => {
      const newPath = orStdin(given, 'new', io, cmd);
      // loaded on use, so the other commands do not pay for the diff code at start-up
      const { runDiff } = await import('../run-diff.js');
      await runDiff(oldPath, newPath, cmd.optsWithGlobals<DiffFlags>(), io);
    });
}
