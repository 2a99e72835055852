/**
 * Scores every pair of asks of two letters, as independent evidence (noisy-OR, see score-themes.ts): shared
 * content words (cosine, stemmed, idf-weighted over all asks), things both cite that few other asks cite, and
 * sitting in themes that were paired. Asks citing different laws or articles and no common one are about
 * different things: their score is halved.
 */
import type { Ask, Letter } from '../model/schema.js';
import type { Candidate } from './align.js';
import { findMentions } from './find-mentions.js';
import type { Entity } from './group-references.js';
import { citedBy, combine, round, sharedCitations, tokensOf } from './score-themes.js';
import { idfWeights, similarity, wordBag, type WordBag } from './weigh-words.js';

export const ASK_WEIGHTS = { words: 1, references: 0.5, pairedThemes: 0.3, conflictFactor: 0.5 } as const;

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

/** `pairedThemes` holds "oldThemeId\u0000newThemeId" for every paired theme. */
export function scoreAsks(
  olds: AskFacts[],
  news: AskFacts[],
  entities: readonly Entity[],
  pairedThemes: ReadonlySet<string>,
): Candidate[] {
  const weighWord = idfWeights([...olds, ...news].map((f) => f.bag));
  const dfOld = citedBy(olds);
  const dfNew = citedBy(news);
  const label = (g: number) => entities[g]?.label ?? '';
  const candidates: Candidate[] = [];
  olds.forEach((a, i) =>
    news.forEach((b, j) => {
      if (a.tokens === b.tokens) {
        candidates.push({ old: i, new: j, score: 1, evidence: ['same words'] });
        return;
      }
      const evidence: string[] = [];
      const refs = sharedCitations(a.mentions, b.mentions, entities, dfOld, dfNew);
      if (refs.shared.length) evidence.push(`both cite ${refs.shared.map(label).join(', ')}`);
      const words = similarity(a.bag, b.bag, weighWord);
      if (words.shared.length) evidence.push(`shared words ${words.shared.slice(0, 6).join(', ')}`);
      const paired =
        pairedThemes.has(`${a.ask.themeId}\u0000${b.ask.themeId}`) && (words.score > 0 || refs.score > 0);
      if (paired) evidence.push('in paired themes');
      const parts = { words: words.score, references: refs.score, pairedThemes: paired ? 1 : 0 };
      let score = combine(Object.entries(parts).map(([k, s]) => [ASK_WEIGHTS[k as keyof typeof parts], s]));
      const lawsA = [...a.mentions].filter((g) => lawLike(entities[g]));
      const lawsB = [...b.mentions].filter((g) => lawLike(entities[g]));
      if (lawsA.length && lawsB.length && !refs.shared.some((g) => lawLike(entities[g]))) {
        score *= ASK_WEIGHTS.conflictFactor;
        evidence.push(
          `but they cite different laws: ${lawsA.map(label).join(', ')} / ${lawsB.map(label).join(', ')}`,
        );
      }
      candidates.push({ old: i, new: j, score: round(score), evidence, parts });
    }),
  );
  return candidates;
}
