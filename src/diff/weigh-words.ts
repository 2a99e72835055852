/**
 * Bags of content words (Dutch-stemmed, stop words out) with the surface word a reader would recognise,
 * and an idf-weighted similarity: words that occur in every theme ("gemeenten") count little.
 */
import { contentWords } from '../text/content-words.js';

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

/** Inverse document frequency over the texts being compared (both letters): ln(1 + N / df), memoised. */
export function idfWeights(bags: readonly WordBag[]): Weigh {
  const df = new Map<string, number>();
  for (const bag of bags) for (const stem of bag.words.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = Math.max(1, bags.length);
  const memo = new Map<string, number>();
  return (stem) => {
    let w = memo.get(stem);
    if (w === undefined) memo.set(stem, (w = Math.log(1 + n / (df.get(stem) ?? 1))));
    return w;
  };
}

/**
 * A diff scores each bag against many others: its squared norm and each stem's place in it are kept per bag
 * (for the weighing last used with it).
 */
interface BagFacts {
  weigh: Weigh;
  size: number;
  norm: number;
  place: Map<string, number> | null;
}
const bagFacts = new WeakMap<WordBag, BagFacts>();
function factsOf(bag: WordBag, weigh: Weigh): BagFacts {
  let facts = bagFacts.get(bag);
  if (facts && facts.weigh === weigh && facts.size === bag.words.size) return facts;
  let norm = 0;
  for (const stem of bag.words.keys()) norm += weigh(stem) ** 2;
  facts = { weigh, size: bag.words.size, norm, place: null };
  bagFacts.set(bag, facts);
  return facts;
}
function placesOf(bag: WordBag, facts: BagFacts): Map<string, number> {
  if (!facts.place) {
    facts.place = new Map();
    for (const stem of bag.words.keys()) facts.place.set(stem, facts.place.size);
  }
  return facts.place;
}

/** How many shared words the evidence shows. */
export const SHOWN_WORDS = 6;

const collator = new Intl.Collator();

/**
 * Cosine of the idf-weighted word vectors (0–1), and the shared surface words, weightiest first (the first
 * `top` of them). The shared stems are found from the smaller bag and summed in the first bag's order.
 */
export function similarity(
  a: WordBag,
  b: WordBag,
  weigh: Weigh,
  top = Infinity,
): { score: number; shared: string[] } {
  const fa = factsOf(a, weigh);
  const fb = factsOf(b, weigh);
  const stems: string[] = [];
  if (b.words.size < a.words.size) {
    for (const stem of b.words.keys()) if (a.words.has(stem)) stems.push(stem);
    if (stems.length > 1) {
      const place = placesOf(a, fa);
      stems.sort((x, y) => (place.get(x) ?? 0) - (place.get(y) ?? 0));
    }
  } else for (const stem of a.words.keys()) if (b.words.has(stem)) stems.push(stem);
  let shared = 0;
  const common: [word: string, weight: number][] = [];
  for (const stem of stems) {
    const w = weigh(stem);
    shared += w * w;
    common.push([a.words.get(stem) as string, w]);
  }
  const score = fa.norm && fb.norm ? shared / Math.sqrt(fa.norm * fb.norm) : 0;
  if (top <= 0) return { score, shared: [] };
  common.sort((x, y) => y[1] - x[1] || collator.compare(x[0], y[0]));
  return { score, shared: common.slice(0, top).map(([word]) => word) };
}
