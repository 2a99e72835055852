/**
 * Groups references that name the same thing: a law, its bill and its abbreviation (same lexicon name or id), a
 * law and its bare dossier number ("Wet regulering sekswerk (35715)"), a motion and its Kamerstuk, an
 * organisation's full name and abbreviation, a person's full name and surname ("Eric van der Burg" ↔
 * "staatssecretaris Van der Burg"), and repeated mentions.
 */
import { lawKey } from './law-lexicon.js';
import { roleLexicon } from './role-lexicon.js';

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[‘’“”"'«»]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

/** "Eric van der Burg" and "Van der Burg" → "van der burg": the surname with its particles. */
function surnameKey(name: string): string {
  const particles = new Set(roleLexicon().particles);
  const words = name.toLowerCase().split(/\s+/u);
  let i = words.length - 1;
  while (i > 0 && particles.has(words[i - 1] as string)) i--;
  return words.slice(i).join(' ');
}

/** What linking reads of a reference; other kinds (e.g. Markdown links) are accepted and never linked. */
export interface LinkableReference {
  readonly kind: string;
  readonly text: string;
  readonly id: string | null;
  readonly name: string | null;
}

function keysOf(ref: LinkableReference): string[] {
  const keys: string[] = [];
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
      keys.push(`motion:${norm(ref.name ?? ref.text)}`);
      break;
    case 'article':
      keys.push(ref.id ? `art:${ref.id.toLowerCase()}` : `art-text:${norm(ref.text)}`);
      break;
    case 'person':
      keys.push(`person:${surnameKey(ref.name ?? ref.text)}`);
      break;
    case 'organisation':
    case 'committee':
      keys.push(`org:${norm(ref.name ?? ref.text)}`);
      break;
    case 'document':
      keys.push(`doc:${norm(ref.name ?? ref.text)}`);
      break;
  }
  return keys;
}

/** Groups (of two or more indexes into `refs`, ascending) naming the same thing. */
export function linkReferences(refs: readonly LinkableReference[]): number[][] {
  const parent = refs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const owner = new Map<string, number>();
  refs.forEach((ref, i) => {
    for (const key of keysOf(ref)) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, number[]>();
  refs.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
