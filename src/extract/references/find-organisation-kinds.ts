/**
 * Organisations named after a lower-case noun of their kind: "bouwbedrijf Heijmans", "natuurorganisatie
 * Natuurmonumenten", "onderzoeksbureau Stelvio Onderzoek". The noun makes the name an organisation's whatever its
 * form, as a single word without an organisation form too.
 */
import { organisationLike } from './find-organisation-lists.js';
import { organisationForms } from './organisation-form-lexicon.js';
import { B_START, literalAlternation, matchesIf, mentionsAny } from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { readProperName } from './read-proper-name.js';
import { LL, LU, N } from '../../text/letter-classes.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';

const kindPatterns = deriveFromLexicons((): { gate: RegExp; kind: RegExp } => {
  const { kinds } = organisationForms();
  return {
    gate: mentionsAny(kinds),
    // in lower case: "Stichting Lezen" is a name of its own (find-organisation-heads.ts)
    kind: new RegExp(
      String.raw`${B_START}[${LL}]{0,30}(?:${literalAlternation(kinds, false)})[ \t]+(?=[${LU}${N}])`,
      'gu',
    ),
  };
});

export function findOrganisationKinds(text: string): FoundReference[] {
  const { gate, kind } = kindPatterns();
  const out: FoundReference[] = [];
  for (const m of matchesIf(gate, kind, text)) {
    const start = m.index + m[0].length;
    const name = readProperName(text, start);
    if (name.words.length > 0 && organisationLike(name.words))
      out.push(makeRef(text, 'organisation', start, name.end));
  }
  return out;
}
