/**
 * Themes of two letters aligned one-to-one and classified. A paired theme is "changed" when its title, its
 * asks, its figures or the things it cites changed; prose edits alone keep it ("edited" says so). The opening
 * and headings that only group sub-themes are no positions: left unpaired, they are not reported (their asks
 * and sub-themes are).
 */
import type { AskDiff, RelatedTheme, ThemeChange, ThemeDiff, ThemeSide } from '../model/diff-schema.js';
import type { Letter, Theme } from '../model/schema.js';
import { assignPairs, relatedTo, type Alignment, type Candidate } from './align.js';
import { candidatesBy, closest } from './diff-asks.js';
import type { FigureChange } from './diff-figures.js';
import type { Entity } from './group-references.js';
import { scoreThemes, themeFacts, tokensOf, type ThemeFacts } from './score-themes.js';

/** Themes scoring below this stay unpaired; candidates above RELATED_MIN are listed as related. */
const THEME_THRESHOLD = 0.3;
const RELATED_MIN = 0.3;

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
const item = (t: Theme | undefined) => ({ id: t?.id ?? '', text: t?.title ?? null });

/** Indexes (into the asks or figures) by theme id, each list in order. */
function indexBy<T>(
  items: readonly T[],
  themeOf: (item: T) => string | null | undefined,
): Map<string, number[]> {
  const map = new Map<string, number[]>();
  items.forEach((item, i) => {
    const id = themeOf(item);
    if (id === null || id === undefined) return;
    const list = map.get(id);
    if (list) list.push(i);
    else map.set(id, [i]);
  });
  return map;
}

/** Two ascending lists of indexes as one, each index once. */
function merged(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    out.push(Math.min(x, y));
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return out;
}

/**
 * Where to look for a theme pair's changes: the asks and figures dropped from the old theme and those new or
 * changed in the new theme, by theme id, so each pair reads its own rather than every ask of the letter.
 */
interface ChangeIndex {
  asks: readonly AskDiff[];
  figures: readonly FigureChange[];
  asksOld: Map<string, number[]>;
  asksNew: Map<string, number[]>;
  figuresOld: Map<string, number[]>;
  figuresNew: Map<string, number[]>;
}

function changeIndex(asks: readonly AskDiff[], figures: readonly FigureChange[]): ChangeIndex {
  return {
    asks,
    figures,
    asksOld: indexBy(asks, (a) => (a.status === 'dropped' ? a.old?.themeId : null)),
    asksNew: indexBy(asks, (a) => (a.status === 'new' || a.status === 'changed' ? a.new?.themeId : null)),
    figuresOld: indexBy(figures, (f) => (f.entry.status === 'dropped' ? f.oldThemeId : null)),
    figuresNew: indexBy(figures, (f) => (f.entry.status !== 'dropped' ? f.newThemeId : null)),
  };
}

function changesOf(
  a: ThemeFacts,
  b: ThemeFacts,
  index: ChangeIndex,
  entities: readonly Entity[],
): ThemeChange[] {
  const changes: ThemeChange[] = [];
  const oldId = a.theme.id;
  const newId = b.theme.id;
  if (titleWords(a) !== titleWords(b)) changes.push({ code: 'title-changed' });
  for (const k of merged(index.asksOld.get(oldId) ?? [], index.asksNew.get(newId) ?? [])) {
    const ask = index.asks[k]!;
    if (ask.status === 'dropped' && ask.old?.themeId === oldId)
      changes.push({ code: 'ask-dropped', id: ask.old.id, text: ask.old.text });
    if (ask.status === 'new' && ask.new?.themeId === newId)
      changes.push({ code: 'ask-new', id: ask.new.id, text: ask.new.text });
    if (ask.status === 'changed' && ask.new?.themeId === newId)
      changes.push({ code: 'ask-changed', id: ask.new.id, text: ask.new.text });
  }
  for (const k of merged(index.figuresOld.get(oldId) ?? [], index.figuresNew.get(newId) ?? [])) {
    const { entry, oldThemeId, newThemeId } = index.figures[k]!;
    if (entry.status === 'changed' && newThemeId === newId && entry.old && entry.new)
      changes.push({ code: 'figure-changed', old: entry.old.text, new: entry.new.text });
    if (entry.status === 'new' && newThemeId === newId && entry.new)
      changes.push({ code: 'figure-new', text: entry.new.text });
    if (entry.status === 'dropped' && oldThemeId === oldId && entry.old)
      changes.push({ code: 'figure-dropped', text: entry.old.text });
  }
  const label = (g: number) => entities[g]?.label ?? '';
  const added = [...b.mentions].filter((g) => !a.mentions.has(g)).map(label);
  const removed = [...a.mentions].filter((g) => !b.mentions.has(g)).map(label);
  if (added.length || removed.length) changes.push({ code: 'citations-changed', added, removed });
  // the same amount changed twice in a theme is one change
  const unique = new Map(changes.map((c) => [JSON.stringify(c), c] as const));
  return [...unique.values()];
}

const titleWords = (f: ThemeFacts) => tokensOf(f.theme.title ?? '');

/** The candidates touching each theme, for splits and merges and the closest theme. */
interface CandidateIndex {
  ofOld: Map<number, Candidate[]>;
  ofNew: Map<number, Candidate[]>;
  /** each candidate's place in the list */
  at: Map<Candidate, number>;
}

function related(
  t: ThemeAlignment,
  by: CandidateIndex,
  chosen: { old: number | null; new: number | null },
): RelatedTheme[] {
  const mine = [
    ...(chosen.old === null ? [] : (by.ofOld.get(chosen.old) ?? [])),
    ...(chosen.new === null ? [] : (by.ofNew.get(chosen.new) ?? [])),
  ];
  // in the candidates' order, as relatedTo would meet them in the whole list
  const touching = [...new Set(mine)].sort((x, y) => (by.at.get(x) ?? 0) - (by.at.get(y) ?? 0));
  return relatedTo(touching, chosen, RELATED_MIN).map((c) =>
    c.old === chosen.old
      ? { side: 'new', id: t.news[c.new]!.theme.id, title: t.news[c.new]!.theme.title, score: c.score }
      : { side: 'old', id: t.olds[c.old]!.theme.id, title: t.olds[c.old]!.theme.title, score: c.score },
  );
}

/**
 * The themes of one letter that hold no position of their own: the opening (the text before the first heading)
 * and container headings, which hold sub-themes ("Sekswerk" over "Wet regulering sekswerk").
 */
function structural(facts: readonly ThemeFacts[]): Set<string> {
  const parents = new Set(facts.map((f) => f.theme.parentId));
  return new Set(
    facts.filter((f) => f.theme.title === null || parents.has(f.theme.id)).map((f) => f.theme.id),
  );
}

export function diffThemes(
  t: ThemeAlignment,
  asks: readonly AskDiff[],
  figures: readonly FigureChange[],
  entities: readonly Entity[],
): ThemeDiff[] {
  const out: ThemeDiff[] = [];
  const index = changeIndex(asks, figures);
  const by: CandidateIndex = {
    ofOld: candidatesBy(t.candidates, 'old'),
    ofNew: candidatesBy(t.candidates, 'new'),
    at: new Map(t.candidates.map((c, i) => [c, i])),
  };
  const oldStructural = structural(t.olds);
  const newStructural = structural(t.news);
  const unreported = {
    old: new Set(t.alignment.oldOnly.map((i) => t.olds[i]!.theme.id).filter((id) => oldStructural.has(id))),
    new: new Set(t.alignment.newOnly.map((j) => t.news[j]!.theme.id).filter((id) => newStructural.has(id))),
  };
  const relatedOf = (chosen: { old: number | null; new: number | null }) =>
    related(t, by, chosen).filter((r) => !unreported[r.side].has(r.id));
  for (const p of t.alignment.pairs) {
    const a = t.olds[p.old] as ThemeFacts;
    const b = t.news[p.new] as ThemeFacts;
    const changes = changesOf(a, b, index, entities);
    out.push({
      status: changes.length ? 'changed' : 'kept',
      old: sideOf(a.theme),
      new: sideOf(b.theme),
      score: p.score,
      evidence: p.evidence,
      changes,
      edited: !changes.length && a.tokens !== b.tokens,
      related: relatedOf({ old: p.old, new: p.new }),
    });
  }
  for (const j of t.alignment.newOnly) {
    const theme = t.news[j]!.theme;
    if (unreported.new.has(theme.id)) continue;
    const evidence = closest(by.ofNew.get(j) ?? [], 'old', (c) => item(t.olds[c.old]?.theme));
    out.push({
      status: 'new',
      old: null,
      new: sideOf(theme),
      score: 0,
      evidence,
      changes: [],
      edited: false,
      related: relatedOf({ old: null, new: j }),
    });
  }
  out.sort((x, y) => (x.new?.position.start.offset ?? 0) - (y.new?.position.start.offset ?? 0));
  for (const i of t.alignment.oldOnly) {
    const theme = t.olds[i]!.theme;
    if (unreported.old.has(theme.id)) continue;
    const evidence = closest(by.ofOld.get(i) ?? [], 'new', (c) => item(t.news[c.new]?.theme));
    out.push({
      status: 'dropped',
      old: sideOf(theme),
      new: null,
      score: 0,
      evidence,
      changes: [],
      edited: false,
      related: relatedOf({ old: i, new: null }),
    });
  }
  return out;
}
