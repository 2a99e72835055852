/**
 * Organisations named in a list that the text announces as one: after a collective noun ("de
 * ondernemersorganisaties A, B en C", "de koepels (A, B en C)", "de natuur- en milieuorganisaties: A, B, C") or
 * a phrase such as "opgesteld door:" or "namens". Each item of two or more is an organisation, whatever its form
 * ("Natuur & Milieu", "De Groene Vaart", "Wereld Water Fonds"); an item that reads as a person's name is left to
 * the person finders.
 */
import { firstNames } from '../../text/first-names.js';
import { organisationForms } from './organisation-form-lexicon.js';
import { isRoleWord } from './person-name-patterns.js';
import { B_END, B_START, literalAlternation, matchesIf, mentionsAny } from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { isFunctionWord, readProperName } from './read-proper-name.js';
import { L } from '../../text/letter-classes.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';

const DETERMINER = /(?:de|het)[ \t]+/uy;
// ", ", " en ", ", en ", " of " (an empty match reads no further item)
const SEPARATOR = /,?[ \t]*(?:(?:en|of)[ \t]+)?/uy;

const listLead = deriveFromLexicons((): { lead: RegExp; needs: RegExp } => {
  const { collectives, listOpeners } = organisationForms();
  // a collective noun or a compound ending in one ("natuurorganisaties"), then a bracket or colon
  const collective = `[${L}]{0,30}(?:${literalAlternation(collectives, true)})`;
  return {
    lead: new RegExp(
      String.raw`${B_START}(?:${collective}|(?:${literalAlternation(listOpeners, true)}))${B_END}[ \t]*[(:]?[ \t]*`,
      'giu',
    ),
    needs: mentionsAny([...collectives, ...listOpeners]),
  };
});

interface Item {
  start: number;
  end: number;
  words: string[];
}

/** The names of a list starting at `pos`, each read as a capitalised name. */
function readList(text: string, pos: number): Item[] {
  const items: Item[] = [];
  let at = pos;
  for (let n = 0; n < 20; n++) {
    DETERMINER.lastIndex = at;
    const start = DETERMINER.test(text) ? DETERMINER.lastIndex : at;
    const name = readProperName(text, start);
    if (name.words.length === 0) break;
    items.push({ start, end: name.end, words: name.words });
    SEPARATOR.lastIndex = name.end;
    if (!SEPARATOR.test(text)) break;
    at = SEPARATOR.lastIndex;
  }
  return items;
}

/** A name an organisation can have: not a person's ("Anna de Wit"), a role ("Staatssecretaris van …") or a word. */
export const organisationLike = (words: readonly string[]): boolean =>
  !(words.length >= 2 && firstNames().has(words[0] as string)) &&
  !words.some(isRoleWord) &&
  words.some((w) => !isFunctionWord(w));

export function findOrganisationLists(text: string): FoundReference[] {
  const out: FoundReference[] = [];
  const { lead, needs } = listLead();
  for (const m of matchesIf(needs, lead, text)) {
    const items = readList(text, m.index + m[0].length);
    // one item that is no organisation makes it a list of something else ("namens de minister, Jan en Piet")
    if (items.length < 2 || !items.every((i) => organisationLike(i.words))) continue;
    for (const i of items) out.push(makeRef(text, 'organisation', i.start, i.end));
  }
  return out;
}
