/**
 * Lexicon phrases as whole words, looked up by word instead of scanned for with one large alternation: a
 * paragraph's words are collected once, and a phrase is tried only where a word of the text is its first. The
 * results are those of the regular expression `(?<![LN])(?:phrase|…)(?![LN])` (the phrases longest first, any
 * white space between their words, with the i flag when asked), which stays the reader of any text or list
 * whose letters fold by case otherwise than toLowerCase does.
 */
import { blockLetterOrDigitAt, blockWords, blockWordsAt } from '../../text/letter-or-digit.js';
import {
  B_END,
  B_START,
  allMatches,
  literalAlternation,
  longestFirst,
  type Gate,
} from './reference-patterns.js';

/** A match as the finders read it: where it starts, and its text. */
export interface PhraseMatch {
  readonly index: number;
  readonly 0: string;
}

export interface WholeWords {
  /** every match in the text, left to right, as a global scan with the regular expression finds them */
  matchAll(text: string): readonly PhraseMatch[];
}

const SPACE = /^\s$/u;

const BEYOND_LATIN1 = /[^\0-\u00b4\u00b6-\u00ff]/;

/** Case folding (the i flag) is toLowerCase here: Basic Latin and Latin-1, but µ. */
const foldsPlainly = (s: string): boolean => !BEYOND_LATIN1.test(s);

// a letter beyond Latin-1 (or µ, or the mark that folds to iota) may equal a Latin-1 letter under the i flag
const FOLDS_OTHERWISE = /\u00b5|\u0345|(?![\0-\u00ff])\p{L}/u;

/** FOLDS_OTHERWISE, asked only of a text with a character it may match: its lookahead runs at every position. */
const foldsOtherwise = (text: string): boolean => !foldsPlainly(text) && FOLDS_OTHERWISE.test(text);

/** The whole words of a text (maximal runs of letters and digits), as written and in lower case. */
interface Words {
  readonly starts: readonly number[];
  readonly written: readonly string[];
  readonly lower: readonly string[];
  /** null when a letter of the text folds by case otherwise than toLowerCase does */
  readonly set: ReadonlySet<string> | null;
}

let last: { text: string; words: Words } | undefined;

/** The words of a text, read once: every gate and lookup of the finders asks about the same paragraph. */
function wordsOf(text: string): Words {
  if (last?.text === text) return last.words;
  const { starts, words: written } = blockWordsAt(text);
  const lower = written.map((w) => w.toLowerCase());
  const words = { starts, written, lower, set: foldsOtherwise(text) ? null : new Set(lower) };
  last = { text, words };
  return words;
}

/**
 * Every whole-word gate's keys in one table, a key to the gates that hold it (one bit each): a text's words are
 * looked up once for all gates, not once a gate. Past 31 gates bits are shared, so a gate may say yes for another's
 * key: a gate may say yes where its pattern finds nothing, never no where it finds something.
 */
const gatesOfKey = new Map<string, number>();
let gates = 0;
let lastBits: { words: Words; gates: number; bits: number } | undefined;

/** The bits of the gates whose keys the text holds (all bits when its letters fold otherwise). */
function gateBits(text: string): number {
  const words = wordsOf(text);
  if (lastBits?.words === words && lastBits.gates === gates) return lastBits.bits;
  let bits = 0;
  if (words.set) for (const w of words.set) bits |= gatesOfKey.get(w) ?? 0;
  else bits = -1;
  lastBits = { words, gates, bits };
  return bits;
}

/**
 * The gate of a wholeWords pattern of these phrases, in either case, or of any pattern that matches them only
 * between non-letters: a phrase found there shows each of its own runs of letters and digits as a whole word
 * of the text, so the text must hold the longest run of some phrase. A set lookup per word of the text instead
 * of a scan with a large case-insensitive alternation (costly to compile on the first letter, and to run).
 */
export function wholeWordGate(phrases: readonly string[]): Gate {
  const keys = new Set<string>();
  for (const phrase of phrases) {
    if (phrase.trim() === '') continue;
    const runs = blockWords(phrase);
    if (runs.length === 0 || !runs.every(foldsPlainly)) return { test: () => true };
    keys.add(runs.reduce((a, b) => (b.length > a.length ? b : a)).toLowerCase());
  }
  const bit = 1 << (gates++ % 31);
  for (const key of keys) gatesOfKey.set(key, (gatesOfKey.get(key) ?? 0) | bit);
  return { test: (text) => (gateBits(text) & bit) !== 0 };
}

/** The end of `words` read at `at` (white space between them, then no letter or digit), or -1. */
function matchAt(text: string, at: number, words: readonly string[], ignoreCase: boolean): number {
  let i = at;
  for (let k = 0; k < words.length; k++) {
    if (k > 0) {
      const from = i;
      while (i < text.length && SPACE.test(text.charAt(i))) i++;
      if (i === from) return -1;
    }
    const word = words[k] as string;
    const seen = text.slice(i, i + word.length);
    if ((ignoreCase ? seen.toLowerCase() : seen) !== word) return -1;
    i += word.length;
  }
  return blockLetterOrDigitAt(text, i) > 0 ? -1 : i;
}

/** The phrases as whole words, in either case when `ignoreCase` (none at all when the list is empty). */
export function wholeWords(phrases: readonly string[], ignoreCase: boolean): WholeWords {
  let regex: RegExp | undefined;
  const scan = (text: string): RegExpExecArray[] => {
    regex ??= new RegExp(
      `${B_START}(?:${literalAlternation(phrases, ignoreCase)})${B_END}`,
      ignoreCase ? 'giu' : 'gu',
    );
    return allMatches(regex, text);
  };
  // the order literalAlternation's pattern tries them in
  const ordered = longestFirst(phrases);
  if (ordered.length === 0) return { matchAll: () => [] };
  const byFirstWord = new Map<string, string[][]>();
  for (const trimmed of ordered) {
    const first = blockWords(/^[^\s]*/u.exec(trimmed)![0])[0];
    // a phrase is looked up by the word it starts with; it may end in a mark ("Ieder(in)"), as matchAt tests
    // what follows it as the pattern's end does
    if (!first || blockLetterOrDigitAt(trimmed, 0) === 0 || (ignoreCase && !foldsPlainly(trimmed)))
      return { matchAll: scan };
    const words = trimmed.split(/\s+/u).map((w) => (ignoreCase ? w.toLowerCase() : w));
    const key = ignoreCase ? first.toLowerCase() : first;
    byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), words]);
  }
  return {
    matchAll(text) {
      const { starts, written, lower, set } = wordsOf(text);
      if (ignoreCase && !set) return scan(text);
      const keys = ignoreCase ? lower : written;
      const out: PhraseMatch[] = [];
      let resume = 0;
      for (let k = 0; k < starts.length; k++) {
        const at = starts[k] as number;
        const candidates = at < resume ? undefined : byFirstWord.get(keys[k] as string);
        if (!candidates) continue;
        for (const words of candidates) {
          const end = matchAt(text, at, words, ignoreCase);
          if (end < 0) continue;
          out.push({ index: at, 0: text.slice(at, end) });
          resume = end;
          break;
        }
      }
      return out;
    },
  };
}
