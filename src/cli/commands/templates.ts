/** `vng-brief templates`: the built-in brief templates and where they are, to copy and edit. */
import type { Command } from 'commander';
import { listOwnTemplates, listTemplates, templatesDir } from '../../render/resolve-template.js';
import type { Io } from '../io.js';

export function registerTemplates(program: Command, io: Io): void {
  program
    .command('templates')
    .description('list the brief templates with their paths: your own (--templates) and the built-in ones')
    .option('--templates <dir>', 'a folder of your own templates (default: templates of the config file)')
    .addHelpText(
      'after',
      `
Copy one, edit it, and use the copy:
  $ cp "$(vng-brief templates | awk '$2 == "md" {print $3}')" mine.md.liquid
  $ vng-brief brief letters/2022-02-18-vng-meer-zicht-nodig-op-mensenhandel.txt --template ./mine.md.liquid`,
    )
    .action((flags: { templates?: string }) => {
      const templates = [...(flags.templates ? listOwnTemplates(flags.templates) : []), ...listTemplates()];
      if (!templates.length) {
        io.stdout.write(`no templates found in ${templatesDir()}\n`);
        return;
      }
      const width = Math.max(...templates.map((t) => t.name.length));
      for (const t of templates)
        io.stdout.write(`${t.name.padEnd(width)}  ${(t.format ?? '-').padEnd(4)}  ${t.path}\n`);
      io.stdout.write(
        `\nVariables: see README.md ("Variables a template receives"). Use a copy with --template ./mine.${templates[0]?.format ?? 'md'}.liquid\n`,
      );
    });
}
