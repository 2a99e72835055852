/**
 * PDF extracts put headings on their own line inside hard-wrapped text, with no blank line around them.
 * A line is split off as a heading candidate when the line before ends a sentence, it is heading-like,
 * clearly shorter than the wrapped lines, and the next line starts a new sentence. Text pasted from web pages
 * and word processors keeps a paragraph on one line: a heading line above one such line is split off when that
 * line is a whole sentence.
 */
import { isHeadingLike, isLabelHeading } from './heading-like.js';
import { ENDS_SENTENCE } from './line-patterns.js';
import type { Line } from './parse-plain-text.js';
import { foldSpace } from '../text/fold-space.js';
import { readDateLine } from '../text/read-date-line.js';
import { isNames } from './page-blocks.js';
import { salutationAt } from '../text/structure-words.js';
import { onFirstUse } from '../text/on-first-use.js';

const SHORT = 0.75;
const SHORT_STACK = 0.6;
/** A line that ends a sentence or a clause continues into the next one. */
const CLAUSE_END = /[.!?:;,][)"'’”»]*\s*$/u;
/** A sentence opens with a capital, also inside quotation marks (an interview's answer: '"Slecht, …'). */
const OPENS_SENTENCE = onFirstUse(() => /^(?:['"‘“„«]|,,)?\p{Lu}/u);
/** A line that opens in lower case carries on the line above it (prose wrapped at the page's width). */
const CARRIES_ON = onFirstUse(() => /^\s*\p{Ll}/u);

/**
 * A scraped page may give its head without blank lines: a category label, the headline, a date line and a byline
 * stacked above the first paragraph, which is kept on one long line. Returns how many short lines that end no
 * clause, and that the next line does not carry on in lower case, stand above a long line (each is a line of its
 * own); all lines of a block that ends no line in a clause and holds a date line below its first (the page's
 * head: its menu, headline and date line); 0 for other all-short blocks (an address) and prose.
 */
export function stackedLineCount(lines: readonly Line[]): number {
  if (isPageHead(lines)) return lines.length;
  const width = lines.reduce((max, l) => Math.max(max, l.text.trim().length), 0);
  const short = (l: Line) => l.text.trim().length <= SHORT_STACK * width && !CLAUSE_END.test(l.text);
  let k = 0;
  while (k < lines.length && short(lines[k] as Line) && !CARRIES_ON().test(lines[k + 1]?.text ?? '')) k++;
  return k < 2 || k === lines.length ? 0 : k;
}

function isPageHead(lines: readonly Line[]): boolean {
  if (lines.length < 2) return false;
  // a date line may open in lower case ("vrijdag 12 november 2010"): it does not carry on the line above
  const dated = lines.map((l) => readDateLine(l.text.trim()) !== null);
  // a headline is written as a sentence; a letter's sender block holds only names ("Gemeente X" / "Afdeling Y")
  const headline = lines.some((l, i) => !dated[i] && !isNames(foldSpace(l.text)));
  return (
    headline &&
    dated.slice(1).some(Boolean) &&
    lines.every(
      (l, i) => !CLAUSE_END.test(l.text) && (dated[i + 1] || !CARRIES_ON().test(lines[i + 1]?.text ?? '')),
    )
  );
}

/** A sentence ends inside the line and another starts: a paragraph on one line, even one cut off at its end. */
const SENTENCE_INSIDE = onFirstUse(() => /[.!?][)"'’”»]{0,3}\s+\p{Lu}/u);

/** A subsection's number ("2.1 Sectorplan 15") opens no wrapped prose line: "2.5 miljoen" goes on in lower case. */
const SUBSECTION = /^[ \t]*\d{1,2}(?:\.\d{1,2}){1,3}\.?[ \t]+\p{Lu}/u;

/** A consultation's numbered question ("Vraag 2. Zijn de regels duidelijk?") heads its answer, however long. */
const NUMBERED_QUESTION = /^[ \t]*[Vv]raag[ \t]{1,3}\d{1,3}[.:)][ \t]+\p{Lu}[^\n?]*\?[ \t]*$/u;

/** A line that ends in a colon leads in to the list or quote after it. */
const LEADS_IN = /:\s*$/u;

/** A line that is a whole sentence or holds one: not the first half of a wrapped heading. */
export const holdsSentence = (line: string): boolean =>
  ENDS_SENTENCE.test(line) || SENTENCE_INSIDE().test(line);

/** Splits a paragraph's lines into runs; a heading candidate becomes a run of its own. */
export function splitHardWrappedHeadings(lines: Line[]): Line[][] {
  if (lines.length < 2) return [lines];
  // a loop, not Math.max(...lines): a paragraph of 125,000 lines would overflow the call stack
  const width = lines.reduce((max, l) => Math.max(max, l.text.trim().length), 0);
  const texts = lines.map((l) => l.text);
  const body = texts.findIndex((_, k) => salutationAt(texts, k));
  const runs: Line[][] = [];
  let run: Line[] = [];
  lines.forEach((line, k) => {
    const prev = lines[k - 1]?.text ?? '';
    const next = lines[k + 1]?.text.trim() ?? '';
    const len = line.text.trim().length;
    // the first line needs more evidence: the wrapped text after it is long, the one line after it leads in to
    // what follows ("Onze verzoeken" / "Wij verzoeken u:"), or it is numbered as a subsection
    const leadsIn = k === 0 && lines.length === 2 && LEADS_IN.test(next);
    const question = NUMBERED_QUESTION.test(line.text);
    const afterBreak =
      k > 0
        ? ENDS_SENTENCE.test(prev)
        : (next.length >= 0.6 * width && len <= 0.6 * width && (lines.length > 2 || holdsSentence(next))) ||
          leadsIn ||
          question ||
          SUBSECTION.test(line.text);
    const candidate =
      k > body &&
      afterBreak &&
      (isHeadingLike(line.text) || isLabelHeading(line.text)) &&
      (question || ((len <= SHORT * width || leadsIn) && next.length >= len)) &&
      OPENS_SENTENCE().test(next);
    if (candidate) {
      if (run.length) runs.push(run);
      runs.push([line]);
      run = [];
    } else run.push(line);
  });
  if (run.length) runs.push(run);
  return runs;
}
