/** `vng-brief parse <file>`: a letter to the model, as a summary for people or JSON/YAML for tools; many with --out or --jsonl. */
import { Option, type Command } from 'commander';
import { EXIT } from '../../core/errors.js';
import { renderSummary } from '../../render/render-summary.js';
import { colorsFor } from '../colors.js';
import type { Io } from '../io.js';
import { parseSize } from '../options.js';
import type { GlobalFlags } from '../program.js';
import { readLetter } from '../read-letter.js';
import { orStdin } from '../stdin-input.js';
import { diagnosticsOut } from '../report-diagnostics.js';
import { refuseOutputOverInput } from '../same-file.js';
import { writeOutput } from '../write-output.js';

interface ParseFlags extends GlobalFlags {
  json?: boolean;
  yaml?: boolean;
  output?: string;
  out?: string;
  jsonl?: boolean;
  maxSize: number;
  followSymlinks?: boolean;
  inputFormat: 'auto' | 'markdown' | 'text';
}

/** Flag combinations that make no sense, as a usage message; null when the flags are fine. */
function conflict(inputs: string[], flags: ParseFlags): string | null {
  if (flags.out && flags.jsonl)
    return '--out and --jsonl exclude each other (files in a folder, or lines on stdout)';
  if ((flags.out || flags.jsonl) && flags.output)
    return '-o writes one file; with --out or --jsonl there is one output per letter';
  if (flags.jsonl && flags.yaml)
    return '--jsonl writes JSON lines; --yaml goes with --out or a single letter';
  if (inputs.length > 1 && !flags.out && !flags.jsonl) return 'several inputs need --out DIR or --jsonl';
  return null;
}

export function registerParse(program: Command, io: Io): void {
  program
    .command('parse')
    .description('read letters (text, Markdown, PDF, Word, web pages) into the structured model')
    .argument(
      '[inputs...]',
      'letter file: text, Markdown, PDF, .docx, .html or a saved model (- or none for piped standard input); with --out or --jsonl also folders and globs',
    )
    .option('--json', 'print the model as JSON')
    .option('--yaml', 'print the model as YAML')
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .option('--out <dir>', 'write one model per letter into DIR (name.json, or .yaml) plus DIR/index.json')
    .option('--jsonl', 'print one model per line (JSON Lines) for every letter')
    .option('--max-size <bytes>', 'refuse larger inputs (e.g. 5MB, 200KB)', parseSize, 5 * 1024 * 1024)
    .option(
      '--follow-symlinks',
      'with --out or --jsonl: follow symbolic links out of the folders given, and into linked folders',
    )
    .addOption(
      new Option(
        '--input-format <format>',
        'auto, markdown or text (markdown and text read a web page or a .json file as a letter as it is)',
      )
        .choices(['auto', 'markdown', 'text'])
        .default('auto'),
    )
    .addHelpText(
      'after',
      `
Examples:
  $ vng-brief parse letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt
  $ vng-brief parse letter.md --json -o letter.json
  $ cat letter.txt | vng-brief parse --yaml
  $ vng-brief parse inbreng.pdf --json -o inbreng.json
  $ vng-brief parse letters/ 'archive/**/*.md' --out models/
  $ vng-brief parse letters/ --jsonl | jq -c '.asks | length'

Folders are searched for .txt, .md, .markdown, .pdf, .docx, .html and .htm. A bad letter is reported
and skipped; the exit code is then 1 once all others are done.`,
    )
    .action(async (given: string[], _: ParseFlags, cmd: Command) => {
      const flags = cmd.optsWithGlobals<ParseFlags>();
      const inputs = given.length ? given : [orStdin(undefined, 'inputs', io, cmd)];
      const problem = conflict(inputs, flags);
      if (problem) cmd.error(`error: ${problem}`, { exitCode: EXIT.usage, code: 'vng-brief.usage' });
      if (flags.out || flags.jsonl) {
        // loaded only for batch runs, so a single letter starts as fast as it can
        await (await import('../parse-batch.js')).parseBatch(inputs, flags, io);
        return;
      }
      const file = inputs[0] as string;
      await refuseOutputOverInput(flags.output, [file]);
      const letter = await readLetter(
        file,
        { maxBytes: flags.maxSize, format: flags.inputFormat },
        diagnosticsOut(io, flags.quiet),
      );
      let content: string;
      if (flags.json) content = `${JSON.stringify(letter, null, 2)}\n`;
      else if (flags.yaml) content = (await import('yaml')).stringify(letter, { lineWidth: 0 });
      else content = renderSummary(letter, colorsFor(flags.output ? null : io.stdout, io.env));
      await writeOutput(content, flags.output, io);
    });
}
