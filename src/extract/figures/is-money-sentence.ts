/** Whether the sentence around a position is about money, so that a bare "7 miljard" is an amount. */
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
export function moneySentenceTester(text: string, lex: FigureLexicon): (at: number) => boolean {
  let ends: number[] | null = null;
  let money: number[] = [];
  return (at: number): boolean => {
    if (ends === null) {
      ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index);
      money = [];
      for (const m of text.matchAll(WORDS)) {
        const w = m[0].toLowerCase();
        if (w === '€' || lex.moneyWords.has(w) || lex.moneyStems.some((s) => w.includes(s)))
          money.push(m.index);
      }
    }
    const i = lowerBound(ends, at);
    const from = Math.max(i > 0 ? (ends[i - 1] as number) + 1 : 0, at - REACH);
    const to = Math.min(i < ends.length ? (ends[i] as number) : text.length, at + REACH);
    const j = lowerBound(money, from);
    return j < money.length && (money[j] as number) < to;
  };
}
