/**
 * The text-level reference finder: Kamerstukken, articles, laws and bills, motions, organisations, persons,
 * committees and documents in the visible text of one paragraph or list item (markup already blanked by the
 * parse stage, so the finders see plain words). Offsets are relative to the string given. The caller passes the
 * abbreviations collected from the whole letter, so "(OMM)" expanded in one paragraph is known in another.
 * Deduplication across strings is the caller's job; within one string no two references of one kind overlap.
 */
import { findAbbreviations } from './find-abbreviations.js';
import { findArticles } from './find-articles.js';
import { findCommittees } from './find-committees.js';
import { findDocuments } from './find-documents.js';
import { bareDossierAt, findKamerstukken } from './find-kamerstukken.js';
import { findLaws } from './find-laws.js';
import { findPublications } from './find-publications.js';
import { findMotions } from './find-motions.js';
import { findNamedPersons } from './find-named-persons.js';
import { findOrganisationActors } from './find-organisation-actors.js';
import { findOrganisationForms } from './find-organisation-forms.js';
import { findOrganisationHeads } from './find-organisation-heads.js';
import { findOrganisationKinds } from './find-organisation-kinds.js';
import { findOrganisationLists } from './find-organisation-lists.js';
import { findOrganisations } from './find-organisations.js';
import { findPersons } from './find-persons.js';
import { findPublicBodies } from './find-public-bodies.js';
import { findSurnameRepeats } from './find-surname-repeats.js';
import { resolveOverlaps } from './resolve-overlaps.js';
import type { FoundReference } from './reference-types.js';
import { collectAbbreviationSpans, type AbbreviationSpan } from './collect-abbreviations.js';
import { joinLineHyphens, mayHoldLineHyphen } from '../../text/join-line-hyphens.js';
import { onFirstUse } from '../../text/on-first-use.js';
import { lowerAt } from '../../text/letter-or-digit.js';

export type { FoundKind, FoundReference } from './reference-types.js';
export { collectAbbreviations } from './collect-abbreviations.js';
export { collectSurnames } from './collect-surnames.js';

export interface FindContext {
  /** abbreviation → expansion, collected from the whole letter */
  knownAbbreviations?: Map<string, string>;
  /** surnames of persons named in full somewhere in the letter ("Van der Berg") */
  knownSurnames?: ReadonlySet<string>;
}

/** "Wet regulering sekswerk (35715)": the dossier as a Kamerstuk, and as the law's id when it has none. */
function attachDossiers(text: string, refs: FoundReference[]): FoundReference[] {
  const extra: FoundReference[] = [];
  for (const ref of refs) {
    if (ref.kind !== 'law' && ref.kind !== 'bill') continue;
    const dossier = bareDossierAt(text, ref.end);
    if (!dossier) continue;
    extra.push(dossier);
    ref.id ??= dossier.id;
  }
  return [...refs, ...extra];
}

/** "motie Wiersma (Kamerstukken II 2020/21, 28638, nr. 193)": the motion takes the Kamerstuk's id. */
function attachMotionIds(text: string, refs: readonly FoundReference[]): void {
  // refs are sorted by start: a citation right after a motion is among the next few
  refs.forEach((motion, i) => {
    if (motion.kind !== 'motion' || motion.id) return;
    for (let j = i + 1; j < refs.length && j <= i + 4; j++) {
      const r = refs[j] as FoundReference;
      if (
        r.kind === 'kamerstuk' &&
        r.start >= motion.end &&
        /^[\s(,]{0,4}$/u.test(text.slice(motion.end, r.start))
      ) {
        motion.id = r.id;
        return;
      }
    }
  });
}

/**
 * Where each short form stands in the brackets of its own definition ("Raad X (RX)", "RX (Raad X)"), start → end:
 * there it is part of the definition, no use of its own. Link syntax blanked in the visible text may come between.
 */
function definitionMarks(text: string, own: readonly AbbreviationSpan[]): Map<number, number> {
  const marks = new Map<number, number>();
  for (const d of own) {
    const open = /^\s{0,12}\(\s{0,3}/u.exec(text.slice(d.end, d.end + 20));
    const at = d.end + (open?.[0].length ?? 0);
    if (open && text.startsWith(d.abbreviation, at)) marks.set(at, at + d.abbreviation.length);
    const close = /\s{0,3}\(\s{0,3}$/u.exec(text.slice(Math.max(0, d.start - 8), d.start));
    const end = d.start - (close?.[0].length ?? 0);
    const start = end - d.abbreviation.length;
    if (close && start >= 0 && text.startsWith(d.abbreviation, start)) marks.set(start, end);
  }
  return marks;
}

/** A house number, then a comma or the line's end: "Prinses Irenestraat 6", "Kaya Grandi 2, Kralendijk". */
const HOUSE_NUMBER = /^[ \t\u00A0]{1,3}\d{1,4}[a-zA-Z]?[ \t]*(?:[,\n]|$)/u;

/** A person's name that is a street in an address line. */
const streetName = (text: string, r: FoundReference): boolean =>
  r.kind === 'person' && HOUSE_NUMBER.test(text.slice(r.end, r.end + 12));

/** A hit that starts after "-" and a line break in lower case is the tail of a word hyphenated at the line end. */
const HYPHEN_BREAK = onFirstUse(() => /\p{Ll}-[ \t]{0,3}\n[ \t]{0,12}$/u);
function wordTail(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  return mayHoldLineHyphen(before) && lowerAt(text.charAt(start), 0) > 0 && HYPHEN_BREAK().test(before);
}
const WORD_END = onFirstUse(() => /^[\p{L}\p{N}]*/u);

/**
 * The references in a text; offsets and texts are those of the text as given. A name with a word hyphenated at a
 * line end inside it is read with the word joined ("het minis-\nterie van Onderwijs", "Kamer-\nstuk 36 800 X") and
 * named as written whole. A name that would end in such a word's tail is read as written, up to the hyphen: a name
 * read on from a joined tail runs too easily into the next line's words.
 */
export function findReferences(text: string, context: FindContext = {}): FoundReference[] {
  if (text.trim() === '') return [];
  const plain = findInJoined(text, context).filter((r) => !wordTail(text, r.start));
  const joined = joinLineHyphens(text);
  if (joined.breaks.length === 0) return plain;
  const read = findInJoined(joined.text, context).map((r) => {
    const start = joined.toSource(r.start);
    const end = joined.toSource(r.end - 1) + 1;
    const inside = joined.breaks.filter((b) => start < b.start && b.end < end);
    const last = inside.at(-1);
    const tailEnd = last ? last.end + (WORD_END().exec(text.slice(last.end))?.[0].length ?? 0) : -1;
    const ref = { ...r, start, end, text: text.slice(start, end), name: last ? (r.name ?? r.text) : r.name };
    return { ref, endsInTail: tailEnd >= end };
  });
  const good = read.filter((r) => !r.endsInTail).map((r) => r.ref);
  const bad = read.filter((r) => r.endsInTail).map((r) => r.ref);
  const overlap = (a: FoundReference, b: FoundReference) => a.start < b.end && b.start < a.end;
  const asWritten = plain.filter(
    (p) => bad.some((b) => overlap(p, b)) && !good.some((g) => g.kind === p.kind && overlap(g, p)),
  );
  return [...good, ...asWritten].sort((a, b) => a.start - b.start);
}

function findInJoined(text: string, context: FindContext): FoundReference[] {
  const own = collectAbbreviationSpans(text);
  const known = new Map(context.knownAbbreviations ?? []);
  for (const s of own) if (!known.has(s.abbreviation)) known.set(s.abbreviation, s.expansion);
  // the lexicon first: on identical spans its canonical name wins
  const organisations = [
    ...findOrganisations(text),
    ...findOrganisationHeads(text),
    ...findOrganisationForms(text),
    ...findOrganisationLists(text),
    ...findOrganisationKinds(text),
    ...findOrganisationActors(text),
    ...findPublicBodies(text),
  ];
  // order matters on identical spans: the first found wins (an expanded "Wgts" is the bill, not the law)
  const found = [
    ...findAbbreviations(text, known, own),
    ...findKamerstukken(text),
    ...findPublications(text),
    ...findArticles(text),
    ...findLaws(text, known),
    ...findMotions(text),
    ...findCommittees(text),
    ...organisations,
    ...findPersons(text),
    ...findNamedPersons(text),
    ...findSurnameRepeats(text, context.knownSurnames ?? new Set()),
    ...findDocuments(text, organisations),
  ];
  const defined = definitionMarks(text, own);
  const used = found.filter((r) => defined.get(r.start) !== r.end && !streetName(text, r));
  const refs = resolveOverlaps(attachDossiers(text, used));
  attachMotionIds(text, refs);
  return refs;
}
