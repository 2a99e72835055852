/** The pieces of a letter that extractors read: theme titles, paragraphs and list items, with their offsets. */
import type { Block, ListItem, Sentence, Theme } from '../model/schema.js';

export interface TextUnit {
  themeId: string;
  kind: 'title' | 'paragraph' | 'item';
  start: number;
  end: number;
  block: Block | null;
  item: ListItem | null;
  /** the list item's list, and the unit before the list (its introduction) */
  listIndex: number;
}

/** The sentences the parse stage split the unit into (none for a title). */
export const unitSentences = (unit: TextUnit): Sentence[] =>
  unit.item?.sentences ?? unit.block?.sentences ?? [];

const READABLE = new Set<Block['type']>(['paragraph', 'quote', 'table']);

/** All units in document order. */
export function textUnits(themes: Theme[]): TextUnit[] {
  const units: TextUnit[] = [];
  for (const theme of themes) {
    if (theme.titlePosition) {
      const { start, end } = theme.titlePosition;
      units.push({
        themeId: theme.id,
        kind: 'title',
        start: start.offset,
        end: end.offset,
        block: null,
        item: null,
        listIndex: -1,
      });
    }
    for (const block of theme.blocks) {
      if (block.type === 'list') {
        block.items.forEach((item, k) =>
          units.push({
            themeId: theme.id,
            kind: 'item',
            start: item.position.start.offset,
            end: item.position.end.offset,
            block,
            item,
            listIndex: k,
          }),
        );
      } else if (READABLE.has(block.type)) {
        units.push({
          themeId: theme.id,
          kind: 'paragraph',
          start: block.position.start.offset,
          end: block.position.end.offset,
          block,
          item: null,
          listIndex: -1,
        });
      }
    }
  }
  return units;
}
