/** The commander program: global options and one registered command per file in commands/. */
import { Command } from 'commander';
import { EXIT } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { stripControls } from '../render/escape-output.js';
import { applyConfig, type ConfigFlags } from './apply-config.js';
import { registerBrief } from './commands/brief.js';
import { registerDiff } from './commands/diff.js';
import { registerParse } from './commands/parse.js';
import { registerSchema } from './commands/schema.js';
import { registerTemplates } from './commands/templates.js';
import type { Io } from './io.js';

/** The options every command takes (commander reads them before or after the command's name). */
export interface GlobalFlags extends ConfigFlags {
  quiet?: boolean;
  verbose?: boolean;
}

/** Shown under every command's help and the program's. */
const EXIT_CODES = `
Exit codes:
  ${EXIT.ok}   ok
  ${EXIT.checkFailed}   a check failed: diff --exit-code or --fail-on found differences, or a letter in a batch failed
  ${EXIT.usage}   usage error, unreadable input or unwritable output
  ${EXIT.internal}  internal error, a bug: run again with --verbose and please report it`;

export function buildProgram(io: Io): Command {
  const program = new Command('vng-brief')
    .description('Turn Dutch lobby letters into structured briefs: parse, brief, diff.')
    .version(VERSION, '-V, --version')
    .option('-q, --quiet', 'do not print warnings or progress')
    .option('--verbose', 'print the stack trace of an internal error')
    .option('--config <file>', 'read this config file (default: .vng-brief.yaml here or in a folder above)')
    .option('--no-config', 'read no config file')
    .configureHelp({ showGlobalOptions: true })
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // a usage error quotes the command line (an option, a file name), which may hold control characters
      outputError: (s, write) => write(`${stripControls(s.trimEnd(), { oneLine: true })}\n`),
    })
    .exitOverride()
    // the config file's word lists and defaults, once the command line is read and before the command runs
    .hook('preAction', (_, command) => applyConfig(program, command, program.opts<GlobalFlags>()));
  registerParse(program, io);
  registerBrief(program, io);
  registerSchema(program, io);
  registerDiff(program, io);
  registerTemplates(program, io);
  for (const command of program.commands)
    command.exitOverride().configureOutput(program.configureOutput()).addHelpText('after', EXIT_CODES);
  program.addHelpText(
    'after',
    `
Examples:
  $ vng-brief parse letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt
  $ vng-brief parse letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt -o letter.json
  $ vng-brief brief letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt -o brief.html
  $ vng-brief diff letters/2022-02-18-vng-meer-zicht-nodig-op-mensenhandel.txt \\
      letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt -o report.md --fail-on dropped
  $ vng-brief parse letters/ --out models/
  $ vng-brief schema diff
${EXIT_CODES}`,
  );
  return program;
}
