/** mdast block nodes to the model's Blocks: source slice, plain text, inline spans, list items with markers. */
import type { ListItem as MdListItem, Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { positionOf, type LineIndex } from '../model/position.js';
import type { Block, ListItem, Span } from '../model/schema.js';
import './mdast-data.js';

/** Folds runs of whitespace to one space. */
export const foldSpace = (s: string): string => s.replace(/\s+/g, ' ').trim();

const TYPES: Partial<Record<RootContent['type'], Block['type']>> = {
  paragraph: 'paragraph',
  blockquote: 'quote',
  code: 'code',
  table: 'table',
  thematicBreak: 'rule',
  html: 'paragraph',
  definition: 'paragraph',
  footnoteDefinition: 'paragraph',
};

/** Converts one top-level node; ids are `${themeId}/b${n}` so other themes' ids never move. */
export function toBlock(node: RootContent, id: string, text: string, index: LineIndex): Block {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const base = {
    id,
    text: text.slice(start, end),
    plain: foldSpace(toString(node as Nodes)),
    position: positionOf(index, start, end),
    spans: spansOf(node as Nodes),
  };
  if (node.type === 'list') {
    const items = node.children.map((item, k) => toItem(item, `${id}/i${k + 1}`, text, index));
    return {
      type: 'list',
      ...base,
      plain: items.map((i) => i.plain).join('\n'),
      ordered: !!node.ordered,
      items,
    };
  }
  return { type: TYPES[node.type] ?? 'paragraph', ...base } as Block;
}

function toItem(item: MdListItem, id: string, text: string, index: LineIndex): ListItem {
  const start = item.data?.contentStart ?? item.position!.start.offset!;
  const end = item.position!.end.offset!;
  return {
    id,
    text: text.slice(start, end),
    plain: foldSpace(toString(item)),
    position: positionOf(index, start, end),
    spans: spansOf(item),
    bullet: item.data?.bullet ?? null,
    arrow: item.data?.arrow ?? null,
  };
}

/** Bold, emphasis, links and code inside a node, in document order. */
export function spansOf(node: Nodes): Span[] {
  const spans: Span[] = [];
  const walk = (n: Nodes): void => {
    const type =
      n.type === 'strong'
        ? 'strong'
        : n.type === 'emphasis'
          ? 'emphasis'
          : n.type === 'link'
            ? 'link'
            : n.type === 'inlineCode'
              ? 'code'
              : null;
    if (type && n.position) {
      spans.push({
        type,
        text: foldSpace(toString(n)),
        href: n.type === 'link' ? n.url : null,
        position: { start: n.position.start, end: n.position.end } as Span['position'],
      });
    }
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(node);
  return spans;
}
