/**
 * remark knows "-", "*", "+" and "1." lists but not the "•", "▪" or arrow lines of pasted letters, nor arrows
 * after a list marker ("- ➔ Zorg voor …"). This pass gives Markdown trees the same lists the plain-text
 * parser makes: marker data on every item, and paragraphs of bullet or arrow lines re-read as lists.
 */
import type { ListItem, Root, RootContent, Text } from 'mdast';
import { positionOf, type LineIndex } from '../model/position.js';
import { ARROWS, matchMarker } from './line-patterns.js';
import { parsePlainText } from './parse-plain-text.js';
import './mdast-data.js';

/** Normalises lists in place. */
export function normaliseMarkdown(root: Root, text: string, index: LineIndex): void {
  const out: RootContent[] = [];
  for (const node of root.children) {
    if (node.type === 'paragraph' && matchMarker(lineAt(text, node.position!.start.offset!))) {
      out.push(
        ...parsePlainText(text, index, node.position!.start.offset!, node.position!.end.offset!).children,
      );
      continue;
    }
    if (node.type === 'list') for (const item of node.children) markItem(item, text, index);
    out.push(node);
  }
  root.children = out;
}

const lineAt = (text: string, offset: number): string => {
  const end = text.indexOf('\n', offset);
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, end === -1 ? text.length : end);
};

function markItem(item: ListItem, text: string, index: LineIndex): void {
  const start = item.position!.start.offset!;
  const bullet = /^\s*(\d{1,9}[.)]|[-*+])/.exec(text.slice(start, start + 12))?.[1] ?? null;
  const paragraph = item.children[0];
  let contentStart = paragraph?.position?.start.offset ?? start;
  let arrow: string | null = null;
  const first = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
  if (paragraph?.type === 'paragraph' && first?.type === 'text') {
    arrow = ARROWS.find((a) => first.value.startsWith(a)) ?? null;
    if (arrow) {
      const cut =
        arrow.length +
        (first.value.slice(arrow.length).length - first.value.slice(arrow.length).trimStart().length);
      contentStart += cut;
      (first as Text).value = first.value.slice(cut);
      first.position = positionOf(index, contentStart, first.position!.end.offset!);
      paragraph.position = positionOf(index, contentStart, paragraph.position!.end.offset!);
    }
  }
  item.data = { ...item.data, bullet, arrow, contentStart };
}
