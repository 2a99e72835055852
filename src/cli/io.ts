import { isatty } from 'node:tty';

/** The streams a command writes to; tests pass their own to capture output. */
export interface Io {
  /** `columns`: a terminal's width */
  stdout: { write(s: string | Uint8Array): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** the first error writing standard output (EPIPE, ENOSPC, EBADF, …), or null; later output is dropped */
  stdoutError?: () => NodeJS.ErrnoException | null;
  /** resolves once what was written to standard output has been written, or has failed */
  flushed?: () => Promise<void>;
  /** whether standard input is piped or redirected (not a terminal): a command without a file then reads it */
  stdinPiped?: boolean;
}

/**
 * The process's streams. An error writing standard output is recorded, not thrown (an 'error' event without a
 * listener would crash with a stack): main() reports it once the command is done, or ends quietly when the
 * reader went away (`| head`).
 */
export function processIo(): Io {
  let failure: NodeJS.ErrnoException | null = null;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    failure ??= err;
  });
  // a failing stderr leaves nowhere to say so
  process.stderr.on('error', () => {});
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    // asked of the descriptor, so that a command given files never opens standard input
    stdinPiped: !isatty(0),
    stdoutError: () => failure,
    // the write's own error arrives as an event on a later tick
    flushed: () => new Promise((done) => process.stdout.write('', () => setImmediate(done))),
  };
}

/** The width to wrap text at: the terminal's, when the output goes to one; else 80 columns. */
export const textWidth = (io: Io, toStdout: boolean): number =>
  toStdout && io.stdout.isTTY && io.stdout.columns && io.stdout.columns > 0 ? io.stdout.columns : 80;
