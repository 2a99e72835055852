/** `vng-brief schema [name]`: the JSON Schema generated from the zod model, as JSON or YAML. */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { SCHEMA_NAMES, type SchemaName } from '../../model/schema-names.js';
import type { Io } from '../io.js';
import { formatOption, pickFormat, type FormatTable } from '../output-format.js';
import { checkOutputFile, writeOutput } from '../write-output.js';

const SCHEMA_FORMATS: FormatTable<'json' | 'yaml'> = { json: ['.json'], yaml: ['.yaml', '.yml'] };

export function registerSchema(program: Command, io: Io): void {
  program
    .command('schema')
    .description('print the JSON Schema of a model')
    .argument(
      '[name]',
      `one of: ${SCHEMA_NAMES.join(', ')}`,
      (v: string) => {
        if (!SCHEMA_NAMES.includes(v as SchemaName))
          throw new InvalidArgumentError(`expected one of: ${SCHEMA_NAMES.join(', ')}`);
        return v;
      },
      'letter',
    )
    .addOption(formatOption(SCHEMA_FORMATS, 'the extension of -o, else json'))
    .option('-o, --output <file>', 'write to a file (atomically); its extension sets the format')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vng-brief schema > letter.schema.json\n  $ vng-brief schema diff -o diff.schema.yaml',
    )
    .action(async (name: SchemaName, flags: { output?: string; format?: 'json' | 'yaml' }) => {
      const format = pickFormat('schema', SCHEMA_FORMATS, flags.format, flags.output, () => 'json');
      await checkOutputFile(flags.output);
      // the schemas are built only for this command
      const schema = (await import('../../model/json-schema.js')).jsonSchema(name);
      const content =
        format === 'yaml'
          ? (await import('yaml')).stringify(schema, { lineWidth: 0 })
          : `${JSON.stringify(schema, null, 2)}\n`;
      await writeOutput(content, flags.output, io);
    });
}
