/** Entry point: runs the program and turns every failure into a one-line message and an exit code. */
import { CheckFailed, EXIT, UserError } from '../core/errors.js';
import './zod-jitless.js';
import { CommanderError } from 'commander';
import { escapeControls, stripControls } from '../render/escape-output.js';
import { processIo, type Io } from './io.js';
import { buildProgram, type GlobalFlags } from './program.js';

/** Runs the CLI; resolves to the exit code (see EXIT). */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const code = await run(argv, io);
  await io.flushed?.();
  const failure = io.stdoutError?.() ?? null;
  // a reader that went away (`| head`) has all it wanted: the command's own exit code stands
  if (!failure || failure.code === 'EPIPE') return code;
  io.stderr.write(`vng-brief: standard output: cannot write output (${failure.code ?? failure.message})\n`);
  return code === EXIT.internal ? code : EXIT.usage;
}

async function run(argv: string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (err instanceof CheckFailed) return err.exitCode;
    // messages name files, whose names may hold control characters or line breaks: shown as escapes
    if (err instanceof UserError) {
      io.stderr.write(`vng-brief: ${escapeControls(err.message)}\n`);
      return err.exitCode;
    }
    // the first line: a bug's message may be a dump of many (the rest is in the --verbose stack)
    io.stderr.write(
      `vng-brief: internal error: ${stripControls(String((err as Error).message).split('\n')[0])}\n`,
    );
    if (program.opts<GlobalFlags>().verbose) io.stderr.write(`${stripControls((err as Error).stack)}\n`);
    else io.stderr.write('vng-brief: run again with --verbose for details, and please report it\n');
    return EXIT.internal;
  }
}
