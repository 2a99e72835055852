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

/** Stems per token: a letter repeats its words, and a diff reads each text twice. Bounded. */
const tokenStems = new Map<string, readonly string[]>();
const MAX_TOKENS = 50_000;
function stemsOf(token: string): readonly string[] {
  let stems = tokenStems.get(token);
  if (stems === undefined) {
    stems = contentWords(token);
    if (tokenStems.size >= MAX_TOKENS) tokenStems.clear();
    tokenStems.set(token, stems);
  }
  return stems;
}

/** The content words of a text, stemmed token by token so each stem keeps its surface form. */
export function wordBag(text: string): WordBag {
  const words = new Map<string, string>();
  for (const token of text.split(/\s+/u)) {
    if (!token) continue;
    for (const stem of stemsOf(token)) if (!words.has(stem)) words.set(stem, trimToken(token));
  }
  return { words };
}

export type Weigh = (stem: string) => number;

const collator = new Intl.Collator();

/** Each surface word's place in collation order (words that collate equal share one), per weighing. */
const collationRanks = new WeakMap<Weigh, Map<string, number>>();

/** Inverse document frequency over the texts being compared (both letters): ln(1 + N / df), memoised. */
export function idfWeights(bags: readonly WordBag[]): Weigh {
  const df = new Map<string, number>();
  for (const bag of bags) for (const stem of bag.words.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = Math.max(1, bags.length);
  const memo = new Map<string, number>();
  const weigh: Weigh = (stem) => {
    let w = memo.get(stem);
    if (w === undefined) memo.set(stem, (w = Math.log(1 + n / (df.get(stem) ?? 1))));
    return w;
  };
  // the surface words collated once, so ordering shared words compares numbers
  const words = [...new Set(bags.flatMap((bag) => [...bag.words.values()]))].sort(collator.compare);
  const ranks = new Map<string, number>();
  words.forEach((w, i) => {
    const prev = words[i - 1];
    ranks.set(w, prev !== undefined && collator.compare(prev, w) === 0 ? (ranks.get(prev) ?? i) : i);
  });
  collationRanks.set(weigh, ranks);
  return weigh;
}

/**
 * What a diff scores again and again, per bag (for the weighing last used with it): the squared norm summed as
 * the first and as the second bag of similarity() (the same sums in the same order, so the same numbers), and,
 * when needed, each stem's place in the bag.
 */
interface BagFacts {
  weigh: Weigh;
  size: number;
  normAsFirst: number;
  normAsSecond: number;
  place: Map<string, number> | null;
}
const bagFacts = new WeakMap<WordBag, BagFacts>();
function factsOf(bag: WordBag, weigh: Weigh): BagFacts {
  let facts = bagFacts.get(bag);
  if (facts && facts.weigh === weigh && facts.size === bag.words.size) return facts;
  let normAsFirst = 0;
  let normAsSecond = 0;
  for (const stem of bag.words.keys()) {
    const w = weigh(stem);
    normAsFirst += w * w;
  }
  for (const stem of bag.words.keys()) normAsSecond += weigh(stem) ** 2;
  facts = { weigh, size: bag.words.size, normAsFirst, normAsSecond, place: null };
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

type Weighed = [word: string, weight: number];

/** Weightiest first, then in collation order (by rank where both words have one). */
function order(x: Weighed, y: Weighed, ranks: ReadonlyMap<string, number> | undefined): number {
  const byWeight = y[1] - x[1];
  if (byWeight) return byWeight;
  const rx = ranks?.get(x[0]);
  const ry = ranks?.get(y[0]);
  return rx !== undefined && ry !== undefined ? rx - ry : collator.compare(x[0], y[0]);
}

/**
 * The first `top` words of `common` in that order, earlier ones first among equals (a stable sort of them all,
 * cut): picked in one pass, comparing numbers rather than collating strings.
 */
function weightiest(common: Weighed[], top: number, weigh: Weigh): string[] {
  const ranks = collationRanks.get(weigh);
  if (top >= common.length) return common.sort((x, y) => order(x, y, ranks)).map(([word]) => word);
  const chosen: Weighed[] = [];
  if (top <= 0) return [];
  for (const w of common) {
    if (chosen.length === top && order(w, chosen[top - 1]!, ranks) >= 0) continue;
    let at = chosen.length;
    while (at > 0 && order(w, chosen[at - 1]!, ranks) < 0) at--;
    chosen.splice(at, 0, w);
    if (chosen.length > top) chosen.pop();
  }
  return chosen.map(([word]) => word);
}

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
  const common: Weighed[] = [];
  for (const stem of stems) {
    const w = weigh(stem);
    shared += w * w;
    common.push([a.words.get(stem) as string, w]);
  }
  const normA = fa.normAsFirst;
  const normB = fb.normAsSecond;
  return {
    score: normA && normB ? shared / Math.sqrt(normA * normB) : 0,
    shared: weightiest(common, top, weigh),
  };
}
