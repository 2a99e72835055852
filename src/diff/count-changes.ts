/** Counts for the summary, the one-line summary printed last, and the exit decision for CI. */
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

/** "2 kept, 1 changed, 4 new, 1 dropped asks; +4 −2 references" (themes instead when neither letter has asks). */
export function summaryLine(diff: LetterDiff): string {
  const { asks, themes, references } = diff.summary;
  const total = (c: Counts) => c.kept + c.changed + c.new + c.dropped;
  const [counts, noun] = total(asks) || !total(themes) ? [asks, 'asks'] : [themes, 'themes'];
  const statuses = `${counts.kept} kept, ${counts.changed} changed, ${counts.new} new, ${counts.dropped} dropped ${noun}`;
  const n = diff.summary.figures.changed;
  const figures = n ? `; ${n} changed figure${n === 1 ? '' : 's'}` : '';
  return `${statuses}${figures}; +${references.added} −${references.removed} references`;
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
