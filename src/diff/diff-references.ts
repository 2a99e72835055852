/**
 * References added and removed between two letters, per entity (one thing however named, each once). An
 * entity the extractor found on one side only still counts as cited by the other when that letter names it
 * (a name broken over two lines, say): it is the naming that changed, not the position. The parties to the
 * letters (the sender, the addressees: "Tweede Kamer") are who writes to whom, not references, and are left out.
 */
import { REFERENCE_KINDS, type Letter, type Reference } from '../model/schema.js';
import type { ReferenceItem } from '../model/diff-schema.js';
import { findMentions } from './find-mentions.js';
import type { Entity } from './group-references.js';
import { themeText } from './score-themes.js';

export interface ReferenceChanges {
  added: ReferenceItem[];
  removed: ReferenceItem[];
  kept: ReferenceItem[];
}

/** The entity as one side names it: its first mention, with the id and name of any of its references. */
function itemOf(refs: readonly Reference[]): ReferenceItem {
  const first = refs[0] as Reference;
  const id = first.id ?? refs.find((r) => r.id)?.id;
  return {
    kind: first.kind,
    text: first.text,
    ...(id ? { id } : {}),
    name: first.name ?? refs.find((r) => r.name)?.name ?? null,
    position: first.position,
    themeId: first.themeId,
  };
}

const order = (a: ReferenceItem, b: ReferenceItem): number =>
  REFERENCE_KINDS.indexOf(a.kind) - REFERENCE_KINDS.indexOf(b.kind) ||
  a.position.start.offset - b.position.start.offset;

export function diffReferences(
  entities: readonly Entity[],
  oldLetter: Letter,
  newLetter: Letter,
): ReferenceChanges {
  const added: ReferenceItem[] = [];
  const removed: ReferenceItem[] = [];
  const kept: ReferenceItem[] = [];
  const named = (letter: Letter) => findMentions(letter.themes.map(themeText).join('\n'), entities);
  const inOld = named(oldLetter);
  const inNew = named(newLetter);
  for (const e of entities) {
    if (e.party) continue;
    if (e.old.length && (e.new.length || inNew.has(e.gid))) kept.push(itemOf(e.new.length ? e.new : e.old));
    else if (e.new.length && inOld.has(e.gid)) kept.push(itemOf(e.new));
    else if (e.new.length) added.push(itemOf(e.new));
    else if (e.old.length) removed.push(itemOf(e.old));
  }
  return { added: added.sort(order), removed: removed.sort(order), kept: kept.sort(order) };
}
