/**
 * Character-class bodies for the large patterns (use inside `[...]`, flag `u`).
 *
 * They stand in for `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` limited to the scripts Dutch letters are written in:
 * V8 expands every `\p{L}` into hundreds of ranges (and case-folds all of them under the `i` flag) each time a
 * pattern is compiled, which cost a cold start about 100 ms. Letters outside these blocks count as non-letters.
 */

/** Latin (with Latin Extended Additional), Greek and Cyrillic: word boundaries and free letters. */
const WIDE_BLOCKS: readonly (readonly [number, number])[] = [
  [0, 0x052f],
  [0x1e00, 0x1eff],
];
/** Latin up to Latin Extended-B: where case matters (names, capitalised titles). */
const LATIN_BLOCKS: readonly (readonly [number, number])[] = [[0, 0x024f]];

const escape = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;

/** Any letter. */
export const L = classBody(/\p{L}/u, WIDE_BLOCKS);
/** An upper-case letter. */
export const LU = classBody(/\p{Lu}/u, LATIN_BLOCKS);
/** A lower-case letter. */
export const LL = classBody(/\p{Ll}/u, LATIN_BLOCKS);
/** A digit (0-9 and the Latin-1 superscripts and fractions). */
export const N = classBody(/\p{N}/u, LATIN_BLOCKS);
/** A letter or a digit. */
export const LN = `${L}${N}`;

/** The ranges of code points in `blocks` that `test` accepts, written as a class body. */
function classBody(test: RegExp, blocks: readonly (readonly [number, number])[]): string {
  let body = '';
  for (const [from, to] of blocks) {
    let start = -1;
    for (let c = from; c <= to + 1; c++) {
      const inClass = c <= to && test.test(String.fromCodePoint(c));
      if (inClass && start < 0) start = c;
      if (!inClass && start >= 0) {
        body += start === c - 1 ? escape(start) : `${escape(start)}-${escape(c - 1)}`;
        start = -1;
      }
    }
  }
  return body;
}
