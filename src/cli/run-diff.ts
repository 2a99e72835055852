/** The work of `vng-brief diff`: load both sides, diff them, write the report, signal differences. */
import { CheckFailed, UserError } from '../core/errors.js';
import { differs, summaryLine } from '../diff/count-changes.js';
import { diffLetters } from '../diff/diff-letters.js';
import { renderDiffGithub } from '../render/render-diff-github.js';
import { renderDiffMarkdown } from '../render/render-diff-md.js';
import { renderDiffText } from '../render/render-diff-text.js';
import { colorsFor } from './colors.js';
import type { DiffFlags } from './commands/diff.js';
import type { Io } from './io.js';
import { isStdinPath } from '../load/read-input.js';
import { readLetter } from './read-letter.js';
import { diagnosticsOut } from './report-diagnostics.js';
import { refuseOutputOverInput } from './same-file.js';
import { writeOutput } from './write-output.js';

export async function runDiff(oldPath: string, newPath: string, flags: DiffFlags, io: Io): Promise<void> {
  if (isStdinPath(oldPath) && isStdinPath(newPath))
    throw new UserError('-: only one side can be read from standard input');
  await refuseOutputOverInput(flags.output, [oldPath, newPath]);
  const options = { maxBytes: flags.maxSize };
  const diagnostics = diagnosticsOut(io, flags.quiet);
  const oldLetter = await readLetter(oldPath, options, diagnostics);
  const newLetter = await readLetter(newPath, options, diagnostics);
  const diff = diffLetters(oldLetter, newLetter, { oldInput: oldPath, newInput: newPath });
  const summary = `${summaryLine(diff)}\n`;
  const colours = colorsFor(flags.output ? null : io.stdout, io.env);
  const content = {
    text: () => renderDiffText(diff, colours),
    md: () => renderDiffMarkdown(diff),
    json: () => `${JSON.stringify(diff, null, 2)}\n`,
    github: () => renderDiffGithub(diff),
  }[flags.format]();
  await writeOutput(content, flags.output, io);
  // text, md and github end with the summary line; JSON carries it as data only
  if (flags.output) io.stdout.write(summary);
  else if (flags.format === 'json') io.stderr.write(summary);
  // the summary line above says what differs; the exit code only signals it
  if (flags.failOn ? differs(diff, flags.failOn) : flags.exitCode && differs(diff)) throw new CheckFailed();
}
