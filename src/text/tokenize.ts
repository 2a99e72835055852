/**
 * The token stream of a piece of text: words (letters and digits, with inner hyphens or apostrophes:
 * "commissie-Jansen", "regio's") and single punctuation marks, each with its offsets. Every recogniser that reads
 * words (asks, their addressees, imperatives) reads these tokens rather than matching the raw text.
 */
import { LN } from './letter-classes.js';

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

const TOKEN = new RegExp(String.raw`[${LN}]+(?:['’-][${LN}]+)*|[^\s${LN}]`, 'gu');

/** The tokens of `text`, at most `max` of them (a sentence longer than that is not prose). */
export function tokenize(text: string, max = Infinity): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m && tokens.length < max; m = TOKEN.exec(text)) {
    const t = m[0];
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      word: t.length > 1 || /[\p{L}\p{N}]/u.test(t),
      start: m.index,
      end: m.index + t.length,
    });
  }
  return tokens;
}
