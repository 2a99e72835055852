/**
 * Figures (money, percentages, counts) of paired themes compared: the same amount is kept, another amount of
 * the same kind and unit is changed ("circa 1 miljoen euro" → "circa 2 miljoen euro"), the rest new or dropped.
 * Years are left out: they date the context ("onderzoek uit 2024") and move with every letter.
 */
import type { FigureDiff, FigureSide } from '../model/diff-schema.js';
import type { Figure, Letter } from '../model/schema.js';

export interface FigureChange {
  entry: FigureDiff;
  oldThemeId: string | null;
  newThemeId: string | null;
}

const COMPARED = new Set<Figure['kind']>(['money', 'percentage', 'count']);
const sideOf = (f: Figure): FigureSide => ({
  id: f.id,
  kind: f.kind,
  text: f.text,
  value: f.value,
  unit: f.unit,
  position: f.position,
});
const sameKind = (a: Figure, b: Figure) => a.kind === b.kind && (a.unit ?? '') === (b.unit ?? '');
const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
const sameAmount = (a: Figure, b: Figure) =>
  sameKind(a, b) &&
  (a.value !== null && b.value !== null ? a.value === b.value : words(a.text) === words(b.text));

/** Pairs figures of one theme pair: equal amounts first, then the rest of the same kind in order. */
function pairFigures(olds: Figure[], news: Figure[], oldThemeId: string, newThemeId: string): FigureChange[] {
  const freeOld = [...olds];
  const pairs: [Figure, Figure][] = [];
  const newOnly: Figure[] = [];
  let pending = news;
  for (const rule of [sameAmount, sameKind]) {
    const left: Figure[] = [];
    for (const n of pending) {
      const k = freeOld.findIndex((o) => rule(o, n));
      if (k === -1) left.push(n);
      else pairs.push([freeOld.splice(k, 1)[0] as Figure, n]);
    }
    pending = left;
  }
  newOnly.push(...pending);
  return [
    ...pairs.map(([o, n]): FigureChange => ({
      entry: {
        status: sameAmount(o, n) ? 'kept' : 'changed',
        old: sideOf(o),
        new: sideOf(n),
        themeId: newThemeId,
      },
      oldThemeId,
      newThemeId,
    })),
    ...newOnly.map((n): FigureChange => ({
      entry: { status: 'new', old: null, new: sideOf(n), themeId: newThemeId },
      oldThemeId: null,
      newThemeId,
    })),
    ...freeOld.map((o): FigureChange => ({
      entry: { status: 'dropped', old: sideOf(o), new: null, themeId: oldThemeId },
      oldThemeId,
      newThemeId: null,
    })),
  ];
}

/** `themePairs` maps each paired old theme id to its new theme id. */
export function diffFigures(
  oldLetter: Letter,
  newLetter: Letter,
  themePairs: ReadonlyMap<string, string>,
): FigureChange[] {
  const byTheme = (letter: Letter) => {
    const map = new Map<string, Figure[]>();
    for (const f of letter.figures.filter((x) => COMPARED.has(x.kind)))
      map.set(f.themeId, [...(map.get(f.themeId) ?? []), f]);
    return map;
  };
  const olds = byTheme(oldLetter);
  const news = byTheme(newLetter);
  const paired = new Set(themePairs.values());
  const out: FigureChange[] = [];
  for (const [oldId, newId] of themePairs)
    out.push(...pairFigures(olds.get(oldId) ?? [], news.get(newId) ?? [], oldId, newId));
  for (const [id, figures] of news)
    if (!paired.has(id))
      for (const f of figures)
        out.push({
          entry: { status: 'new', old: null, new: sideOf(f), themeId: id },
          oldThemeId: null,
          newThemeId: id,
        });
  for (const [id, figures] of olds)
    if (!themePairs.has(id))
      for (const f of figures)
        out.push({
          entry: { status: 'dropped', old: sideOf(f), new: null, themeId: id },
          oldThemeId: id,
          newThemeId: null,
        });
  const at = (c: FigureChange) => (c.entry.new ?? c.entry.old)?.position.start.offset ?? 0;
  return out.sort((a, b) => Number(!a.entry.new) - Number(!b.entry.new) || at(a) - at(b));
}
