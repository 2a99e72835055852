/**
 * Bags of content words (Dutch-stemmed, stop words out) with the surface word a reader would recognise,
 * and an idf-weighted similarity: words that occur in every theme ("gemeenten") count little.
 */
import { contentWords } from '../extract/content-words.js';

export interface WordBag {
  /** stem → the first surface form seen ("financier" → "financiering") */
  readonly words: Map<string, string>;
}

const isWordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);

/** Strips punctuation around a token without a regex that could backtrack on long runs. */
function trimToken(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && !isWordChar(token[start] as string)) start++;
  while (end > start && !isWordChar(token[end - 1] as string)) end--;
  return token.slice(start, end).toLowerCase();
}

/** The content words of a text, stemmed token by token so each stem keeps its surface form. */
export function wordBag(text: string): WordBag {
  const words = new Map<string, string>();
  for (const token of text.split(/\s+/u)) {
    if (!token) continue;
    for (const stem of contentWords(token)) if (!words.has(stem)) words.set(stem, trimToken(token));
  }
  return { words };
}

export type Weigh = (stem: string) => number;

/** Inverse document frequency over the texts being compared (both letters): ln(1 + N / df). */
export function idfWeights(bags: readonly WordBag[]): Weigh {
  const df = new Map<string, number>();
  for (const bag of bags) for (const stem of bag.words.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = Math.max(1, bags.length);
  return (stem) => Math.log(1 + n / (df.get(stem) ?? 1));
}

/** Cosine of the idf-weighted word vectors (0–1), and the shared surface words, weightiest first. */
export function similarity(a: WordBag, b: WordBag, weigh: Weigh): { score: number; shared: string[] } {
  let shared = 0;
  let normA = 0;
  let normB = 0;
  const common: [string, number][] = [];
  for (const stem of a.words.keys()) {
    const w = weigh(stem);
    normA += w * w;
    if (b.words.has(stem)) {
      shared += w * w;
      common.push([a.words.get(stem) as string, w]);
    }
  }
  for (const stem of b.words.keys()) normB += weigh(stem) ** 2;
  common.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return {
    score: normA && normB ? shared / Math.sqrt(normA * normB) : 0,
    shared: common.map(([word]) => word),
  };
}
