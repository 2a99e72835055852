/**
 * A folder or a glob given where one letter is read: a usage message saying which option takes many, rather
 * than "is a directory" or "no such file" from the reader.
 */
import { stat } from 'node:fs/promises';
import { isStdinPath } from '../load/read-input.js';
import { escapeControls } from '../render/escape-output.js';

/**
 * `"letters/ is a folder: briefs of a folder need --out DIR"` for a folder, likewise for a glob (a path that is
 * not there but matches a pattern); null for a file, standard input or a path that is not there (the reader
 * says so). `outputs` names what the command makes, `how` the options that take many.
 */
export async function batchOnly(input: string, outputs: string, how: string): Promise<string | null> {
  if (isStdinPath(input)) return null;
  const info = await stat(input).catch(() => null);
  const kind = info?.isDirectory()
    ? 'folder'
    : !info && (await import('./expand-inputs.js')).isGlob(input)
      ? 'glob'
      : null;
  return kind && `${escapeControls(input)} is a ${kind}: ${outputs} of a ${kind} need ${how}`;
}
