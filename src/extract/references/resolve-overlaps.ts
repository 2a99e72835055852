/**
 * Within one string, keeps one reference per stretch of text and kind: of two overlapping references of the
 * same kind the longer wins (the earlier found on a tie). A reference inside another of a kind that already
 * names it is dropped too: a law inside a bill phrase (not one the bill amends) or a document title, an abbreviation inside an article
 * citation ("art. 273f Sr"), an organisation inside a committee or person name, a person inside a motion, a
 * committee inside an organisation's name, an organisation or a document inside a law's or treaty's name ("VN-verdrag",
 * "Activiteitenbesluit milieubeheer").
 */
import type { FoundKind, FoundReference } from './reference-types.js';

const SWALLOWED_BY: Partial<Record<FoundKind, readonly FoundKind[]>> = {
  law: ['bill', 'document', 'article'],
  bill: ['document'],
  // "Activiteitenbesluit" inside "Activiteitenbesluit milieubeheer"
  document: ['law'],
  organisation: ['committee', 'person', 'motion', 'law'],
  person: ['motion', 'organisation', 'committee'],
  // "Tijdelijke Commissie Asiel en Migratie van de VNG" is a body of the VNG, not of parliament
  committee: ['organisation'],
};

const overlaps = (a: FoundReference, b: FoundReference): boolean => a.start < b.end && b.start < a.end;
const inside = (a: FoundReference, b: FoundReference): boolean => a.start >= b.start && a.end <= b.end;

/** "wetsvoorstel tot wijziging van de Gaswet": the law a bill amends is not the bill, but a law of its own. */
const amendedBy = (law: FoundReference, bill: FoundReference): boolean =>
  law.kind === 'law' &&
  bill.kind === 'bill' &&
  /wijziging/iu.test(bill.text.slice(0, law.start - bill.start));

const clashes = (k: FoundReference, ref: FoundReference): boolean =>
  (k.start === ref.start && k.end === ref.end) ||
  (k.kind === ref.kind && overlaps(k, ref)) ||
  (inside(ref, k) && (SWALLOWED_BY[ref.kind] ?? []).includes(k.kind) && !amendedBy(ref, k));

// kept references are filed by 64-character buckets, so each check looks at neighbours only
const BUCKET = 64;

export function resolveOverlaps(found: readonly FoundReference[]): FoundReference[] {
  // longest first, so a kept reference is never displaced by a later, shorter one
  const order = found
    .map((ref, i) => ({ ref, i }))
    .sort((a, b) => b.ref.end - b.ref.start - (a.ref.end - a.ref.start) || a.i - b.i);
  const kept: FoundReference[] = [];
  const buckets = new Map<number, FoundReference[]>();
  const range = (r: FoundReference): number[] => {
    const out: number[] = [];
    for (let b = Math.floor(r.start / BUCKET); b <= Math.floor(Math.max(r.start, r.end - 1) / BUCKET); b++)
      out.push(b);
    return out;
  };
  for (const { ref } of order) {
    if (range(ref).some((b) => (buckets.get(b) ?? []).some((k) => clashes(k, ref)))) continue;
    kept.push(ref);
    for (const b of range(ref)) buckets.set(b, [...(buckets.get(b) ?? []), ref]);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
