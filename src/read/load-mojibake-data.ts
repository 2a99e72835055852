/** The editable lists behind the Latin Extended-B repair (src/data/mojibake.yaml), validated once. */
import { z } from 'zod';
import { defineLexicon } from '../core/load-lexicon.js';
import source from '../data/mojibake.yaml';

const MojibakeDataSchema = () =>
  z.object({
    dutchLetters: z.string().min(1),
    never: z.string(),
    realLetters: z.string(),
  });

export interface MojibakeData {
  readonly dutchLetters: ReadonlySet<string>;
  readonly never: ReadonlySet<string>;
  readonly realLetters: ReadonlySet<string>;
}

export const mojibakeData = defineLexicon(source, MojibakeDataSchema, (raw): MojibakeData => ({
  dutchLetters: new Set(raw.dutchLetters),
  never: new Set(raw.never),
  realLetters: new Set(raw.realLetters),
}));
