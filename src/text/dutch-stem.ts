/**
 * Snowball's Dutch stemmer (the Porter-style "dutch" algorithm, as snowball-stemmers 0.6 ships it), written with
 * plain string operations. The package's generated code reads every character through a dispatcher that copies
 * its arguments, which a cold run pays in the interpreter: 9-18 ms for the 58 words of the 2024 letter's asks.
 * The stems are the package's (test/unit/dutch-stem.test.ts compares them word for word).
 */

const VOWELS = 'aeiouyè';
const PLAIN = new Map(
  Object.entries({ á: 'a', ä: 'a', é: 'e', ë: 'e', í: 'i', ï: 'i', ó: 'o', ö: 'o', ú: 'u', ü: 'u' }),
);

const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);
/** A character at `i` that is no vowel ("non-v"): false before the start or past the end. */
const nonVowelAt = (s: string, i: number): boolean => i >= 0 && i < s.length && !isVowel(s[i]);

/** Accents off; a y at the start or after a vowel, and an i between vowels, marked as consonants (Y, I). */
function prelude(word: string): string {
  const chars = word.split('').map((c) => PLAIN.get(c) ?? c);
  if (chars[0] === 'y') chars[0] = 'Y';
  for (let p = 0; p < chars.length; p++) {
    if (!isVowel(chars[p])) continue;
    if (chars[p + 1] === 'i' && isVowel(chars[p + 2])) chars[p + 1] = 'I';
    else if (chars[p + 1] === 'y') chars[p + 1] = 'Y';
  }
  return chars.join('');
}

/** Where the region after the first vowel and non-vowel from `from` starts, or -1. */
function pastVowelAndNonVowel(s: string, from: number): number {
  let k = from;
  while (k < s.length && !isVowel(s[k])) k++;
  if (k++ >= s.length) return -1;
  while (k < s.length && isVowel(s[k])) k++;
  return k < s.length ? k + 1 : -1;
}

/** R1 (at least 3) and R2, as Snowball marks them. */
function regions(s: string): { p1: number; p2: number } {
  const a = pastVowelAndNonVowel(s, 0);
  if (a < 0) return { p1: s.length, p2: s.length };
  const b = pastVowelAndNonVowel(s, a);
  return { p1: Math.max(a, 3), p2: b < 0 ? s.length : b };
}

/** The suffixes taken off, in Snowball's order (its standard_suffix). */
function standardSuffix(word: string, p1: number, p2: number): string {
  let s = word;
  let eFound = false;
  const undouble = () => {
    if (s.endsWith('kk') || s.endsWith('dd') || s.endsWith('tt')) s = s.slice(0, -1);
  };
  // "en"/"ene" at `at`, after a non-vowel and not after "gem"
  const enEnding = (at: number) => {
    if (p1 > at || !nonVowelAt(s, at - 1) || s.slice(0, at).endsWith('gem')) return;
    s = s.slice(0, at);
    undouble();
  };
  const eEnding = () => {
    eFound = false;
    const at = s.length - 1;
    if (s[at] !== 'e' || p1 > at || !nonVowelAt(s, at - 1)) return;
    s = s.slice(0, at);
    eFound = true;
    undouble();
  };

  if (s.endsWith('heden')) {
    if (p1 <= s.length - 5) s = `${s.slice(0, -5)}heid`;
  } else if (s.endsWith('ene')) enEnding(s.length - 3);
  else if (s.endsWith('en')) enEnding(s.length - 2);
  else if (s.endsWith('s')) {
    const at = s.length - 1;
    if (p1 <= at && nonVowelAt(s, at - 1) && s[at - 1] !== 'j') s = s.slice(0, at);
  } else if (s.endsWith('se')) {
    const at = s.length - 2;
    if (p1 <= at && nonVowelAt(s, at - 1) && s[at - 1] !== 'j') s = s.slice(0, at);
  }
  eEnding();
  if (s.endsWith('heid') && p2 <= s.length - 4 && s[s.length - 5] !== 'c') {
    s = s.slice(0, -4);
    if (s.endsWith('en')) enEnding(s.length - 2);
  }
  const ending = ['end', 'ing', 'ig', 'lijk', 'baar', 'bar'].find((e) => s.endsWith(e));
  if (ending && p2 <= s.length - ending.length) {
    const at = s.length - ending.length;
    if (ending === 'end' || ending === 'ing') {
      s = s.slice(0, at);
      if (s.endsWith('ig') && p2 <= at - 2 && s[at - 3] !== 'e') s = s.slice(0, -2);
      else undouble();
    } else if (ending === 'ig') {
      if (s[at - 1] !== 'e') s = s.slice(0, at);
    } else if (ending === 'lijk') {
      s = s.slice(0, at);
      eEnding();
    } else if (ending === 'baar' || eFound) s = s.slice(0, at);
  }
  // a double vowel before a final non-vowel, after a non-vowel, is made single: "maan" → "man"
  const n = s.length;
  if (
    nonVowelAt(s, n - 1) &&
    s[n - 1] !== 'I' &&
    /^(?:aa|ee|oo|uu)$/u.test(s.slice(n - 3, n - 1)) &&
    nonVowelAt(s, n - 4)
  )
    s = s.slice(0, n - 2) + s.slice(n - 1);
  return s;
}

/** The Snowball stem of a Dutch word: "financiering" → "financier", "aanvullende" → "aanvull". */
export function dutchStem(word: string): string {
  const s = prelude(word);
  const { p1, p2 } = regions(s);
  return standardSuffix(s, p1, p2).replace(/[IY]/gu, (c) => c.toLowerCase());
}
