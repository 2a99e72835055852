/** `vng-brief parse <file>`: a letter to the model, as a summary for people or JSON/YAML for tools. */
import type { Command } from 'commander';
import { parseLetterFile } from '../../index.js';
import { renderSummary } from '../../render/render-summary.js';
import { colorsFor } from '../colors.js';
import type { Io } from '../io.js';
import { parseSize } from '../options.js';
import { reportDiagnostics } from '../report-diagnostics.js';
import { writeOutput } from '../write-output.js';

interface ParseFlags {
  json?: boolean;
  yaml?: boolean;
  output?: string;
  quiet?: boolean;
  maxSize: number;
  inputFormat: 'auto' | 'markdown' | 'text';
}

export function registerParse(program: Command, io: Io): void {
  program
    .command('parse')
    .description('read a letter (Markdown or plain text) into the structured model')
    .argument('<file>', 'letter file, or - for standard input')
    .option('--json', 'print the model as JSON')
    .option('--yaml', 'print the model as YAML')
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .option('-q, --quiet', 'do not print warnings')
    .option('--max-size <bytes>', 'refuse larger inputs (e.g. 5MB, 200KB)', parseSize, 5 * 1024 * 1024)
    .option('--input-format <format>', 'auto, markdown or text', 'auto')
    .addHelpText(
      'after',
      `
Examples:
  $ vng-brief parse letters/2024-09-05-vng-inbreng-cd-mensenhandel-en-prostitutie.txt
  $ vng-brief parse letter.md --json -o letter.json
  $ cat letter.txt | vng-brief parse - --yaml`,
    )
    .action(async (file: string, flags: ParseFlags) => {
      const letter = await parseLetterFile(file, { maxBytes: flags.maxSize, format: flags.inputFormat });
      if (!flags.quiet) reportDiagnostics(file, letter.diagnostics, io.stderr, colorsFor(io.stderr, io.env));
      let content: string;
      if (flags.json) content = `${JSON.stringify(letter, null, 2)}\n`;
      else if (flags.yaml) content = (await import('yaml')).stringify(letter, { lineWidth: 0 });
      else content = renderSummary(letter, colorsFor(flags.output ? {} : io.stdout, io.env));
      await writeOutput(content, flags.output, io);
    });
}
