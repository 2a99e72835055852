/** The published JSON Schemas, generated from the zod schemas (never written by hand). */
import { z } from 'zod';
import { DiffSchema } from './diff-schema.js';
import { LetterSchema } from './schema.js';
import type { SchemaName } from './schema-names.js';

export { SCHEMA_NAMES, type SchemaName } from './schema-names.js';

const SCHEMAS: Readonly<Record<SchemaName, z.ZodType>> = { letter: LetterSchema, diff: DiffSchema };

/** The JSON Schema (draft 2020-12) of a model. */
export function jsonSchema(name: SchemaName): Record<string, unknown> {
  return z.toJSONSchema(SCHEMAS[name], { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}
