/**
 * Scores pairs of themes of two letters by evidence a reader would accept, each piece 0–1:
 * - references: both cite a thing few other themes cite (1 when no other theme of either letter cites it);
 * - title: cosine of the idf-weighted, stemmed title words (1 for the same title);
 * - words: cosine of the idf-weighted, stemmed content words of title and prose.
 * The pieces add up as independent evidence (noisy-OR): 1 − Π(1 − weight × piece). A missing piece (titles
 * that differ, nothing cited) lowers nothing; it only adds no support.
 */
import type { Evidence } from '../model/diff-schema.js';
import type { Letter, Theme } from '../model/schema.js';
import type { Candidate } from './align.js';
import { candidatePairs, PAIR_BUDGET } from './candidate-pairs.js';
import { findMentions } from './find-mentions.js';
import type { Entity } from './group-references.js';
import { idfWeights, SHOWN_WORDS, similarity, wordBag, type WordBag } from './weigh-words.js';

const THEME_WEIGHTS = { references: 0.6, title: 0.6, words: 0.9, bothOpening: 0.2 } as const;

export interface ThemeFacts {
  theme: Theme;
  body: WordBag;
  title: WordBag | null;
  mentions: Set<number>;
  /** the words of the prose, for telling an edit from a re-wrap */
  tokens: string;
}

export const themeText = (t: Theme): string => [t.title ?? '', ...t.blocks.map((b) => b.plain)].join('\n');
export const tokensOf = (s: string): string => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
export const round = (x: number): number => Math.round(x * 100) / 100;

export function themeFacts(letter: Letter, entities: readonly Entity[]): ThemeFacts[] {
  return letter.themes.map((theme) => {
    const text = themeText(theme);
    return {
      theme,
      body: wordBag(text),
      title: theme.title ? wordBag(theme.title) : null,
      mentions: findMentions(text, entities),
      tokens: tokensOf(text),
    };
  });
}

/** How many items of one letter cite each entity. */
export function citedBy(items: readonly { mentions: Set<number> }[]): Map<number, number> {
  const df = new Map<number, number>();
  for (const item of items) for (const g of item.mentions) df.set(g, (df.get(g) ?? 0) + 1);
  return df;
}

/**
 * Support from shared citations: each shared entity counts its weight / (most items citing it in either
 * letter), so a law only these two themes cite is strong evidence, the sender of the letters none.
 */
export function sharedCitations(
  a: Set<number>,
  b: Set<number>,
  entities: readonly Entity[],
  dfOld: ReadonlyMap<number, number>,
  dfNew: ReadonlyMap<number, number>,
): { score: number; shared: number[] } {
  const shared = [...a].filter((g) => b.has(g) && (entities[g]?.weight ?? 0) > 0);
  const support = (g: number) => (entities[g]?.weight ?? 0) / Math.max(dfOld.get(g) ?? 1, dfNew.get(g) ?? 1);
  return { score: 1 - shared.reduce((p, g) => p * (1 - support(g)), 1), shared };
}

/** Noisy-OR of weighted pieces of evidence, in the pieces' order: 1 − Π(1 − weight × piece). */
export function combineParts<P extends Record<string, number>>(
  parts: P,
  weights: { readonly [K in keyof P]: number },
): number {
  let p = 1;
  for (const k in parts) p = p * (1 - weights[k] * Math.max(0, Math.min(1, parts[k] as number)));
  return 1 - p;
}

/**
 * A pair's score is zero unless the two share one of these: the same text, the same title words, a content
 * word (a title word is one of the text too), a thing cited, or both being the opening.
 */
function keysOf(f: ThemeFacts, entities: readonly Entity[], side: 'old' | 'new'): string[] {
  const keys = [`t:${f.title === null ? 0 : 1}:${f.tokens}`];
  // "same title" counts for an old theme with a title, whatever the new one has
  if (side === 'new' || f.title !== null) keys.push(`T:${tokensOf(f.theme.title ?? '')}`);
  if (f.title === null) keys.push('o:');
  for (const stem of f.body.words.keys()) keys.push(`w:${stem}`);
  for (const g of f.mentions) if ((entities[g]?.weight ?? 0) > 0) keys.push(`m:${g}`);
  return keys;
}

/** Scores one pair of themes. */
function themeScorer(
  olds: readonly ThemeFacts[],
  news: readonly ThemeFacts[],
  entities: readonly Entity[],
): (i: number, j: number) => Candidate {
  const all = [...olds, ...news];
  const weighBody = idfWeights(all.map((f) => f.body));
  const weighTitle = idfWeights(all.flatMap((f) => (f.title ? [f.title] : [])));
  const dfOld = citedBy(olds);
  const dfNew = citedBy(news);
  const oldTitles = olds.map((f) => tokensOf(f.theme.title ?? ''));
  const newTitles = news.map((f) => tokensOf(f.theme.title ?? ''));
  return (i, j) => {
    const a = olds[i] as ThemeFacts;
    const b = news[j] as ThemeFacts;
    if (a.tokens === b.tokens && (a.title === null) === (b.title === null))
      return {
        old: i,
        new: j,
        score: 1,
        evidence: [{ code: b.title ? 'same-title-and-text' : 'same-text' }],
      };
    const evidence: Evidence[] = [];
    const refs = sharedCitations(a.mentions, b.mentions, entities, dfOld, dfNew);
    if (refs.shared.length)
      evidence.push({ code: 'both-cite', cited: refs.shared.map((g) => entities[g]?.label ?? '') });
    const same = a.title !== null && oldTitles[i] === newTitles[j];
    const title = same ? 1 : a.title && b.title ? similarity(a.title, b.title, weighTitle, 0).score : 0;
    if (same) evidence.push({ code: 'same-title', title: b.theme.title ?? '' });
    else if (title >= 0.3)
      evidence.push({ code: 'similar-titles', old: a.theme.title ?? '', new: b.theme.title ?? '' });
    const opening = !a.title && !b.title;
    if (opening) evidence.push({ code: 'both-open' });
    const words = similarity(a.body, b.body, weighBody, SHOWN_WORDS);
    if (words.shared.length) evidence.push({ code: 'shared-words', words: words.shared });
    const parts = { references: refs.score, title, words: words.score, bothOpening: opening ? 1 : 0 };
    const score = combineParts(parts, THEME_WEIGHTS);
    return { old: i, new: j, score: round(score), evidence, parts };
  };
}

/**
 * The scored pairs of themes of two letters: every pair that can score above zero (in a big letter, those the
 * pair budget allows: see candidate-pairs.ts), in (old, new) order.
 */
export function scoreThemes(
  olds: ThemeFacts[],
  news: ThemeFacts[],
  entities: readonly Entity[],
): Candidate[] {
  const score = themeScorer(olds, news, entities);
  const pairs = candidatePairs(
    olds.map((f) => keysOf(f, entities, 'old')),
    news.map((f) => keysOf(f, entities, 'new')),
    // a theme pair costs more to score than a pair of asks (long texts): half the budget
    {
      budget: PAIR_BUDGET / 2,
      banded: (key) => key.startsWith('t:') || key.startsWith('T:'),
      settles: (key) => key.startsWith('t:'),
    },
  );
  return pairs.map(([i, j]) => score(i, j));
}
