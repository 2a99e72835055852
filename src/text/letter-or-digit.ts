/**
 * Letters and digits as `[\p{L}\p{N}]` (u flag) reads them, without a pattern of their own at each caller: ICU
 * builds a `\p{…}` class at every parse of a pattern holding it (when it is built, compiled for bytecode and again
 * for machine code), so each word-run pattern cost a cold start a few M instructions. One class answers here, and
 * each code unit's answer is kept.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** 0 = not yet asked, 1 = a letter or digit, 2 = not. */
const KNOWN = new Uint8Array(0x10000);

/** The length of the letter or digit at `text[i]` (2 for one beyond the BMP), or 0 when there is none. */
export function letterOrDigitAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = KNOWN[code]!;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    KNOWN[code] = known;
  }
  return known === 1 ? 1 : 0;
}

export interface Run {
  readonly start: number;
  readonly end: number;
}

/**
 * The runs of letters and digits in `text`, each joined across single `joiners` ("Niet-Ingezetenen" with "-"):
 * the matches of a global scan with `[\p{L}\p{N}]+(?:[joiners][\p{L}\p{N}]+)*` (u flag), left to right.
 */
export function letterDigitRuns(text: string, joiners = ''): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < text.length) {
    let n = letterOrDigitAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      for (; n > 0; n = letterOrDigitAt(text, i)) i += n;
      if (i < text.length && joiners.includes(text.charAt(i)) && letterOrDigitAt(text, i + 1) > 0) {
        i++;
        n = letterOrDigitAt(text, i);
      } else break;
    }
    out.push({ start, end: i });
  }
  return out;
}

/** The texts of letterDigitRuns. */
export const letterDigitWords = (text: string, joiners = ''): string[] =>
  letterDigitRuns(text, joiners).map((r) => text.slice(r.start, r.end));
