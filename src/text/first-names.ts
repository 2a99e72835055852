/** The given names of src/data/first-names.yaml (generated from npm name lists), validated once. */
import { z } from 'zod';
import { defineLexicon } from '../core/load-lexicon.js';
import source from '../data/first-names.yaml';

/** Given names as written ("Anna", "Jan-Willem"). */
export const firstNames = defineLexicon(
  source,
  () => z.object({ firstNames: z.array(z.string()) }),
  (data): ReadonlySet<string> => new Set(data.firstNames),
);
