/**
 * Text passes that replace spans (repairs, removals) and the offset bookkeeping they need: every pass records
 * its edits, so a position found in one pass's output can be carried through the later passes to the final text.
 */
import { onFirstUse } from '../text/on-first-use.js';

/** The input span [start, end) became `length` characters of output. Edits are sorted and do not overlap. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly length: number;
}

/** Something a pass changed, with its span in that pass's output. */
export interface Found {
  readonly kind: string;
  readonly from: string;
  readonly to: string;
  readonly start: number;
  readonly end: number;
  /** how many times this (kind, from, to) occurred, when a pass reports only the first; 1 when absent */
  readonly count?: number;
  /** the whole word as it arrived and as repaired, for messages */
  readonly example?: { readonly from: string; readonly to: string };
}

export interface PassResult {
  readonly text: string;
  readonly edits: Edit[];
  readonly found: Found[];
}

/** Builds a pass's output left to right; unchanged text is copied in slices. */
export class TextEditor {
  private readonly parts: string[] = [];
  private consumed = 0;
  private outLength = 0;
  readonly edits: Edit[] = [];

  constructor(private readonly input: string) {}

  /** Replaces input [start, end) (start ≥ the end of the previous replacement); returns the output span. */
  replace(start: number, end: number, replacement: string): { start: number; end: number } {
    this.copyTo(start);
    this.parts.push(replacement);
    const out = { start: this.outLength, end: this.outLength + replacement.length };
    this.outLength = out.end;
    this.consumed = end;
    if (end - start !== replacement.length) this.edits.push({ start, end, length: replacement.length });
    return out;
  }

  /** The output offset that input offset `start` will get when everything before it is copied. */
  outputOffset(start: number): number {
    return this.outLength + (start - this.consumed);
  }

  finish(): string {
    this.copyTo(this.input.length);
    return this.parts.join('');
  }

  private copyTo(start: number): void {
    if (start <= this.consumed) return;
    this.parts.push(this.input.slice(this.consumed, start));
    this.outLength += start - this.consumed;
    this.consumed = start;
  }
}

/** Maps input offsets of one pass to its output offsets; an offset inside an edit goes to the edit's start or end. */
export function offsetMapper(edits: readonly Edit[]): (offset: number, side: 'start' | 'end') => number {
  const before: number[] = []; // net growth from all edits before edit i
  let growth = 0;
  for (const e of edits) {
    before.push(growth);
    growth += e.length - (e.end - e.start);
  }
  return (offset, side) => {
    // the number of edits that end at or before the offset
    let lo = 0;
    let hi = edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((edits[mid] as Edit).end <= offset) lo = mid + 1;
      else hi = mid;
    }
    const delta = lo < edits.length ? (before[lo] as number) : growth;
    const next = edits[lo];
    if (next && next.start < offset) {
      const outStart = next.start + delta;
      return side === 'start' ? outStart : outStart + next.length;
    }
    return offset + delta;
  };
}

const WORD_CHAR = onFirstUse(() => /[\p{L}\p{M}]/u);
const MAX_WORD_SIDE = 40;

/** The span grown over the letters around it (at most 40 each side): "Ã«" in "financiÃ«le" → the whole word. */
export function wordAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && start - s < MAX_WORD_SIDE && WORD_CHAR().test(text[s - 1] as string)) s--;
  let e = end;
  while (e < text.length && e - end < MAX_WORD_SIDE && WORD_CHAR().test(text[e] as string)) e++;
  return text.slice(s, e);
}

/** Past this many of one kind, further repairs are counted per (from, to) instead of listed one by one. */
const MAX_LISTED = 1000;

/** Collects a pass's findings: each one listed, until a kind has MAX_LISTED; the rest folded with a count. */
export class FoundLog {
  private readonly listed: Found[] = [];
  private readonly perKind = new Map<string, number>();
  private readonly folded = new Map<string, Found & { count: number }>();

  add(found: Found): void {
    const n = this.perKind.get(found.kind) ?? 0;
    this.perKind.set(found.kind, n + 1);
    if (n < MAX_LISTED) {
      this.listed.push(found);
      return;
    }
    const key = `${found.kind}\u0000${found.from}\u0000${found.to}`;
    const group = this.folded.get(key);
    if (group) group.count++;
    else this.folded.set(key, { ...found, count: 1 });
  }

  all(): Found[] {
    return [...this.listed, ...this.folded.values()];
  }
}
