/**
 * Whether a text may open with a news item's dateline ("Den Haag - ", "UTRECHT (ANP) – "): up to three words
 * and a bracket, each opening with a capital, then a dash between white space. The dateline pattern (\p{Lu} and
 * \p{L} under the u flag) costs a cold start more to compile than any other of the asks, and is tried on every
 * sentence; most sentences have a lower-case word or no dash among their first words, and need not compile it.
 * Says no only where such a dateline cannot open the text.
 */

const DASHES = new Set(['-', '\u2013', '\u2014']);
const isSpace = (c: string): boolean => /\s/u.test(c);
/** Every capital (\p{Lu}) is its own upper case; so is a bracket. */
const mayBeCapital = (c: string): boolean => c !== '' && !isSpace(c) && c.toUpperCase() === c;

/** The most parts before the dash: three words and a bracket ("(ANP)"). */
const MAX_PARTS = 4;

export function mayOpenWithDateline(text: string): boolean {
  let at = 0;
  for (let part = 0; part < MAX_PARTS; part++) {
    if (!mayBeCapital(text.charAt(at))) return false;
    let space = at + 1;
    while (space < text.length && !isSpace(text.charAt(space))) space++;
    if (space >= text.length) return false;
    if (DASHES.has(text.charAt(space + 1)) && isSpace(text.charAt(space + 2))) return true;
    at = space + 1;
  }
  return false;
}
