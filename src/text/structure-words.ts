/** The structure word lists of src/data/structure.yaml, validated once. */
import { z } from 'zod';
import { defineLexicon } from '../core/load-lexicon.js';
import source from '../data/structure.yaml';

const StructureSchema = () =>
  z.object({
    labels: z.array(z.object({ name: z.string(), words: z.array(z.string()) })),
    salutations: z.array(z.string()),
    closings: z.array(z.string()),
    lineEndWords: z.array(z.string()),
  });

export interface StructureWords {
  /** lower-cased label → field name */
  readonly labels: ReadonlyMap<string, string>;
  readonly salutations: readonly string[];
  readonly closings: readonly string[];
  readonly lineEndWords: ReadonlySet<string>;
}

export const structureWords = defineLexicon(source, StructureSchema, (data): StructureWords => ({
  labels: new Map(data.labels.flatMap((l) => l.words.map((w) => [w.toLowerCase(), l.name] as const))),
  salutations: data.salutations.map((s) => s.toLowerCase()),
  closings: data.closings.map((s) => s.toLowerCase()),
  lineEndWords: new Set(data.lineEndWords.map((w) => w.toLowerCase())),
}));

const startsWithAny = (line: string, prefixes: readonly string[]): boolean => {
  const l = line.trim().toLowerCase();
  return prefixes.some((p) => l.startsWith(p) && !/\p{L}/u.test(l.charAt(p.length)));
};

/** Opens with salutation words, comma or not: "Aan de leden van de vaste commissie" is no title. */
export const opensLikeSalutation = (line: string): boolean =>
  startsWithAny(line, structureWords().salutations);

/** "Geachte leden van …," opens the body. */
export const isSalutation = (line: string): boolean =>
  opensLikeSalutation(line) && /,\s*$|^\S+\s*$/.test(line.trim()) === true;

/** An address line: "Aan" first, as a salutation may open too ("Aan de leden van de commissie,"). */
const ADDRESSES = /^\s*aan\s/iu;
/** "Aan de Voorzitter van de Tweede Kamer …": a line that addresses the letter, no prose and no title. */
export const isAddressLine = (line: string): boolean => ADDRESSES.test(line) && opensLikeSalutation(line);

/** The longest line that goes on with an address (a body sentence is longer, or ends). */
const MAX_ADDRESS_LINE = 60;

/**
 * Line k of a block opens the body as its salutation; not an address wrapped after a comma, whose block goes on with
 * a short line ("Aan de leden van de vaste commissie voor Landbouw," / "Natuur en Voedselkwaliteit …").
 */
export function salutationAt(lines: readonly string[], k: number): boolean {
  const line = lines[k] ?? '';
  if (!isSalutation(line)) return false;
  const next = lines[k + 1]?.trim() ?? '';
  return !(ADDRESSES.test(line) && next !== '' && next.length <= MAX_ADDRESS_LINE && !/[.!?:]$/u.test(next));
}

/** "Met vriendelijke groet," closes it. */
export const isClosing = (line: string): boolean => startsWithAny(line, structureWords().closings);
