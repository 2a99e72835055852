/** A news item opens with its headline: an unnumbered heading with no body text above it. It is the title, not a theme. */
import type { Root } from 'mdast';
import { positionOf, type LineIndex } from '../model/position.js';
import type { MetaField } from '../model/schema.js';
import { numberingDepth } from './heading-like.js';

/** Removes the headline from the tree and returns it as a field, or null when there is none. */
export function setAsideHeadline(
  root: Root,
  text: string,
  index: LineIndex,
  fields: MetaField[],
): MetaField | null {
  if (fields.some((f) => f.name === 'subject')) return null;
  const first = root.children[0];
  if (first?.type !== 'heading') return null;
  const start = first.position!.start.offset!;
  const end = first.position!.end.offset!;
  // a numbered heading ("1. Inleiding") is the first section, not a headline
  if (numberingDepth(text.slice(start, end)) > 0) return null;
  root.children.shift();
  return {
    name: 'headline',
    label: null,
    value: text
      .slice(start, end)
      .replace(/^#{1,6}\s+/, '')
      .trim(),
    position: positionOf(index, start, end),
    labelPosition: null,
  };
}
