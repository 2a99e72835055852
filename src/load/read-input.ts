/**
 * Reads a letter's bytes from a path or standard input ("-"), with one-line errors for every way that fails. The
 * size limit is kept while reading, never taken from `stat` alone: a device (/dev/zero), a FIFO, a pipe
 * (/dev/stdin, process substitution) reports no size and may never end.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { UserError } from '../core/errors.js';
import { DEFAULT_MAX_BYTES, formatBytes } from '../read/size-limits.js';

export { DEFAULT_MAX_BYTES };

/** Names of standard input: read as a stream, since it may be a socket, which cannot be opened by name. */
const STDIN = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

export const isStdinPath = (path: string): boolean => STDIN.has(path);

/** A path as messages name it: "-" is standard input (as "standard output" is named). */
export const nameOf = (path: string): string => (path === '-' ? 'standard input' : path);

/** Bytes asked for per read. */
const CHUNK = 64 * 1024;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a letter',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'no such file (a part of the path is not a directory)',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  ENXIO: 'cannot be opened for reading (a socket or a device without a reader)',
};

const describe = (err: unknown): string => {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (err as Error).message;
};

/** The error readBounded throws past its limit. */
const tooLarge = (): NodeJS.ErrnoException => Object.assign(new Error('too large'), { code: 'EFBIG' });

/** Chunks from any source until it ends or passes `limit` bytes (then an EFBIG error). */
async function collect(chunks: AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    parts.push(chunk);
  }
  return Buffer.concat(parts, size);
}

/** Reads of an open file until it ends; each read asks for CHUNK bytes. */
async function* chunksOf(handle: FileHandle): AsyncIterable<Uint8Array> {
  for (;;) {
    const buffer = Buffer.allocUnsafe(CHUNK);
    const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
  }
}

/**
 * The bytes of a file (a regular file, a device, a FIFO, /dev/stdin) or of stdin for "-", never more than
 * `limit`: past it an error with code EFBIG; a folder gives EISDIR; other errors as the file system gives them.
 */
export async function readBounded(path: string, limit: number): Promise<Uint8Array> {
  if (STDIN.has(path)) return collect(process.stdin, limit);
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.isFile() && info.size > limit) throw tooLarge();
    return await collect(chunksOf(handle), limit);
  } finally {
    await handle.close();
  }
}

/** The bytes of a letter at a path, or of stdin for "-"; refuses directories and anything over maxBytes. */
export async function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await readBounded(path, maxBytes);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EFBIG')
      throw new UserError(
        `${nameOf(path)}: ${path === '-' ? 'more' : 'file is larger'} than ${formatBytes(maxBytes)} (raise --max-size)`,
      );
    throw new UserError(`${nameOf(path)}: ${describe(err)}`);
  }
  // a command given no letter reads standard input when it is not a terminal (CI gives /dev/null): say what to do
  if (path === '-' && bytes.length === 0)
    throw new UserError('standard input: empty (name a letter file, or pipe a letter in)');
  return bytes;
}
