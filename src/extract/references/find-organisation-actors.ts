/**
 * Acronyms and brand-like names with an inner capital ("KNVB", "ZorgSamen", "WijkNL") where the text treats them as
 * actors: the subject of a speech or request verb ("ZorgSamen stelt dat …", "KNVB en ZorgSamen vragen …"), the
 * name a quote is attributed to ("aldus ZorgSamen", "Dat zegt de KNVB"), or the author of a document ("het
 * onderzoek van ZorgSamen", "een brief van de KNVB", "het onderzoek van het Nibud"). Elsewhere such a token may be a law, a fund or a
 * programme, so it is left alone.
 */
import { isDocumentHead } from './document-lexicon.js';
import { isRoleWord } from './person-name-patterns.js';
import { roleLexicon } from './role-lexicon.js';
import { organisationForms } from './organisation-form-lexicon.js';
import {
  B_END,
  B_START,
  CAP_WORD,
  allMatches,
  anyCaseFirst,
  literalAlternation,
  matchesIf,
  type Gate,
} from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { wholeWordGate } from './whole-words.js';
import { L, LL, LN, LU, N } from '../../text/letter-classes.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';

const BRAND = String.raw`(?:[${LU}][${LU}${N}]{1,7}|[${LU}][${LL}]+[${LU}][${LN}]*)`;

const BRAND_WORD = new RegExp(`${B_START}${BRAND}${B_END}`, 'gu');
const AUTHOR = new RegExp(
  String.raw`${B_START}(?<head>[${L}]+)[ \t]+van[ \t]+(?:de[ \t]+|het[ \t]+)?(?<first>${BRAND})${B_END}(?!-)`,
  'gu',
);

// "… van het Nibud": after "het" a capitalised word is an institution's name, in any form
const AUTHOR_NEUTER = new RegExp(
  String.raw`${B_START}(?<head>[${L}]+)[ \t]+van[ \t]+het[ \t]+(?<first>${CAP_WORD})${B_END}(?![ \t]*[-${LU}])`,
  'gu',
);

// "… van (de) NAME"
const HAS_VAN = /[ \t]van[ \t]/u;

interface Patterns {
  hasVerb: Gate;
  subject: RegExp;
  hasSpeech: Gate;
  attributed: RegExp;
}

const actorPatterns = deriveFromLexicons((): Patterns => {
  const { actorVerbs, speechBefore } = organisationForms();
  const verbs = literalAlternation(actorVerbs);
  // "aldus", "Aldus": the first letter in either case
  const before = anyCaseFirst(speechBefore);
  return {
    hasVerb: wholeWordGate(actorVerbs),
    hasSpeech: wholeWordGate(speechBefore),
    // "KNVB stelt", "KNVB en WijkNL vragen", "De NVZ, de NFU en ZKN vragen"
    subject: new RegExp(
      String.raw`${B_START}(?<names>${BRAND}(?:(?:,[ \t]*|[ \t]+en[ \t]+)(?:de[ \t]+|het[ \t]+)?${BRAND}){0,5})[ \t]+(?:${verbs})${B_END}`,
      'gu',
    ),
    attributed: new RegExp(
      String.raw`${B_START}(?:${before})[ \t]+(?:de[ \t]+|het[ \t]+)?(?<first>${BRAND})${B_END}(?!-)`,
      'gu',
    ),
  };
});

export function findOrganisationActors(text: string): FoundReference[] {
  const p = actorPatterns();
  const out: FoundReference[] = [];
  const add = (start: number, name: string) =>
    out.push(makeRef(text, 'organisation', start, start + name.length));
  for (const m of matchesIf(p.hasVerb, p.subject, text)) {
    for (const n of allMatches(BRAND_WORD, m.groups?.names as string)) add(m.index + n.index, n[0]);
  }
  for (const m of matchesIf(p.hasSpeech, p.attributed, text)) {
    const first = m.groups?.first as string;
    add(m.index + m[0].length - first.length, first);
  }
  for (const m of matchesIf(HAS_VAN, AUTHOR, text)) {
    const first = m.groups?.first as string;
    if (isDocumentHead(m.groups?.head as string)) add(m.index + m[0].length - first.length, first);
  }
  const { notNames } = roleLexicon();
  for (const m of matchesIf(HAS_VAN, AUTHOR_NEUTER, text)) {
    const first = m.groups?.first as string;
    if (isDocumentHead(m.groups?.head as string) && !notNames.has(first) && !isRoleWord(first))
      add(m.index + m[0].length - first.length, first);
  }
  return out;
}
