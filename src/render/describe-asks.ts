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

/** A theme's key figure: its first amount of money, else its first percentage, else its first count. */
export function keyFigure(figures: Figure[], themeId: string): Figure | null {
  const mine = figures.filter((f) => f.themeId === themeId && f.kind !== 'year');
  mine.sort(
    (a, b) => FIGURE_RANK[a.kind] - FIGURE_RANK[b.kind] || a.position.start.offset - b.position.start.offset,
  );
  return mine[0] ?? null;
}

/** The figure as written, followed by the qualifiers it does not already contain ("… euro per jaar"). */
export function figureText(f: Figure): string {
  const extra = f.qualifiers.filter((q) => q.trim() && !low(f.text).includes(low(q)));
  return [f.text.trim(), ...extra].join(' ');
}

/**
 * The law or bill of the ask's theme: the one the ask names, else one with a dossier number or canonical
 * name, else the one the theme title names, else the first. Left out when it would only repeat the theme
 * title ("Wet regulering sekswerk" under the heading "Wet regulering sekswerk"), unless it adds a number.
 */
export function lawFor(
  ask: Ask,
  theme: Theme | undefined,
  references: Reference[],
  siblings: Ask[] = [],
): string | null {
  const names = (hay: string, r: Reference) => [r.text, r.name].some((t) => t && low(hay).includes(low(t)));
  const all = references.filter((r) => r.themeId === ask.themeId && (r.kind === 'law' || r.kind === 'bill'));
  const own = all.find((r) => names(ask.plain, r));
  // A law another ask of the theme names is that ask's law, not this one's.
  const laws = all.filter((r) => !siblings.some((a) => a.id !== ask.id && names(a.plain, r)));
  const law =
    own ?? laws.find((r) => r.id || r.name) ?? laws.find((r) => names(theme?.title ?? '', r)) ?? laws[0];
  if (!law) return null;
  const dossier = references.find((r) => r.kind === 'kamerstuk' && r.id && law.links.includes(r.ref));
  const name = (law.name ?? law.text).trim();
  const id = dossier?.id ?? (law.id && !low(name).includes(low(law.id)) ? law.id : null);
  if (!id && low(theme?.title ?? '').includes(low(name))) return null;
  return id ? `${name} (${id})` : name;
}

export function describeAsks(letter: Letter, openingTitle: string): BriefAsk[] {
  const themes = new Map(letter.themes.map((t) => [t.id, t]));
  const listed = new Set(letter.asks.filter((a) => a.marker !== 'sentence').map((a) => a.id));
  const shown = letter.asks
    .filter((a) => !(a.marker === 'sentence' && a.restates && listed.has(a.restates)))
    .sort((a, b) => a.position.start.offset - b.position.start.offset);
  return shown.map((ask, i) => {
    const theme = themes.get(ask.themeId);
    const figure = keyFigure(letter.figures, ask.themeId);
    return {
      number: i + 1,
      id: ask.id,
      text: ask.plain.replace(/\s+/g, ' ').trim(),
      marker: ask.marker,
      theme: { id: ask.themeId, title: theme?.title ?? openingTitle },
      figure: figure ? figureText(figure) : null,
      law: lawFor(
        ask,
        theme,
        letter.references,
        letter.asks.filter((a) => a.themeId === ask.themeId),
      ),
    };
  });
}
