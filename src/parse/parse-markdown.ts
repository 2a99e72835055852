/** Markdown (CommonMark + GFM) to mdast through unified + remark-parse. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * GFM constructs a text cannot hold without these characters: an e-mail autolink its "@", a table's delimiter row a
 * "|" or a colon beside a dash. micromark tries the first at every letter and digit and the second at every line,
 * about 40 % of what a Markdown parse allocates; without them the tree is the same.
 */
const SKIPPABLE: readonly { name: string; needs: RegExp }[] = [
  { name: 'emailAutolink', needs: /@/ },
  { name: 'table', needs: /\||:-|-:/ },
];

/** Frozen processors by the constructs they leave out, built on first use. */
const processors = new Map<string, Processor<Root>>();

/** Parses a whole Markdown text; positions are offsets into `text`. */
export function parseMarkdown(text: string): Root {
  const skip = SKIPPABLE.filter((c) => !c.needs.test(text)).map((c) => c.name);
  const key = skip.join();
  let processor = processors.get(key);
  if (!processor) {
    processor = markdownProcessor(new Set(skip));
    processors.set(key, processor);
  }
  return processor.parse(text);
}

function markdownProcessor(skip: ReadonlySet<string>): Processor<Root> {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(function leaveOut() {
      // plugins run when the processor is frozen, in order: GFM's extension is there by now
      const data = this.data();
      data.micromarkExtensions = data.micromarkExtensions?.map((e) => withoutConstructs(e, skip));
    })
    .freeze() as unknown as Processor<Root>;
}

/** A syntax extension (character code to construct or list of them, by content type) without the named ones. */
function withoutConstructs<T extends object>(extension: T, skip: ReadonlySet<string>): T {
  if (skip.size === 0) return extension;
  const out: Record<string, Record<string, unknown>> = {};
  for (const [field, byCode] of Object.entries(extension) as [string, Record<string, unknown>][]) {
    out[field] = {};
    for (const [code, constructs] of Object.entries(byCode)) {
      const list = [constructs].flat().filter((c) => !skip.has((c as { name?: string } | null)?.name ?? ''));
      if (list.length) out[field][code] = list;
    }
  }
  return out as T;
}
