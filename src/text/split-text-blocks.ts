/**
 * Cuts text into blocks no sentence crosses: blank lines, list lines, and safe sentence ends in very long
 * paragraphs. A single line break is white space inside a sentence.
 */
import { abbreviationBefore } from './sentence-abbreviations.js';
import type { Range } from './fix-sentence-bounds.js';
import { onFirstUse } from './on-first-use.js';

/**
 * Blocks longer than this are cut at safe sentence ends, else at white space. The cuts began as a guard
 * against parse-dutch, whose merge plugins turned quadratic on long paragraphs; the lexer that replaced it is
 * linear, but the sentence bounds of very long paragraphs depend on these cuts, so they stay.
 */
export const MAX_BLOCK = 4000;

/** A line opening with a list or arrow marker ("• …", "- …", "1. …", "a) …", "➔ …", "-woord"). */
const LIST_LINE =
  /^[ \t]{0,12}(?:[-*•▪◦·‣⁃–—\uF0A7\uF0B7](?=[ \t]*\S)|\d{1,2}[.)][ \t]|\p{Ll}\)[ \t]|[➔→➜➝➞⇒►▶➤]|->)/u;

/** A blank line ends a block; a list line starts one: it starts a new sentence. */
export function splitTextBlocks(text: string): Range[] {
  const blocks: Range[] = [];
  let blockStart = -1;
  let lineStart = 0;
  for (;;) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const blank = line.trim() === '';
    if (blank || LIST_LINE.test(line)) {
      if (blockStart >= 0) blocks.push({ start: blockStart, end: lineStart });
      blockStart = blank ? -1 : lineStart;
    } else if (blockStart < 0) blockStart = lineStart;
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  if (blockStart >= 0) blocks.push({ start: blockStart, end: text.length });
  return blocks.flatMap((b) => cutLongBlock(text, b));
}

/** ". De", "? Wij": a sentence end after a lower-case word of 3+ letters, safe to cut at. Linear. */
const SAFE_END = onFirstUse(() => /(?<=\p{Ll}{3})[.!?]\s+(?=\p{Lu}\p{Ll})/gu);

function cutLongBlock(text: string, block: Range): Range[] {
  if (block.end - block.start <= MAX_BLOCK) return [block];
  const cuts: number[] = [];
  let from = block.start;
  const slice = text.slice(block.start, block.end);
  const safeEnd = SAFE_END();
  safeEnd.lastIndex = 0;
  for (let m = safeEnd.exec(slice); m; m = safeEnd.exec(slice)) {
    const cut = block.start + m.index + 1;
    if (cut - from < MAX_BLOCK / 2) continue;
    if (slice.charAt(m.index) === '.' && abbreviationBefore(slice, m.index) === 'inner') continue;
    // no safe end in reach: cut at white space (a "sentence" this long is not prose anyway)
    while (cut - from > MAX_BLOCK) from = hardCut(text, from, cuts);
    cuts.push(cut);
    from = cut;
  }
  while (block.end - from > MAX_BLOCK) from = hardCut(text, from, cuts);
  const parts: Range[] = [];
  let start = block.start;
  for (const cut of [...cuts, block.end]) {
    parts.push({ start, end: cut });
    start = cut;
  }
  return parts;
}

/** Cuts at the last line break, else space, in the last quarter before `from + MAX_BLOCK`; returns the cut. */
function hardCut(text: string, from: number, cuts: number[]): number {
  const windowStart = from + (MAX_BLOCK * 3) / 4;
  const window = text.slice(windowStart, from + MAX_BLOCK);
  const nl = window.lastIndexOf('\n');
  const space = window.lastIndexOf(' ');
  const cut = windowStart + (nl >= 0 ? nl + 1 : space >= 0 ? space + 1 : window.length);
  cuts.push(cut);
  return cut;
}
