/** Offsets ↔ 1-based line/column positions over one text. */
import type { Point, Position } from './schema.js';

export interface LineIndex {
  /** offset of the first character of each line */
  readonly starts: number[];
}

/** Builds the line-start table once per text (O(n)). */
export function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return { starts };
}

/** The point at an offset (binary search over line starts). */
function pointAt(index: LineIndex, offset: number): Point {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1, offset };
}

/** The position spanning [start, end) in offsets. */
export function positionOf(index: LineIndex, start: number, end: number): Position {
  return { start: pointAt(index, start), end: pointAt(index, end) };
}
