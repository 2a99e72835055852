/**
 * Every error the tool reports on purpose, and the exit codes. A UserError is one line naming the file and the
 * problem (exit 2); anything else that escapes is a bug (exit 70, the stack only with --verbose).
 */

/** Exit codes of the CLI: 0 ok, 1 a check failed (diff --exit-code / --fail-on, a bad file in a batch), 2 usage,
 * unreadable input or unwritable output, 70 internal error (a bug: please report it). */
export const EXIT = { ok: 0, checkFailed: 1, usage: 2, internal: 70 } as const;

/** An error about the user's input or command line: printed as one line, exit code 2. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A UserError for a list of problems (a config file's): the first, and how many more there are, on one line. */
export function problemsError(problems: readonly string[]): UserError {
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new UserError(`${problems[0]}${more}`);
}

/** Bytes that are not a letter (empty, binary, unsupported encoding); the message is one short line without the
 * file name, which the caller adds. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Ends a command with exit code 1 and no message: the command has already said what failed (a summary line). */
export class CheckFailed extends Error {
  readonly exitCode = EXIT.checkFailed;
  constructor() {
    super('check failed');
    this.name = 'CheckFailed';
  }
}
