/**
 * Organisations recognised by the form of their name alone: "<Word> Nederland" or "<Word>-Nederland" ("Bouwend
 * Nederland", "MKB-Nederland", "Techniek Nederland"; not "in Nederland", "heel Nederland", "Noord-Nederland"),
 * with capitalised words before the word ("Goede Doelen Nederland"), acronyms joined by a hyphen ("VNO-NCW"), an
 * acronym joined to a head that names a body ("PO-Raad", "VO-raad"), and one word of two capitalised parts ("ProRail").
 */
import { organisationForms } from './organisation-form-lexicon.js';
import { B_START, allMatches, anyCaseFirst, matchesIf } from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { extendLeft, isFunctionWord } from './read-proper-name.js';
import { LL, LN, LU } from '../../text/letter-classes.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';

const NATIONAL = new RegExp(
  String.raw`${B_START}([${LU}][${LN}]{1,30})(?:[ \t]+|-)Nederland(?![${LN}-])`,
  'gu',
);
const JOINED_ACRONYMS = new RegExp(String.raw`${B_START}[${LU}]{2,8}(?:-[${LU}]{2,8})+(?![${LN}-])`, 'gu');
// what each pattern cannot match without
const HAS_NEDERLAND = /Nederland/u;
const HAS_JOINED = new RegExp(String.raw`[${LU}]{2}-[${LU}]{2}`, 'u');
const HAS_ACRONYM_HYPHEN = new RegExp(String.raw`[${LU}]{2}-`, 'u');

const acronymHead = deriveFromLexicons(
  (): RegExp =>
    new RegExp(
      String.raw`${B_START}[${LU}]{2,6}-(?:${anyCaseFirst(organisationForms().acronymHeads)})(?![${LN}-])`,
      'gu',
    ),
);

/** One word of two capitalised parts ("ProRail", "GroenLinks"): Dutch writes no common word so. */
const INNER_CAPITAL = new RegExp(String.raw`${B_START}[${LU}][${LL}]+[${LU}][${LL}]+(?![${LN}-])`, 'gu');

export function findOrganisationForms(text: string): FoundReference[] {
  const { notBeforeNederland } = organisationForms();
  const out: FoundReference[] = [];
  for (const m of matchesIf(HAS_NEDERLAND, NATIONAL, text)) {
    const word = m[1] as string;
    if (isFunctionWord(word) || notBeforeNederland.has(word.toLowerCase())) continue;
    out.push(makeRef(text, 'organisation', extendLeft(text, m.index), m.index + m[0].length));
  }
  for (const m of matchesIf(HAS_JOINED, JOINED_ACRONYMS, text))
    out.push(makeRef(text, 'organisation', m.index, m.index + m[0].length));
  for (const m of matchesIf(HAS_ACRONYM_HYPHEN, acronymHead(), text))
    out.push(makeRef(text, 'organisation', m.index, m.index + m[0].length));
  for (const m of allMatches(INNER_CAPITAL, text))
    out.push(makeRef(text, 'organisation', m.index, m.index + m[0].length));
  return out;
}
