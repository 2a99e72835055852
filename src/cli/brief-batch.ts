/**
 * `vng-brief brief <files|folders|globs…> --out DIR`: one brief per letter, plus the index that parse writes;
 * HTML briefs also get an index.html that links them all.
 */
import { diffLetters } from '../diff/diff-letters.js';
import type { Letter } from '../model/schema.js';
import type { BriefData } from '../render/brief-data.js';
import { openChromium, type ChromiumSession } from '../render/chromium-session.js';
import { findChromium } from '../render/find-chromium.js';
import type { LoadOptions } from '../load/load-letter.js';
import { makeBrief, type MakeBriefOptions } from '../render/make-brief.js';
import { renderBriefIndex } from '../render/render-brief-index.js';
import { overflowDiagnostics } from './brief-overflow.js';
import { BRIEF_FORMATS } from './commands/brief.js';
import type { Io } from './io.js';
import { letterEntry } from './letter-entry.js';
import { readLetter } from './read-letter.js';
import { diagnosticsOut, reportDiagnostics } from './report-diagnostics.js';
import { runBatch, type BatchSummary } from './run-batch.js';

export interface BriefBatchFlags {
  out: string;
  quiet?: boolean;
  followSymlinks?: boolean;
  /** how each letter is read */
  read: LoadOptions;
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
      ext: BRIEF_FORMATS[brief.format][0]!,
      io,
      quiet: flags.quiet === true,
      followLinks: flags.followSymlinks === true,
      async convert(file, log) {
        const diagnostics = diagnosticsOut(io, flags.quiet, log);
        const letter = await readLetter(file, flags.read, diagnostics);
        if (wanted) browser ??= openChromium({ env: brief.env });
        const made = await makeBrief(letter, {
          ...brief,
          since: flags.since ? diffLetters(flags.since, letter) : undefined,
          browser: browser ? await browser : undefined,
        });
        reportDiagnostics(file, overflowDiagnostics(made.data), diagnostics);
        return { content: made.content, entry: { ...letterEntry(letter), page: pageEntry(made.data) } };
      },
      ...(brief.format === 'html'
        ? {
            index: {
              name: 'index.html',
              render: (index) => renderBriefIndex(index.letters, brief.lang ?? 'nl'),
            },
          }
        : {}),
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
