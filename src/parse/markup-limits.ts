/**
 * Limits that keep remark (micromark) fast on hostile input. micromark pairs emphasis, strikethrough and link
 * brackets by walking back over the earlier delimiters of a paragraph, which is quadratic in their number
 * (measured: 40 kB of "*_" takes 22 s, 32 kB of "~a" 5 s); with GFM its text resolvers are quadratic in the
 * lines of one paragraph (9,000 lines: 2.7 s, against 0.4 s for 3,000); and it nests containers by recursion
 * ("> > > …" or "- - - …" overflows the stack at a few thousand levels). So a block with more markup
 * characters than MAX_INLINE_MARKUP or more lines than MAX_BLOCK_LINES is kept as plain text, and a Markdown
 * text nested deeper than MAX_MARKDOWN_DEPTH, or holding such a block, is read by the plain-text parser. Each
 * cap leaves a diagnostic. Real letters stay far below all three limits.
 */
import type { Nodes, Root } from 'mdast';
import { message, type LetterFile } from '../core/letter-file.js';
import './mdast-data.js';

/** Emphasis, strikethrough, link and code markup characters per block (a busy real paragraph has < 40). */
export const MAX_INLINE_MARKUP = 400;
/** Quote and list levels on one line, counting two spaces of indentation as a level. */
export const MAX_MARKDOWN_DEPTH = 48;
/** Lines in one block without a blank line (a long real paragraph has < 60). */
const MAX_BLOCK_LINES = 1000;

const isMarkup = (c: number): boolean =>
  c === 42 /* * */ ||
  c === 95 /* _ */ ||
  c === 126 /* ~ */ ||
  c === 91 /* [ */ ||
  c === 93 /* ] */ ||
  c === 96; /* ` */

/** Markup characters in text[start, end). */
function countInlineMarkup(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isMarkup(text.charCodeAt(i))) n++;
  return n;
}

interface Block {
  start: number;
  end: number;
  /** markup characters */
  count: number;
  lines: number;
}

/**
 * Of the paragraph-like runs between blank lines, [start, end): the one with the most markup characters
 * (`busiest`) and the one with the most lines (`longest`).
 */
export function blockStats(text: string): { busiest: Block; longest: Block } {
  let busiest: Block = { start: 0, end: 0, count: 0, lines: 0 };
  let longest = busiest;
  let start = 0;
  let count = 0;
  let lines = 0;
  let lineStart = 0;
  let blankLine = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10) {
      if (!blankLine) lines++;
      if (blankLine || i === text.length) {
        const block = () => ({ start, end: blankLine ? Math.max(start, lineStart - 1) : i, count, lines });
        if (count > busiest.count) busiest = block();
        if (lines > longest.lines) longest = block();
        start = i + 1;
        count = 0;
        lines = 0;
      }
      lineStart = i + 1;
      blankLine = true;
    } else if (c !== 32 && c !== 9 && c !== 13) {
      blankLine = false;
      if (isMarkup(c)) count++;
    }
  }
  return { busiest, longest };
}

/** Why the inline markup of text[start, end) should not go to remark, or null when it may. */
export function inlineLimit(text: string, start: number, end: number): string | null {
  const markup = countInlineMarkup(text, start, end);
  if (markup > MAX_INLINE_MARKUP)
    return `${markup} markup characters in one block (the limit is ${MAX_INLINE_MARKUP}): links and emphasis in it are not read`;
  let lines = 1;
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines++;
  if (lines > MAX_BLOCK_LINES)
    return `${lines} lines in one block (the limit is ${MAX_BLOCK_LINES}): links and emphasis in it are not read`;
  return null;
}

/** The deepest line's nesting (quote and list markers, plus indentation / 2 before them) and where it starts. */
export function markdownDepth(text: string): { depth: number; offset: number } {
  let deepest = { depth: 0, offset: 0 };
  for (let lineStart = 0; lineStart < text.length;) {
    let i = lineStart;
    let depth = 0;
    let indent = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) indent++;
      else if (c === 9) indent += 4;
      else if (c === 62 /* > */) depth++;
      else if ((c === 45 || c === 42 || c === 43) && isSpace(text.charCodeAt(i + 1))) depth++;
      else if (isDigit(c)) {
        // "1. " or "12) ": an ordered list marker
        let j = i + 1;
        while (j - i < 9 && isDigit(text.charCodeAt(j))) j++;
        const d = text.charCodeAt(j);
        if ((d !== 46 && d !== 41) || !isSpace(text.charCodeAt(j + 1))) break;
        depth++;
        i = j;
      } else break;
      i++;
    }
    // indentation nests only in front of a marker; an indented plain line is not nested
    if (depth > 0) depth += indent >> 1;
    if (depth > deepest.depth) deepest = { depth, offset: lineStart };
    const nl = text.indexOf('\n', i);
    lineStart = nl === -1 ? text.length : nl + 1;
  }
  return deepest;
}

const isSpace = (c: number): boolean => c === 32 || c === 9;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Why a Markdown text should not go to remark whole, or null when it may. */
export function markdownRisk(text: string): { reason: string; start: number; end: number } | null {
  const deep = markdownDepth(text);
  if (deep.depth > MAX_MARKDOWN_DEPTH) {
    const end = text.indexOf('\n', deep.offset);
    return {
      reason: `Markdown nested ${deep.depth} levels deep (the limit is ${MAX_MARKDOWN_DEPTH}): read as plain text`,
      start: deep.offset,
      end: end === -1 ? text.length : end,
    };
  }
  const { busiest, longest } = blockStats(text);
  if (busiest.count > MAX_INLINE_MARKUP) {
    return {
      reason: `a block with ${busiest.count} markup characters (the limit is ${MAX_INLINE_MARKUP}): read as plain text`,
      start: busiest.start,
      end: busiest.end,
    };
  }
  if (longest.lines > MAX_BLOCK_LINES) {
    return {
      reason: `a block of ${longest.lines} lines without a blank line (the limit is ${MAX_BLOCK_LINES}): read as plain text`,
      start: longest.start,
      end: longest.end,
    };
  }
  return null;
}

/** A warning for each block whose inline markup was left unread (parseInline marks them), in document order. */
export function reportSkippedMarkup(tree: Root, file: LetterFile): void {
  // a plain walk: unist-util-visit's bookkeeping of parents cost more than the look at each node
  const walk = (node: Nodes): void => {
    if (node.type === 'text') {
      const reason = node.data?.markupSkipped;
      if (reason && node.position)
        message(file, 'markup-limit', reason, {
          start: node.position.start.offset ?? 0,
          end: node.position.end.offset ?? 0,
        });
    } else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
}
