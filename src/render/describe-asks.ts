/**
 * The asks as the brief lists them: numbered, each with its theme and, when the theme has them, its key
 * figure and its law or bill. A prose ask that restates a listed ask is left out: the request shows once.
 */
import type { Ask, Figure, Letter, Reference, Theme } from '../model/schema.js';

export interface BriefAsk {
  /** 1-based, in letter order */
  number: number;
  id: string;
  text: string;
  marker: Ask['marker'];
  theme: { id: string; title: string };
  /** the theme's key figure ("circa 1 miljoen euro per jaar"), or null */
  figure: string | null;
  /** the law or bill the ask concerns ("Wet regulering sekswerk (35715)"), or null */
  law: string | null;
}

const FIGURE_RANK: Record<Figure['kind'], number> = { money: 0, percentage: 1, count: 2, year: 9 };
const low = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

const byKey = (a: Figure, b: Figure): number =>
  FIGURE_RANK[a.kind] - FIGURE_RANK[b.kind] || a.position.start.offset - b.position.start.offset;

/** Every theme's key figure: its first amount of money, else its first percentage, else its first count. */
export function keyFigures(figures: readonly Figure[]): Map<string, Figure> {
  const best = new Map<string, Figure>();
  for (const f of figures) {
    if (f.kind === 'year') continue;
    const current = best.get(f.themeId);
    if (!current || byKey(f, current) < 0) best.set(f.themeId, f);
  }
  return best;
}

/** The figure as written, followed by the qualifiers it does not already contain ("… euro per jaar"). */
function figureText(f: Figure): string {
  const extra = f.qualifiers.filter((q) => q.trim() && !low(f.text).includes(low(q)));
  return [f.text.trim(), ...extra].join(' ');
}

const groupBy = <T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(keyOf(item));
    if (list) list.push(item);
    else map.set(keyOf(item), [item]);
  }
  return map;
};

/**
 * The law or bill of an ask's theme: the one the ask names, else one with a dossier number or canonical
 * name, else the one the theme title names, else the first. Left out when it would only repeat the theme
 * title ("Wet regulering sekswerk" under the heading "Wet regulering sekswerk"), unless it adds a number.
 * The references and asks are indexed once per letter (per theme, lower-cased once), so each ask costs only
 * the laws of its own theme.
 */
function lawFinder(
  references: readonly Reference[],
  asks: readonly Ask[],
): (ask: Ask, theme: Theme | undefined) => string | null {
  const namesOf = new Map<Reference, string[]>();
  const lawsIn = groupBy(
    references.filter((r) => r.kind === 'law' || r.kind === 'bill'),
    (r) => r.themeId,
  );
  for (const laws of lawsIn.values())
    for (const r of laws) namesOf.set(r, [r.text, r.name].filter((t): t is string => !!t).map(low));
  const names = (hay: string, r: Reference) => (namesOf.get(r) ?? []).some((t) => hay.includes(t));
  const asksIn = groupBy(asks, (a) => a.themeId);
  // per theme: each law → the ids of the theme's asks that name it
  const namedBy = new Map<string, Map<Reference, Set<string>>>();
  const namers = (themeId: string): Map<Reference, Set<string>> => {
    let map = namedBy.get(themeId);
    if (map) return map;
    map = new Map();
    const plains = (asksIn.get(themeId) ?? []).map((a) => ({ id: a.id, plain: low(a.plain) }));
    for (const r of lawsIn.get(themeId) ?? [])
      map.set(r, new Set(plains.filter((a) => names(a.plain, r)).map((a) => a.id)));
    namedBy.set(themeId, map);
    return map;
  };
  const dossierAt = new Map<string, number>();
  references.forEach((r, i) => {
    if (r.kind === 'kamerstuk' && r.id && !dossierAt.has(r.ref)) dossierAt.set(r.ref, i);
  });
  const dossierOf = (law: Reference): Reference | undefined => {
    const at = law.links.reduce((min, l) => Math.min(min, dossierAt.get(l) ?? Infinity), Infinity);
    return at === Infinity ? undefined : references[at];
  };

  return (ask, theme) => {
    const all = lawsIn.get(ask.themeId) ?? [];
    const plain = low(ask.plain);
    const own = all.find((r) => names(plain, r));
    // A law another ask of the theme names is that ask's law, not this one's.
    const byOthers = namers(ask.themeId);
    const laws = all.filter((r) => {
      const ids = byOthers.get(r);
      return !ids || ids.size === 0 || (ids.size === 1 && ids.has(ask.id));
    });
    const title = low(theme?.title ?? '');
    const law = own ?? laws.find((r) => r.id || r.name) ?? laws.find((r) => names(title, r)) ?? laws[0];
    if (!law) return null;
    const dossier = dossierOf(law);
    const name = (law.name ?? law.text).trim();
    const id = dossier?.id ?? (law.id && !low(name).includes(low(law.id)) ? law.id : null);
    if (!id && title.includes(low(name))) return null;
    return id ? `${name} (${id})` : name;
  };
}

export function describeAsks(letter: Letter, openingTitle: string): BriefAsk[] {
  const themes = new Map(letter.themes.map((t) => [t.id, t]));
  const listed = new Set(letter.asks.filter((a) => a.marker !== 'sentence').map((a) => a.id));
  const figures = keyFigures(letter.figures);
  const lawOf = lawFinder(letter.references, letter.asks);
  const shown = letter.asks
    .filter((a) => !(a.marker === 'sentence' && a.restates && listed.has(a.restates)))
    .sort((a, b) => a.position.start.offset - b.position.start.offset);
  return shown.map((ask, i) => {
    const theme = themes.get(ask.themeId);
    const figure = figures.get(ask.themeId);
    return {
      number: i + 1,
      id: ask.id,
      text: ask.plain.replace(/\s+/g, ' ').trim(),
      marker: ask.marker,
      theme: { id: ask.themeId, title: theme?.title ?? openingTitle },
      figure: figure ? figureText(figure) : null,
      law: lawOf(ask, theme),
    };
  });
}
