/** Content words for comparing texts: lower case, Dutch stop words out, Snowball-stemmed. */
import snowball from 'snowball-stemmers';
import { nld } from 'stopword';

const STOP = new Set(nld);
let stemmer: { stem(word: string): string } | undefined;

/** "Zorg voor aanvullende financiering" → ["zorg", "aanvull", "financier"]. */
export function contentWords(text: string): string[] {
  stemmer ??= snowball.newStemmer('dutch');
  const words = text.toLowerCase().match(/\p{L}[\p{L}\d'’-]{1,40}/gu) ?? [];
  return words.filter((w) => w.length > 2 && !STOP.has(w)).map((w) => stemmer!.stem(w));
}

/** Shared content words relative to the shorter text (0–1). */
export function overlap(a: readonly string[], b: readonly string[]): { score: number; shared: string[] } {
  const A = new Set(a);
  const B = new Set(b);
  const shared = [...A].filter((w) => B.has(w));
  const min = Math.min(A.size, B.size);
  return { score: min ? shared.length / min : 0, shared };
}
