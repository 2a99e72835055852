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

/** Free old figures in order, taken from the front; figures taken by another queue are skipped. */
class Queue {
  private head = 0;
  readonly items: number[] = [];
  first(taken: readonly boolean[]): number {
    while (this.head < this.items.length && taken[this.items[this.head] as number]) this.head++;
    return this.items[this.head] ?? Infinity;
  }
}

function queues(): { get(key: string): Queue; add(key: string, i: number): void } {
  const map = new Map<string, Queue>();
  const get = (key: string) => {
    let q = map.get(key);
    if (!q) map.set(key, (q = new Queue()));
    return q;
  };
  return { get, add: (key, i) => get(key).items.push(i) };
}

/**
 * Pairs figures of one theme pair: equal amounts first, then the rest of the same kind in order. Each new
 * figure takes the first free old figure that fits, looked up by kind, unit and amount rather than searched for.
 */
function pairFigures(olds: Figure[], news: Figure[], oldThemeId: string, newThemeId: string): FigureChange[] {
  const kindKey = (f: Figure) => `${f.kind}\u0000${f.unit ?? ''}`;
  const wordKey = (f: Figure) => `${kindKey(f)}\u0000${words(f.text)}`;
  const valueKey = (f: Figure) => `${kindKey(f)}\u0000${String(f.value)}`;
  const hasValue = (f: Figure) => f.value !== null && !Number.isNaN(f.value);
  // sameAmount: equal values when both have one, else the same words
  const byValue = queues();
  const byWordsNoValue = queues();
  const byWords = queues();
  const byKind = queues();
  olds.forEach((o, i) => {
    if (hasValue(o)) byValue.add(valueKey(o), i);
    else if (o.value === null) byWordsNoValue.add(wordKey(o), i);
    byWords.add(wordKey(o), i);
    byKind.add(kindKey(o), i);
  });
  const taken = olds.map(() => false);
  const sameAmountOld = (n: Figure): number => {
    if (n.value === null) return byWords.get(wordKey(n)).first(taken);
    const words = byWordsNoValue.get(wordKey(n)).first(taken);
    return hasValue(n) ? Math.min(byValue.get(valueKey(n)).first(taken), words) : words;
  };
  const pairs: [Figure, Figure][] = [];
  const newOnly: Figure[] = [];
  let pending = news;
  for (const find of [sameAmountOld, (n: Figure) => byKind.get(kindKey(n)).first(taken)]) {
    const left: Figure[] = [];
    for (const n of pending) {
      const k = find(n);
      if (k === Infinity) left.push(n);
      else {
        taken[k] = true;
        pairs.push([olds[k] as Figure, n]);
      }
    }
    pending = left;
  }
  for (const n of pending) newOnly.push(n);
  const freeOld = olds.filter((_, i) => !taken[i]);
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
    for (const f of letter.figures.filter((x) => COMPARED.has(x.kind))) {
      const list = map.get(f.themeId);
      if (list) list.push(f);
      else map.set(f.themeId, [f]);
    }
    return map;
  };
  const olds = byTheme(oldLetter);
  const news = byTheme(newLetter);
  const paired = new Set(themePairs.values());
  const out: FigureChange[] = [];
  for (const [oldId, newId] of themePairs)
    for (const change of pairFigures(olds.get(oldId) ?? [], news.get(newId) ?? [], oldId, newId))
      out.push(change);
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
