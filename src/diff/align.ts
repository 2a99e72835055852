/**
 * One-to-one alignment of the items of two letters (themes, asks) from scored candidate pairs.
 * Greedy by score: the best-supported pair is taken first, then the best among what is left, down to the
 * threshold. With the evidence-based scores used here this gives the same pairs as an optimal (Hungarian)
 * assignment except in near-ties, and every pair can be explained by its own evidence alone.
 */
import type { Evidence } from '../model/diff-schema.js';

export interface Candidate {
  old: number;
  new: number;
  score: number;
  evidence: Evidence[];
  /** the pieces of evidence behind the score, for tuning */
  parts?: Record<string, number>;
}

export interface Alignment {
  pairs: Candidate[];
  /** indexes left without a partner */
  oldOnly: number[];
  newOnly: number[];
}

/** Pairs with score ≥ threshold, each item at most once; ties go to document order. */
export function assignPairs(
  candidates: readonly Candidate[],
  nOld: number,
  nNew: number,
  threshold: number,
): Alignment {
  const sorted = candidates
    .filter((c) => c.score >= threshold)
    .sort((a, b) => b.score - a.score || a.old - b.old || a.new - b.new);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: Candidate[] = [];
  for (const c of sorted) {
    if (usedOld.has(c.old) || usedNew.has(c.new)) continue;
    usedOld.add(c.old);
    usedNew.add(c.new);
    pairs.push(c);
  }
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return {
    pairs: pairs.sort((a, b) => a.new - b.new || a.old - b.old),
    oldOnly: range(nOld).filter((i) => !usedOld.has(i)),
    newOnly: range(nNew).filter((j) => !usedNew.has(j)),
  };
}

/** Candidates above `min` that touch an item but were not chosen for it: splits and merges. */
export function relatedTo(
  candidates: readonly Candidate[],
  chosen: { old: number | null; new: number | null },
  min: number,
): Candidate[] {
  return candidates
    .filter((c) => c.score >= min)
    .filter((c) => !(c.old === chosen.old && c.new === chosen.new))
    .filter((c) => c.old === chosen.old || c.new === chosen.new)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
}
