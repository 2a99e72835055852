/** Extra data our parsers attach to mdast nodes. */
import type { Position } from 'unist';

declare module 'mdast' {
  interface ListItemData {
    /** the list marker as written: "-", "•", "1.", or null for a bare arrow line */
    bullet?: string | null;
    /** the arrow marker ("➔", "→", "->", …) or null */
    arrow?: string | null;
    /** offset where the item's text starts, after bullet and arrow */
    contentStart?: number;
  }
  interface HeadingData {
    /** the heading was recognised in plain text, not marked up */
    inferred?: boolean;
  }
  interface TextData {
    /** the block's inline markup was left unread, and why (markup-limits.ts) */
    markupSkipped?: string;
  }
  interface ParagraphData {
    /** two paragraphs split by a page break, joined back */
    joined?: Position;
    /** a line of a page head stacked above the first paragraph without a blank line */
    stacked?: boolean;
  }
}

export {};
