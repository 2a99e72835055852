/**
 * The dictionary's verb stems, those of them that are also nouns or adjectives, and its infinitives
 * (scripts/verb-stems.mjs), looked up in their sorted lists by binary search. A letter asks about a few dozen
 * words, and sets of the lists' 16,800 words took a cold run 5-7 ms to build.
 */
import stemData from 'virtual:verb-stems';

/** A test of membership, as a Set's `has`. */
export interface WordTest {
  has(word: string): boolean;
}

/** Whether `word` is a word of `list`: words in ascending order (as sort() orders strings), one space apart. */
export function inSortedWords(list: string, word: string): boolean {
  // [lo, hi) holds whole words: lo is where one starts, hi where one ends
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const start = list.lastIndexOf(' ', (lo + hi) >>> 1) + 1;
    const space = list.indexOf(' ', start);
    const stop = space < 0 ? list.length : space;
    const found = list.slice(start, stop);
    if (found === word) return true;
    if (found < word) lo = stop + 1;
    else hi = start - 1;
  }
  return false;
}

const sortedWords = (list: string): WordTest => ({ has: (word) => inSortedWords(list, word) });

export const verbStems = sortedWords(stemData.stems);
export const ambiguousStems = sortedWords(stemData.ambiguous);
export const infinitives = sortedWords(stemData.infinitives);
