/** The commander program: global options and one registered command per file in commands/. */
import { Command } from 'commander';
import { VERSION } from '../core/version.js';
import { registerBrief } from './commands/brief.js';
import { registerDiff } from './commands/diff.js';
import { registerParse } from './commands/parse.js';
import { registerSchema } from './commands/schema.js';
import { registerTemplates } from './commands/templates.js';
import type { Io } from './io.js';

/** The options every command takes (commander reads them before or after the command's name). */
export interface GlobalFlags {
  quiet?: boolean;
}

export function buildProgram(io: Io): Command {
  const program = new Command('vng-brief')
    .description('Turn Dutch lobby letters into structured briefs: parse, brief, diff.')
    .version(VERSION, '-V, --version')
    .option('-q, --quiet', 'do not print warnings or progress')
    .configureHelp({ showGlobalOptions: true })
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();
  registerParse(program, io);
  registerBrief(program, io);
  registerSchema(program, io);
  registerDiff(program, io);
  registerTemplates(program, io);
  program.commands.forEach((c) => c.exitOverride().configureOutput(program.configureOutput()));
  program.addHelpText(
    'after',
    `
Examples:
  $ vng-brief parse letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt
  $ vng-brief parse letter.txt --json -o letter.json
  $ vng-brief brief letter.txt --format html -o brief.html
  $ vng-brief diff old.txt new.txt --format md --fail-on dropped
  $ vng-brief parse letters/ --out out/
  $ vng-brief schema diff

Exit codes: 0 ok, 1 a check failed, 2 usage error or unreadable input.`,
  );
  return program;
}
