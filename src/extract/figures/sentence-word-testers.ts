/**
 * Whether the sentence around a position holds a word of a kind: money words make a bare "7 miljard" an amount,
 * "aantal" makes a bare "412.000" a count.
 */
import type { FigureLexicon } from './figure-lexicon.js';
import { L } from '../../text/letter-classes.js';

/** A sentence is looked at no further than this many characters either side of the number. */
const REACH = 300;
const SENTENCE_END = /[.!?](?=\s)|\n[ \t]*\n/g;
const WORDS = new RegExp(String.raw`[${L}][${L}'’]{0,40}|€`, 'gu');

/** First index in a sorted list whose value is >= x. */
function lowerBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds, on first use, the sentence ends and the places of money words in the whole text, so each
 * question costs two binary searches however many numbers the text holds.
 */
function sentenceTester(text: string, isWord: (lower: string) => boolean): (at: number) => boolean {
  let ends: number[] | null = null;
  let hits: number[] = [];
  return (at: number): boolean => {
    if (ends === null) {
      ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index);
      hits = [];
      for (const m of text.matchAll(WORDS)) if (isWord(m[0].toLowerCase())) hits.push(m.index);
    }
    const i = lowerBound(ends, at);
    const from = Math.max(i > 0 ? (ends[i - 1] as number) + 1 : 0, at - REACH);
    const to = Math.min(i < ends.length ? (ends[i] as number) : text.length, at + REACH);
    const j = lowerBound(hits, from);
    return j < hits.length && (hits[j] as number) < to;
  };
}

export const moneySentenceTester = (text: string, lex: FigureLexicon): ((at: number) => boolean) =>
  sentenceTester(
    text,
    (w) => w === '€' || lex.moneyWords.has(w) || lex.moneyStems.some((s) => w.includes(s)),
  );

export const countSentenceTester = (text: string, lex: FigureLexicon): ((at: number) => boolean) =>
  sentenceTester(text, (w) => lex.countWords.has(w));
