/**
 * The text items of a PDF's pages (strings with their place, size and font) → the lines of a letter as a PDF
 * reader copies them: one line per printed line, a blank line where the gap between lines is larger than the
 * body's line spacing (a new paragraph, a heading) and between pages, so that the reader's page-break joining,
 * running headers and page numbers work as on text pasted from a PDF. Two more things a reader's eye does:
 * pieces of one baseline far apart (a footer's address and its page number, a label and its value) are separate
 * lines; a line set in from the body's left edge (a list item) is set in with spaces, and the lines a list item
 * wrapped onto are set in under its text (a hanging indent, as a reader sees them belong to it); and a heading that wrapped (two or three lines set in a font other than
 * the body's) is one line again.
 */

export interface PdfTextItem {
  str: string;
  /** the baseline's start, in PDF points from the page's lower left */
  x: number;
  y: number;
  width: number;
  /** the font size in points */
  size: number;
  font: string;
}

interface Line {
  text: string;
  x: number;
  y: number;
  size: number;
  /** the one font of its non-blank items, or null when it mixes fonts */
  font: string | null;
}

/** Items this much apart (in font sizes) on one baseline are separate lines. */
const CELL_GAP = 2.5;
/** A gap this much wider than the body's line spacing starts a new block. */
const BLOCK_GAP = 1.15;
/** A space per this many font sizes a line is set in, up to MAX_INDENT. */
const INDENT_UNIT = 0.5;
const MAX_INDENT = 16;
/** A list item's marker: a bullet, an arrow or a number, and a space. */
const LIST_MARKER = /^(?:[-*•▪◦·‣⁃–\uF0A7\uF0B7\uF076\uF0D8➔→➜➝➞⇒►▶➤]|->|=>|\d{1,2}[.)])\s/u;
/** Characters that are line breaks or controls inside an item become spaces. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/gu;

/** The text of the pages, and the 1-based line each page starts on. */
export function layOutPdfText(pages: readonly (readonly PdfTextItem[])[]): { text: string; pages: number[] } {
  const perPage = pages.map(pageLines);
  const spacing = bodySpacing(perPage);
  const body = bodyFont(perPage);
  const left = bodyLeft(perPage);
  const out: string[] = [];
  const starts: number[] = [];
  for (const lines of perPage) {
    if (out.length > 0 && lines.length > 0) out.push('');
    starts.push(out.length + 1);
    blocks(lines, spacing).forEach((block, i) => {
      if (i > 0) out.push('');
      out.push(...unwrapHeading(block, body, left));
    });
  }
  return { text: out.join('\n'), pages: starts };
}

/** The lines of one page, top to bottom and left to right. */
function pageLines(items: readonly PdfTextItem[]): Line[] {
  const sorted = items
    .filter((i) => i.str.length > 0)
    .map((i) => ({ ...i, str: i.str.replace(CONTROL, ' ') }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row && first && Math.abs(first.y - item.y) <= 0.5 * Math.max(1, Math.min(first.size, item.size)))
      row.push(item);
    else rows.push([item]);
  }
  return rows.flatMap((row) => rowLines(row.sort((a, b) => a.x - b.x)));
}

/** One baseline's items as lines: one, or more where the items stand far apart. */
function rowLines(row: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let parts: PdfTextItem[] = [];
  const flush = () => {
    const text = joinItems(parts);
    if (text) {
      const fonts = new Set(parts.filter((p) => p.str.trim()).map((p) => p.font));
      const sizes = parts.filter((p) => p.str.trim()).map((p) => p.size);
      lines.push({
        text,
        x: parts[0]!.x,
        y: parts[0]!.y,
        // not Math.max(...sizes): a line of a million items would overflow the stack
        size: sizes.reduce((max, size) => Math.max(max, size), -Infinity),
        font: fonts.size === 1 ? [...fonts][0]! : null,
      });
    }
    parts = [];
  };
  for (const item of row) {
    const last = parts[parts.length - 1];
    if (last && item.x - (last.x + last.width) > CELL_GAP * Math.max(last.size, item.size) && item.str.trim())
      flush();
    parts.push(item);
  }
  flush();
  return lines;
}

/** Items of one line as text: a space where they stand apart and neither brings one. */
function joinItems(items: readonly PdfTextItem[]): string {
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    const apart = item.x - end > 0.1 * item.size;
    if (apart && text && !/\s$/u.test(text) && !/^\s/u.test(item.str)) text += ' ';
    text += item.str;
    end = Math.max(end, item.x + item.width);
  }
  return text.replace(/\s+/gu, ' ').trim();
}

/** The most common distance between consecutive lines of the body size: the line spacing. */
function bodySpacing(pages: readonly Line[][]): number {
  const size = mostCommon(pages.flat().map((l) => [l.size, l.text.length]));
  const counts: [number, number][] = [];
  for (const lines of pages)
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1]!, lines[i]!];
      const gap = a.y - b.y;
      if (a.size === size && b.size === size && gap > 0) counts.push([Math.round(gap * 2) / 2, 1]);
    }
  return mostCommon(counts) || size * 1.2;
}

/** The font most of the text is set in. */
function bodyFont(pages: readonly Line[][]): string | null {
  const counts = new Map<string, number>();
  for (const l of pages.flat()) if (l.font) counts.set(l.font, (counts.get(l.font) ?? 0) + l.text.length);
  let best: string | null = null;
  for (const [font, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = font;
  return best;
}

/** The value with the largest total weight (the first of equals); 0 when there is none. */
function mostCommon(pairs: readonly (readonly [number, number])[]): number {
  const totals = new Map<number, number>();
  for (const [value, weight] of pairs) totals.set(value, (totals.get(value) ?? 0) + weight);
  let best = 0;
  let bestWeight = 0;
  for (const [value, weight] of totals) if (weight > bestWeight) [best, bestWeight] = [value, weight];
  return best;
}

/** Lines split where the gap before a line is wider than the line spacing, or the text goes back up. */
function blocks(lines: readonly Line[], spacing: number): Line[][] {
  const out: Line[][] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const gap = prev ? prev.y - line.y : 0;
    const sameRow = prev !== undefined && gap === 0;
    if (!prev || (!sameRow && (gap < 0 || gap > spacing * BLOCK_GAP))) out.push([line]);
    else out[out.length - 1]!.push(line);
  });
  return out;
}

/** The left edge most of the text starts at. */
function bodyLeft(pages: readonly Line[][]): number {
  return mostCommon(pages.flat().map((l) => [Math.round(l.x), l.text.length]));
}

/** A line's text, set in with spaces as far as it stands right of the body's left edge. */
const indented = (line: Line, left: number): string =>
  ' '.repeat(Math.min(MAX_INDENT, Math.max(0, Math.round((line.x - left) / (INDENT_UNIT * line.size))))) +
  line.text;

/** The lines after a list item's first line, up to the next item, are set in under the item's text. */
function hangListItems(lines: readonly string[]): string[] {
  let item: { indent: number; hang: string } | null = null;
  return lines.map((line) => {
    const indent = /^ */u.exec(line)![0].length;
    if (LIST_MARKER.test(line.slice(indent))) {
      item = { indent, hang: ' '.repeat(indent + 2) };
      return line;
    }
    // a line left of the item's marker is no part of it
    if (item && indent < item.indent) item = null;
    if (!item || indent >= item.hang.length) return line;
    return item.hang + line.slice(indent);
  });
}

/** A block of two or three lines all in one font that is not the body's is a wrapped heading: one line. */
function unwrapHeading(block: readonly Line[], body: string | null, left: number): string[] {
  const font = block[0]?.font;
  const heading =
    block.length >= 2 &&
    block.length <= 3 &&
    font &&
    font !== body &&
    block.every((l) => l.font === font && l.size === block[0]!.size) &&
    new Set(block.map((l) => l.y)).size === block.length;
  if (!heading) return hangListItems(block.map((l) => indented(l, left)));
  return [
    indented(block[0]!, left).trimEnd() +
      ' ' +
      block
        .slice(1)
        .map((l) => l.text)
        .join(' '),
  ];
}
