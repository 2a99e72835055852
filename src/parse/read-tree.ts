/**
 * The parse stage's first pass: the letter's text to one mdast tree. Markdown goes through remark (with our
 * list markers added), plain text through our own parser; Markdown that would make remark slow or overflow the
 * stack is read as plain text, with a warning.
 */
import type { Root } from 'mdast';
import { message, type LetterFile } from '../core/letter-file.js';
import { detectFormat, type SourceFormat } from './detect-format.js';
import { markdownRisk } from './markup-limits.js';
import { normaliseMarkdown } from './normalise-markdown.js';
import { parseMarkdown } from './parse-markdown.js';
import { parsePlainText } from './parse-plain-text.js';
import { splitBoldHeadings } from './split-bold-headings.js';

/** The tree of `file.text` and the format it was read as ("auto" looks at the extension and the text). */
export function readTree(
  file: LetterFile,
  wanted: SourceFormat | 'auto',
): { tree: Root; format: SourceFormat } {
  const { text } = file;
  let format = wanted === 'auto' ? detectFormat(file.path, text) : wanted;
  const risk = format === 'markdown' ? markdownRisk(text) : null;
  if (risk) {
    format = 'text';
    message(file, 'markup-limit', risk.reason, risk);
  }
  if (format === 'text') return { tree: parsePlainText(text, file.lines), format };
  const tree = parseMarkdown(text);
  normaliseMarkdown(tree, text, file.lines);
  splitBoldHeadings(tree, text, file.lines);
  return { tree, format };
}
