/**
 * A few short lines on what changed, for a one-pager ("Wat is veranderd sinds …"): new, dropped and changed
 * asks (themes when the letters have no asks), changed figures, and references that came and went. The words
 * are the labels' `changes` (src/data/labels.<lang>.yaml).
 */
import type { LetterDiff } from '../model/diff-schema.js';
import { fillLabel } from './fill-label.js';
import { loadLabels, type BriefLang } from './load-labels.js';

const MAX_ITEMS = 3;
/** Cuts at a word boundary. */
const clip = (s: string, n = 70): string => {
  if (s.length <= n) return s;
  const cut = s.lastIndexOf(' ', n - 1);
  return `${s.slice(0, cut > n / 2 ? cut : n - 1).trimEnd()}…`;
};

export function summariseChanges(diff: LetterDiff, lang: BriefLang = 'nl'): string[] {
  const w = loadLabels(lang).changes;
  const andMore = (count: number) => fillLabel(w.andMore, { count: String(count) });
  const list = (all: string[]) => {
    // two old asks may have become one new ask: name it once
    const items = [...new Set(all)];
    const shown = items
      .slice(0, MAX_ITEMS)
      .map((s) => clip(s.replace(/\s+/gu, ' ').replace(/(?<![.;:])[.;:]+$/u, '')));
    const rest = items.length - shown.length;
    return `${shown.join('; ')}${rest > 0 ? `; ${andMore(rest)}` : ''}`;
  };
  const byAsks = diff.asks.length > 0;
  const pick = (status: 'new' | 'dropped' | 'changed'): string[] =>
    byAsks
      ? diff.asks.filter((a) => a.status === status).map((a) => (a.new ?? a.old)?.text ?? '')
      : diff.themes
          .filter((t) => t.status === status)
          .map((t) => (t.new ?? t.old)?.title ?? '')
          .filter(Boolean);
  const figures = diff.figures
    .filter((f) => f.status === 'changed' && f.old && f.new)
    .map((f) => `${f.old?.text} → ${f.new?.text}`);
  const lines: string[] = [];
  for (const status of ['new', 'dropped'] as const) {
    const items = pick(status);
    if (items.length) lines.push(`${w[status]}: ${list(items)}`);
  }
  const changed = [...pick('changed'), ...figures];
  if (changed.length) lines.push(`${w.changed}: ${list(changed)}`);
  const refs = [
    ...diff.references.added.map((r) => `+${r.name && r.name.length < r.text.length ? r.name : r.text}`),
    ...diff.references.removed.map((r) => `−${r.name && r.name.length < r.text.length ? r.name : r.text}`),
  ];
  if (refs.length)
    lines.push(
      `${w.references}: ${refs.slice(0, 6).join(', ')}${refs.length > 6 ? ` ${andMore(refs.length - 6)}` : ''}`,
    );
  return lines;
}
