/**
 * A page break in a PDF extract splits a paragraph in two: "… kan leiden tot" / blank line / "rechtsonzekerheid …".
 * When a paragraph stops mid-sentence and the next one starts in lower case, they are one paragraph: join them.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { message, type LetterFile } from '../core/letter-file.js';
import type { Position } from '../model/schema.js';
import { ENDS_SENTENCE } from './line-patterns.js';
import './mdast-data.js';
import { lowerAt } from '../text/letter-or-digit.js';

const MIN_PROSE = 40;

/** Joins split paragraphs in place, with one warning per join. */
export function joinPageBreaks(root: Root, file: LetterFile): void {
  const { text } = file;
  const out: RootContent[] = [];
  for (const node of root.children) {
    const prev = out[out.length - 1];
    if (prev?.type === 'paragraph' && node.type === 'paragraph' && isSplit(prev, node, text)) {
      const gap = { start: prev.position!.end, end: node.position!.start } as Position;
      prev.children.push({ type: 'text', value: '\n', position: gap });
      for (const child of node.children) prev.children.push(child);
      prev.position = { start: prev.position!.start, end: node.position!.end };
      prev.data = { ...prev.data, joined: gap };
      message(
        file,
        'page-break-joined',
        'joined a paragraph split by a page break (it stopped mid-sentence and the next starts in lower case)',
        gap,
      );
    } else out.push(node);
  }
  root.children = out;
}

function isSplit(a: Paragraph, b: Paragraph, text: string): boolean {
  // lines of a page head were split apart on purpose ("Kop van het bericht" / "woensdag 4 november 2015")
  if (a.data?.stacked || b.data?.stacked) return false;
  const first = text.slice(a.position!.start.offset, a.position!.end.offset);
  const second = text.slice(b.position!.start.offset, b.position!.end.offset);
  return (
    first.length >= MIN_PROSE &&
    /[\p{L}\d,]$/u.test(first) &&
    !ENDS_SENTENCE.test(first) &&
    lowerAt(second, 0) > 0
  );
}
