/**
 * Plain text (as pasted from PDFs and web pages) to the same mdast tree remark gives for Markdown:
 * paragraphs, lists (bullets, numbers, arrows), quotes, rules, tables set with " | " and setext headings, with true
 * positions.
 * Heading inference on the resulting paragraphs is a separate pass (infer-headings.ts).
 */
import type { BlockContent, Heading, List, ListItem, Paragraph, Root, Table, TableCell } from 'mdast';
import { positionOf, type LineIndex } from '../model/position.js';
import {
  ENDS_SENTENCE,
  RUN_MARKER_LINE,
  QUOTE_LINE,
  RULE_LINE,
  isBlank,
  matchMarker,
  type MarkerMatch,
} from './line-patterns.js';
import { isHeadingLike } from './heading-like.js';
import { parseInline } from './parse-inline.js';
import { splitHardWrappedHeadings, stackedLineCount } from './split-wrapped-headings.js';
import './mdast-data.js';
import { lowerAt } from '../text/letter-or-digit.js';

export interface Line {
  readonly text: string;
  /** offset of the line's first character */
  readonly start: number;
}

/** Splits text[from, to) into lines with their offsets (the text has LF line ends). */
function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let nl = text.indexOf('\n', from); ; nl = text.indexOf('\n', start)) {
    if (nl >= to) nl = -1;
    const end = nl === -1 ? to : nl;
    lines.push({ text: text.slice(start, end), start });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

const firstNonSpace = (l: Line): number => l.start + (l.text.length - l.text.trimStart().length);
const lastNonSpace = (l: Line): number => l.start + l.text.trimEnd().length;
const indentOf = (s: string): number => s.length - s.trimStart().length;

interface Cursor {
  readonly text: string;
  readonly lines: Line[];
  readonly index: LineIndex;
  i: number;
}

/** Parses plain text (or the part [from, to) of it) into an mdast root. Every non-blank line ends up in a node. */
export function parsePlainText(text: string, index: LineIndex, from = 0, to = text.length): Root {
  const lines = splitLines(text, from, to);
  const cur: Cursor = { text, lines, index, i: 0 };
  const children: Root['children'] = [];
  while (cur.i < lines.length) {
    const line = lines[cur.i] as Line;
    if (isBlank(line.text)) cur.i++;
    else if (RULE_LINE.test(line.text)) children.push(ruleNode(cur));
    else if (QUOTE_LINE.test(line.text))
      children.push(quotedItems(cur) >= MIN_QUOTED_ITEMS ? arrowListNode(cur) : quoteNode(cur));
    else if (tableRows(cur) >= MIN_TABLE_ROWS) children.push(tableNode(cur));
    else if (startsList(cur, true)) children.push(listNode(cur));
    else for (const node of paragraphNodes(cur)) children.push(node);
  }
  return { type: 'root', children, position: positionOf(index, from, to) };
}

/** A header and two rows at least: fewer lines with bars are a byline or a menu, not a table. */
const MIN_TABLE_ROWS = 3;
/** The cell separator of a table typed as text: a bar between spaces ("Onderwerp | Verzoek"). */
const CELL_BAR = / \| /gu;
/** A table's own bars at the ends of a row: a Markdown table pasted as text is a letterhead's or remark's. */
const OUTER_BAR = /^\s*\||\|\s*$/u;

const barsIn = (text: string): number => (OUTER_BAR.test(text) ? 0 : (text.match(CELL_BAR)?.length ?? 0));

/** How many lines from the cursor on have the same number (one or more) of cell bars as the first. */
function tableRows(cur: Cursor): number {
  const bars = barsIn((cur.lines[cur.i] as Line).text);
  if (bars === 0) return 0;
  let n = 1;
  while (cur.i + n < cur.lines.length && barsIn((cur.lines[cur.i + n] as Line).text) === bars) n++;
  return n;
}

/** "Onderwerp | Verzoek" / "Mest | Maak … vergunningvrij.": one row a line, its cells between the bars. */
function tableNode(cur: Cursor): Table {
  const rows = tableRows(cur);
  const lines = cur.lines.slice(cur.i, cur.i + rows);
  cur.i += rows;
  const first = lines[0] as Line;
  const last = lines[rows - 1] as Line;
  return {
    type: 'table',
    children: lines.map((line) => {
      const cells: TableCell[] = [];
      let at = line.start;
      for (const bar of [...line.text.matchAll(CELL_BAR), null]) {
        const end = bar ? line.start + bar.index : line.start + line.text.length;
        const cell = { text: cur.text.slice(at, end), start: at };
        cells.push({
          type: 'tableCell',
          children: parseInline(cur.text, firstNonSpace(cell), lastNonSpace(cell), cur.index),
          position: positionOf(cur.index, firstNonSpace(cell), lastNonSpace(cell)),
        });
        if (bar) at = end + bar[0].length;
      }
      return {
        type: 'tableRow',
        children: cells,
        position: positionOf(cur.index, firstNonSpace(line), lastNonSpace(line)),
      };
    }),
    position: positionOf(cur.index, firstNonSpace(first), lastNonSpace(last)),
  };
}

function ruleNode(cur: Cursor): BlockContent {
  const line = cur.lines[cur.i++] as Line;
  return { type: 'thematicBreak', position: positionOf(cur.index, firstNonSpace(line), lastNonSpace(line)) };
}

/** Two or more ">" lines at least, each ending as an item does, are a list, not a quote. */
const MIN_QUOTED_ITEMS = 2;
const ENDS_AS_ITEM = /[;.][ \t]*$/u;

/** How many ">" lines from the cursor on end as an item does; 0 when any line of the run does not. */
function quotedItems(cur: Cursor): number {
  let n = 0;
  for (let j = cur.i; j < cur.lines.length && QUOTE_LINE.test((cur.lines[j] as Line).text); j++, n++)
    if (!ENDS_AS_ITEM.test((cur.lines[j] as Line).text)) return 0;
  return n;
}

/**
 * "> verdubbel de rijksbijdrage voor walstroom;" / "> voer de motie uit.": in plain text ">" before lines that each
 * end as an item does is the arrow a converted letter marks its asks with; each line is an item.
 */
function arrowListNode(cur: Cursor): List {
  const items: ListItem[] = [];
  while (cur.i < cur.lines.length && QUOTE_LINE.test((cur.lines[cur.i] as Line).text)) {
    const line = cur.lines[cur.i++] as Line;
    const contentStart = line.start + (QUOTE_LINE.exec(line.text)?.[0].length ?? 0);
    const end = lastNonSpace(line);
    items.push({
      type: 'listItem',
      spread: false,
      children: [inlineParagraph(cur, contentStart, end)],
      position: positionOf(cur.index, firstNonSpace(line), end),
      data: { bullet: null, arrow: '>', contentStart },
    });
  }
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items,
    position: { start: items[0]!.position!.start, end: items[items.length - 1]!.position!.end },
  };
}

function quoteNode(cur: Cursor): BlockContent {
  const first = cur.lines[cur.i] as Line;
  let last = first;
  while (cur.i < cur.lines.length && QUOTE_LINE.test((cur.lines[cur.i] as Line).text))
    last = cur.lines[cur.i++] as Line;
  const contentStart = first.start + (QUOTE_LINE.exec(first.text)?.[0].length ?? 0);
  const end = lastNonSpace(last);
  const paragraph = inlineParagraph(cur, contentStart, end);
  return {
    type: 'blockquote',
    children: [paragraph],
    position: positionOf(cur.index, firstNonSpace(first), end),
  };
}

/** The most wrapped lines between two items of a run of glued dashes or "o " bullets. */
const MAX_WRAPPED = 8;

/** A marker at line i, or a run of at least two lines of glued dashes ("-waterbeheer") or of "o " bullets. */
function markerAt(cur: Cursor, i: number): MarkerMatch | null {
  const line = cur.lines[i];
  if (!line) return null;
  const m = matchMarker(line.text);
  if (m) return m;
  const g = RUN_MARKER_LINE.exec(line.text);
  if (!g) return lostBulletAt(cur, i);
  // the next or the last such line, past the wrapped lines of an item (set in deeper than its marker, or going on
  // in lower case after a line that ends no item)
  const indent = (g[1] ?? '').length;
  const neighbour = (step: number): boolean => {
    for (let j = i + step, k = 0; k < MAX_WRAPPED; j += step, k++) {
      const text = cur.lines[j]?.text ?? '';
      if (RUN_MARKER_LINE.test(text)) return true;
      if (isBlank(text) || (indentOf(text) <= indent && !goesOn(cur, j))) return false;
    }
    return false;
  };
  if (!neighbour(-1) && !neighbour(1)) return null;
  return { contentStart: g[0].length, indent: (g[1] ?? '').length, bullet: g[2] ?? g[3] ?? '-', arrow: null };
}

/** A line set in by a space or a few, ending as a list item does ("een verbod op …;"). */
const SET_IN = /^[ \t]{1,4}(?=\S)/u;
const ITEM_END = /[;,.][ \t]*$/u;
/** How far back a run of set-in lines is followed to its lead-in (bounded, so a long run stays linear). */
const MAX_LOST_RUN = 40;

/**
 * Lines set in under a lead-in that ends in ":", each ending as an item does, two or more: a list whose bullets
 * the PDF's text lost (a Wingdings bullet dropped, its space kept). An item may wrap onto lines that are not set
 * in, going on in lower case ("\tde lijst niet in te korten voordat het College voor zorg-" / "verzekeringen
 * heeft geadviseerd;").
 */
function lostBulletAt(cur: Cursor, i: number): MarkerMatch | null {
  const setIn = (j: number) => SET_IN.exec(cur.lines[j]?.text ?? '');
  const m = setIn(i);
  if (!m) return null;
  const end = itemEnd(cur, i);
  if (end < 0) return null;
  // back to the lead-in, past the items before (their set-in lines and wrapped lines); a wrapped line of a
  // marked item is no item of its own
  const leadIn = (j: number) => /:[ \t]*$/u.test((cur.lines[j] as Line).text);
  let k = i - 1;
  for (; k >= 0 && k > i - MAX_LOST_RUN && !leadIn(k) && (setIn(k) || goesOn(cur, k)); k--)
    if (matchMarker((cur.lines[k] as Line).text)) return null;
  if (k < 0 || !leadIn(k)) return null;
  // two items at least: the first under the lead-in needs another after it
  if (k === i - 1 && !setIn(end + 1)) return null;
  return { contentStart: m[0].length, indent: m[0].length, bullet: null, arrow: null };
}

/** A line that goes on in lower case, not set in: the wrapped part of an item above it. */
const goesOn = (cur: Cursor, j: number): boolean => {
  const text = cur.lines[j]?.text ?? '';
  return !isBlank(text) && lowerAt(text, 0) > 0 && !ITEM_END.test(cur.lines[j - 1]?.text ?? '');
};

/** The line where the item set in at line i ends as an item does (on it or a wrapped line after it), or -1. */
function itemEnd(cur: Cursor, i: number): number {
  for (let j = i; j < cur.lines.length && j <= i + MAX_WRAPPED; j++) {
    if (j > i && !goesOn(cur, j)) return -1;
    if (ITEM_END.test((cur.lines[j] as Line).text)) return j;
  }
  return -1;
}

/** Whether a list starts at the cursor; inside a paragraph only markers that cannot be wrapped prose interrupt. */
function startsList(cur: Cursor, atBlockStart: boolean): boolean {
  const m = markerAt(cur, cur.i);
  if (!m) return false;
  if (atBlockStart) return true;
  const prev = cur.lines[cur.i - 1]?.text ?? '';
  return (
    m.arrow !== null ||
    !/^[-*]$|^\d/.test(m.bullet ?? '') ||
    /[.:;!?,]\s*$/.test(prev) ||
    headingAboveList(cur, m)
  );
}

/**
 * "Wat wij nu van u vragen" / "- Zorg ervoor …" / "- Stel …": a heading alone on its line, right above two or more
 * items of the same kind ("1." and "2." too), heads a list; it does not run on into a "- " that wraps prose.
 */
function headingAboveList(cur: Cursor, m: MarkerMatch): boolean {
  const prev = cur.lines[cur.i - 1]?.text ?? '';
  if (!isBlank(cur.lines[cur.i - 2]?.text ?? '') || !isHeadingLike(prev)) return false;
  for (let j = cur.i + 1; j < cur.lines.length && j <= cur.i + MAX_WRAPPED; j++) {
    const text = (cur.lines[j] as Line).text;
    if (isBlank(text)) return false;
    const next = matchMarker(text);
    if (next && sameKind(next, m)) return true;
  }
  return false;
}

/** The same bullet, or numbers with the same mark after them ("1." and "2."). */
const sameKind = (a: MarkerMatch, b: MarkerMatch): boolean =>
  a.bullet === b.bullet || (isOrdered(a) && isOrdered(b) && a.bullet!.slice(-1) === b.bullet!.slice(-1));

const isOrdered = (m: MarkerMatch): boolean => /^\d/.test(m.bullet ?? '');

function listNode(cur: Cursor): BlockContent {
  const first = markerAt(cur, cur.i) as MarkerMatch;
  const items: ListItem[] = [];
  while (cur.i < cur.lines.length) {
    const m = markerAt(cur, cur.i) ?? (items.length ? bulletLostAfterItem(cur, first) : null);
    if (!m || isOrdered(m) !== isOrdered(first)) break;
    items.push(listItemNode(cur, m));
    // one blank line may separate the items of a list
    const next = cur.lines[cur.i];
    if (next && isBlank(next.text)) {
      const m2 = markerAt(cur, cur.i + 1);
      if (!m2 || isOrdered(m2) !== isOrdered(first)) break;
      cur.i++;
    }
  }
  const firstItem = items[0] as ListItem;
  const lastItem = items[items.length - 1] as ListItem;
  const list: List = {
    type: 'list',
    ordered: isOrdered(first),
    spread: false,
    children: items,
    position: { start: firstItem.position!.start, end: lastItem.position!.end },
  };
  return numberedHeading(cur, list) ?? list;
}

/** An item of a list ends at a line that ends in ";": what follows is the next item. */
const ENDS_ITEM = /;[ \t]*$/u;

/**
 * "•  … over het" / "   aantal donaties;" / "   het Donorregister zo in te richten …": after an item that ended in
 * ";", a line set in as the items' text is the next item, its bullet lost.
 */
function bulletLostAfterItem(cur: Cursor, first: MarkerMatch): MarkerMatch | null {
  const line = cur.lines[cur.i];
  if (!line || !ENDS_ITEM.test(cur.lines[cur.i - 1]?.text ?? '') || isBlank(line.text)) return null;
  const indent = indentOf(line.text);
  if (indent <= first.indent) return null;
  return { contentStart: indent, indent, bullet: null, arrow: null };
}

function listItemNode(cur: Cursor, m: MarkerMatch): ListItem {
  const line = cur.lines[cur.i] as Line;
  const contentStart = line.start + m.contentStart;
  let last = line;
  cur.i++;
  while (cur.i < cur.lines.length) {
    const next = cur.lines[cur.i] as Line;
    if (isBlank(next.text) || RULE_LINE.test(next.text) || markerAt(cur, cur.i)) break;
    const indented = indentOf(next.text) > m.indent;
    const wrapped = !ENDS_SENTENCE.test(last.text) && /^\s*\p{Ll}/u.test(next.text);
    if ((!indented && !wrapped) || ENDS_ITEM.test(last.text)) break;
    last = next;
    cur.i++;
  }
  const end = lastNonSpace(last);
  const paragraph = inlineParagraph(cur, contentStart, end);
  return {
    type: 'listItem',
    spread: false,
    children: [paragraph],
    position: positionOf(cur.index, line.start + m.indent, end),
    data: { bullet: m.bullet, arrow: m.arrow, contentStart },
  };
}

/** "2. Financiën" alone on its line, followed by prose, is a numbered heading, not a one-item list. */
function numberedHeading(cur: Cursor, list: List): Heading | null {
  const item = list.children[0] as ListItem;
  if (!list.ordered || list.children.length !== 1) return null;
  const start = item.position!.start.offset ?? 0;
  const end = item.position!.end.offset ?? 0;
  const value = cur.text.slice(start, end);
  const contentStart = item.data?.contentStart ?? start;
  // "3. Wat regelt het wetsvoorstel?" heads its answer, as an unnumbered question line does
  const question = /\?['"’”)]*$/u.test(value) && isHeadingLike(cur.text.slice(contentStart, end));
  if (value.includes('\n') || (ENDS_SENTENCE.test(value) && !question) || value.length > 100) return null;
  // a scan from the cursor, not a copy of the remaining lines: a letter of numbered headings stays linear
  let n = cur.i;
  while (n < cur.lines.length && isBlank((cur.lines[n] as Line).text)) n++;
  // a numbered line after it makes a list; bullets after a line shaped as a heading are the list it heads ("3. Wat
  // vragen wij van u?" / "- dat …"), not after a lead-in ("1. Wij vragen u:")
  const next = cur.lines[n];
  const marker = next && matchMarker(next.text);
  if (!next || (marker && (isOrdered(marker) || !isHeadingLike(cur.text.slice(contentStart, end)))))
    return null;
  return {
    type: 'heading',
    depth: 1,
    children: parseInline(cur.text, contentStart, end, cur.index),
    position: item.position!,
    data: { inferred: true },
  };
}

function paragraphNodes(cur: Cursor): BlockContent[] {
  const start = cur.i;
  cur.i++;
  while (cur.i < cur.lines.length) {
    const line = cur.lines[cur.i] as Line;
    if (
      isBlank(line.text) ||
      RULE_LINE.test(line.text) ||
      QUOTE_LINE.test(line.text) ||
      startsList(cur, false)
    )
      break;
    cur.i++;
  }
  const lines = cur.lines.slice(start, cur.i);
  const setext = setextHeading(cur, lines);
  if (setext) return [setext];
  // a page head stacked above the first paragraph: lines of their own, never inferred headings
  const k = stackedLineCount(lines);
  const stacked = lines
    .slice(0, k)
    .map((l): Paragraph => ({ ...paragraphOf(cur, [l]), data: { stacked: true } }));
  const rest = lines.slice(k);
  return [
    ...stacked,
    ...(rest.length ? splitHardWrappedHeadings(rest).map((run) => paragraphOf(cur, run)) : []),
  ];
}

function paragraphOf(cur: Cursor, run: Line[]): Paragraph {
  return inlineParagraph(cur, firstNonSpace(run[0] as Line), lastNonSpace(run[run.length - 1] as Line));
}

/** A paragraph of the text between two offsets, with its inline Markdown. */
function inlineParagraph(cur: Cursor, start: number, end: number): Paragraph {
  return {
    type: 'paragraph',
    children: parseInline(cur.text, start, end, cur.index),
    position: positionOf(cur.index, start, end),
  };
}

/** A single line underlined with === or --- is a heading (level 1 or 2). */
function setextHeading(cur: Cursor, lines: Line[]): Heading | null {
  const under = cur.lines[cur.i];
  if (lines.length !== 1 || !under || !/^[ \t]{0,3}(?:=+|-+)[ \t]*$/.test(under.text)) return null;
  cur.i++;
  const line = lines[0] as Line;
  const s = firstNonSpace(line);
  const e = lastNonSpace(line);
  return {
    type: 'heading',
    depth: under.text.trim().startsWith('=') ? 1 : 2,
    children: parseInline(cur.text, s, e, cur.index),
    position: positionOf(cur.index, s, lastNonSpace(under)),
  };
}
