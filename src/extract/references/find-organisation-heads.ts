/**
 * Organisations named with a generic head (organisation-forms.yaml): a capitalised head, or a compound ending in
 * one, with a name after it ("Stichting De Vaart", "Adviescollege Grondbeleid", "Raad voor het Lokaal Bestuur"),
 * capitalised words before it ("Landelijke Huisartsen Vereniging", "Europese Unie"), or, in mid-sentence, "van" or
 * "voor" and lower-case words ("de Raad voor de leefomgeving"). A capitalised compound of some heads is a name by
 * itself in mid-sentence ("de Belastingdienst"); a lower-case head takes only an acronym ("bureau XYZ").
 * Dutch does not capitalise a common noun in mid-sentence, so a capital is the evidence; at the start of a
 * sentence the name must hold a capital of its own ("Overleg met de minister" is no organisation).
 */
import { endsInWord, organisationForms } from './organisation-form-lexicon.js';
import { matchesIf } from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { atSentenceStart, extendLeft, isFunctionWord, readProperName } from './read-proper-name.js';
import { L, LL, LN, LU } from '../../text/letter-classes.js';
import { lowerAt } from '../../text/letter-or-digit.js';

const WORD = new RegExp(String.raw`(?<![${LN}-])[${L}]+(?:-[${L}]+)*(?![${LN}])`, 'gu');
const PREPOSITION = /[ \t]+(?:van|voor|tot|op|in)(?:[ \t]+(?:de|het|der))?(?=[ \t])/uy;
const LOWER_WORD = new RegExp(String.raw`[ \t]+([${L}]+(?:-[${L}]+)*)`, 'uy');
const ACRONYM = new RegExp(String.raw`[ \t]+[${LU}]{2,8}(?![${LN}])`, 'uy');
// a name that stands alone: an acronym or a word with an inner capital ("XYZ", "ZorgSamen")
const BRAND = new RegExp(String.raw`^(?:[${LU}][${LU}\d]{1,7}|[${LU}][${LL}]+[${LU}][${LN}]*)$`, 'u');
const NAME_START = /^[ \t]+/u;
const DIGITS = /^\d+$/u;
const ACRONYM_COMPOUND = new RegExp(String.raw`^[${LU}]{2,8}-[${LL}]`, 'u');

/** Up to three lower-case content words after `pos` ("de financiële verhoudingen"). */
function lowerRun(text: string, pos: number): number {
  let end = pos;
  for (let n = 0; n < 3; n++) {
    LOWER_WORD.lastIndex = end;
    const m = LOWER_WORD.exec(text);
    const word = m?.[1];
    if (!m || !word || lowerAt(word, 0) === 0 || isFunctionWord(word) || word === 'en') break;
    end = LOWER_WORD.lastIndex;
  }
  return end;
}

/** The end of the name after a head ending at `pos`, or null when none follows. */
function nameAfterHead(text: string, pos: number, midSentence: boolean): number | null {
  PREPOSITION.lastIndex = pos;
  const prep = PREPOSITION.exec(text);
  const from = prep ? PREPOSITION.lastIndex : pos;
  const name = readProperName(text, from, { joinEn: true });
  // "de Handelsraad van 23 mei": a number after the preposition dates or counts, it names nothing
  if (name.words.length > 0 && !(prep && DIGITS.test(name.words[0]!))) return name.end;
  if (prep && midSentence) {
    const end = lowerRun(text, from);
    return end > from ? end : null;
  }
  return null;
}

/** Whether a lower-case content word stands right before `start`. */
function modified(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start).trimEnd();
  const word = before.slice(before.search(/\S+$/u)).replace(/[^\p{L}]/gu, '');
  return lowerAt(word, 0) > 0 && !isFunctionWord(word);
}

/** "Kamercommissie": the pattern (i and u flags) only for a word whose first five letters are "kamer" in any case
 * (no letter beyond ASCII folds to one of them but the Kelvin sign, whose lower case is k) */
const isKamerCompound = (word: string): boolean =>
  word.slice(0, 5).toLowerCase() === 'kamer' && /^kamer./iu.test(word);

/** Whether the words before a head are only generic qualifiers ("Vaste", "Tijdelijke"). */
const onlyGeneric = (words: string): boolean =>
  words
    .trim()
    .split(/\s+/u)
    .every((w) => organisationForms().genericQualifiers.has(w.toLowerCase()));

export function findOrganisationHeads(text: string): FoundReference[] {
  const { heads, hasHead, namingCompoundHeads, notBodies } = organisationForms();
  const out: FoundReference[] = [];
  // a word ending in a head holds one
  for (const m of matchesIf(hasHead, WORD, text)) {
    const word = m[0];
    // "Kamercommissie", "Kamerfractie": parliament's own, capitalised anyway (see find-committees)
    if (!endsInWord(word, heads) || isKamerCompound(word) || notBodies.has(word.toLowerCase())) continue;
    const start = m.index;
    const end = start + word.length;
    // "het PR-bureau van de gemeente": the capital is the acronym's, so it is no evidence of a name ("VO-raad" is
    // found by its form, find-organisation-forms.ts)
    if (ACRONYM_COMPOUND.test(word)) continue;
    if (lowerAt(word, 0) > 0) {
      // "bureau XYZ": a lower-case head names an organisation only by an acronym after it, and not behind a
      // modifier ("algemeen overleg GGZ", "schriftelijk overleg VWS" are meetings)
      ACRONYM.lastIndex = end;
      if (heads.includes(word) && !modified(text, start) && ACRONYM.test(text))
        out.push(makeRef(text, 'organisation', start, ACRONYM.lastIndex));
      continue;
    }
    const sentenceStart = atSentenceStart(text, start);
    const begin = sentenceStart ? start : extendLeft(text, start);
    const after = nameAfterHead(text, end, !sentenceStart);
    const isCompound = !heads.includes(word.toLowerCase());
    const alone =
      !sentenceStart && isCompound && !word.includes('-') && endsInWord(word, namingCompoundHeads);
    if (after === null) {
      // "Europese Unie", "Landelijke Huisartsen Vereniging", not "Vaste Commissie"; a compound takes no words before
      // it alone
      const qualified = begin < start && !isCompound && !onlyGeneric(text.slice(begin, start));
      if (qualified || alone) out.push(makeRef(text, 'organisation', begin, end));
      continue;
    }
    const named = text.slice(end, after).replace(NAME_START, '');
    // "brancheorganisatie XYZ": a compound head before a name that stands alone describes it
    const describing = isCompound && begin === start && BRAND.test(named);
    out.push(makeRef(text, 'organisation', describing ? after - named.length : begin, after));
  }
  return out;
}
