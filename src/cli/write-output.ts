/** Writes a command's output to stdout or, with -o, atomically to a file (never a half-written file). */
import { UserError } from '../core/errors.js';
import writeFileAtomic from 'write-file-atomic';
import type { Io } from './io.js';

export async function writeOutput(content: string, outFile: string | undefined, io: Io): Promise<void> {
  if (!outFile || outFile === '-') {
    io.stdout.write(content);
    return;
  }
  try {
    await writeFileAtomic(outFile, content, 'utf8');
  } catch (err) {
    throw new UserError(
      `${outFile}: cannot write output (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
}
