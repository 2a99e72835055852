/**
 * Standard input as the letter a command was not given, when it is piped or redirected (`cat letter.txt |
 * vng-brief brief`, `vng-brief parse < letter.pdf`), as pandoc and jq read it. On a terminal a missing letter is
 * the usage error it always was: nobody is typing a letter there.
 */
import { EXIT } from '../core/errors.js';
import type { Command } from 'commander';
import type { Io } from './io.js';

/** `given`, or "-" when it is missing and standard input is piped; else a usage error naming the argument. */
export function orStdin(given: string | undefined, name: string, io: Io, cmd: Command): string {
  if (given !== undefined) return given;
  if (io.stdinPiped) return '-';
  return cmd.error(`error: missing required argument '${name}'`, {
    exitCode: EXIT.usage,
    code: 'commander.missingArgument',
  });
}
