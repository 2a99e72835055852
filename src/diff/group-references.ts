/**
 * References of two letters grouped into "entities": one thing however it is named (a law, its bill, its
 * dossier number, its abbreviation), across both letters. Identity is the extractor's: two references name one
 * thing when their identity keys (Reference.keys) meet. Markdown links count only with a real target.
 */
import type { Letter, Reference } from '../model/schema.js';
import { foldKey } from '../text/fold-space.js';
import { findMentions } from './find-mentions.js';

export interface Entity {
  /** index into the entity list, the same for both letters */
  readonly gid: number;
  /** the references naming it in each letter, in document order */
  readonly old: Reference[];
  readonly new: Reference[];
  /** how to find it in a text: its texts and names */
  readonly surfaces: string[];
  readonly label: string;
  /**
   * how much citing it says about a subject: 0 for the parties to the letters (sender, addressees), 0.5 for
   * other organisations and people (they recur in many subjects), 1 for laws, articles, documents, …
   */
  readonly weight: number;
  /** a party to the letters (their sender or an addressee): who writes to whom, not what is cited */
  readonly party: boolean;
}

/** Markdown links without a target cite nothing identifiable; they are left out. */
export const citable = (r: Reference): boolean => r.kind !== 'link' || r.hasTarget;

/** Groups the citable references of both letters into entities shared between them. */
export function groupReferences(oldLetter: Letter, newLetter: Letter): Entity[] {
  const refs = [...oldLetter.references.filter(citable), ...newLetter.references.filter(citable)];
  const nOld = oldLetter.references.filter(citable).length;
  const parent = refs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (i: number, j: number) => (parent[find(i)] = find(j));
  const owner = new Map<string, number>();
  refs.forEach((r, i) => {
    for (const key of r.keys) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else union(i, j);
    }
  });
  // the model's own links, within each letter (a hand-edited model may link what its keys do not)
  const byRef = new Map(refs.map((r, i) => [`${i < nOld ? 'o' : 'n'}:${r.ref}`, i]));
  refs.forEach((r, i) =>
    r.links.forEach((l) => {
      const j = byRef.get(`${i < nOld ? 'o' : 'n'}:${l}`);
      if (j !== undefined) union(i, j);
    }),
  );

  const roots = new Map<number, number>();
  const entities: { old: Reference[]; new: Reference[] }[] = [];
  refs.forEach((r, i) => {
    const root = find(i);
    if (!roots.has(root)) {
      roots.set(root, entities.length);
      entities.push({ old: [], new: [] });
    }
    const e = entities[roots.get(root) as number] as { old: Reference[]; new: Reference[] };
    (i < nOld ? e.old : e.new).push(r);
  });
  const grouped = entities.map((e, gid) => {
    const all = [...e.new, ...e.old];
    const surfaces = [
      ...new Set(all.flatMap((r) => (r.kind === 'link' ? [r.text] : [r.text, r.name ?? '']))),
    ];
    const weight = all.some((r) => SUBJECT_KINDS.has(r.kind)) ? 1 : 0.5;
    return {
      gid,
      ...e,
      surfaces: surfaces.filter((x) => x.trim().length > 1),
      label: labelOf(all),
      weight,
      party: false,
    };
  });
  const parties = findMentions(
    [oldLetter, newLetter].flatMap((l) => [l.meta.sender ?? '', ...l.meta.addressees]).join('\n'),
    grouped,
  );
  return grouped.map((e) => (parties.has(e.gid) ? { ...e, weight: 0, party: true } : e));
}

const SUBJECT_KINDS = new Set<Reference['kind']>([
  'law',
  'bill',
  'kamerstuk',
  'article',
  'motion',
  'committee',
  'document',
]);

/** "Wet regulering sekswerk (35715)": the canonical name, or the text, with its id when that adds something. */
function labelOf(refs: readonly Reference[]): string {
  const named = refs.find((r) => r.name) ?? refs[0];
  if (!named) return '';
  const base = named.name ?? named.text;
  const id = refs.find((r) => r.id)?.id;
  return id && !foldKey(base).includes(foldKey(id)) ? `${base} (${id})` : base;
}
