/** Content words for comparing texts: lower case, Dutch stop words out, Snowball-stemmed. */
import { dutchStem } from './dutch-stem.js';
import { isStopWord } from './stop-words.js';

/** Stems already computed: a letter repeats its words. Bounded. */
const stems = new Map<string, string>();
const MAX_STEMS = 50_000;

function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = dutchStem(word);
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
