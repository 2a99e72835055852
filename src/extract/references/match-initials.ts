/**
 * Does an abbreviation spell the initials of a phrase? "VNG" ← "Vereniging van Nederlandse Gemeenten",
 * "UvW" ← "Unie van Waterschappen", "RNI" ← "Register Niet-Ingezetenen". Every content word gives its
 * initial; small words ("van", "het", "op"; src/data/initials.yaml) may give theirs or be skipped.
 */
import { defineWordSet } from '../../core/load-lexicon.js';
import source from '../../data/initials.yaml';
import { letterDigitWords } from '../../text/letter-or-digit.js';

const smallWords = defineWordSet(source, 'smallWords');

export const isSmallWord = (w: string): boolean => smallWords().has(w.toLowerCase());

/** The words of a phrase as initials are read: hyphenated parts count as words ("Niet-Ingezetenen"). */
export function initialWords(phrase: string): string[] {
  return letterDigitWords(phrase);
}

export function matchesInitials(abbreviation: string, words: readonly string[]): boolean {
  const letters = letterDigitWords(abbreviation.toLowerCase()).join('');
  if (letters.length < 2 || words.length < 2 || words.length > 14) return false;
  // small search: at most 14 words and 10 letters
  const go = (li: number, wi: number): boolean => {
    if (wi === words.length) return li === letters.length;
    const w = words[wi] as string;
    const initial = w.charAt(0).toLowerCase();
    if (li < letters.length && letters.charAt(li) === initial && go(li + 1, wi + 1)) return true;
    return isSmallWord(w) && go(li, wi + 1);
  };
  return letters.length <= 10 && go(0, 0);
}
