/**
 * The text a reader sees, at the same offsets as the source: Markdown syntax ("**", "[", "](#)", "## ")
 * and list markers become spaces, so extractors can match plain words and still report true positions.
 */
import type { Nodes, Root } from 'mdast';
import type { LetterFile } from '../core/letter-file.js';
import { oneByte } from '../text/one-byte.js';

/**
 * Sets `file.visible`: the same length as the text; only characters inside text-like nodes survive, line ends,
 * and the bars between a table's cells, so that no name or sentence runs on from one cell into the next.
 */
export function blankMarkup(root: Root, file: LetterFile): void {
  const { text } = file;
  const keep = new Uint8Array(text.length);
  const walk = (node: Nodes): void => {
    // raw HTML in a letter is text a reader should see (and renderers escape), never markup
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') && node.position) {
      keep.fill(1, node.position.start.offset!, node.position.end.offset!);
      return;
    }
    if (node.type === 'tableRow') keepBarsBetweenCells(node.children, text, keep);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(root);
  let out = '';
  // copy kept runs and blank the others, a run at a time
  for (let i = 0; i < text.length;) {
    const kept = keep[i];
    let j = i;
    while (j < text.length && keep[j] === kept) j++;
    const piece = text.slice(i, j);
    out += kept ? piece : piece.replace(/[^\n]/g, ' ');
    i = j;
  }
  // every extractor reads slices of it
  file.visible = oneByte(out);
}

function keepBarsBetweenCells(cells: readonly Nodes[], text: string, keep: Uint8Array): void {
  for (let k = 1; k < cells.length; k++) {
    const from = cells[k - 1]!.position?.end.offset;
    const to = cells[k]!.position?.start.offset;
    if (from === undefined || to === undefined) continue;
    for (let i = from; i < to; i++) if (text[i] === '|') keep[i] = 1;
  }
}
