/**
 * `vng-brief brief <letter>`: a one-page debate brief from an editable template (md, html, pdf or text);
 * many letters (files, folders, globs) with --out DIR.
 */
import { EXIT, UserError } from '../../core/errors.js';
import { stat } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { FIT_METHODS, type FitMethod, type MakeBriefOptions } from '../../render/make-brief.js';
import { BRIEF_LANGS, type BriefLang } from '../../render/load-labels.js';
import { findChromium, NO_CHROMIUM } from '../../render/find-chromium.js';
import { escapeControls } from '../../render/escape-output.js';
import { formatOfTemplate, isTemplatePath, loadTemplate } from '../../render/resolve-template.js';
import { overflowDiagnostics } from '../brief-overflow.js';
import { colorsFor } from '../colors.js';
import type { Io } from '../io.js';
import { isStdinPath } from '../../load/read-input.js';
import { parseSize } from '../options.js';
import type { GlobalFlags } from '../program.js';
import { readLetter } from '../read-letter.js';
import { orStdin } from '../stdin-input.js';
import { diagnosticsOut, reportDiagnostics } from '../report-diagnostics.js';
import { refuseOutputOverInput } from '../same-file.js';
import { writeOutput } from '../write-output.js';

const FORMATS = ['md', 'html', 'pdf', 'text'] as const;
type BriefFormat = (typeof FORMATS)[number];

interface BriefFlags extends GlobalFlags {
  template?: string;
  templates?: string;
  format?: BriefFormat;
  lang: BriefLang;
  output?: string;
  out?: string;
  maxSize: number;
  since?: string;
  followSymlinks?: boolean;
  fit?: FitMethod;
}

const choice =
  <T extends string>(values: readonly T[]) =>
  (v: string): T => {
    if (!values.includes(v as T)) throw new InvalidArgumentError(`expected one of: ${values.join(', ')}`);
    return v as T;
  };

/**
 * --format, else the output file's extension, else the template file's name, else text on a terminal, md
 * otherwise (and always md for files in --out).
 */
function pickFormat(flags: BriefFlags, io: Io): BriefFormat {
  if (flags.format) return flags.format;
  const ext = /\.(md|markdown|html?|pdf|txt)$/i.exec(flags.output ?? '')?.[1]?.toLowerCase();
  if (ext)
    return ext.startsWith('htm')
      ? 'html'
      : ext === 'txt'
        ? 'text'
        : ext === 'markdown'
          ? 'md'
          : (ext as BriefFormat);
  const fromTemplate =
    flags.template && isTemplatePath(flags.template) ? formatOfTemplate(flags.template) : null;
  if (fromTemplate) return fromTemplate;
  return io.stdout.isTTY && !flags.output && !flags.out ? 'text' : 'md';
}

/** Flag and input combinations that make no sense, as a usage message; null when they are fine. */
async function conflict(inputs: string[], flags: BriefFlags): Promise<string | null> {
  if (flags.out && flags.output) return '-o writes one file; with --out there is one brief per letter';
  if (flags.since && isStdinPath(flags.since) && inputs.some(isStdinPath))
    return 'standard input can be read once: give the letter or --since as a file';
  if (flags.out) return null;
  if (inputs.length > 1) return 'several letters need --out DIR';
  const input = inputs[0] as string;
  if (input === '-') return null;
  const info = await stat(input).catch(() => null);
  if (info?.isDirectory()) return `${escapeControls(input)} is a folder: briefs of a folder need --out DIR`;
  // a path that does not exist is left to the reader, which says so; a glob needs the batch
  if (!info && (await import('../expand-inputs.js')).isGlob(input))
    return `${escapeControls(input)} is a glob: briefs of a glob need --out DIR`;
  return null;
}

/**
 * Problems that would fail every brief the same way (a template that is not there, no browser for PDF) stop the
 * command before a letter is read (exit 2), so a usage error is not buried under a letter's warnings.
 */
async function checkSetup(options: Omit<MakeBriefOptions, 'since'>): Promise<void> {
  await loadTemplate(options.template, options.format === 'pdf' ? 'html' : options.format, options.templates);
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
    .option(
      '-f, --format <format>',
      `output format: ${FORMATS.join(', ')} (default: text on a terminal, md otherwise)`,
      choice(FORMATS),
    )
    .option(
      '-l, --lang <lang>',
      `language of the labels: ${BRIEF_LANGS.join(', ')}`,
      choice(BRIEF_LANGS),
      'nl',
    )
    .option(
      '-o, --output <file>',
      'write to a file (atomically); its extension sets the format when --format is not given',
    )
    .option(
      '--out <dir>',
      'write one brief per letter into DIR (name.md, .html, .txt or .pdf) plus DIR/index.json',
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
    .option('--max-size <bytes>', 'refuse larger inputs (e.g. 5MB, 200KB)', parseSize, 5 * 1024 * 1024)
    .option(
      '--follow-symlinks',
      'with --out: follow symbolic links out of the folders given, and into linked folders',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ vng-brief brief letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt
  $ vng-brief brief letter.txt --format html -o brief.html
  $ vng-brief brief letter.txt -o brief.pdf --lang en
  $ vng-brief brief letter.txt --template ./mine.md.liquid
  $ vng-brief brief letters/2024-….txt --since letters/2022-….txt
  $ cat letter.txt | vng-brief brief --format md
  $ vng-brief brief inbreng.pdf --format html -o brief.html
  $ vng-brief parse letter.txt --json | vng-brief brief
  $ vng-brief brief letters/ 'archive/**/*.md' --out briefs/
  $ vng-brief brief letters/ --out briefs/ --format html --since old.txt

With --out, folders are searched for .txt, .md, .markdown, .pdf, .docx, .html and .htm. A bad letter
is reported and skipped; the exit code is then 1 once all others are done.`,
    )
    .action(async (given: string[], _: BriefFlags, cmd: Command) => {
      const flags = cmd.optsWithGlobals<BriefFlags>();
      const inputs = given.length ? given : [orStdin(undefined, 'letters', io, cmd)];
      const problem = await conflict(inputs, flags);
      if (problem) cmd.error(`error: ${problem}`, { exitCode: EXIT.usage, code: 'vng-brief.usage' });
      const options: Omit<MakeBriefOptions, 'since'> = {
        format: pickFormat(flags, io),
        lang: flags.lang,
        template: flags.template,
        templates: flags.templates,
        colors: colorsFor(flags.output || flags.out ? null : io.stdout, io.env),
        env: io.env,
        fit: pickFit(flags, io),
      };
      await checkSetup(options);
      const diagnostics = diagnosticsOut(io, flags.quiet);
      const since = flags.since
        ? await readLetter(flags.since, { maxBytes: flags.maxSize }, diagnostics)
        : undefined;
      if (flags.out) {
        // loaded only for batch runs, so a single letter starts as fast as it can
        const { briefBatch } = await import('../brief-batch.js');
        const { out, quiet, maxSize, followSymlinks } = flags;
        await briefBatch(inputs, { out, quiet, maxSize, followSymlinks, brief: options, since }, io);
        return;
      }
      // The template engine and the browser are loaded only when a brief is made (see scripts/build.mjs).
      const { makeBrief } = await import('../../render/make-brief.js');
      const file = inputs[0] as string;
      const template = flags.template && isTemplatePath(flags.template) ? flags.template : undefined;
      await refuseOutputOverInput(flags.output, [file, flags.since, template]);
      const letter = await readLetter(file, { maxBytes: flags.maxSize }, diagnostics);
      const diff = since
        ? (await import('../../diff/diff-letters.js')).diffLetters(since, letter)
        : undefined;
      const brief = await makeBrief(letter, { ...options, since: diff });
      reportDiagnostics(file, overflowDiagnostics(brief.data), diagnostics);
      if (typeof brief.content !== 'string' && (!flags.output || flags.output === '-') && io.stdout.isTTY)
        throw new UserError('not writing a PDF to the terminal: use -o FILE.pdf');
      await writeOutput(brief.content, flags.output, io);
    });
}
