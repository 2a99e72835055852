/**
 * "Stukken en verwijzingen": the references grouped by kind, each thing once. References naming the same thing
 * — they share the identity keys of the model (`keys`: a law, its bill and its dossier number; a name and its
 * abbreviation) — are one item; the other ways the letter writes it are kept as `also` when they are shorter
 * and say something else ("Wet gemeentelijk toezicht op seksbedrijven (Wgts)", "Aanjaagteam Bescherming
 * Arbeidsmigranten (commissie-Roemer)"). A link the reader cannot follow (no target in the letter, or one that
 * is not http(s) or mailto) is left out: the letter's warnings name it.
 */
import type { Reference, ReferenceKind } from '../model/schema.js';
import { contentWords } from '../text/content-words.js';
import { foldSpace } from '../text/fold-space.js';
import { safeHref, type LinkStatus } from './safe-href.js';

export const REF_GROUPS = ['legislation', 'organisations', 'documents', 'links'] as const;
export type RefGroupKey = (typeof REF_GROUPS)[number];

const GROUP_OF: Record<ReferenceKind, RefGroupKey> = {
  kamerstuk: 'legislation',
  article: 'legislation',
  law: 'legislation',
  bill: 'legislation',
  motion: 'legislation',
  organisation: 'organisations',
  person: 'organisations',
  committee: 'organisations',
  document: 'documents',
  link: 'links',
};

export interface BriefRef {
  text: string;
  /** shorter names the letter also uses for it: abbreviations and known short forms */
  also: string[];
  kind: ReferenceKind;
  /** a safe http(s)/mailto target, or null */
  href: string | null;
  /** `ok` for an item with a target one can follow, null for a reference without one */
  link: Extract<LinkStatus, 'ok'> | null;
}

export interface RefGroup {
  key: RefGroupKey;
  items: BriefRef[];
}

const low = (s: string): string => foldSpace(s).toLowerCase();
const isAbbreviation = (s: string): boolean => !/\s/.test(s.trim()) && s.trim().length <= 12;
/** A short form is at most this long; a longer other wording is a variant, not worth the room. */
const SHORT_FORM = 40;
const sameWords = (a: string, b: string): boolean => {
  const x = new Set(contentWords(a));
  const y = contentWords(b);
  return y.length === x.size && y.every((w) => x.has(w));
};

function display(r: Reference): string {
  const written = foldSpace(r.name ?? r.text);
  // A person with the role the letter gives them: "staatssecretaris Eric van der Burg".
  const role = r.kind === 'person' && r.role ? r.role.trim() : '';
  const name = role && !low(written).includes(low(role)) ? `${role} ${written}` : written;
  return r.id && r.kind !== 'link' && !low(name).includes(low(r.id)) ? `${name} (${r.id})` : name;
}

/**
 * Clusters of one group's references naming the same thing. The model gives every reference to one thing the
 * same identity keys (extract's identifyReferences joins them over shared keys), so the first key is the thing.
 */
function clusters(refs: Reference[]): Reference[][] {
  const out = new Map<string, Reference[]>();
  for (const r of refs) {
    const key = r.keys[0] ?? r.ref;
    const members = out.get(key);
    if (members) members.push(r);
    else out.set(key, [r]);
  }
  return [...out.values()];
}

function toItem(members: Reference[]): BriefRef {
  // The fullest name leads; abbreviations follow in brackets.
  const main = members.find((r) => !isAbbreviation(r.name ?? r.text)) ?? members[0]!;
  const text = display(main);
  const also = [...new Set(members.map((r) => foldSpace(r.text)))].filter(
    (t) =>
      t &&
      t.length < text.length &&
      t.length <= SHORT_FORM &&
      !low(text).includes(low(t)) &&
      (isAbbreviation(t) || !sameWords(t, text)),
  );
  const target = members.map((r) => safeHref(r.href)).find((h) => h.status === 'ok');
  return { text, also, kind: main.kind, href: target?.href ?? null, link: target ? 'ok' : null };
}

export function groupReferences(references: Reference[]): RefGroup[] {
  const ordered = [...references].sort((a, b) => a.position.start.offset - b.position.start.offset);
  return REF_GROUPS.map((key) => {
    const mine = ordered.filter(
      (r) => GROUP_OF[r.kind] === key && (r.kind !== 'link' || safeHref(r.href).status === 'ok'),
    );
    const items = clusters(mine).map(toItem);
    const seen = new Set<string>();
    return { key, items: items.filter((it) => !seen.has(low(it.text)) && seen.add(low(it.text))) };
  }).filter((g) => g.items.length > 0);
}
