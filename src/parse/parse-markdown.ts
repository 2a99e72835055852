/** Markdown (CommonMark + GFM) to mdast through unified + remark-parse. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

let processor: Processor<Root> | undefined;

/** One frozen processor, built on first use. */
export function markdownProcessor(): Processor<Root> {
  processor ??= unified().use(remarkParse).use(remarkGfm).freeze() as unknown as Processor<Root>;
  return processor;
}

/** Parses a whole Markdown text; positions are offsets into `text`. */
export function parseMarkdown(text: string): Root {
  return markdownProcessor().parse(text);
}
