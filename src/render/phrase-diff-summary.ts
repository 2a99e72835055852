/**
 * The diff's one-line summary, printed last by every report: "0 ongewijzigd, 2 gewijzigd, 7 nieuw, 2 vervallen
 * vragen; +9 −3 verwijzingen" (the themes instead when neither letter has asks), in the labels' words.
 */
import type { DiffStatus, LetterDiff } from '../model/diff-schema.js';
import { fillLabel } from './fill-label.js';
import { countIn, loadLabels, type Lang } from './load-labels.js';

export function summaryLine(diff: LetterDiff, lang: Lang = 'nl'): string {
  const words = loadLabels(lang).report;
  const { asks, themes, references, figures } = diff.summary;
  const total = (c: Record<DiffStatus, number>) => c.kept + c.changed + c.new + c.dropped;
  const [counts, what] =
    total(asks) || !total(themes) ? [asks, words.countedAsks] : [themes, words.countedThemes];
  const statuses = fillLabel(words.counts, {
    kept: String(counts.kept),
    changed: String(counts.changed),
    new: String(counts.new),
    dropped: String(counts.dropped),
    what,
  });
  const changedFigures = figures.changed ? [countIn(words.figuresChanged, figures.changed)] : [];
  const refs = fillLabel(words.referencesChanged, {
    added: String(references.added),
    removed: String(references.removed),
  });
  return [statuses, ...changedFigures, refs].join('; ');
}
