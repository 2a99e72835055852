/**
 * Markdown written by word processors and web editors puts a section's bold title on the line right above its
 * prose ("**Toezicht**" / "Het toezicht is …"), and CommonMark reads both lines as one paragraph. The plain-text
 * parser already splits such a line off; this pass does the same for Markdown trees, so the heading pass can
 * judge the bold line on its own.
 */
import type { Paragraph, Root, RootContent, Text } from 'mdast';
import { isHeadingLike } from './heading-like.js';
import { holdsSentence } from './split-wrapped-headings.js';
import { positionOf, type LineIndex } from '../model/position.js';

/** Splits, in place, top-level paragraphs whose first line is one heading-like run of bold above prose. */
export function splitBoldHeadings(root: Root, text: string, index: LineIndex): void {
  if (!text.includes('**') && !text.includes('__')) return;
  root.children = root.children.flatMap((node) =>
    node.type === 'paragraph' ? split(node, text, index) : [node],
  );
}

function split(node: Paragraph, text: string, index: LineIndex): RootContent[] {
  const [bold, after, ...rest] = node.children;
  if (bold?.type !== 'strong' || after?.type !== 'text' || !after.value.startsWith('\n')) return [node];
  const start = node.position!.start.offset!;
  const boldEnd = bold.position!.end.offset!;
  if (bold.position!.start.offset !== start || !isHeadingLike(text.slice(start, boldEnd))) return [node];
  const head: Paragraph = {
    type: 'paragraph',
    children: [bold],
    position: positionOf(index, start, boldEnd),
  };
  // the line break and the next line's indent belong to neither part
  const body = after.value.replace(/^\n[ \t]*/u, '');
  let bodyStart = boldEnd + 1;
  while (text[bodyStart] === ' ' || text[bodyStart] === '\t') bodyStart++;
  // prose below it, as in plain text: not a line that goes on with the bold one ("**Rondetafelgesprek**" / "Vaste
  // commissie voor Financiën – 12 maart 2025")
  if (!holdsSentence(text.slice(bodyStart, node.position!.end.offset!))) return [node];
  const position = positionOf(index, bodyStart, after.position!.end.offset!);
  const first: RootContent[] = body ? [{ ...after, value: body, position } as Text] : [];
  const children = [...first, ...rest] as Paragraph['children'];
  if (children.length === 0) return [node];
  const tail: Paragraph = {
    type: 'paragraph',
    children,
    position: positionOf(index, children[0]!.position!.start.offset!, node.position!.end.offset!),
  };
  return [head, tail];
}
