/** `vng-brief brief <letter>`: a one-page debate brief from an editable template (md, html, pdf or text). */
import { InvalidArgumentError, type Command } from 'commander';
import writeFileAtomic from 'write-file-atomic';
import { parseLetterFile, UserError } from '../../index.js';
import type { BriefData } from '../../render/brief-data.js';
import { BRIEF_LANGS, type BriefLang } from '../../render/load-labels.js';
import { formatOfTemplate, isTemplatePath } from '../../render/resolve-template.js';
import { colorsFor } from '../colors.js';
import type { Io } from '../io.js';
import { parseSize } from '../options.js';
import { formatDiagnostic } from '../report-diagnostics.js';
import { writeOutput } from '../write-output.js';

const FORMATS = ['md', 'html', 'pdf', 'text'] as const;
type BriefFormat = (typeof FORMATS)[number];

interface BriefFlags {
  template?: string;
  format?: BriefFormat;
  lang: BriefLang;
  output?: string;
  quiet?: boolean;
  maxSize: number;
  since?: string;
}

const choice =
  <T extends string>(values: readonly T[]) =>
  (v: string): T => {
    if (!values.includes(v as T)) throw new InvalidArgumentError(`expected one of: ${values.join(', ')}`);
    return v as T;
  };

/** --format, else the output file's extension, else the template file's name, else text on a terminal, md otherwise. */
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
  return io.stdout.isTTY && !flags.output ? 'text' : 'md';
}

function overflowWarning(path: string, data: BriefData, io: Io): void {
  if (data.budget.fits) return;
  const message = `the brief may not fit one A4 page (estimated ${data.budget.lines} of ${data.budget.limit} lines after shortening the context); all ${data.asks.length} asks are kept`;
  const d = { ruleId: 'brief-overflow', severity: 'warning' as const, message, position: null };
  io.stderr.write(`${formatDiagnostic(path, d, colorsFor(io.stderr, io.env))}\n`);
}

async function writePdf(pdf: Buffer, outFile: string | undefined, io: Io): Promise<void> {
  if (!outFile || outFile === '-') {
    if (io.stdout.isTTY) throw new UserError('not writing a PDF to the terminal: use -o FILE.pdf');
    io.stdout.write(pdf as unknown as string);
    return;
  }
  try {
    await writeFileAtomic(outFile, pdf);
  } catch (err) {
    throw new UserError(
      `${outFile}: cannot write output (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
}

export function registerBrief(program: Command, io: Io): void {
  program
    .command('brief')
    .description('a one-page debate brief of a letter, from an editable template')
    .argument('<letter>', 'letter file, or - for standard input')
    .option(
      '-t, --template <name|path>',
      'a built-in template (see `vng-brief templates`) or your own .liquid file',
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
      '-s, --since <old>',
      'add what changed since an earlier letter (a letter or a saved --json model)',
    )
    .option('-q, --quiet', 'do not print warnings')
    .option('--max-size <bytes>', 'refuse larger inputs (e.g. 5MB, 200KB)', parseSize, 5 * 1024 * 1024)
    .addHelpText(
      'after',
      `
Examples:
  $ vng-brief brief letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt
  $ vng-brief brief letter.txt --format html -o brief.html
  $ vng-brief brief letter.txt -o brief.pdf --lang en
  $ vng-brief brief letter.txt --template ./mine.md.liquid
  $ vng-brief brief letters/2024-….txt --since letters/2022-….txt
  $ cat letter.txt | vng-brief brief - --format md`,
    )
    .action(async (file: string, flags: BriefFlags) => {
      // The template engine and the browser are loaded only when a brief is made (see scripts/build.mjs).
      const { makeBrief } = await import('../../render/make-brief.js');
      const format = pickFormat(flags, io);
      const letter = await parseLetterFile(file, { maxBytes: flags.maxSize });
      const since = flags.since
        ? await (await import('../../diff/load-side.js')).loadSide(flags.since, { maxBytes: flags.maxSize })
        : undefined;
      const colors = colorsFor(flags.output ? {} : io.stdout, io.env);
      const brief = await makeBrief(letter, {
        format,
        lang: flags.lang,
        template: flags.template,
        colors,
        env: io.env,
        since,
      });
      if (!flags.quiet) overflowWarning(file, brief.data, io);
      if (typeof brief.content === 'string') await writeOutput(brief.content, flags.output, io);
      else await writePdf(brief.content, flags.output, io);
    });
}
