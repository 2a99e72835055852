/** Reads a letter's bytes from a path or standard input ("-"), with one-line errors for every way that fails. */
import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../core/errors.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a letter',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'no such file (a part of the path is not a directory)',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

const describe = (err: unknown): string => {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (err as Error).message;
};

/** The bytes of a file, or of stdin for "-"; refuses directories and files over maxBytes. */
export async function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  if (path === '-') return readStdin(maxBytes);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UserError(`${path}: ${REASONS.EISDIR}`);
    if (info.size > maxBytes)
      throw new UserError(`${path}: file is larger than ${formatBytes(maxBytes)} (raise --max-size)`);
    return await readFile(path);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${path}: ${describe(err)}`);
  }
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes)
      throw new UserError(`-: input is larger than ${formatBytes(maxBytes)} (raise --max-size)`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
