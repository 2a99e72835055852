/**
 * A folder or a glob given where one letter is read: a one-line error saying which options take many, rather
 * than "is a directory" or "no such file" from the reader.
 */
import { stat } from 'node:fs/promises';
import { UserError } from '../core/errors.js';
import { isStdinPath } from '../load/read-input.js';

/**
 * Throws `letters/: is a folder (briefs of a folder need --out DIR)` for a folder, likewise for a glob (a path
 * that is not there but is a pattern); a file, standard input or a path that is not there (the reader says so)
 * pass. `outputs` names what the command makes, `how` the options that take many.
 */
export async function refuseBatchInput(input: string, outputs: string, how: string): Promise<void> {
  if (isStdinPath(input)) return;
  const info = await stat(input).catch(() => null);
  const kind = info?.isDirectory()
    ? 'folder'
    : !info && (await import('./expand-inputs.js')).isGlob(input)
      ? 'glob'
      : null;
  if (kind) throw new UserError(`${input}: is a ${kind} (${outputs} of a ${kind} need ${how})`);
}
