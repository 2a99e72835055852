/** The models with a published JSON Schema (model/json-schema.ts): apart, so naming them builds no schema. */
export type SchemaName = 'letter' | 'diff';
export const SCHEMA_NAMES: SchemaName[] = ['letter', 'diff'];
