/**
 * Letters and digits as `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{N}`, `[\p{L}\p{N}]` and `[LN]` (u flag) read them, without a pattern of their own at
 * each caller: ICU builds a `\p{…}` class at every parse of a pattern holding it (when it is built, compiled for
 * bytecode and again for machine code), so each small word pattern cost a cold start a few M instructions. One
 * class answers for each here, and each code unit's answer is kept.
 */
import { LN } from './letter-classes.js';

/** Reads `at(text, i)`: the length of the code point at `i` when `re` matches it (2 beyond the BMP), else 0. */
type ClassAt = (text: string, i: number) => number;

function classAt(re: RegExp): ClassAt {
  // 0 = not yet asked, 1 = in the class, 2 = not
  const known = new Uint8Array(0x10000);
  return (text, i) => {
    if (i >= text.length) return 0;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) return re.test(text.slice(i, i + 2)) ? 2 : 0;
    }
    let k = known[code]!;
    if (k === 0) {
      k = re.test(String.fromCharCode(code)) ? 1 : 2;
      known[code] = k;
    }
    return k === 1 ? 1 : 0;
  };
}

export const letterOrDigitAt = classAt(/[\p{L}\p{N}]/u);
// the sources of letter-classes' tests, so V8 compiles each once for both
export const letterAt = classAt(/\p{L}/u);
export const upperAt = classAt(/\p{Lu}/u);
export const lowerAt = classAt(/\p{Ll}/u);
export const digitAt = classAt(/\p{N}/u);
/** A letter or digit of the blocks LN is limited to; the same source as tokenize's class. */
export const blockLetterOrDigitAt = classAt(new RegExp(`[${LN}]`, 'u'));

export interface Run {
  readonly start: number;
  readonly end: number;
}

/**
 * The runs of `at`'s class in `text`, each joined across single `joiners` ("Niet-Ingezetenen" with "-"): the
 * matches of a global scan with `[class]+(?:[joiners][class]+)*` (u flag), left to right.
 */
function runsOf(at: ClassAt, text: string, joiners: string): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < text.length) {
    let n = at(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      for (; n > 0; n = at(text, i)) i += n;
      if (i < text.length && joiners.includes(text.charAt(i)) && at(text, i + 1) > 0) {
        i++;
        n = at(text, i);
      } else break;
    }
    out.push({ start, end: i });
  }
  return out;
}

const texts = (text: string, runs: readonly Run[]): string[] => runs.map((r) => text.slice(r.start, r.end));

/** `[\p{L}\p{N}]+(?:[joiners][\p{L}\p{N}]+)*`, or `[\p{L}\p{N}]+` without joiners. */
export const letterDigitRuns = (text: string, joiners = ''): Run[] => runsOf(letterOrDigitAt, text, joiners);

/** The texts of letterDigitRuns. */
export const letterDigitWords = (text: string, joiners = ''): string[] =>
  texts(text, letterDigitRuns(text, joiners));

const BLOCK_WORDS = new RegExp(`[${LN}]+`, 'gu');

/**
 * The matches of `[LN]+` (u flag), where each starts and its text: whole words as the reference finders read them.
 * By one pattern: the paragraphs' words cost a call a character through classAt three times as long.
 */
export function blockWordsAt(text: string): { starts: number[]; words: string[] } {
  const starts: number[] = [];
  const words: string[] = [];
  BLOCK_WORDS.lastIndex = 0;
  for (let m = BLOCK_WORDS.exec(text); m !== null; m = BLOCK_WORDS.exec(text)) {
    starts.push(m.index);
    words.push(m[0]);
  }
  return { starts, words };
}

/** The words of blockWordsAt, by one pattern: over whole word lists (758 organisation aliases) a call a character cost a cold start ms. */
export const blockWords = (text: string): string[] => text.match(BLOCK_WORDS) ?? [];
