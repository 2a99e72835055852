/**
 * mdast block nodes to the model's Blocks: source slice, plain text, inline spans, the prose split into
 * sentences (once, here), list items with their markers.
 */
import type { ListItem as MdListItem, Nodes, RootContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { positionIn, type LetterFile } from '../core/letter-file.js';
import type { Block, ListItem, Sentence, Span } from '../model/schema.js';
import { foldSpace } from '../text/fold-space.js';
import { splitSentences } from '../text/split-sentences.js';
import './mdast-data.js';

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

/** Block types whose text is prose, split into sentences. */
const PROSE = new Set<Block['type']>(['paragraph', 'quote', 'table']);

/** Converts one top-level node; ids are `${themeId}/b${n}` so other themes' ids never move. */
export function toBlock(node: RootContent, id: string, file: LetterFile): Block {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const type = node.type === 'list' ? 'list' : (TYPES[node.type] ?? 'paragraph');
  const base = {
    id,
    text: file.source.slice(start, end),
    plain: node.type === 'table' ? tablePlain(node) : foldSpace(toString(node as Nodes)),
    position: positionIn(file, start, end),
    spans: spansOf(node as Nodes),
    sentences:
      node.type === 'table'
        ? cellsOf(node).flatMap((c) => sentencesIn(file, c.position!.start.offset!, c.position!.end.offset!))
        : PROSE.has(type)
          ? sentencesIn(file, start, end)
          : [],
  };
  if (node.type === 'list') {
    const items = node.children.map((item, k) => toItem(item, `${id}/i${k + 1}`, file));
    return {
      type: 'list',
      ...base,
      plain: items.map((i) => i.plain).join('\n'),
      ordered: !!node.ordered,
      items,
    };
  }
  return { type, ...base } as Block;
}

const cellsOf = (table: Table): TableCell[] => table.children.flatMap((row) => row.children);

/** A table's text row by row, its cells apart: "Onderwerp | Ons verzoek" rather than "OnderwerpOns verzoek". */
const tablePlain = (table: Table): string =>
  table.children.map((row) => row.children.map((c) => foldSpace(toString(c))).join(' | ')).join('\n');

function toItem(item: MdListItem, id: string, file: LetterFile): ListItem {
  const start = item.data?.contentStart ?? item.position!.start.offset!;
  const end = item.position!.end.offset!;
  return {
    id,
    text: file.source.slice(start, end),
    plain: foldSpace(toString(item)),
    position: positionIn(file, start, end),
    spans: spansOf(item),
    sentences: sentencesIn(file, start, end),
    bullet: item.data?.bullet ?? null,
    arrow: item.data?.arrow ?? null,
  };
}

/**
 * The sentences of the visible text in [start, end) (a table's, cell by cell). One block is one run of prose: a blank line inside it
 * comes from a joined page break, not a sentence end, so line ends count as spaces.
 */
function sentencesIn(file: LetterFile, start: number, end: number): Sentence[] {
  const view = file.visible.slice(start, end).replace(/\n/g, ' ');
  return splitSentences(view).map((s) => ({
    plain: foldSpace(s.text),
    position: positionIn(file, start + s.start, start + s.end),
  }));
}

/** Bold, emphasis, links and code inside a node, in document order. */
function spansOf(node: Nodes): Span[] {
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
