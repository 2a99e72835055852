/**
 * Scores pairs of asks of two letters, as independent evidence (noisy-OR, see score-themes.ts): shared
 * content words (cosine, stemmed, idf-weighted over all asks), things both cite that few other asks cite, and
 * sitting in themes that were paired. Asks citing different laws or articles and no common one are about
 * different things: their score is halved.
 */
import type { Evidence } from '../model/diff-schema.js';
import type { Ask, Letter } from '../model/schema.js';
import type { Candidate } from './align.js';
import { candidatePairs } from './candidate-pairs.js';
import { findMentions } from './find-mentions.js';
import type { Entity } from './group-references.js';
import { citedBy, combineParts, round, sharedCitations, tokensOf } from './score-themes.js';
import { idfWeights, SHOWN_WORDS, similarity, wordBag, type WordBag } from './weigh-words.js';

const ASK_WEIGHTS = { words: 1, references: 0.5, pairedThemes: 0.3, conflictFactor: 0.5 } as const;

export interface AskFacts {
  ask: Ask;
  bag: WordBag;
  mentions: Set<number>;
  tokens: string;
}

const LAW_LIKE = new Set(['law', 'bill', 'kamerstuk', 'article', 'motion']);
const lawLike = (e: Entity | undefined): boolean =>
  !!e && [...e.old, ...e.new].some((r) => LAW_LIKE.has(r.kind));

/** The asks that state a request of their own (a sentence restating an arrow ask is left out). */
export const ownAsks = (letter: Letter): Ask[] => letter.asks.filter((a) => a.restates === null);

export function askFacts(asks: readonly Ask[], entities: readonly Entity[]): AskFacts[] {
  return asks.map((ask) => ({
    ask,
    bag: wordBag(ask.plain),
    mentions: findMentions(ask.plain, entities),
    tokens: tokensOf(ask.plain),
  }));
}

/** A pair's score is zero unless the two share one of these: the same words, a content word, a thing cited. */
function keysOf(f: AskFacts, entities: readonly Entity[]): string[] {
  const keys = [`t:${f.tokens}`];
  for (const stem of f.bag.words.keys()) keys.push(`w:${stem}`);
  for (const g of f.mentions) if ((entities[g]?.weight ?? 0) > 0) keys.push(`m:${g}`);
  return keys;
}

/**
 * "p:" keys for asks in paired themes: no pair scores for that alone, but among the pairs a big letter leaves
 * out (see candidate-pairs.ts) those in paired themes are the likeliest partners.
 */
function themeKeys(
  olds: readonly AskFacts[],
  news: readonly AskFacts[],
  pairedThemes: ReadonlySet<string>,
): [string[][], string[][]] {
  const oldIds = new Set(olds.map((f) => f.ask.themeId));
  const newIds = new Set(news.map((f) => f.ask.themeId));
  const oldKeys = new Map<string, string[]>();
  const newKeys = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, id: string, key: string) => {
    const list = map.get(id);
    if (list) list.push(key);
    else map.set(id, [key]);
  };
  for (const pair of pairedThemes) {
    // "old\u0000new": a theme id could hold the separator too, so every split is tried
    for (let at = pair.indexOf('\u0000'); at !== -1; at = pair.indexOf('\u0000', at + 1)) {
      const [o, n] = [pair.slice(0, at), pair.slice(at + 1)];
      if (oldIds.has(o) && newIds.has(n)) {
        add(oldKeys, o, `p:${pair}`);
        add(newKeys, n, `p:${pair}`);
      }
    }
  }
  return [
    olds.map((f) => oldKeys.get(f.ask.themeId) ?? []),
    news.map((f) => newKeys.get(f.ask.themeId) ?? []),
  ];
}

/** Scores one pair of asks; `pairedThemes` holds "oldThemeId\u0000newThemeId" for every paired theme. */
export function askScorer(
  olds: readonly AskFacts[],
  news: readonly AskFacts[],
  entities: readonly Entity[],
  pairedThemes: ReadonlySet<string>,
): (i: number, j: number) => Candidate {
  const weighWord = idfWeights([...olds, ...news].map((f) => f.bag));
  const dfOld = citedBy(olds);
  const dfNew = citedBy(news);
  const label = (g: number) => entities[g]?.label ?? '';
  const lawsOf = (f: AskFacts) => [...f.mentions].filter((g) => lawLike(entities[g]));
  const oldLaws = olds.map(lawsOf);
  const newLaws = news.map(lawsOf);
  return (i, j) => {
    const a = olds[i] as AskFacts;
    const b = news[j] as AskFacts;
    if (a.tokens === b.tokens) return { old: i, new: j, score: 1, evidence: [{ code: 'same-words' }] };
    const evidence: Evidence[] = [];
    const refs = sharedCitations(a.mentions, b.mentions, entities, dfOld, dfNew);
    if (refs.shared.length) evidence.push({ code: 'both-cite', cited: refs.shared.map(label) });
    const words = similarity(a.bag, b.bag, weighWord, SHOWN_WORDS);
    if (words.shared.length) evidence.push({ code: 'shared-words', words: words.shared });
    const paired =
      pairedThemes.has(`${a.ask.themeId}\u0000${b.ask.themeId}`) && (words.score > 0 || refs.score > 0);
    if (paired) evidence.push({ code: 'in-paired-themes' });
    const parts = { words: words.score, references: refs.score, pairedThemes: paired ? 1 : 0 };
    let score = combineParts(parts, ASK_WEIGHTS);
    const lawsA = oldLaws[i] as number[];
    const lawsB = newLaws[j] as number[];
    if (lawsA.length && lawsB.length && !refs.shared.some((g) => lawLike(entities[g]))) {
      score *= ASK_WEIGHTS.conflictFactor;
      evidence.push({ code: 'different-laws', old: lawsA.map(label), new: lawsB.map(label) });
    }
    return { old: i, new: j, score: round(score), evidence, parts };
  };
}

/**
 * The scored pairs of asks of two letters: every pair that can score above zero (in a big letter, those the
 * pair budget allows: see candidate-pairs.ts), in (old, new) order.
 */
export function scoreAsks(
  olds: AskFacts[],
  news: AskFacts[],
  entities: readonly Entity[],
  pairedThemes: ReadonlySet<string>,
): Candidate[] {
  const score = askScorer(olds, news, entities, pairedThemes);
  const [oldThemes, newThemes] = themeKeys(olds, news, pairedThemes);
  const pairs = candidatePairs(
    olds.map((f, i) => [...keysOf(f, entities), ...(oldThemes[i] ?? [])]),
    news.map((f, j) => [...keysOf(f, entities), ...(newThemes[j] ?? [])]),
    {
      banded: (key) => key.startsWith('t:'),
      settles: (key) => key.startsWith('t:'),
      extra: (key) => key.startsWith('p:'),
    },
  );
  return pairs.map(([i, j]) => score(i, j));
}
