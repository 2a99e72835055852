/**
 * Public bodies named by their kind and their area or field (organisation-forms.yaml, publicBodyHeads): "de
 * provincie Gelderland", "Veiligheidsregio Zeeland", "het Productschap Vis", "de gemeente Den Haag", "het
 * Hoogheemraadschap van Delfland", "de rechtbank Gelderland". The name is one or two capitalised words, maybe after
 * "van"; after "in", "uit" or "binnen" the words name the place, not the body.
 */
import { organisationForms } from './organisation-form-lexicon.js';
import { B_END, B_START, CAP_WORD, anyCaseFirst, matchesIf, mentionsAny } from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { isFunctionWord } from './read-proper-name.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';
import { monthNames } from '../../text/find-dates.js';
import { onFirstUse } from '../../text/on-first-use.js';

const PLACE_BEFORE = onFirstUse(
  () => /(?:^|[^\p{L}])(?:[Ii]n|[Uu]it|[Bb]innen|[Bb]uiten)[ \t]+(?:de|het)[ \t]+$/u,
);

const patterns = deriveFromLexicons(() => {
  const { publicBodyHeads } = organisationForms();
  return {
    gate: mentionsAny(publicBodyHeads),
    body: new RegExp(
      String.raw`${B_START}(?:${anyCaseFirst(publicBodyHeads)})[ \t]+(?:van[ \t]+)?(?<name>${CAP_WORD}(?:[ \t]+${CAP_WORD})?)${B_END}`,
      'gu',
    ),
  };
});

export function findPublicBodies(text: string): FoundReference[] {
  const p = patterns();
  const out: FoundReference[] = [];
  for (const m of matchesIf(p.gate, p.body, text)) {
    if (PLACE_BEFORE().test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "de gemeente Wij …", "de provincie Maart": no area
    const first = (m.groups?.name as string).split(/[ \t]/u)[0] as string;
    if (isFunctionWord(first) || monthNames().has(first.toLowerCase())) continue;
    out.push(makeRef(text, 'organisation', m.index, m.index + m[0].length));
  }
  return out;
}
