/**
 * What changed since an earlier letter, short enough for a box on a one-pager ("Wat is veranderd sinds …"): the
 * earlier letter's title and date, the counts of new, dropped, changed and unchanged asks (themes when the
 * letters have no asks), and the new and dropped asks by their request, clipped at a word. The words are the
 * labels' `changes` (src/data/labels.<lang>.yaml).
 */
import type { LetterDiff } from '../model/diff-schema.js';
import { foldSpace } from '../text/fold-space.js';
import { fillLabel } from './fill-label.js';
import { formatDate, type BriefDate } from './format-date.js';
import { loadLabels, type Lang } from './load-labels.js';
import { requestClause } from './request-clause.js';

const MAX_ITEMS = 3;
const SHORT = 90;

/** Cuts at a word boundary, marking the cut with "…". */
const clip = (s: string, n = SHORT): string => {
  if (s.length <= n) return s;
  const cut = s.lastIndexOf(' ', n - 1);
  return `${s.slice(0, cut > n / 2 ? cut : n - 1).replace(/[\s,;:.–-]+$/u, '')}…`;
};

export interface SinceBox {
  /** the earlier letter */
  title: string | null;
  date: BriefDate | null;
  /** what is counted: asks, or themes when neither letter has asks */
  unit: 'asks' | 'themes';
  counts: { new: number; dropped: number; changed: number; kept: number };
  /** the first few new and dropped items by their request (or title), and how many more there are */
  added: string[];
  dropped: string[];
  more: { added: number; dropped: number };
}

const short = (text: string): string =>
  clip(foldSpace(requestClause({ plain: text, phrase: null }).request).replace(/(?<![.;:])[.;:]+$/u, ''));

export function describeSince(diff: LetterDiff, lang: Lang = 'nl'): SinceBox {
  const labels = loadLabels(lang);
  const byAsks = diff.asks.length > 0;
  const items = (status: 'new' | 'dropped'): string[] => [
    ...new Set(
      byAsks
        ? diff.asks.filter((a) => a.status === status).map((a) => short((a.new ?? a.old)?.text ?? ''))
        : diff.themes
            .filter((t) => t.status === status)
            .map((t) => (t.new ?? t.old)?.title ?? '')
            .filter(Boolean),
    ),
  ];
  const added = items('new');
  const dropped = items('dropped');
  const counts = byAsks ? diff.summary.asks : diff.summary.themes;
  return {
    title: diff.old.title ? foldSpace(diff.old.title) : null,
    date: formatDate(diff.old.date, labels),
    unit: byAsks ? 'asks' : 'themes',
    counts: { new: counts.new, dropped: counts.dropped, changed: counts.changed, kept: counts.kept },
    added: added.slice(0, MAX_ITEMS),
    dropped: dropped.slice(0, MAX_ITEMS),
    more: {
      added: Math.max(0, added.length - MAX_ITEMS),
      dropped: Math.max(0, dropped.length - MAX_ITEMS),
    },
  };
}

/**
 * The box as a few lines of text: the earlier letter, the counts, the new and the dropped items
 * ("Nieuw: Versterk de capaciteit van AVIM; … en 3 meer").
 */
export function sinceLines(box: SinceBox, lang: Lang = 'nl'): string[] {
  const w = loadLabels(lang).changes;
  const previous = [box.title, box.date?.text].filter(Boolean).join(', ');
  const count = (n: number, what: string) => fillLabel(w.count, { count: String(n), what });
  const list = (items: string[], more: number) =>
    `${items.join('; ')}${more > 0 ? ` ${fillLabel(w.andMore, { count: String(more) })}` : ''}`;
  return [
    previous ? `${w.previous}: ${previous}` : '',
    `${w[box.unit]}: ${[
      count(box.counts.new, w.new.toLowerCase()),
      count(box.counts.dropped, w.dropped.toLowerCase()),
      count(box.counts.changed, w.changed.toLowerCase()),
      count(box.counts.kept, w.kept),
    ].join(', ')}`,
    box.added.length ? `${w.new}: ${list(box.added, box.more.added)}` : '',
    box.dropped.length ? `${w.dropped}: ${list(box.dropped, box.more.dropped)}` : '',
  ].filter(Boolean);
}

/** What changed since the earlier letter of the diff, as the brief's few lines. */
export const summariseChanges = (diff: LetterDiff, lang: Lang = 'nl'): string[] =>
  sinceLines(describeSince(diff, lang), lang);
