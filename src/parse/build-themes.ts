/** The tree's headings and blocks to themes: each heading opens a theme; text before the first is the opening. */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { positionIn, type LetterFile } from '../core/letter-file.js';
import type { Theme } from '../model/schema.js';
import { foldSpace } from '../text/fold-space.js';
import { slugify, uniqueIds } from './slugify.js';
import { toBlock } from './to-blocks.js';
import './mdast-data.js';

// "2.1 Wonen", "A. INBRAAK IN CIJFERS", "IV. Tot slot"
const SECTION_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z][.)]|[IVX]{2,4}[.)])\s+/;

/** Groups the tree into themes with levels and parents. */
export function buildThemes(root: Root, file: LetterFile): Theme[] {
  const themes: Theme[] = [];
  const nextId = uniqueIds();
  // the open headings, levels rising: the last one below a new heading's level is its parent
  const open: Theme[] = [];
  let current: Theme | null = null;
  for (const node of root.children) {
    if (node.type === 'heading') {
      while (open.length && open[open.length - 1]!.level >= node.depth) open.pop();
      current = headingTheme(node, nextId, open[open.length - 1] ?? null, file);
      themes.push(current);
      open.push(current);
      continue;
    }
    if (!current) {
      current = {
        id: nextId('opening'),
        title: null,
        level: 0,
        parentId: null,
        inferred: false,
        position: positionIn(file, node.position!.start.offset!, node.position!.end.offset!),
        titlePosition: null,
        blocks: [],
      };
      themes.push(current);
    }
    current.blocks.push(toBlock(node, `${current.id}/b${current.blocks.length + 1}`, file));
    current.position = positionIn(file, current.position.start.offset, node.position!.end.offset!);
  }
  return themes;
}

function headingTheme(
  node: Heading,
  nextId: (slug: string) => string,
  parent: Theme | null,
  file: LetterFile,
): Theme {
  const title = foldSpace(toString(node)).replace(SECTION_NUMBER, '') || foldSpace(toString(node));
  const position = positionIn(file, node.position!.start.offset!, node.position!.end.offset!);
  return {
    id: nextId(slugify(title)),
    title,
    level: node.depth,
    parentId: parent?.id ?? null,
    inferred: !!node.data?.inferred,
    position,
    titlePosition: position,
    blocks: [],
  };
}
