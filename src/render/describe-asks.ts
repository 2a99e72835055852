/**
 * The asks as the brief lists them: each by its request (the rest of a long item as detail), with who must act
 * and who asks when the letter says, its theme and, when the theme has them, its key figure and its law or
 * bill. An ask made twice shows once: a prose ask restating a listed one, and asks that ask the same thing in
 * other words (most of the content words of the shorter one recur in the other) are merged into the first.
 */
import type { Ask, Figure, Letter, Reference, Theme } from '../model/schema.js';
import { FIRMNESS } from '../model/schema.js';
import { contentWords } from '../text/content-words.js';
import { foldKey, foldSpace } from '../text/fold-space.js';
import { requestClause } from './request-clause.js';

export interface BriefAsk {
  /** 1-based, in the order shown */
  number: number;
  id: string;
  /** the request: the sentence that asks */
  text: string;
  /** the rest of a long list item, or null */
  detail: string | null;
  marker: Ask['marker'];
  /** who must act, normalised ("kamer", "kabinet", …), or null */
  addressee: string | null;
  /** who asks when it is not the writer ("De G40", "Wethouder Jansen"), or null */
  requester: string | null;
  firmness: Ask['firmness'];
  /** the ids of the asks merged into this one (restatements, the same request again) */
  merged: string[];
  theme: { id: string; title: string };
  /** the theme's key figure ("circa 1 miljoen euro per jaar"), or null */
  figure: string | null;
  /** the law or bill the ask concerns ("Wet regulering sekswerk (35715)"), or null */
  law: string | null;
}

const FIGURE_RANK: Record<Figure['kind'], number> = { money: 0, percentage: 1, count: 2, year: 9 };
const low = (s: string): string => foldSpace(s).toLowerCase();

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

/** Two asks share this much of the shorter one's content words (and no other numbers): the same request. */
const SAME_REQUEST = 0.8;
const MIN_WORDS = 3;
/** A word in more asks than this says nothing about which ask is which (and would make the search quadratic). */
const COMMON = 20;

/**
 * Groups of asks making the same request, each in letter order: an ask joins the group of the ask it restates,
 * or of an earlier ask with the same text or most of the same content words.
 */
function sameRequests(asks: readonly Ask[], requests: ReadonlyMap<Ask, string>): Ask[][] {
  const groupOf = new Map<string, Ask[]>();
  const groups: Ask[][] = [];
  const byText = new Map<string, Ask[]>();
  const byWord = new Map<string, Ask[][]>();
  const words = new Map<Ask, Set<string>>();
  const numbers = new Map<Ask, string>();
  for (const ask of asks) {
    const text = requests.get(ask) ?? ask.plain;
    words.set(ask, new Set(contentWords(text)));
    numbers.set(ask, [...new Set(text.match(/\d+/g) ?? [])].sort().join(' '));
  }
  const df = new Map<string, number>();
  for (const set of words.values()) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  for (const ask of asks) {
    const own = words.get(ask)!;
    const text = foldKey(requests.get(ask) ?? ask.plain);
    let group = (ask.restates ? groupOf.get(ask.restates) : undefined) ?? byText.get(text);
    if (!group && own.size >= MIN_WORDS) {
      const shared = new Map<Ask[], number>();
      for (const w of own) {
        if ((df.get(w) ?? 0) > COMMON) continue;
        for (const g of byWord.get(w) ?? []) shared.set(g, (shared.get(g) ?? 0) + 1);
      }
      for (const [g, n] of shared) {
        const size = Math.min(own.size, words.get(g[0]!)!.size);
        // "regio 3" and "regio 4" are two requests; a dossier number written only once is not
        const [a, b] = [numbers.get(ask)!, numbers.get(g[0]!)!];
        const sameNumbers = !a || !b || a === b;
        if (size >= MIN_WORDS && n / size >= SAME_REQUEST && sameNumbers) {
          group = g;
          break;
        }
      }
    }
    if (!group) {
      group = [];
      groups.push(group);
      byText.set(text, group);
      for (const w of own) {
        const list = byWord.get(w);
        if (list) list.push(group);
        else byWord.set(w, [group]);
      }
    }
    group.push(ask);
    groupOf.set(ask.id, group);
  }
  // an ask restated by a later one: the later one joins it
  for (const ask of asks) {
    const target = ask.restates ? groupOf.get(ask.restates) : undefined;
    const own = groupOf.get(ask.id)!;
    if (target && target !== own && own.length === 1) {
      target.push(ask);
      own.pop();
      groupOf.set(ask.id, target);
    }
  }
  const offset = (a: Ask) => a.position.start.offset;
  return groups
    .filter((g) => g.length > 0)
    .map((g) => g.sort((a, b) => offset(a) - offset(b)))
    .sort((a, b) => offset(a[0]!) - offset(b[0]!));
}

const firmer = (a: Ask['firmness'], b: Ask['firmness']) =>
  FIRMNESS.indexOf(b) > FIRMNESS.indexOf(a) ? b : a;

export function describeAsks(letter: Letter, openingTitle: string): BriefAsk[] {
  const themes = new Map(letter.themes.map((t) => [t.id, t]));
  const figures = keyFigures(letter.figures);
  const lawOf = lawFinder(letter.references, letter.asks);
  const ordered = [...letter.asks].sort((a, b) => a.position.start.offset - b.position.start.offset);
  const clauses = new Map(ordered.map((a) => [a, requestClause(a)]));
  const requests = new Map([...clauses].map(([a, c]) => [a, c.request]));
  return sameRequests(ordered, requests).map((group, i) => {
    // a listed ask words the request most briefly; the first in the letter places it
    const first = group[0]!;
    const lead = group.find((a) => a.marker !== 'sentence') ?? first;
    const theme = themes.get(first.themeId);
    const figure = figures.get(first.themeId);
    const clause = clauses.get(lead)!;
    return {
      number: i + 1,
      id: first.id,
      text: clause.request,
      detail: clause.detail,
      marker: lead.marker,
      addressee: group.find((a) => a.addressee)?.addressee ?? null,
      requester: group.find((a) => a.requester)?.requester ?? null,
      firmness: group.map((a) => a.firmness).reduce(firmer),
      merged: group.filter((a) => a !== first).map((a) => a.id),
      theme: { id: first.themeId, title: theme?.title ?? openingTitle },
      figure: figure ? figureText(figure) : null,
      law: lawOf(lead, themes.get(lead.themeId)),
    };
  });
}
