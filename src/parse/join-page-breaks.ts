/**
 * A page break in a PDF extract splits a paragraph in two: "… kan leiden tot" / blank line / "rechtsonzekerheid …".
 * When a paragraph (or a list's last item) stops mid-sentence and the next one starts in lower case, they are one
 * paragraph: join them.
 */
import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
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
    const prev = lastParagraph(out[out.length - 1]);
    if (prev && node.type === 'paragraph' && isSplit(prev.paragraph, node, text)) {
      const gap = { start: prev.paragraph.position!.end, end: node.position!.start } as Position;
      prev.paragraph.children.push({ type: 'text', value: '\n', position: gap });
      for (const child of node.children) prev.paragraph.children.push(child);
      // the paragraph and the list item and list around it end where the joined part ends
      for (const n of prev.path) n.position = { start: n.position!.start, end: node.position!.end };
      prev.paragraph.data = { ...prev.paragraph.data, joined: gap };
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

/** A paragraph, or a list's last item's last paragraph ("-het Colo … de kwalificatie-" / page / "structuur …"),
 * with the nodes from it up to the block. */
function lastParagraph(
  node: RootContent | undefined,
): { paragraph: Paragraph; path: (List | ListItem | Paragraph)[] } | null {
  if (node?.type === 'paragraph') return { paragraph: node, path: [node] };
  if (node?.type !== 'list') return null;
  const item = node.children[node.children.length - 1];
  const last = item?.children[item.children.length - 1];
  return item && last?.type === 'paragraph' ? { paragraph: last, path: [node, item, last] } : null;
}

function isSplit(a: Paragraph, b: Paragraph, text: string): boolean {
  // lines of a page head were split apart on purpose ("Kop van het bericht" / "woensdag 4 november 2015")
  if (a.data?.stacked || b.data?.stacked) return false;
  const first = text.slice(a.position!.start.offset, a.position!.end.offset);
  const second = text.slice(b.position!.start.offset, b.position!.end.offset);
  return (
    first.length >= MIN_PROSE &&
    // a word hyphenated at the page's end goes on after it ("kwalificatie-" / "structuur")
    /(?:[\p{L}\d,]|\p{L}-)$/u.test(first) &&
    !ENDS_SENTENCE.test(first) &&
    lowerAt(second, 0) > 0
  );
}
