/**
 * `vng-brief parse <file>`: a letter to the model, as a summary for people, JSON or YAML for tools, or its asks
 * as CSV for spreadsheets; many with --out, or as JSON lines or CSV rows.
 */
import { type Command } from 'commander';
import { EXIT, UserError } from '../../core/errors.js';
import type { Lang } from '../../render/load-labels.js';
import { refuseBatchInput } from '../batch-only.js';
import { colorsFor } from '../colors.js';
import type { Io } from '../io.js';
import { inputFormatOption, langOption, maxSizeOption, type InputFormat } from '../options.js';
import { formatOption, pickFormat, refuseFileAsFolder, type FormatTable } from '../output-format.js';
import type { GlobalFlags } from '../program.js';
import { readLetter } from '../read-letter.js';
import { orStdin } from '../stdin-input.js';
import { diagnosticsOut } from '../report-diagnostics.js';
import { refuseOutputOverInput } from '../same-file.js';
import { checkOutputFile, isStdout, writeOutput } from '../write-output.js';

export type ParseFormat = 'text' | 'json' | 'yaml' | 'csv' | 'jsonl';

export const PARSE_FORMATS: FormatTable<ParseFormat> = {
  text: ['.txt'],
  json: ['.json'],
  yaml: ['.yaml', '.yml'],
  csv: ['.csv'],
  jsonl: ['.jsonl', '.ndjson'],
};

/** Formats written as one stream of every letter (lines, rows): they take many letters without --out. */
export const STREAMED: readonly ParseFormat[] = ['jsonl', 'csv'];

interface ParseFlags extends GlobalFlags {
  format?: ParseFormat;
  json?: boolean;
  yaml?: boolean;
  jsonl?: boolean;
  output?: string;
  out?: string;
  maxSize: number;
  followSymlinks?: boolean;
  inputFormat: InputFormat;
  lang: Lang;
}

/** --format, or the one of --json, --yaml and --jsonl given (they are its short forms). */
function givenFormat(flags: ParseFlags): ParseFormat | undefined {
  const given = new Set<ParseFormat>();
  if (flags.format) given.add(flags.format);
  for (const alias of ['json', 'yaml', 'jsonl'] as const) if (flags[alias]) given.add(alias);
  if (given.size > 1)
    throw new UserError(
      `give one output format, not ${[...given].join(' and ')} (--json, --yaml and --jsonl are --format json, yaml and jsonl)`,
    );
  return [...given][0];
}

/** Flag and input combinations that make no sense, as a usage message; null when they are fine. */
async function conflict(inputs: string[], flags: ParseFlags, format: ParseFormat): Promise<string | null> {
  if (flags.out && flags.output)
    return '-o writes one file; with --out there is one output per letter in the folder';
  if (flags.out && format === 'jsonl')
    return '--out and --format jsonl exclude each other (files in a folder, or lines in one stream)';
  if (flags.out || STREAMED.includes(format)) return null;
  if (inputs.length > 1) return 'several inputs need --out DIR, or --format jsonl or csv';
  await refuseBatchInput(inputs[0] as string, 'models', '--out DIR, or --format jsonl or csv');
  return null;
}

export function registerParse(program: Command, io: Io): void {
  program
    .command('parse')
    .description('read letters (text, Markdown, PDF, Word, web pages) into the structured model')
    .argument(
      '[inputs...]',
      'letter file: text, Markdown, PDF, .docx, .html or a saved model (- or none for piped standard input); with --out, --format jsonl or csv also several, folders and globs',
    )
    .addOption(
      formatOption(
        PARSE_FORMATS,
        'the extension of -o, else text (a summary) for one letter, json with --out; csv: one row per ask',
      ),
    )
    .option('--json', 'the same as --format json')
    .option('--yaml', 'the same as --format yaml')
    .option('--jsonl', 'the same as --format jsonl: one model per line for every letter')
    .addOption(langOption())
    .option('-o, --output <file>', 'write to a file (atomically); its extension sets the format')
    .option(
      '--out <dir>',
      'write one model per letter into DIR (name.json, .yaml, .csv or .txt) plus DIR/index.json',
    )
    .addOption(maxSizeOption())
    .option(
      '--follow-symlinks',
      'with several letters: follow symbolic links out of the folders given, and into linked folders',
    )
    .addOption(inputFormatOption())
    .addHelpText(
      'after',
      `
Examples:
  $ vng-brief parse letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt
  $ vng-brief parse letters/2022-02-18-vng-meer-zicht-nodig-op-mensenhandel.txt -o 2022.json
  $ cat letters/2022-02-18-vng-meer-zicht-nodig-op-mensenhandel.txt | vng-brief parse --format yaml
  $ vng-brief parse letters/ --format csv -o asks.csv
  $ vng-brief parse letters/ --out models/
  $ vng-brief parse letters/ --jsonl | jq -c '.asks | length'

Folders are searched for .txt, .md, .markdown, .pdf, .docx, .html and .htm. A bad letter is reported
and skipped; the exit code is then 1 once all others are done.`,
    )
    .action(async (given: string[], _: ParseFlags, cmd: Command) => {
      const flags = cmd.optsWithGlobals<ParseFlags>();
      const inputs = given.length ? given : [orStdin(undefined, 'inputs', io, cmd)];
      const format = pickFormat('parse', PARSE_FORMATS, givenFormat(flags), flags.output, () =>
        flags.out ? 'json' : 'text',
      );
      const problem = await conflict(inputs, flags, format);
      if (problem) cmd.error(`error: ${problem}`, { exitCode: EXIT.usage, code: 'vng-brief.usage' });
      await refuseFileAsFolder(flags.out);
      await checkOutputFile(flags.output);
      if (flags.out || STREAMED.includes(format)) {
        // loaded only for batch runs, so a single letter starts as fast as it can
        await (await import('../parse-batch.js')).parseBatch(inputs, { ...flags, format }, io);
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
      if (format === 'json') content = `${JSON.stringify(letter, null, 2)}\n`;
      else if (format === 'yaml') content = (await import('yaml')).stringify(letter, { lineWidth: 0 });
      else
        content = (await import('../../render/render-summary.js')).renderSummary(
          letter,
          colorsFor(isStdout(flags.output) ? io.stdout : null, io.env),
          flags.lang,
        );
      await writeOutput(content, flags.output, io);
    });
}
