/**
 * The part of a web page that holds the letter: its <article> (the one with the most text) or <main>, as the
 * page marks them; on a page that marks neither, the element whose own paragraphs hold the most text (the
 * largest text block, as reader modes find it); failing that, the whole body.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

/** An article holding at least this share of <main>'s text is the letter rather than all of <main>. */
const ARTICLE_SHARE = 0.5;

const PROSE = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'table', 'pre']);

const textLength = (el: Element): number => toText(el).trim().length;

export function findMainContent(tree: Root): Element | null {
  const mains: Element[] = [];
  const articles: Element[] = [];
  let body: Element | null = null;
  let block: { el: Element; length: number } | null = null;
  visit(tree, 'element', (el) => {
    if (el.tagName === 'body') body = el;
    if (el.tagName === 'main' || el.properties.role === 'main') mains.push(el);
    if (el.tagName === 'article') articles.push(el);
    const own = el.children.reduce(
      (n, c) => n + (c.type === 'element' && PROSE.has(c.tagName) ? textLength(c) : 0),
      0,
    );
    if (own > 0 && (!block || own > block.length)) block = { el, length: own };
  });
  const main = largest(mains);
  const article = largest(articles);
  if (main && article && article.length >= ARTICLE_SHARE * main.length) return article.el;
  if (main) return main.el;
  if (article) return article.el;
  return (block as { el: Element } | null)?.el ?? body;
}

function largest(els: readonly Element[]): { el: Element; length: number } | null {
  let best: { el: Element; length: number } | null = null;
  for (const el of els) {
    const length = textLength(el);
    if (!best || length > best.length) best = { el, length };
  }
  return best;
}
