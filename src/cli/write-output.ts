/**
 * Writes a command's output, never harming what is there: standard output for none, "-" or /dev/stdout; a
 * regular file (or a new one) atomically, through a temporary file renamed into place, so it is never
 * half-written; a character device or FIFO (/dev/null, a named pipe) directly, never replaced by a file. A
 * folder, socket or block device is refused. In an --out folder only regular files are written: an existing
 * link there is refused, not followed.
 */
import { constants } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Io } from './io.js';

/** Names of standard output: written through the stream, which may be a socket that cannot be opened by name. */
const STDOUT = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** Whether an output names standard output: none, "-" or /dev/stdout. */
export const isStdout = (path: string | undefined): boolean => !path || STDOUT.has(path);

/** Why a file of this kind is not written to. */
function refusal(info: { isDirectory(): boolean; isSocket(): boolean; isBlockDevice(): boolean }): string {
  if (info.isDirectory()) return 'is a directory';
  if (info.isSocket()) return 'is a socket';
  if (info.isBlockDevice()) return 'is a block device';
  return 'is not a regular file';
}

const cannotWrite = (path: string, err: unknown): UserError =>
  err instanceof UserError
    ? err
    : new UserError(
        `${path}: cannot write output (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      );

/**
 * Refuses, before any work, an output file that could not be written: one in a folder that is not there, or a
 * folder, socket or block device in its place. (A full disk still shows only when writing.)
 */
export async function checkOutputFile(outFile: string | undefined): Promise<void> {
  if (!outFile || isStdout(outFile)) return;
  const info = await stat(outFile).catch(() => null);
  if (info && !info.isFile() && !info.isCharacterDevice() && !info.isFIFO())
    throw new UserError(`${outFile}: ${refusal(info)}; not an output file`);
  if (info) return;
  if (/[\\/]$/u.test(outFile))
    throw new UserError(`${outFile}: is not a file name; -o writes one file (--out DIR writes a folder)`);
  const folder = dirname(outFile);
  const parent = await stat(folder).catch(() => null);
  if (!parent)
    throw new UserError(`${outFile}: cannot write output: no such folder ${folder} (create it first)`);
  if (!parent.isDirectory())
    throw new UserError(`${outFile}: cannot write output: ${folder} is not a folder`);
}

/** Writes into a device or FIFO as a shell's `>>` would: no file is created, nothing is replaced. */
async function writeDirectly(path: string, content: string | Buffer): Promise<void> {
  const handle = await open(path, constants.O_WRONLY | constants.O_APPEND);
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}

/** Loaded when a file is written: write-file-atomic loads worker_threads as it starts (about 13 M instructions). */
async function writeAtomically(path: string, content: string | Buffer): Promise<void> {
  await (await import('write-file-atomic')).default(path, content);
}

export async function writeOutput(
  content: string | Buffer,
  outFile: string | undefined,
  io: Io,
): Promise<void> {
  if (!outFile || isStdout(outFile)) {
    io.stdout.write(content);
    return;
  }
  try {
    const info = await stat(outFile).catch(() => null);
    if (!info || info.isFile()) await writeAtomically(outFile, content);
    else if (info.isCharacterDevice() || info.isFIFO()) await writeDirectly(outFile, content);
    else throw new UserError(`${outFile}: ${refusal(info)}; not an output file`);
  } catch (err) {
    throw cannotWrite(outFile, err);
  }
}

/** Refuses a path in an --out folder that holds anything but a regular file: a link is never followed. */
export async function refuseAllButFile(path: string): Promise<void> {
  const info = await lstat(path).catch(() => null);
  if (info?.isSymbolicLink())
    throw new UserError(`${path}: is a symbolic link; --out writes only regular files (remove the link)`);
  if (info && !info.isFile())
    throw new UserError(`${path}: ${refusal(info)}; --out writes only regular files`);
}

/** A file in an --out folder: a regular file, new or replaced atomically; anything else there is refused. */
export async function writeIntoFolder(path: string, content: string | Buffer): Promise<void> {
  try {
    await refuseAllButFile(path);
    await writeAtomically(path, content);
  } catch (err) {
    throw cannotWrite(path, err);
  }
}
