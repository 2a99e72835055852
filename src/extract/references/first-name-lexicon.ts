/** The given names of src/data/first-names.yaml (generated from npm name lists), validated once. */
import { z } from 'zod';
import raw from '../../data/first-names.yaml';

const FirstNamesSchema = z.object({ firstNames: z.array(z.string()) });

let cached: ReadonlySet<string> | undefined;

/** Given names as written ("Anna", "Jan-Willem"). */
export function firstNames(): ReadonlySet<string> {
  cached ??= new Set(FirstNamesSchema.parse(raw).firstNames);
  return cached;
}
