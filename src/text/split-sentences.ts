/**
 * Sentence splitting: bounds from one lexical pass (lex-sentences.ts, parse-latin's rules), repaired for the
 * texts we meet: Dutch abbreviations, footnote digits glued to a full stop, missing spaces, Markdown links, hard
 * line breaks and list lines.
 */
import { joinWrongBreaks, splitMissedBreaks, type Range } from './fix-sentence-bounds.js';
import { lexSentences } from './lex-sentences.js';
import { MAX_BLOCK, splitTextBlocks } from './split-text-blocks.js';

export interface Sentence {
  /** `input.slice(start, end)`, without surrounding white space */
  text: string;
  start: number;
  end: number;
}

/**
 * Small blocks (list lines, short paragraphs) are lexed together, up to MAX_BLOCK characters per call, and
 * the sentences cut back at the block bounds. (The grouping began as a speed-up for parse-dutch; the bounds
 * depend on it in rare cases: marks without a word that open a block, "?! Verder.", join the sentence before.)
 */
function sentencesPerBlock(text: string, blocks: readonly Range[]): Range[][] {
  const perBlock: Range[][] = blocks.map(() => []);
  for (let first = 0; first < blocks.length;) {
    let last = first;
    while (last + 1 < blocks.length && blocks[last + 1]!.end - blocks[first]!.start <= MAX_BLOCK) last++;
    let b = first;
    for (const r of lexSentences(text, blocks[first]!.start, blocks[last]!.end)) {
      while (b < last && blocks[b]!.end <= r.start) b++;
      // a sentence may run over block bounds: give each block its part
      for (let k = b; k <= last && blocks[k]!.start < r.end; k++) {
        const start = Math.max(r.start, blocks[k]!.start);
        const end = Math.min(r.end, blocks[k]!.end);
        if (end > start && text.slice(start, end).trim() !== '') perBlock[k]!.push({ start, end });
      }
    }
    first = last + 1;
  }
  return perBlock;
}

const isSpace = (c: string): boolean => /\s/u.test(c);

/** Splits text into sentences with their offsets. A single line break is white space; a blank line ends a sentence. */
export function splitSentences(text: string): Sentence[] {
  if (text.trim() === '') return [];
  const sentences: Sentence[] = [];
  for (const ranges of sentencesPerBlock(text, splitTextBlocks(text))) {
    for (const r of splitMissedBreaks(text, joinWrongBreaks(text, ranges))) {
      let { start, end } = r;
      while (start < end && isSpace(text.charAt(start))) start++;
      while (end > start && isSpace(text.charAt(end - 1))) end--;
      if (end > start) sentences.push({ text: text.slice(start, end), start, end });
    }
  }
  return sentences;
}
