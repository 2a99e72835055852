import { isatty } from 'node:tty';

/** The streams a command writes to; tests pass their own to capture output. */
export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** whether standard input is piped or redirected (not a terminal): a command without a file then reads it */
  stdinPiped?: boolean;
}

/** The process's streams. A reader that closes the pipe early (`| head`) ends the run quietly, as Unix tools do. */
export function processIo(): Io {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  // asked of the descriptor, so that a command given files never opens standard input
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, stdinPiped: !isatty(0) };
}
