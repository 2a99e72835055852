/**
 * Sentence splitting with parse-dutch (nlcst), repaired for the texts we meet: Dutch abbreviations, footnote
 * digits glued to a full stop, missing spaces, Markdown links, hard line breaks and list lines.
 */
import { ParseDutch } from 'parse-dutch';
import { abbreviationBefore } from './sentence-abbreviations.js';
import { joinWrongBreaks, splitMissedBreaks, type Range } from './fix-sentence-bounds.js';

export interface Sentence {
  /** `input.slice(start, end)`, without surrounding white space */
  text: string;
  start: number;
  end: number;
}

/** Blocks longer than this are cut at safe sentence ends first: parse-dutch slows down on very long paragraphs. */
const MAX_BLOCK = 6000;

/** A line opening with a list or arrow marker ("• …", "- …", "1. …", "a) …", "➔ …", "-woord"). */
const LIST_LINE = /^[ \t]{0,12}(?:[-*•▪◦·‣⁃–—\uF0A7\uF0B7](?=[ \t]*\S)|\d{1,2}[.)][ \t]|\p{Ll}\)[ \t]|[➔→➜➝➞⇒►▶➤]|->)/u;

let parser: ParseDutch | undefined;

/**
 * parse-dutch with its two "abbreviation before a full stop" mergers removed: they treat common words ("op",
 * "al", "zo") and every 1–3 digit number ("nr. 190.") as abbreviations. Our own list (abbreviations.yaml)
 * takes their place in joinWrongBreaks. The mergers are found by behaviour, not by position.
 */
function dutchParser(): ParseDutch {
  if (parser) return parser;
  const p = new ParseDutch();
  const bare = new ParseDutch();
  bare.tokenizeParagraphPlugins = [];
  const merges = (plugin: (typeof p.tokenizeParagraphPlugins)[number], probe: string): boolean => {
    const paragraph = bare.tokenizeParagraph(probe);
    const before = paragraph.children.length;
    plugin(paragraph);
    return paragraph.children.length < before;
  };
  p.tokenizeParagraphPlugins = p.tokenizeParagraphPlugins.filter(
    (plugin) => !merges(plugin, 'Zie op. Dan gaat het.') && !merges(plugin, 'Zie mr. Dan gaat het.'),
  );
  parser = p;
  return p;
}

/** A blank line ends a block; so does a list line ("• …", "1. …", "➔ …", "-woord"): it starts a new sentence. */
function splitBlocks(text: string): Range[] {
  const blocks: Range[] = [];
  let blockStart = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
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
const SAFE_END = /(?<=\p{Ll}{3})[.!?]\s+(?=\p{Lu}\p{Ll})/gu;

function cutLongBlock(text: string, block: Range): Range[] {
  if (block.end - block.start <= MAX_BLOCK) return [block];
  const slice = text.slice(block.start, block.end);
  const parts: Range[] = [];
  let from = 0;
  SAFE_END.lastIndex = 0;
  for (let m = SAFE_END.exec(slice); m; m = SAFE_END.exec(slice)) {
    const cut = m.index + 1;
    if (cut - from < MAX_BLOCK / 2) continue;
    if (slice.charAt(m.index) === '.' && abbreviationBefore(slice, m.index) === 'inner') continue;
    parts.push({ start: block.start + from, end: block.start + cut });
    from = cut;
  }
  parts.push({ start: block.start + from, end: block.end });
  return parts;
}

/** Splits text into sentences with their offsets. A single line break is white space; a blank line ends a sentence. */
export function splitSentences(text: string): Sentence[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const p = dutchParser();
  const sentences: Sentence[] = [];
  for (const block of splitBlocks(text)) {
    const tree = p.tokenizeParagraph(text.slice(block.start, block.end));
    const ranges: Range[] = [];
    for (const node of tree.children) {
      if (node.type !== 'SentenceNode' || !node.position) continue;
      const start = block.start + (node.position.start.offset ?? 0);
      const end = block.start + (node.position.end.offset ?? 0);
      if (end > start) ranges.push({ start, end });
    }
    for (const r of splitMissedBreaks(text, joinWrongBreaks(text, ranges))) {
      let { start, end } = r;
      while (start < end && /\s/u.test(text.charAt(start))) start++;
      while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
      if (end > start) sentences.push({ text: text.slice(start, end), start, end });
    }
  }
  return sentences;
}
