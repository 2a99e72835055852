/** Content words for comparing texts: lower case, Dutch stop words out, Snowball-stemmed. */
import snowball from 'snowball-stemmers';
import { isStopWord } from './stop-words.js';

let stemmer: { stem(word: string): string } | undefined;
/** Stems already computed: a letter repeats its words, and Snowball is the costly part. Bounded. */
const stems = new Map<string, string>();
const MAX_STEMS = 50_000;

function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    stemmer ??= snowball.newStemmer('dutch');
    s = stemmer.stem(word);
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** "Zorg voor aanvullende financiering" → ["zorg", "aanvull", "financier"]. */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}[\p{L}\d'’-]{1,40}/gu) ?? [];
  return words.filter((w) => w.length > 2 && !isStopWord(w)).map(stem);
}
