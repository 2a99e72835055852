/** `vng-brief brief <files|folders|globs…> --out DIR`: one brief per letter, plus the index that parse writes. */
import { UserError } from '../core/errors.js';
import { diffLetters } from '../diff/diff-letters.js';
import { loadLetter } from '../load/load-letter.js';
import type { Letter } from '../model/schema.js';
import { findChromium, NO_CHROMIUM } from '../render/find-chromium.js';
import { makeBrief, type BriefFormat, type MakeBriefOptions } from '../render/make-brief.js';
import { loadTemplate } from '../render/resolve-template.js';
import { overflowLine } from './brief-overflow.js';
import { colorsFor } from './colors.js';
import type { Io } from './io.js';
import { letterEntry } from './letter-entry.js';
import { runBatch, type BatchSummary } from './run-batch.js';

/** The output file's extension for each format. */
const BRIEF_EXTENSIONS: Record<BriefFormat, string> = {
  md: '.md',
  html: '.html',
  text: '.txt',
  pdf: '.pdf',
};

export interface BriefBatchFlags {
  out: string;
  quiet?: boolean;
  maxSize: number;
  /** what every brief is made with (format, language, template) */
  brief: Omit<MakeBriefOptions, 'since'>;
  /** with --since: the earlier letter every brief is compared with */
  since?: Letter;
}

export async function briefBatch(
  inputs: readonly string[],
  flags: BriefBatchFlags,
  io: Io,
): Promise<BatchSummary> {
  const { brief } = flags;
  // problems that would fail every letter the same way stop the run before it starts (exit 2)
  await loadTemplate(brief.template, brief.format === 'pdf' ? 'html' : brief.format);
  if (brief.format === 'pdf' && !findChromium(io.env)) throw new UserError(NO_CHROMIUM);
  const colors = colorsFor(io.stderr, io.env);
  return runBatch({
    inputs,
    outDir: flags.out,
    ext: BRIEF_EXTENSIONS[brief.format],
    io,
    progress: !flags.quiet,
    async convert(file, log) {
      const letter = await loadLetter(file, { maxBytes: flags.maxSize, models: false });
      const made = await makeBrief(letter, {
        ...brief,
        since: flags.since ? diffLetters(flags.since, letter) : undefined,
      });
      const warning = flags.quiet ? null : overflowLine(file, made.data, colors);
      if (warning) log(warning);
      return { content: made.content, entry: { ...letterEntry(letter) } };
    },
  });
}
