/** A Markdown text as the extractors get it: the letter file's visible text, markup blanked by the parse stage. */
import { createLetterFile } from '../../src/core/letter-file.js';
import { readTree } from '../../src/parse/read-tree.js';
import { blankMarkup } from '../../src/parse/visible-text.js';

export function visibleText(markdown: string): string {
  const file = createLetterFile('brief.md', markdown);
  blankMarkup(readTree(file, 'markdown').tree, file);
  return file.visible;
}
