/** `vng-brief schema [name]`: the JSON Schema generated from the zod model. */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { SCHEMA_NAMES, jsonSchema, type SchemaName } from '../../model/json-schema.js';
import type { Io } from '../io.js';
import { writeOutput } from '../write-output.js';

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
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addHelpText(
      'after',
      '\nExamples:\n  $ vng-brief schema > letter.schema.json\n  $ vng-brief schema letter -o schema/letter.schema.json',
    )
    .action(async (name: SchemaName, flags: { output?: string }) => {
      await writeOutput(`${JSON.stringify(jsonSchema(name), null, 2)}\n`, flags.output, io);
    });
}
