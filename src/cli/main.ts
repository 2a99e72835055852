/** Entry point: runs the program and turns every failure into a one-line message and an exit code. */
import { CheckFailed, EXIT, UserError } from '../core/errors.js';
import './zod-jitless.js';
import { CommanderError } from 'commander';
import { stripControls } from '../render/escape-output.js';
import { processIo, type Io } from './io.js';
import { buildProgram, type GlobalFlags } from './program.js';

/** Runs the CLI; resolves to the exit code (see EXIT). */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (err instanceof CheckFailed) return err.exitCode;
    // messages name files, whose names may hold control characters or line breaks
    if (err instanceof UserError) {
      io.stderr.write(`vng-brief: ${stripControls(err.message, { oneLine: true })}\n`);
      return err.exitCode;
    }
    io.stderr.write(`vng-brief: internal error: ${stripControls((err as Error).message)}\n`);
    if (program.opts<GlobalFlags>().verbose) io.stderr.write(`${stripControls((err as Error).stack)}\n`);
    else io.stderr.write('vng-brief: run again with --verbose for details, and please report it\n');
    return EXIT.internal;
  }
}
