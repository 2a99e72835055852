/**
 * Keys a schema does not know, in data meant for it: zod leaves them out without a word (only a strict object
 * reports them), so a misspelt key in a word list or a config file would be ignored.
 */
import type { z } from 'zod';

/** The parts of a zod schema's definition (zod's `.def`) the search follows. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The paths of the keys in `value` that `schema` does not know (a strict object's are left to zod). */
export function findUnknownKeys(schema: z.ZodType, value: unknown): PropertyKey[][] {
  const def = schema.def as Def;
  const under = (key: PropertyKey, inner: z.ZodType, v: unknown) =>
    findUnknownKeys(inner, v).map((path) => [key, ...path]);
  // optional, default, nullable, readonly: the schema they wrap
  if (def.innerType) return findUnknownKeys(def.innerType, value);
  if (def.type === 'object' && isMapping(value))
    return Object.entries(value).flatMap(([key, v]) => {
      const field = def.shape?.[key];
      if (field) return under(key, field, v);
      return def.catchall ? [] : [[key]];
    });
  if (def.type === 'array' && Array.isArray(value)) return value.flatMap((v, i) => under(i, def.element!, v));
  if (def.type === 'record' && isMapping(value))
    return Object.entries(value).flatMap(([key, v]) => under(key, def.valueType!, v));
  return [];
}
