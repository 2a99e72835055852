/**
 * Running headers and footers: a line that recurs verbatim on every page. Short lines, list items, headings,
 * table rows, sentences, questions and labels are never counted; nor is a line whose occurrences mostly sit inside
 * running prose (a wrapped "Ministerie van Justitie en Veiligheid" can recur by chance).
 */
import type { Line, LineContext } from './boilerplate-lines.js';

const LIST_OR_MARKUP = /^(?:[-*+•▪◦·‣–—➔→►>|#]|\d{1,3}[.)]|[a-z][.)](?:\s|$))/u;
// sentences, questions and labels are content even when repeated; footers do not end in punctuation
const ENDS_SENTENCE_OR_LABEL = /[.!?:;]$/;
const LETTER = /\p{L}/gu;

export interface RunningOptions {
  readonly minLength: number;
  readonly minWords: number;
  readonly maxLength: number;
  readonly minRepeats: number;
}

/** Line index → how often its text occurs, for every occurrence of a running line. */
export function findRunningLines(
  lines: readonly Line[],
  context: LineContext,
  skip: ReadonlySet<number>,
  options: RunningOptions,
): Map<number, number> {
  const byText = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (skip.has(i) || !isCountable(line.text, options)) return;
    const list = byText.get(line.text);
    if (list) list.push(i);
    else byText.set(line.text, [i]);
  });
  const running = new Map<number, number>();
  for (const indices of byText.values()) {
    if (indices.length < options.minRepeats) continue;
    const inProse = indices.filter((i) => context.prevFlows(i) && context.nextFlows(i)).length;
    if (inProse * 2 > indices.length) continue;
    for (const i of indices) running.set(i, indices.length);
  }
  return running;
}

/** A line that may run on every page: no list item, sentence or label, long enough, with words. */
export function isCountable(text: string, options: Omit<RunningOptions, 'minRepeats'>): boolean {
  if (text.length < options.minLength || text.length > options.maxLength) return false;
  if (LIST_OR_MARKUP.test(text) || ENDS_SENTENCE_OR_LABEL.test(text)) return false;
  return (text.match(LETTER)?.length ?? 0) >= 3 && text.split(/\s+/).length >= options.minWords;
}
