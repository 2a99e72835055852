/**
 * `vng-brief brief <letter>`: a one-page debate brief from an editable template (md, html, pdf, docx or text);
 * many letters (files, folders, globs) with --out DIR.
 */
import { EXIT, UserError } from '../../core/errors.js';
import { InvalidArgumentError, type Command } from 'commander';
import { FIT_METHODS, TEMPLATE_OF, type BriefFormat, type FitMethod } from '../../render/brief-formats.js';
import type { MakeBriefOptions } from '../../render/make-brief.js';
import type { Lang } from '../../render/load-labels.js';
import { findChromium, NO_CHROMIUM } from '../../render/find-chromium.js';
import { formatOfTemplate, isTemplatePath, loadTemplate } from '../../render/resolve-template.js';
import { refuseBatchInput } from '../batch-only.js';
import { overflowDiagnostics } from '../brief-overflow.js';
import { colorsFor } from '../colors.js';
import { textWidth, type Io } from '../io.js';
import { isStdinPath } from '../../load/read-input.js';
import { inputFormatOption, langOption, maxSizeOption, type InputFormat } from '../options.js';
import { formatOption, pickFormat, refuseFileAsFolder, type FormatTable } from '../output-format.js';
import type { GlobalFlags } from '../program.js';
import { readLetter } from '../read-letter.js';
import { orStdin } from '../stdin-input.js';
import { diagnosticsOut, reportDiagnostics } from '../report-diagnostics.js';
import { refuseOutputOverInput } from '../same-file.js';
import { checkOutputFile, isStdout, writeOutput } from '../write-output.js';

export const BRIEF_FORMATS: FormatTable<BriefFormat> = {
  text: ['.txt'],
  md: ['.md', '.markdown'],
  html: ['.html', '.htm'],
  pdf: ['.pdf'],
  docx: ['.docx'],
};

/** Formats that are bytes for a program, not text for a terminal. */
const BINARY: readonly BriefFormat[] = ['pdf', 'docx'];

interface BriefFlags extends GlobalFlags {
  template?: string;
  templates?: string;
  format?: BriefFormat;
  lang: Lang;
  output?: string;
  out?: string;
  maxSize: number;
  since?: string;
  followSymlinks?: boolean;
  fit?: FitMethod;
  inputFormat: InputFormat;
}

const choice =
  <T extends string>(values: readonly T[]) =>
  (v: string): T => {
    if (!values.includes(v as T)) throw new InvalidArgumentError(`expected one of: ${values.join(', ')}`);
    return v as T;
  };

/**
 * --format, else the output file's extension, else the template file's name, else text on a terminal, md
 * otherwise (and always md for files in --out). A template made for another format than the brief's is a usage
 * error: a Markdown template printed to PDF would be raw Markdown.
 */
function pickBriefFormat(flags: BriefFlags, io: Io): BriefFormat {
  const fromTemplate =
    flags.template && isTemplatePath(flags.template) ? formatOfTemplate(flags.template) : null;
  const format = pickFormat(
    'brief',
    BRIEF_FORMATS,
    flags.format,
    flags.output,
    () => fromTemplate ?? (io.stdout.isTTY && !flags.output && !flags.out ? 'text' : 'md'),
  );
  const needed = TEMPLATE_OF[format];
  if (fromTemplate && fromTemplate !== needed)
    throw new UserError(
      `${flags.template}: a ${fromTemplate} template cannot make a ${format} brief; that takes a ${needed} template (a name ending in .${needed}.liquid)`,
    );
  return format;
}

/** Flag and input combinations that make no sense, as a usage message; null when they are fine. */
async function conflict(inputs: string[], flags: BriefFlags): Promise<string | null> {
  if (flags.out && flags.output) return '-o writes one file; with --out there is one brief per letter';
  if (flags.since && isStdinPath(flags.since) && inputs.some(isStdinPath))
    return 'standard input can be read once: give the letter or --since as a file';
  if (flags.out) return null;
  if (inputs.length > 1) return 'several letters need --out DIR';
  await refuseBatchInput(inputs[0] as string, 'briefs', '--out DIR');
  return null;
}

/**
 * Problems that would fail every brief the same way (a template that is not there, no browser for PDF) stop the
 * command before a letter is read (exit 2), so a usage error is not buried under a letter's warnings.
 */
async function checkSetup(options: Omit<MakeBriefOptions, 'since'>): Promise<void> {
  await loadTemplate(options.template, TEMPLATE_OF[options.format], options.templates);
  const browser = options.format === 'pdf' || options.fit === 'measure';
  if (browser && !findChromium(options.env)) throw new UserError(NO_CHROMIUM);
}

/** --fit, else VNG_BRIEF_FIT, else auto. */
function pickFit(flags: BriefFlags, io: Io): FitMethod {
  const fromEnv = io.env.VNG_BRIEF_FIT?.trim();
  if (flags.fit) return flags.fit;
  if (!fromEnv) return 'auto';
  if (!FIT_METHODS.includes(fromEnv as FitMethod))
    throw new UserError(`VNG_BRIEF_FIT=${fromEnv}: expected one of: ${FIT_METHODS.join(', ')}`);
  return fromEnv as FitMethod;
}

export function registerBrief(program: Command, io: Io): void {
  program
    .command('brief')
    .description('a one-page debate brief of a letter, from an editable template')
    .argument(
      '[letters...]',
      'letter file: text, Markdown, PDF, .docx, .html or a saved model (- or none for piped standard input); with --out also several, folders and globs',
    )
    .option(
      '-t, --template <name|path>',
      'a built-in template (see `vng-brief templates`) or your own .liquid file',
    )
    .option(
      '--templates <dir>',
      'a folder of your own templates, where --template names are looked up first (default: templates of the config file)',
    )
    .addOption(
      formatOption(
        BRIEF_FORMATS,
        "the extension of -o, else the template's, else text on a terminal and md otherwise",
      ),
    )
    .addOption(langOption())
    .option('-o, --output <file>', 'write to a file (atomically); its extension sets the format')
    .option(
      '--out <dir>',
      'write one brief per letter into DIR (name.md, .html, .txt, .pdf or .docx) plus DIR/index.json, and DIR/index.html for html',
    )
    .option(
      '-s, --since <old>',
      'add what changed since an earlier letter (a letter or a saved --json model); with --out, to every brief',
    )
    .option(
      '--fit <how>',
      `how the brief is fitted to one A4 page: ${FIT_METHODS.join(', ')} (measure: laid out in Chromium; estimate: counted in lines; auto: measure when a Chromium is found; default: VNG_BRIEF_FIT, else auto)`,
      choice(FIT_METHODS),
    )
    .addOption(maxSizeOption())
    .option(
      '--follow-symlinks',
      'with --out: follow symbolic links out of the folders given, and into linked folders',
    )
    .addOption(inputFormatOption())
    .addHelpText(
      'after',
      `
Examples:
  $ vng-brief brief letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt
  $ vng-brief brief letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt -o brief.html
  $ vng-brief brief letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt -o brief.docx --lang en
  $ vng-brief brief letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt \\
      --since letters/2022-02-18-vng-meer-zicht-nodig-op-mensenhandel.txt
  $ cat letters/2022-02-18-vng-meer-zicht-nodig-op-mensenhandel.txt | vng-brief brief --format md
  $ vng-brief parse letters/2022-02-18-vng-meer-zicht-nodig-op-mensenhandel.txt --json | vng-brief brief
  $ cp "$(vng-brief templates | awk '$2 == "md" {print $3}')" mine.md.liquid
  $ vng-brief brief letters/2022-02-18-vng-meer-zicht-nodig-op-mensenhandel.txt --template ./mine.md.liquid
  $ vng-brief brief letters/ --out briefs/ --format html

With --out, folders are searched for .txt, .md, .markdown, .pdf, .docx, .html and .htm. A bad letter
is reported and skipped; the exit code is then 1 once all others are done. -o brief.pdf prints with a
local Chromium (or Chrome; CHROME_PATH names one).`,
    )
    .action(async (given: string[], _: BriefFlags, cmd: Command) => {
      const flags = cmd.optsWithGlobals<BriefFlags>();
      const inputs = given.length ? given : [orStdin(undefined, 'letters', io, cmd)];
      const problem = await conflict(inputs, flags);
      if (problem) cmd.error(`error: ${problem}`, { exitCode: EXIT.usage, code: 'vng-brief.usage' });
      await refuseFileAsFolder(flags.out);
      const toStdout = !flags.out && isStdout(flags.output);
      const options: Omit<MakeBriefOptions, 'since'> = {
        format: pickBriefFormat(flags, io),
        lang: flags.lang,
        template: flags.template,
        templates: flags.templates,
        colors: colorsFor(toStdout ? io.stdout : null, io.env),
        // the template's `width` leaves the last columns free, as the built-in templates always have
        width: textWidth(io, toStdout) - 2,
        env: io.env,
        fit: pickFit(flags, io),
      };
      const read = { maxBytes: flags.maxSize, format: flags.inputFormat };
      if (BINARY.includes(options.format) && toStdout && io.stdout.isTTY)
        throw new UserError(
          `not writing a ${options.format} file to the terminal: use -o brief.${options.format}`,
        );
      await checkOutputFile(flags.output);
      await checkSetup(options);
      const diagnostics = diagnosticsOut(io, flags.quiet);
      const since = flags.since ? await readLetter(flags.since, read, diagnostics) : undefined;
      if (flags.out) {
        // loaded only for batch runs, so a single letter starts as fast as it can
        const { briefBatch } = await import('../brief-batch.js');
        const { out, quiet, followSymlinks } = flags;
        await briefBatch(inputs, { out, quiet, read, followSymlinks, brief: options, since }, io);
        return;
      }
      // The template engine and the browser are loaded only when a brief is made (see scripts/build.mjs).
      const { makeBrief } = await import('../../render/make-brief.js');
      const file = inputs[0] as string;
      const template = flags.template && isTemplatePath(flags.template) ? flags.template : undefined;
      await refuseOutputOverInput(flags.output, [file, flags.since, template]);
      const letter = await readLetter(file, read, diagnostics);
      const diff = since
        ? (await import('../../diff/diff-letters.js')).diffLetters(since, letter)
        : undefined;
      const brief = await makeBrief(letter, { ...options, since: diff });
      reportDiagnostics(file, overflowDiagnostics(brief.data), diagnostics);
      await writeOutput(brief.content, flags.output, io);
    });
}
