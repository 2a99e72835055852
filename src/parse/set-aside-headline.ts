/** A news item opens with its headline: an unnumbered heading with no body text above it. It is the title, not a theme. */
import type { Root } from 'mdast';
import { positionIn, type LetterFile } from '../core/letter-file.js';
import { numberingDepth } from './heading-like.js';

/** Moves the headline, when there is one, from the tree to the file's fields. */
export function setAsideHeadline(root: Root, file: LetterFile): void {
  const { text } = file;
  if (file.fields.some((f) => f.name === 'subject')) return;
  const first = root.children[0];
  if (first?.type !== 'heading') return;
  const start = first.position!.start.offset!;
  const end = first.position!.end.offset!;
  // a numbered heading ("1. Inleiding") is the first section, not a headline
  if (numberingDepth(text.slice(start, end)) > 0) return;
  root.children.shift();
  file.fields.push({
    name: 'headline',
    label: null,
    value: text
      .slice(start, end)
      .replace(/^#{1,6}\s+/, '')
      .trim(),
    position: positionIn(file, start, end),
    labelPosition: null,
  });
}
