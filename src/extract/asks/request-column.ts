/**
 * A table with a column headed by a request noun ("Onderwerp | Ons verzoek | Wanneer"): each cell under that header
 * is an ask, whatever its grammar ("Een minimumleeftijd van 14 jaar voor fatbikes").
 */
import { askLexicon } from './ask-lexicon.js';

export interface Cell {
  start: number;
  end: number;
}

/** A table's separator row: "|---|:---:|". */
const SEPARATOR = /^[\s|:-]*-[\s|:-]*$/u;

/** The cells of one table row, by offset in the text, without the outer bars and blanks around each cell. */
function cellsOf(line: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] !== '|') continue;
    let start = from;
    let end = i;
    while (start < end && /\s/u.test(line[start]!)) start++;
    while (end > start && /\s/u.test(line[end - 1]!)) end--;
    cells.push({ start: offset + start, end: offset + end });
    from = i + 1;
  }
  // "| a | b |": the empty pieces outside the outer bars are no cells
  if (line.trimStart().startsWith('|')) cells.shift();
  if (line.trimEnd().endsWith('|')) cells.pop();
  return cells;
}

/** Whether a header names requests: a request noun, the writer's possessive before it or not ("Ons verzoek"). */
function headsRequests(header: string): boolean {
  const { own, requestLabels, leadIns } = askLexicon();
  const words = header
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w);
  const noun =
    words.length === 2 && own.has(words[0]!) ? words[1] : words.length === 1 ? words[0] : undefined;
  return noun !== undefined && (requestLabels.has(noun) || leadIns.nouns.has(noun));
}

/** The non-empty cells under the first column headed by a request noun; none when no header names requests. */
export function requestCells(text: string, offset: number): Cell[] {
  const rows: { line: string; at: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim() && !SEPARATOR.test(line)) rows.push({ line, at });
    at += line.length + 1;
  }
  const [head, ...body] = rows;
  if (!head || !body.length) return [];
  const column = cellsOf(head.line, 0).findIndex((c) => headsRequests(head.line.slice(c.start, c.end)));
  if (column < 0) return [];
  return body
    .map((row) => cellsOf(row.line, offset + row.at)[column])
    .filter((c): c is Cell => c !== undefined && c.end > c.start);
}
