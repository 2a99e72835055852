/**
 * PDF extracts put headings on their own line inside hard-wrapped text, with no blank line around them.
 * A line is split off as a heading candidate when the line before ends a sentence, it is heading-like,
 * clearly shorter than the wrapped lines, and the next line starts a new sentence. Text pasted from web pages
 * and word processors keeps a paragraph on one line: a heading line above one such line is split off when that
 * line is a whole sentence.
 */
import { isHeadingLike } from './heading-like.js';
import { ENDS_SENTENCE } from './line-patterns.js';
import type { Line } from './parse-plain-text.js';
import { isSalutation } from '../text/structure-words.js';

const SHORT = 0.75;
const SHORT_STACK = 0.6;
/** A line that ends a sentence or a clause continues into the next one. */
const CLAUSE_END = /[.!?:;,][)"'’”»]*\s*$/u;
/** A line that opens in lower case carries on the line above it (prose wrapped at the page's width). */
const CARRIES_ON = /^\s*\p{Ll}/u;

/**
 * A scraped page may give its head without blank lines: a category label, the headline, a date line and a byline
 * stacked above the first paragraph, which is kept on one long line. Returns how many short lines that end no
 * clause, and that the next line does not carry on in lower case, stand above a long line (each is a line of its own); 0 for all-short blocks (an address) and prose.
 */
export function stackedLineCount(lines: readonly Line[]): number {
  const width = lines.reduce((max, l) => Math.max(max, l.text.trim().length), 0);
  const short = (l: Line) => l.text.trim().length <= SHORT_STACK * width && !CLAUSE_END.test(l.text);
  let k = 0;
  while (k < lines.length && short(lines[k] as Line) && !CARRIES_ON.test(lines[k + 1]?.text ?? '')) k++;
  return k < 2 || k === lines.length ? 0 : k;
}

/** Splits a paragraph's lines into runs; a heading candidate becomes a run of its own. */
export function splitHardWrappedHeadings(lines: Line[]): Line[][] {
  if (lines.length < 2) return [lines];
  // a loop, not Math.max(...lines): a paragraph of 125,000 lines would overflow the call stack
  const width = lines.reduce((max, l) => Math.max(max, l.text.trim().length), 0);
  const body = lines.findIndex((l) => isSalutation(l.text));
  const runs: Line[][] = [];
  let run: Line[] = [];
  lines.forEach((line, k) => {
    const prev = lines[k - 1]?.text ?? '';
    const next = lines[k + 1]?.text.trim() ?? '';
    const len = line.text.trim().length;
    // the first line needs more evidence: the wrapped text after it is long
    const afterBreak =
      k > 0
        ? ENDS_SENTENCE.test(prev)
        : next.length >= 0.6 * width && len <= 0.6 * width && (lines.length > 2 || ENDS_SENTENCE.test(next));
    const candidate =
      k > body &&
      afterBreak &&
      isHeadingLike(line.text) &&
      len <= SHORT * width &&
      /^\p{Lu}/u.test(next) &&
      next.length >= len;
    if (candidate) {
      if (run.length) runs.push(run);
      runs.push([line]);
      run = [];
    } else run.push(line);
  });
  if (run.length) runs.push(run);
  return runs;
}
