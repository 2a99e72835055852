/** The tree's headings and blocks to themes: each heading opens a theme; text before the first is the opening. */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { positionOf, type LineIndex } from '../model/position.js';
import type { Theme } from '../model/schema.js';
import { slugify, uniqueIds } from './slugify.js';
import { foldSpace, toBlock } from './to-blocks.js';
import './mdast-data.js';

const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?\s+/;

/** Groups the tree into themes with levels and parents. */
export function buildThemes(root: Root, text: string, index: LineIndex): Theme[] {
  const themes: Theme[] = [];
  const nextId = uniqueIds();
  let current: Theme | null = null;
  for (const node of root.children) {
    if (node.type === 'heading') {
      current = headingTheme(node, nextId, themes, text, index);
      themes.push(current);
      continue;
    }
    if (!current) {
      current = {
        id: nextId('opening'),
        title: null,
        level: 0,
        parentId: null,
        inferred: false,
        position: positionOf(index, node.position!.start.offset!, node.position!.end.offset!),
        titlePosition: null,
        blocks: [],
      };
      themes.push(current);
    }
    current.blocks.push(toBlock(node, `${current.id}/b${current.blocks.length + 1}`, text, index));
    current.position = positionOf(index, current.position.start.offset, node.position!.end.offset!);
  }
  return themes;
}

function headingTheme(
  node: Heading,
  nextId: (slug: string) => string,
  themes: Theme[],
  text: string,
  index: LineIndex,
): Theme {
  const title = foldSpace(toString(node)).replace(SECTION_NUMBER, '') || foldSpace(toString(node));
  const parent = [...themes].reverse().find((t) => t.title !== null && t.level < node.depth);
  const position = positionOf(index, node.position!.start.offset!, node.position!.end.offset!);
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
