/** `vng-brief brief <files|folders|globs…> --out DIR`: one brief per letter, plus the index that parse writes. */
import { diffLetters } from '../diff/diff-letters.js';
import type { Letter } from '../model/schema.js';
import type { BriefData } from '../render/brief-data.js';
import { openChromium, type ChromiumSession } from '../render/chromium-session.js';
import { findChromium } from '../render/find-chromium.js';
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
  followSymlinks?: boolean;
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
  // one browser for the whole folder, started with the first letter that needs it
  const wanted =
    brief.format === 'pdf' ||
    brief.fit === 'measure' ||
    ((brief.fit ?? 'auto') === 'auto' && findChromium(brief.env ?? process.env) !== null);
  let browser: Promise<ChromiumSession> | undefined;
  try {
    return await runBatch({
      inputs,
      outDir: flags.out,
      ext: BRIEF_EXTENSIONS[brief.format],
      io,
      quiet: flags.quiet === true,
      followLinks: flags.followSymlinks === true,
      async convert(file, log) {
        const diagnostics = diagnosticsOut(io, flags.quiet, log);
        const letter = await readLetter(file, { maxBytes: flags.maxSize }, diagnostics);
        if (wanted) browser ??= openChromium({ env: brief.env });
        const made = await makeBrief(letter, {
          ...brief,
          since: flags.since ? diffLetters(flags.since, letter) : undefined,
          browser: browser ? await browser : undefined,
        });
        reportDiagnostics(file, overflowDiagnostics(made.data), diagnostics);
        return { content: made.content, entry: { ...letterEntry(letter), page: pageEntry(made.data) } };
      },
    });
  } finally {
    if (browser) await (await browser.catch(() => null))?.close();
  }
}

/** How the brief fills its page, for index.json. */
const pageEntry = (data: BriefData) => ({
  method: data.budget.method,
  used: data.budget.used,
  fits: data.budget.fits,
  shortened: data.budget.shortened,
});
