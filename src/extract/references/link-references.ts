/**
 * The identity of what each reference names, decided once: references that name the same thing share one group
 * and one list of identity keys. Same thing: a law, its bill and its abbreviation (same lexicon name or id), a
 * law and its bare dossier number ("Wet regulering sekswerk (35715)"), a motion and its Kamerstuk, an
 * organisation's full name and abbreviation, a person's full name and surname ("Eric van der Burg" ↔
 * "staatssecretaris Van der Burg"), and repeated mentions. The keys are comparable across letters: the diff
 * takes two references to name one thing when their keys meet.
 */
import { foldKey } from '../../text/fold-space.js';
import { lawKey } from './law-lexicon.js';
import { roleLexicon } from './role-lexicon.js';

/** "Eric van der Burg" and "Van der Burg" → "van der burg": the surname with its particles. */
function surnameKey(name: string): string {
  const particles = new Set(roleLexicon().particles);
  const words = name.toLowerCase().split(/\s+/u);
  let i = words.length - 1;
  while (i > 0 && particles.has(words[i - 1] as string)) i--;
  return words.slice(i).join(' ');
}

/** What identifying reads of a reference. */
export interface IdentifiableReference {
  readonly kind: string;
  readonly text: string;
  readonly id: string | null;
  readonly name: string | null;
  readonly href?: string | null;
}

/** Whether a link gives a target a reader can follow: not empty, not only a fragment ("#", "#top"). */
export const hasLinkTarget = (href: string | null | undefined): boolean => {
  const target = (href ?? '').trim();
  return target !== '' && !target.startsWith('#');
};

// a law, its bill, its Kamerstuk dossier and a motion in it share an id space
const FAMILY: Record<string, string> = { law: 'parl', bill: 'parl', kamerstuk: 'parl', motion: 'parl' };

/** Keys in the order a reader would name the thing by: names first, numbers after, the text as written last. */
const RANK = ['law', 'org', 'person', 'doc', 'motion', 'art', 'ks', 'law-id', 'name', 'id', 'href', 'text'];
const rank = (key: string): number => RANK.indexOf(key.slice(0, key.indexOf(':')));

function keysOf(ref: IdentifiableReference): string[] {
  if (ref.kind === 'link')
    return hasLinkTarget(ref.href) ? [`href:${(ref.href ?? '').trim()}`] : [`text:link:${foldKey(ref.text)}`];
  const family = FAMILY[ref.kind] ?? ref.kind;
  const keys = [`text:${family}:${foldKey(ref.text)}`];
  if (ref.id) keys.push(`id:${family}:${foldKey(ref.id)}`);
  if (ref.name) keys.push(`name:${family}:${foldKey(ref.name)}`);
  const dossierLike = ref.id !== null && /^\d{5}(?:-[A-Z]+)?$/u.test(ref.id);
  switch (ref.kind) {
    case 'kamerstuk':
      if (ref.id) keys.push(`ks:${ref.id}`);
      break;
    case 'law':
    case 'bill': {
      if (ref.id) keys.push(dossierLike ? `ks:${ref.id}` : `law-id:${ref.id}`);
      const key = lawKey(ref.name ?? ref.text);
      if (key) keys.push(`law:${key}`);
      break;
    }
    case 'motion':
      if (ref.id) keys.push(`ks:${ref.id}`);
      keys.push(`motion:${foldKey(ref.name ?? ref.text)}`);
      break;
    case 'article':
      keys.push(ref.id ? `art:${ref.id.toLowerCase()}` : `art:${foldKey(ref.text)}`);
      break;
    case 'person':
      keys.push(`person:${surnameKey(ref.name ?? ref.text)}`);
      break;
    case 'organisation':
    case 'committee':
      keys.push(`org:${foldKey(ref.name ?? ref.text)}`);
      break;
    case 'document':
      keys.push(`doc:${foldKey(ref.name ?? ref.text)}`);
      break;
  }
  return keys;
}

export interface Identities {
  /** per reference: the identity keys of its group, the same list for every member, best name first */
  keys: string[][];
  /** groups of two or more indexes (ascending) naming the same thing */
  groups: number[][];
}

/** Groups the references that name the same thing (union-find over shared keys) and gives each its keys. */
export function identifyReferences(refs: readonly IdentifiableReference[]): Identities {
  const own = refs.map(keysOf);
  const parent = refs.map((_, i) => i);
  // iterative with path halving: a long chain of links must not overflow the stack
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const owner = new Map<string, number>();
  own.forEach((keys, i) => {
    for (const key of keys) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const members = new Map<number, number[]>();
  refs.forEach((_, i) => {
    const root = find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });
  const keys: string[][] = [];
  for (const group of members.values()) {
    const shared = [...new Set(group.flatMap((i) => own[i]!))].sort(
      (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0),
    );
    for (const i of group) keys[i] = shared;
  }
  return { keys, groups: [...members.values()].filter((g) => g.length > 1) };
}
