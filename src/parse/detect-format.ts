/** Markdown or plain text: by file extension, else by Markdown-only syntax in the text. */

const MARKDOWN_EXT = /\.(?:md|markdown|mdown|mkd)$/i;
// ATX headings and code fences never occur in pasted plain text; links and bold do, so they do not decide
const MARKDOWN_SYNTAX = /^(?:#{1,6}[ \t]+\S|```|~~~)/m;

export type SourceFormat = 'markdown' | 'text';

export function detectFormat(path: string | null, text: string): SourceFormat {
  if (path && MARKDOWN_EXT.test(path)) return 'markdown';
  return MARKDOWN_SYNTAX.test(text) ? 'markdown' : 'text';
}
