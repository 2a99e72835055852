/** The law lexicon of src/data/laws.yaml, validated once, with lookups by name key and abbreviation. */
import { z } from 'zod';
import { defineLexicon } from '../../core/load-lexicon.js';
import source from '../../data/laws.yaml';
import { letterDigitWords } from '../../text/letter-or-digit.js';

const LawsSchema = () =>
  z.object({
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
    nameHeadWords: z.array(z.string()),
    nameDeterminers: z.array(z.string()),
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
  /** lower-case words a name key starts after ("wetsvoorstel", "wet", "van") */
  readonly headWords: ReadonlySet<string>;
  /** lower-case determiners: "en"/"of" before one starts a new phrase */
  readonly determiners: ReadonlySet<string>;
}

type KeyWords = Pick<LawLexicon, 'headWords' | 'joinWords'>;

/** lawKey with the words it drops given: the lexicon's keys are made while it is compiled. */
function keyOf(text: string, { headWords, joinWords }: KeyWords): string {
  const words = letterDigitWords(text.toLowerCase(), '-');
  let i = 0;
  while (i < words.length - 1 && headWords.has(words[i] as string)) i++;
  return words
    .slice(i)
    .filter((w) => !joinWords.has(w))
    .join(' ');
}

/**
 * A comparison key for law and bill names: lower case, quotes, heads ("wetsvoorstel", "Wet") and joining words
 * dropped, so "Wetsvoorstel gemeentelijk toezicht op de seksbedrijven" and "Wet gemeentelijk toezicht op
 * seksbedrijven" share one key.
 */
export const lawKey = (text: string): string => keyOf(text, lawLexicon());

export const lawLexicon = defineLexicon(source, LawsSchema, (data): LawLexicon => {
  const keyWords: KeyWords = {
    headWords: new Set(data.nameHeadWords.map((w) => w.toLowerCase())),
    joinWords: new Set(data.nameJoinWords.map((w) => w.toLowerCase())),
  };
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
  const byKey = new Map<string, LawEntry>();
  for (const l of laws) for (const n of [l.name, ...l.aliases]) byKey.set(keyOf(n, keyWords), l);
  return {
    laws,
    byKey,
    byAbbreviation,
    articleDefaults,
    genericCompounds: new Set(data.genericCompounds.map((w) => w.toLowerCase())),
    stopWords: new Set(data.nameStopWords.flat().map((w) => w.toLowerCase())),
    ...keyWords,
    determiners: new Set(data.nameDeterminers.map((w) => w.toLowerCase())),
  };
});

/** The lexicon entry a law or bill name refers to, if any. */
export const lookupLaw = (text: string): LawEntry | undefined => lawLexicon().byKey.get(lawKey(text));
