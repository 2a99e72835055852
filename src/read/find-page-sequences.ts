/**
 * Bare numbers that are page numbers: they count up (2, 3, 4 …) with a page's worth of lines between them.
 * A lone "2", or numbers close together (a list of figures, a numbered list), are left alone.
 */
import type { LineContext } from './boilerplate-lines.js';

/** Fewer lines than this between two numbers is not a page. */
const MIN_PAGE_GAP = 10;
/** More candidates than this is a table of numbers, not pagination. */
const MAX_CANDIDATES = 1000;

export interface NumberLine {
  readonly index: number;
  readonly value: number;
}

/** The line indices of the numbers that form a page sequence. */
export function findPageSequences(numbers: readonly NumberLine[], context: LineContext): Set<number> {
  const pages = new Set<number>();
  if (numbers.length < 2 || numbers.length > MAX_CANDIDATES) return pages;
  const length: number[] = [];
  const previous: number[] = [];
  numbers.forEach((n, i) => {
    length.push(1);
    previous.push(-1);
    for (let j = i - 1; j >= 0; j--) {
      const m = numbers[j] as NumberLine;
      if (
        m.value === n.value - 1 &&
        n.index - m.index >= MIN_PAGE_GAP &&
        (length[j] as number) + 1 > (length[i] as number)
      ) {
        length[i] = (length[j] as number) + 1;
        previous[i] = j;
      }
    }
  });
  numbers.forEach((_, i) => {
    const chain: number[] = [];
    for (let k = i; k !== -1; k = previous[k] as number) chain.push((numbers[k] as NumberLine).index);
    // two numbers suffice when each stands between blank lines; inside running text it takes three
    const needed = chain.every((index) => context.betweenBlankLines(index)) ? 2 : 3;
    if (chain.length >= needed) for (const index of chain) pages.add(index);
  });
  return pages;
}
