/**
 * Whether two paths name the same file (device and inode, so a symbolic link, a hard link or `./a.txt` for
 * `a.txt` is caught): an output must never replace one of the command's inputs.
 */
import { fstatSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { UserError } from '../core/errors.js';
import { isStdinPath } from '../load/read-input.js';

/** A file's identity: its device and inode. */
export const keyOf = (info: Stats): string => `${info.dev}:${info.ino}`;

/** The identity of what a path names (following links), or of standard input; null when there is none. */
export async function identityOf(path: string): Promise<string | null> {
  try {
    return keyOf(isStdinPath(path) ? fstatSync(0) : await stat(path));
  } catch {
    return null;
  }
}

/**
 * Refuses an output file that is one of the inputs, before any work. Only a regular file can be replaced: a
 * device or FIFO that is both input and output (a terminal) is written to, not replaced, so it is allowed.
 */
export async function refuseOutputOverInput(
  output: string | undefined,
  inputs: readonly (string | undefined)[],
): Promise<void> {
  if (!output || output === '-') return;
  const info = await stat(output).catch(() => null);
  if (!info?.isFile()) return;
  const key = keyOf(info);
  for (const input of inputs) {
    if (input === undefined || (await identityOf(input)) !== key) continue;
    const same = input === output ? 'is' : `is the same file as ${input},`;
    throw new UserError(
      `${output}: ${same} an input of this command; not writing over it (choose another -o)`,
    );
  }
}
