/**
 * The token stream of a piece of text: words (letters and digits, with inner hyphens or apostrophes:
 * "commissie-Jansen", "regio's") and single punctuation marks, each with its offsets. Every recogniser that reads
 * words (asks, their addressees, imperatives) reads these tokens rather than matching the raw text.
 */
import { LN } from './letter-classes.js';
import { letterOrDigitAt } from './letter-or-digit.js';

export interface Token {
  /** as written */
  readonly text: string;
  /** lower case, for look-ups */
  readonly lower: string;
  /** a word or number, not a punctuation mark */
  readonly word: boolean;
  readonly start: number;
  readonly end: number;
}

const LETTER_OR_DIGIT = new RegExp(`[${LN}]`, 'u');

const WORDISH = 1;
const SPACE = 2;
const OTHER = 3;
/** The class of each code unit, looked up once: 0 = not yet known. */
const CLASS = new Uint8Array(0x10000);

function classOf(code: number): number {
  let c = CLASS[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = LETTER_OR_DIGIT.test(ch) ? WORDISH : /\s/u.test(ch) ? SPACE : OTHER;
    CLASS[code] = c;
  }
  return c;
}

/** An apostrophe or hyphen that joins two runs of letters into one word. */
const isJoiner = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2d;

/** Where the word starting at `i` ends: runs of letters and digits, joined by single ' ’ or -. */
function wordEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    while (j < text.length && classOf(text.charCodeAt(j)) === WORDISH) j++;
    if (j + 1 < text.length && isJoiner(text.charCodeAt(j)) && classOf(text.charCodeAt(j + 1)) === WORDISH)
      j += 2;
    else return j;
  }
}

/** Where the mark starting at `i` ends: one code point (a surrogate pair is one). */
function markEnd(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? i + 2 : i + 1;
}

/** The tokens of `text`, at most `max` of them (a sentence longer than that is not prose). */
export function tokenize(text: string, max = Infinity): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length && tokens.length < max;) {
    const c = classOf(text.charCodeAt(i));
    if (c === SPACE) {
      i++;
      continue;
    }
    const end = c === WORDISH ? wordEnd(text, i) : markEnd(text, i);
    const t = text.slice(i, end);
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      // a letter or digit outside the blocks of LN ("ا", "𝐀") is a one-character word
      word: c === WORDISH || t.length > 1 || letterOrDigitAt(text, i) > 0,
      start: i,
      end,
    });
    i = end;
  }
  return tokens;
}
