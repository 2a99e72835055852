/**
 * "Stukken en verwijzingen": the references grouped by kind, each thing once. References that the model
 * links (full name ↔ abbreviation ↔ dossier) or that name the same thing are merged; the short forms of a
 * merged item are kept as `also` ("Wet gemeentelijk toezicht op seksbedrijven (Wgts)").
 */
import type { Reference, ReferenceKind } from '../model/schema.js';
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
  /** other names of the same thing, abbreviations only */
  also: string[];
  kind: ReferenceKind;
  /** a safe http(s)/mailto target, or null */
  href: string | null;
  /** for links: whether the letter gives a target one can follow; null for other references without one */
  link: LinkStatus | null;
}

export interface RefGroup {
  key: RefGroupKey;
  items: BriefRef[];
}

const low = (s: string): string => foldSpace(s).toLowerCase();
const isAbbreviation = (s: string): boolean => !/\s/.test(s.trim()) && s.trim().length <= 12;

function display(r: Reference): string {
  const written = (r.name ?? r.text).replace(/\s+/g, ' ').trim();
  // A person with the role the letter gives them: "staatssecretaris Eric van der Burg".
  const role = r.kind === 'person' && r.role ? r.role.trim() : '';
  const name = role && !low(written).includes(low(role)) ? `${role} ${written}` : written;
  return r.id && r.kind !== 'link' && !low(name).includes(low(r.id)) ? `${name} (${r.id})` : name;
}

/** Clusters of one group's references naming the same thing (the extractor's identity: their first key). */
function clusters(refs: Reference[]): Reference[][] {
  const out = new Map<string, Reference[]>();
  refs.forEach((r) => {
    const key = r.keys[0] ?? r.ref;
    const members = out.get(key);
    if (members) members.push(r);
    else out.set(key, [r]);
  });
  return [...out.values()];
}

function toItem(members: Reference[]): BriefRef {
  // The fullest name leads; abbreviations follow in brackets.
  const main = members.find((r) => !isAbbreviation(r.name ?? r.text)) ?? members[0]!;
  const text = display(main);
  const also = [...new Set(members.map((r) => r.text.trim()))].filter(
    (t) => t && isAbbreviation(t) && !low(text).includes(low(t)),
  );
  const target = members.map((r) => safeHref(r.href)).find((h) => h.status === 'ok');
  const own = safeHref(main.href);
  const link: LinkStatus | null =
    main.kind === 'link' ? (target?.status ?? own.status) : target ? 'ok' : null;
  return { text, also, kind: main.kind, href: target?.href ?? null, link };
}

export function groupReferences(references: Reference[]): RefGroup[] {
  const ordered = [...references].sort((a, b) => a.position.start.offset - b.position.start.offset);
  return REF_GROUPS.map((key) => {
    const mine = ordered.filter((r) => GROUP_OF[r.kind] === key);
    const items = clusters(mine).map(toItem);
    const seen = new Set<string>();
    return { key, items: items.filter((it) => !seen.has(low(it.text)) && seen.add(low(it.text))) };
  }).filter((g) => g.items.length > 0);
}
