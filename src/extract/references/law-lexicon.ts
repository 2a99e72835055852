/** The law lexicon of src/data/laws.yaml, validated once, with lookups by name key and abbreviation. */
import { z } from 'zod';
import raw from '../../data/laws.yaml';

const LawsSchema = z.object({
  laws: z.array(
    z.object({
      name: z.string(),
      id: z.string().nullable(),
      abbreviations: z.array(z.string()).default([]),
      aliases: z.array(z.string()).default([]),
      articleOnly: z.array(z.string()).default([]),
      citeAs: z.string().optional(),
    }),
  ),
  articleDefaults: z.array(z.object({ article: z.coerce.string(), law: z.string() })).default([]),
  genericCompounds: z.array(z.string()).default([]),
  nameStopWords: z.array(z.array(z.string())),
  nameJoinWords: z.array(z.string()),
});

export interface LawEntry {
  readonly name: string;
  readonly id: string | null;
  readonly abbreviations: readonly string[];
  readonly aliases: readonly string[];
  readonly articleOnly: readonly string[];
  /** how article ids name this law ("Sr", "Gemeentewet") */
  readonly citeAs: string;
}

export interface LawLexicon {
  readonly laws: readonly LawEntry[];
  /** lawKey(name or alias) → entry */
  readonly byKey: ReadonlyMap<string, LawEntry>;
  /** abbreviation or articleOnly form (case as written) → entry */
  readonly byAbbreviation: ReadonlyMap<string, LawEntry>;
  /** article number (lower case) → the law it belongs to when none is named */
  readonly articleDefaults: ReadonlyMap<string, LawEntry>;
  readonly genericCompounds: ReadonlySet<string>;
  /** lower-case words that end a name */
  readonly stopWords: ReadonlySet<string>;
  /** lower-case words that may join the words of a name */
  readonly joinWords: ReadonlySet<string>;
}

const HEAD_WORDS = new Set(['wetsvoorstel', 'wetsontwerp', 'voorstel', 'wet', 'van', 'voor', 'het', 'de']);

let cached: LawLexicon | undefined;

/**
 * A comparison key for law and bill names: lower case, quotes, heads ("wetsvoorstel", "Wet") and joining words
 * dropped, so "Wetsvoorstel gemeentelijk toezicht op de seksbedrijven" and "Wet gemeentelijk toezicht op
 * seksbedrijven" share one key.
 */
export function lawKey(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  let i = 0;
  while (i < words.length - 1 && HEAD_WORDS.has(words[i] as string)) i++;
  const join = lawLexicon().joinWords;
  return words
    .slice(i)
    .filter((w) => !join.has(w))
    .join(' ');
}

export function lawLexicon(): LawLexicon {
  if (cached) return cached;
  const data = LawsSchema.parse(raw);
  const joinWords = new Set(data.nameJoinWords.map((w) => w.toLowerCase()));
  const laws: LawEntry[] = data.laws.map((l) => ({
    ...l,
    citeAs: l.citeAs ?? l.abbreviations[0] ?? l.name,
  }));
  const byAbbreviation = new Map<string, LawEntry>();
  for (const l of laws) for (const a of [...l.abbreviations, ...l.articleOnly]) byAbbreviation.set(a, l);
  const byName = new Map(laws.map((l) => [l.name.toLowerCase(), l] as const));
  const articleDefaults = new Map<string, LawEntry>();
  for (const d of data.articleDefaults) {
    const law = byName.get(d.law.toLowerCase());
    if (law) articleDefaults.set(d.article.toLowerCase(), law);
  }
  cached = {
    laws,
    byKey: new Map(),
    byAbbreviation,
    articleDefaults,
    genericCompounds: new Set(data.genericCompounds.map((w) => w.toLowerCase())),
    stopWords: new Set(data.nameStopWords.flat().map((w) => w.toLowerCase())),
    joinWords,
  };
  // keys need the join words, so they are filled once the lexicon is cached
  const byKey = cached.byKey as Map<string, LawEntry>;
  for (const l of laws) for (const n of [l.name, ...l.aliases]) byKey.set(lawKey(n), l);
  return cached;
}

/** The lexicon entry a law or bill name refers to, if any. */
export const lookupLaw = (text: string): LawEntry | undefined => lawLexicon().byKey.get(lawKey(text));
