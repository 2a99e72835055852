/**
 * Creates a folder and its missing parents, each with one mkdir. Node's `mkdir(…, { recursive: true })` loops
 * forever where mkdir fails with ENOENT below a parent that exists (`/proc/x`); one try per level cannot.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UserError } from '../core/errors.js';

export async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  try {
    for (let at = resolve(dir); ; at = dirname(at)) {
      const info = await stat(at).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
        return null;
      });
      if (info?.isDirectory()) break;
      if (info) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
      if (dirname(at) === at) break;
      missing.push(at);
    }
    for (let i = missing.length - 1; i >= 0; i--)
      await mkdir(missing[i] as string).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'EEXIST') throw err;
      });
  } catch (err) {
    throw new UserError(
      `${dir}: cannot create the output folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
}
