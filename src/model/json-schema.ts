/** The published JSON Schemas, generated from the zod schemas (never written by hand). */
import { z } from 'zod';
import { DiffSchema } from './diff-schema.js';
import { LetterSchema } from './schema.js';

const SCHEMAS = { letter: LetterSchema, diff: DiffSchema } as const;
export type SchemaName = keyof typeof SCHEMAS;
export const SCHEMA_NAMES = Object.keys(SCHEMAS) as SchemaName[];

/** The JSON Schema (draft 2020-12) of a model. */
export function jsonSchema(name: SchemaName): Record<string, unknown> {
  return z.toJSONSchema(SCHEMAS[name], { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}
