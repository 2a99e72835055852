/**
 * Themes of two letters aligned one-to-one and classified. A paired theme is "changed" when its title, its
 * asks, its figures or the things it cites changed; prose edits alone keep it ("edited" says so).
 */
import type { AskDiff, RelatedTheme, ThemeDiff, ThemeSide } from '../model/diff-schema.js';
import type { Letter, Theme } from '../model/schema.js';
import { assignPairs, relatedTo, type Alignment, type Candidate } from './align.js';
import { closest } from './diff-asks.js';
import type { FigureChange } from './diff-figures.js';
import type { Entity } from './group-references.js';
import { scoreThemes, themeFacts, tokensOf, type ThemeFacts } from './score-themes.js';

/** Themes scoring below this stay unpaired; candidates above RELATED_MIN are listed as related. */
export const THEME_THRESHOLD = 0.3;
export const RELATED_MIN = 0.3;

export interface ThemeAlignment {
  olds: ThemeFacts[];
  news: ThemeFacts[];
  candidates: Candidate[];
  alignment: Alignment;
}

export function alignThemes(
  oldLetter: Letter,
  newLetter: Letter,
  entities: readonly Entity[],
): ThemeAlignment {
  const olds = themeFacts(oldLetter, entities);
  const news = themeFacts(newLetter, entities);
  const candidates = scoreThemes(olds, news, entities);
  return {
    olds,
    news,
    candidates,
    alignment: assignPairs(candidates, olds.length, news.length, THEME_THRESHOLD),
  };
}

const sideOf = (t: Theme): ThemeSide => ({
  id: t.id,
  title: t.title,
  level: t.level,
  position: t.titlePosition ?? t.position,
});
const name = (t: Theme | undefined) => (t?.title ? `“${t.title}”` : 'the opening');
const short = (s: string, n = 60) => (s.length > n ? `“${s.slice(0, n - 1).trimEnd()}…”` : `“${s}”`);

function changesOf(
  a: ThemeFacts,
  b: ThemeFacts,
  asks: readonly AskDiff[],
  figures: readonly FigureChange[],
  entities: readonly Entity[],
): string[] {
  const changes: string[] = [];
  if (titleWords(a) !== titleWords(b)) changes.push(`title ${name(a.theme)} → ${name(b.theme)}`);
  for (const ask of asks) {
    if (ask.status === 'dropped' && ask.old?.themeId === a.theme.id)
      changes.push(`ask dropped: ${short(ask.old.text)}`);
    if (ask.status === 'new' && ask.new?.themeId === b.theme.id)
      changes.push(`new ask: ${short(ask.new.text)}`);
    if (ask.status === 'changed' && ask.new?.themeId === b.theme.id)
      changes.push(`ask changed: ${short(ask.new.text)}`);
  }
  for (const { entry, oldThemeId, newThemeId } of figures) {
    if (entry.status === 'changed' && newThemeId === b.theme.id)
      changes.push(`figure ${entry.old?.text} → ${entry.new?.text}`);
    if (entry.status === 'new' && newThemeId === b.theme.id) changes.push(`new figure ${entry.new?.text}`);
    if (entry.status === 'dropped' && oldThemeId === a.theme.id)
      changes.push(`figure dropped: ${entry.old?.text}`);
  }
  const label = (g: number) => entities[g]?.label ?? '';
  const plus = [...b.mentions].filter((g) => !a.mentions.has(g)).map((g) => `+${label(g)}`);
  const minus = [...a.mentions].filter((g) => !b.mentions.has(g)).map((g) => `−${label(g)}`);
  if (plus.length || minus.length) changes.push(`cites ${[...plus, ...minus].join(', ')}`);
  return [...new Set(changes)];
}

const titleWords = (f: ThemeFacts) => tokensOf(f.theme.title ?? '');

function related(t: ThemeAlignment, chosen: { old: number | null; new: number | null }): RelatedTheme[] {
  return relatedTo(t.candidates, chosen, RELATED_MIN).map((c) =>
    c.old === chosen.old
      ? { side: 'new', id: t.news[c.new]!.theme.id, title: t.news[c.new]!.theme.title, score: c.score }
      : { side: 'old', id: t.olds[c.old]!.theme.id, title: t.olds[c.old]!.theme.title, score: c.score },
  );
}

export function diffThemes(
  t: ThemeAlignment,
  asks: readonly AskDiff[],
  figures: readonly FigureChange[],
  entities: readonly Entity[],
): ThemeDiff[] {
  const out: ThemeDiff[] = [];
  for (const p of t.alignment.pairs) {
    const a = t.olds[p.old] as ThemeFacts;
    const b = t.news[p.new] as ThemeFacts;
    const changes = changesOf(a, b, asks, figures, entities);
    out.push({
      status: changes.length ? 'changed' : 'kept',
      old: sideOf(a.theme),
      new: sideOf(b.theme),
      score: p.score,
      evidence: p.evidence,
      changes,
      edited: !changes.length && a.tokens !== b.tokens,
      related: related(t, { old: p.old, new: p.new }),
    });
  }
  for (const j of t.alignment.newOnly) {
    const evidence = closest(
      t.candidates,
      (c) => c.new === j,
      (c) => `old theme ${name(t.olds[c.old]?.theme)}`,
    );
    const theme = t.news[j]!.theme;
    out.push({
      status: 'new',
      old: null,
      new: sideOf(theme),
      score: 0,
      evidence,
      changes: [],
      edited: false,
      related: related(t, { old: null, new: j }),
    });
  }
  out.sort((x, y) => (x.new?.position.start.offset ?? 0) - (y.new?.position.start.offset ?? 0));
  for (const i of t.alignment.oldOnly) {
    const evidence = closest(
      t.candidates,
      (c) => c.old === i,
      (c) => `new theme ${name(t.news[c.new]?.theme)}`,
    );
    const theme = t.olds[i]!.theme;
    out.push({
      status: 'dropped',
      old: sideOf(theme),
      new: null,
      score: 0,
      evidence,
      changes: [],
      edited: false,
      related: related(t, { old: i, new: null }),
    });
  }
  return out;
}
