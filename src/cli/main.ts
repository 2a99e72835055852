/** Entry point: runs the program and turns every failure into a one-line message and an exit code. */
import { CheckFailed, UserError } from '../core/errors.js';
import './zod-jitless.js';
import { CommanderError } from 'commander';
import { processIo, type Io } from './io.js';
import { buildProgram } from './program.js';

/** Runs the CLI; resolves to the exit code (0 ok, 1 check failed, 2 usage or input error). */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const verbose = argv.includes('--verbose');
  try {
    await buildProgram(io).parseAsync(argv.filter((a) => a !== '--verbose'));
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof CheckFailed) return err.exitCode;
    if (err instanceof UserError) {
      io.stderr.write(`vng-brief: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr.write(`vng-brief: internal error: ${(err as Error).message}\n`);
    if (verbose) io.stderr.write(`${(err as Error).stack}\n`);
    else io.stderr.write('vng-brief: run again with --verbose for details, and please report it\n');
    return 70;
  }
}
