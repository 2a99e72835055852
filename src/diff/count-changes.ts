/** Counts for the summary, and the exit decision for CI. */
import type { DiffStatus, DiffSummary, LetterDiff } from '../model/diff-schema.js';

type Counts = Record<DiffStatus, number>;

const count = (items: readonly { status: DiffStatus }[]): Counts => {
  const c: Counts = { kept: 0, changed: 0, new: 0, dropped: 0 };
  for (const i of items) c[i.status]++;
  return c;
};

export function summarise(diff: Omit<LetterDiff, 'summary'>): DiffSummary {
  return {
    themes: count(diff.themes),
    asks: count(diff.asks),
    figures: count(diff.figures),
    references: {
      added: diff.references.added.length,
      removed: diff.references.removed.length,
      kept: diff.references.kept.length,
    },
  };
}

/** The statuses of the positions: themes, asks and figures (references have no status of their own). */
function statusesPresent(diff: LetterDiff): Set<DiffStatus> {
  return new Set<DiffStatus>([...diff.themes, ...diff.asks, ...diff.figures].map((i) => i.status));
}

/**
 * `--exit-code`: true when anything differs, references included (like `git diff --exit-code`).
 * `--fail-on LIST`: true only when a theme, ask or figure has one of the listed statuses.
 */
export function differs(diff: LetterDiff, failOn?: readonly DiffStatus[]): boolean {
  const present = statusesPresent(diff);
  if (failOn) return failOn.some((s) => present.has(s));
  const refs = diff.references.added.length + diff.references.removed.length;
  return refs > 0 || [...present].some((s) => s !== 'kept');
}
