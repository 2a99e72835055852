/** The work of `vng-brief diff`: load both sides, diff them, write the report, signal differences. */
import { appendFile } from 'node:fs/promises';
import { CheckFailed, UserError } from '../core/errors.js';
import { differs } from '../diff/count-changes.js';
import { diffLetters } from '../diff/diff-letters.js';
import { DIFF_STATUSES, type DiffStatus, type LetterDiff } from '../model/diff-schema.js';
import { loadLabels } from '../render/load-labels.js';
import { swappedDates } from '../render/phrase-diff-notes.js';
import { summaryLine } from '../render/phrase-diff-summary.js';
import { overflowSummary, renderDiffGithub } from '../render/render-diff-github.js';
import { renderDiffMarkdown } from '../render/render-diff-md.js';
import { renderDiffText } from '../render/render-diff-text.js';
import { colorsFor } from './colors.js';
import { DIFF_FORMATS, type DiffFlags, type DiffFormat } from './commands/diff.js';
import { textWidth, type Io } from './io.js';
import { isStdinPath } from '../load/read-input.js';
import { pickFormat } from './output-format.js';
import { readLetter } from './read-letter.js';
import { diagnosticsOut } from './report-diagnostics.js';
import { refuseOutputOverInput } from './same-file.js';
import { checkOutputFile, isStdout, writeOutput } from './write-output.js';

/** The statuses that fail the run: --fail-on's, or every difference with --exit-code. */
const failing = (flags: DiffFlags): readonly DiffStatus[] =>
  flags.failOn ?? (flags.exitCode ? DIFF_STATUSES.filter((s) => s !== 'kept') : []);

async function render(diff: LetterDiff, format: DiffFormat, flags: DiffFlags, io: Io): Promise<string> {
  const toStdout = isStdout(flags.output);
  const lang = flags.lang;
  switch (format) {
    case 'text':
      return renderDiffText(diff, colorsFor(toStdout ? io.stdout : null, io.env), {
        lang,
        width: textWidth(io, toStdout),
      });
    case 'md':
      return renderDiffMarkdown(diff, { lang });
    case 'json':
      return `${JSON.stringify(diff, null, 2)}\n`;
    case 'yaml':
      return (await import('yaml')).stringify(diff, { lineWidth: 0 });
    case 'github':
      return renderDiffGithub(diff, { lang, failOn: failing(flags) });
  }
}

/** Appends to the step summary file GitHub names, as its toolkit does (never replaced: other steps write it too). */
async function appendStepSummary(path: string, markdown: string): Promise<void> {
  try {
    await appendFile(path, `${markdown}\n`);
  } catch (err) {
    throw new UserError(
      `${path}: cannot write the step summary (${(err as NodeJS.ErrnoException).code ?? err})`,
    );
  }
}

export async function runDiff(oldPath: string, newPath: string, flags: DiffFlags, io: Io): Promise<void> {
  if (isStdinPath(oldPath) && isStdinPath(newPath))
    throw new UserError('-: only one side can be read from standard input');
  const format = pickFormat('diff', DIFF_FORMATS, flags.format, flags.output, () => 'text');
  await refuseOutputOverInput(flags.output, [oldPath, newPath]);
  await checkOutputFile(flags.output);
  const options = { maxBytes: flags.maxSize, format: flags.inputFormat };
  const diagnostics = diagnosticsOut(io, flags.quiet);
  const oldLetter = await readLetter(oldPath, options, diagnostics);
  const newLetter = await readLetter(newPath, options, diagnostics);
  const diff = diffLetters(oldLetter, newLetter, { oldInput: oldPath, newInput: newPath });
  const summary = `${summaryLine(diff, flags.lang)}\n`;
  await writeOutput(await render(diff, format, flags, io), flags.output, io);
  const data = format === 'json' || format === 'yaml';
  const toStdout = isStdout(flags.output);
  // the reports for people say it in their header; data and files say it here
  const swapped = swappedDates(diff, loadLabels(flags.lang));
  if (swapped && !flags.quiet && (data || !toStdout)) io.stderr.write(`vng-brief: warning: ${swapped}\n`);
  if (format === 'github' && io.env.GITHUB_STEP_SUMMARY) {
    // the annotations over GitHub's limit of 10 a kind are listed on the run's summary page
    const rest = overflowSummary(diff, { lang: flags.lang, failOn: failing(flags) });
    if (rest) await appendStepSummary(io.env.GITHUB_STEP_SUMMARY, rest);
  }
  // text, md and github end with the summary line; data carries it as data only
  if (!toStdout) io.stdout.write(summary);
  else if (data) io.stderr.write(summary);
  // the summary line above says what differs; the exit code only signals it
  if (flags.failOn ? differs(diff, flags.failOn) : flags.exitCode && differs(diff)) throw new CheckFailed();
}
