/**
 * Sentence splitting with parse-dutch (nlcst), repaired for the texts we meet: Dutch abbreviations, footnote
 * digits glued to a full stop, missing spaces, Markdown links, hard line breaks and list lines.
 */
import { ParseDutch } from 'parse-dutch';
import { joinWrongBreaks, splitMissedBreaks, type Range } from './fix-sentence-bounds.js';
import { MAX_BLOCK, splitTextBlocks } from './split-text-blocks.js';

export interface Sentence {
  /** `input.slice(start, end)`, without surrounding white space */
  text: string;
  start: number;
  end: number;
}

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

/** parse-dutch's sentences of text[from, to), as absolute ranges. */
function parseRanges(text: string, from: number, to: number): Range[] {
  const ranges: Range[] = [];
  for (const node of dutchParser().tokenizeParagraph(text.slice(from, to)).children) {
    if (node.type !== 'SentenceNode' || !node.position) continue;
    const start = from + (node.position.start.offset ?? 0);
    const end = from + (node.position.end.offset ?? 0);
    if (end > start) ranges.push({ start, end });
  }
  return ranges;
}

/**
 * Small blocks (list lines, short paragraphs) are parsed together, up to MAX_BLOCK characters per call, and
 * the sentences cut back at the block bounds: one parse per line costs ~10 µs of set-up each.
 */
function sentencesPerBlock(text: string, blocks: readonly Range[]): Range[][] {
  const perBlock: Range[][] = blocks.map(() => []);
  for (let first = 0; first < blocks.length;) {
    let last = first;
    while (last + 1 < blocks.length && blocks[last + 1]!.end - blocks[first]!.start <= MAX_BLOCK) last++;
    let b = first;
    for (const r of parseRanges(text, blocks[first]!.start, blocks[last]!.end)) {
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
