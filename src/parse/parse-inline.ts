/** Inline Markdown (links, bold, emphasis, code) inside one block of plain text, with true positions. */
import type { PhrasingContent, Text } from 'mdast';
import type { Node } from 'unist';
import { positionOf, type LineIndex } from '../model/position.js';
import { MAX_MARKDOWN_DEPTH, inlineLimit, markdownDepth } from './markup-limits.js';
import { parseMarkdown } from './parse-markdown.js';
import { scanInline } from './scan-inline.js';

// Without one of these there is no inline syntax to find, so the parser is not run at all.
const INLINE_SYNTAX = /[[*_`<&\\!]|https?:|www\./;

/** Parses text[start, end) as inline content; falls back to one text node when it is not a lone paragraph. */
export function parseInline(text: string, start: number, end: number, index: LineIndex): PhrasingContent[] {
  const slice = text.slice(start, end);
  const plain = (): PhrasingContent[] => [
    {
      type: 'text',
      value: slice.replace(/(?<![ \t])[ \t]*\n[ \t]*/g, '\n'),
      position: positionOf(index, start, end),
    },
  ];
  if (!INLINE_SYNTAX.test(slice)) return plain();
  // remark turns quadratic on many delimiters or lines and recurses on deep nesting: such blocks stay plain text
  const limit = inlineLimit(text, start, end);
  if (limit) return [{ ...(plain()[0] as Text), data: { markupSkipped: limit } }];
  if (markdownDepth(slice).depth > MAX_MARKDOWN_DEPTH) return plain();
  // what letters hold is read without remark; the rest goes to remark, the reference
  const scanned = scanInline(text, start, end, index);
  if (scanned) return scanned;
  const root = parseMarkdown(slice);
  const only = root.children.length === 1 ? root.children[0] : undefined;
  if (only?.type !== 'paragraph') return plain();
  shiftPositions(only, start, index);
  return only.children;
}

/** Moves every position in a subtree parsed from a slice to its place in the whole text. */
function shiftPositions(node: Node, base: number, index: LineIndex): void {
  if (node.position) {
    const s = (node.position.start.offset ?? 0) + base;
    const e = (node.position.end.offset ?? 0) + base;
    node.position = positionOf(index, s, e);
  }
  const children = (node as { children?: Node[] }).children;
  if (children) for (const child of children) shiftPositions(child, base, index);
}
