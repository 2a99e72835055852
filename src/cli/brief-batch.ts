/** `vng-brief brief <files|folders|globs…> --out DIR`: one brief per letter, plus the index that parse writes. */
import { diffLetters } from '../diff/diff-letters.js';
import type { Letter } from '../model/schema.js';
import { makeBrief, type BriefFormat, type MakeBriefOptions } from '../render/make-brief.js';
import { overflowDiagnostics } from './brief-overflow.js';
import type { Io } from './io.js';
import { letterEntry } from './letter-entry.js';
import { readLetter } from './read-letter.js';
import { diagnosticsOut, reportDiagnostics } from './report-diagnostics.js';
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
  return runBatch({
    inputs,
    outDir: flags.out,
    ext: BRIEF_EXTENSIONS[brief.format],
    io,
    progress: !flags.quiet,
    async convert(file, log) {
      const diagnostics = diagnosticsOut(io, flags.quiet, log);
      const letter = await readLetter(file, { maxBytes: flags.maxSize }, diagnostics);
      const made = await makeBrief(letter, {
        ...brief,
        since: flags.since ? diffLetters(flags.since, letter) : undefined,
      });
      reportDiagnostics(file, overflowDiagnostics(made.data), diagnostics);
      return { content: made.content, entry: { ...letterEntry(letter) } };
    },
  });
}
