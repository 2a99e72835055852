/**
 * A web page (or the HTML a Word document converts to) → the Markdown the pipeline reads, with the unified/rehype
 * family: rehype-parse reads the HTML as browsers do, hast-util-to-mdast and mdast-util-to-markdown turn the
 * letter into Markdown (headings, lists, bold, links and tables kept). Everything else on the page is kept as
 * lines of its own, to be set aside with its reason: the page's title, menus, header and footer, breadcrumbs,
 * cookie bar, share buttons, sidebars, hidden elements; scripts, style sheets and images, which show no text,
 * are noted where they stood. A paragraph that is all bold and short is a heading without a heading style, and is
 * given to the reader without its bold (see unboldHeading). Loaded only for web pages and Word documents.
 */
import type { Element, Root, RootContent } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { InputError } from '../core/errors.js';
import {
  classifyFurniture,
  HIDDEN_PART,
  hiddenElement,
  withoutText,
  type PagePart,
} from './classify-page-element.js';
import { decodeBytes } from './decode-bytes.js';
import { textBuilder, type ExtractedText, type LineNote } from './extracted-text.js';
import { findMainContent } from './find-main-content.js';

const OUTSIDE = { rule: 'html-outside-letter', reason: 'web page: outside the main content' };
const TITLE = { rule: 'html-title', reason: 'web page: title (shown in the browser tab)' };

/** Elements whose children are laid out as blocks: furniture is judged per child inside them. */
const BLOCKS = new Set(
  'address article aside blockquote body details dialog div dl fieldset figure footer form h1 h2 h3 h4 h5 h6 header hr html main menu nav ol p pre section table ul'.split(
    ' ',
  ),
);

/** A saved web page: its letter as Markdown, its furniture as lines set aside. */
export function extractHtmlText(bytes: Uint8Array): ExtractedText {
  const { text: html, encoding } = decodeBytes(bytes);
  return { origin: 'html', bytes: bytes.length, encoding, pages: null, ...readHtml(html, 'page') };
}

/**
 * HTML as the letter's Markdown and the lines and notes around it. A page is searched for the letter in it; a
 * fragment (Word's HTML) is all letter.
 */
export function readHtml(
  html: string,
  kind: 'page' | 'fragment',
): Pick<ExtractedText, 'format' | 'text' | 'furniture' | 'omitted'> {
  const tree = unified()
    .use(rehypeParse, { fragment: kind === 'fragment' })
    .parse(html);
  const out = textBuilder();
  const notes = new Map<string, { part: PagePart; count: number; line: number; alts: string[] }>();
  let letterText = '';

  const note = (part: PagePart, el: Element) => {
    const found = notes.get(part.rule) ?? { part, count: 0, line: out.nextLine(), alts: [] };
    found.count++;
    const alt = el.properties.alt;
    if (typeof alt === 'string' && alt.trim()) found.alts.push(alt.trim());
    notes.set(part.rule, found);
  };
  /** The text of furniture, as lines set aside; what it holds without text is noted. */
  const furniture = (el: Element, part: PagePart) => {
    noteInside(el);
    out.block(
      toText(el)
        .split('\n')
        .map((l) => l.replace(/\s+/gu, ' ').trim())
        .filter(Boolean)
        .join('\n'),
      part,
    );
  };
  const noteInside = (el: Element) => {
    for (const child of el.children)
      if (child.type === 'element') {
        const blank = withoutText(child);
        if (blank) note(blank, child);
        else noteInside(child);
      }
  };
  /** The letter without its furniture; what is taken out is given back to be set aside after it. */
  const prune = <T extends Root | Element>(node: T, taken: [Element, PagePart][]): T => ({
    ...node,
    children: node.children.flatMap((child: RootContent): RootContent[] => {
      if (child.type !== 'element') return [child];
      const blank = withoutText(child);
      if (blank) {
        note(blank, child);
        return [];
      }
      const part = hiddenElement(child) ?? classifyFurniture(child, true);
      if (part) {
        taken.push([child, part]);
        return [];
      }
      return [unboldHeading(prune(child, taken))];
    }),
  });
  const letter = (node: Root | Element) => {
    const taken: [Element, PagePart][] = [];
    const pruned = prune(node, taken);
    letterText = toMarkdownText(pruned);
    out.block(letterText);
    for (const [el, part] of taken) furniture(el, part);
  };
  /** Furniture outside the letter; a part of blocks is judged per block, each named by itself or by the part. */
  const outside = (el: Element, around: PagePart) => {
    const blank = withoutText(el);
    if (blank) return note(blank, el);
    if (el.tagName === 'head') return walk(el, null, around);
    if (el.tagName === 'title') return out.block(toText(el).replace(/\s+/gu, ' ').trim(), TITLE);
    const part = hiddenElement(el) ?? classifyFurniture(el, false) ?? around;
    if (part !== HIDDEN_PART && el.children.some((c) => c.type === 'element' && BLOCKS.has(c.tagName)))
      return walk(el, null, part);
    furniture(el, part);
  };
  const walk = (node: Root | Element, main: Element | null, around: PagePart) => {
    for (const child of node.children) {
      if (child.type === 'text' && child.value.trim()) out.block(child.value.trim(), around);
      if (child.type !== 'element') continue;
      if (child === main) letter(child);
      else if (main && contains(child, main)) walk(child, main, around);
      else outside(child, around);
    }
  };

  if (kind === 'fragment') letter(tree);
  else walk(tree, findMainContent(tree), OUTSIDE);
  if (!letterText.trim())
    throw new InputError(kind === 'page' ? 'a web page without text' : 'a document without text');
  const omitted: LineNote[] = [...notes.values()].map(({ part, count, line, alts }) => ({
    line,
    rule: part.rule,
    reason: `${part.reason}${count > 1 ? ` ×${count}` : ''}${alts.length ? ` (alt text: ${alts.map((a) => `"${a}"`).join(', ')})` : ''}`,
  }));
  return { format: 'markdown', ...out.finish(), omitted };
}

/** A bold paragraph this short, not ending as a sentence, is a heading written by hand. */
const MAX_HEADING = 120;
const ENDS_SENTENCE = /[.!?:;]$/u;

/**
 * A paragraph that is all bold, short and no sentence is how Word letters and web editors write a heading
 * without a heading style: its bold is dropped, so that the reader sees the line it would see in the PDF of
 * the letter, and infers the heading (and its level) as there. A styled heading keeps its level.
 */
function unboldHeading(el: Element): Element {
  if (el.tagName !== 'p') return el;
  const inner = el.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const only = inner[0];
  if (inner.length !== 1 || only?.type !== 'element' || (only.tagName !== 'strong' && only.tagName !== 'b'))
    return el;
  const text = toText(only).trim();
  if (!text || text.length > MAX_HEADING || ENDS_SENTENCE.test(text)) return el;
  return { ...el, children: only.children };
}

function contains(el: Element, target: Element): boolean {
  return el.children.some((c) => c === target || (c.type === 'element' && contains(c, target)));
}

function toMarkdownText(root: Root | Element): string {
  const mdast = toMdast(root.type === 'root' ? root : { type: 'root', children: [root] });
  return toMarkdown(mdast, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    listItemIndent: 'one',
    emphasis: '*',
    strong: '*',
    rule: '-',
    fences: true,
  }).trim();
}
