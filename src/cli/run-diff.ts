/** The work of `vng-brief diff`: load both sides, diff them, write the report, signal differences. */
import { differs, summaryLine } from '../diff/count-changes.js';
import { diffLetters } from '../diff/diff-letters.js';
import { loadSide } from '../diff/load-side.js';
import { renderDiffGithub } from '../diff/render-diff-github.js';
import { renderDiffMarkdown } from '../diff/render-diff-md.js';
import { renderDiffText } from '../diff/render-diff-text.js';
import { UserError } from '../read/read-file.js';
import { CheckFailed } from './check-failed.js';
import { colorsFor } from './colors.js';
import type { DiffFlags } from './commands/diff.js';
import type { Io } from './io.js';
import { writeOutput } from './write-output.js';

export async function runDiff(oldPath: string, newPath: string, flags: DiffFlags, io: Io): Promise<void> {
  if (oldPath === '-' && newPath === '-')
    throw new UserError('-: only one side can be read from standard input');
  const options = { maxBytes: flags.maxSize };
  const [oldLetter, newLetter] = [await loadSide(oldPath, options), await loadSide(newPath, options)];
  const diff = diffLetters(oldLetter, newLetter, { oldInput: oldPath, newInput: newPath });
  const summary = `${summaryLine(diff)}\n`;
  const colours = colorsFor(flags.output ? {} : io.stdout, io.env);
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
