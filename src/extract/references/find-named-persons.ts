/**
 * Persons recognised by the form of their name, without a role word: a title before it ("drs. E.J. Jansen",
 * "Mr. A. de Vries"), two or more initials ("K.H. Janssen", "Th.M. Brinkman-Oost"; one initial only at the start of
 * a line or after a comma or bracket), a given name from first-names.yaml before a surname ("Anna de Wit", "Jan
 * Peter Smit"), any given name and surname after a contact label ("Contactpersoon: Sevda Yıldız"), and any
 * capitalised name that a speech verb attributes words to ("…,” zegt Pieter Groot Bakker.", "aldus Ans Vermeer",
 * "Ans Vermeer: “…”"), or that stands on a line of its own above a line that opens with a role, as a letter is signed
 * ("Annemiek Dijkhuizen-Boer" / "voorzitter", "Jan Smit" / "beleidsadviseur").
 */
import { firstNames } from '../../text/first-names.js';
import { namePatterns, plausibleName } from './person-name-patterns.js';
import {
  B_END,
  B_START,
  CAP_WORD,
  allMatches,
  anyCaseFirst,
  matchesIf,
  mentionsAny,
  type Gate,
} from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { roleLexicon } from './role-lexicon.js';
import { LL, LU } from '../../text/letter-classes.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';
import { onFirstUse } from '../../text/on-first-use.js';

interface Patterns {
  /** a title ("drs.") where a word starts */
  hasTitle: Gate;
  titled: () => RegExp;
  hasContactLabel: RegExp;
  contact: () => RegExp;
  initialled: () => RegExp;
  capWord: RegExp;
  afterGiven: () => RegExp;
  spoken: () => RegExp;
  quoted: () => RegExp;
  hasRoleLine: Gate;
  signed: () => RegExp;
}

// a second capitalised surname word, unless a third follows ("Groot Bakker", not "Jansen Tweede Kamer")
const SECOND_SURNAME = String.raw`(?:[ \t]+${CAP_WORD}(?![ \t]+[${LU}]))?`;
// verbs and words that attribute speech to the name after them
const SPEECH_BEFORE = String.raw`(?:[Aa]ldus|[Vv]olgens|zegt|zei|zeggen|vertelt|vertelde|schrijft|schreef|reageert|reageerde|benadrukt|benadrukte)`;
// what the other patterns cannot match without: an initial, a speech word, a colon before a quote
const HAS_INITIAL = new RegExp(String.raw`[${LU}][${LL}]{0,2}\.`, 'u');
const HAS_SPEECH = new RegExp(SPEECH_BEFORE, 'u');
const HAS_QUOTE = /:[ \t]*[“"„‘']/u;

const personPatterns = deriveFromLexicons((): Patterns => {
  const { particle, byInitials, withGiven, withParticle, surnameAfterGiven } = namePatterns();
  const { titles: titleWords, contactLabels, roles, modifiers } = roleLexicon();
  const titles = anyCaseFirst(titleWords);
  const free = String.raw`${CAP_WORD}(?:[ \t]+${particle}){0,3}[ \t]+${CAP_WORD}${SECOND_SURNAME}`;
  // the quick test lets through every word ending in "ing." ("regeling."); the second asks for a word's start
  const anyTitle = mentionsAny(titleWords);
  const titleStart = new RegExp(`${B_START}(?:${titles})`, 'u');
  // the large patterns are made only where their gates let them run (on-first-use.ts)
  return {
    hasTitle: { test: (text) => anyTitle.test(text) && titleStart.test(text) },
    hasContactLabel: mentionsAny(contactLabels),
    contact: onFirstUse(
      () =>
        new RegExp(
          String.raw`${B_START}(?:${anyCaseFirst(contactLabels)})[ \t]*:[ \t]*(?:(?:${titles})[ \t]*){0,3}(?<name>${withGiven}|${withParticle})${B_END}`,
          'gu',
        ),
    ),
    titled: onFirstUse(
      () =>
        new RegExp(
          String.raw`${B_START}(?:(?:${titles})[ \t]*){1,3}(?<name>${withGiven}|${withParticle}|${CAP_WORD})${B_END}`,
          'gu',
        ),
    ),
    initialled: onFirstUse(() => new RegExp(`${B_START}(?<name>${byInitials})${B_END}`, 'gu')),
    capWord: new RegExp(`${B_START}${CAP_WORD}${B_END}`, 'gu'),
    afterGiven: onFirstUse(() => new RegExp(`${surnameAfterGiven}${SECOND_SURNAME}${B_END}`, 'uy')),
    spoken: onFirstUse(
      () =>
        new RegExp(
          String.raw`${B_START}${SPEECH_BEFORE}[ \t]+(?<name>${free})${B_END}(?![ \t]*[${LU}])`,
          'gu',
        ),
    ),
    quoted: onFirstUse(
      () => new RegExp(String.raw`(?:^|[\n.!?])[ \t]*(?<name>${free})[ \t]*:[ \t]*[“"„‘']`, 'gu'),
    ),
    hasRoleLine: lineOpensWith(
      new Set([...roles, ...modifiers].map((w) => w.split(' ')[0] as string)),
      roles.filter((w) => !w.includes(' ')),
    ),
    signed: onFirstUse(
      () =>
        new RegExp(
          String.raw`(?:^|\n)[ \t]*(?<name>${free})[ \t]*\n[ \t]*(?:(?:${anyCaseFirst(modifiers)})[ \t]+)?(?:[${LL}]{2,20}-?)?(?:${anyCaseFirst(roles)})${B_END}`,
          'gu',
        ),
    ),
  };
});

/**
 * A gate that a line after the first opens with one of `words` (lower case), or a compound ending in one of `heads`
 * ("beleidsadviseur"): a word lookup at each line start, so the large pattern it guards is compiled only for a text
 * that may hold a signature.
 */
function lineOpensWith(words: ReadonlySet<string>, heads: readonly string[]): Gate {
  return {
    test: (text) => {
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
        const word = LINE_WORD.exec(text.slice(nl + 1, nl + 1 + MAX_LINE_WORD))?.[1]?.toLowerCase();
        if (word && (words.has(word) || heads.some((h) => word.length > h.length + 1 && word.endsWith(h))))
          return true;
      }
      return false;
    },
  };
}

const MAX_LINE_WORD = 40;
const LINE_WORD = /^[ \t]*([\p{L}-]+)/u;

/** One initial names a person only where a line, a list or a bracket starts ("K. Jansen", "(K. Jansen)"). */
function initialsAllowed(text: string, start: number, name: string): boolean {
  if (/^[^ \t.]+\.[ \t]?[^ \t.]+\./u.test(name)) return true;
  const before = text.slice(Math.max(0, start - 3), start);
  return start === 0 || /(?:^|[\n,;(:])[ \t]*$/u.test(before);
}

/** A given name, or a hyphenated pair of them ("Jan-Willem"). */
const isGivenName = (word: string): boolean => {
  const names = firstNames();
  return names.has(word) || (word.includes('-') && word.split('-').every((w) => names.has(w)));
};

export function findNamedPersons(text: string): FoundReference[] {
  const p = personPatterns();
  const out: FoundReference[] = [];
  const add = (start: number, end: number, name: string) => {
    // "Stichting De Vaart" after "volgens" is an organisation (plausibleName)
    if (plausibleName(name))
      out.push(makeRef(text, 'person', start, end, { name: name.replace(/\s+/gu, ' ') }));
  };
  for (const m of matchesIf(p.hasTitle, p.titled, text))
    add(m.index, m.index + m[0].length, m.groups?.name as string);
  for (const m of matchesIf(p.hasContactLabel, p.contact, text)) {
    const name = m.groups?.name as string;
    const end = m.index + m[0].length;
    add(end - name.length, end, name);
  }
  for (const m of matchesIf(HAS_INITIAL, p.initialled, text)) {
    const name = m.groups?.name as string;
    if (initialsAllowed(text, m.index, name)) add(m.index, m.index + name.length, name);
  }
  for (const m of allMatches(p.capWord, text)) {
    if (!isGivenName(m[0])) continue;
    const afterGiven = p.afterGiven();
    afterGiven.lastIndex = m.index + m[0].length;
    const rest = afterGiven.exec(text);
    if (rest) add(m.index, afterGiven.lastIndex, text.slice(m.index, afterGiven.lastIndex));
  }
  for (const [needs, re] of [
    [HAS_SPEECH, p.spoken],
    [HAS_QUOTE, p.quoted],
    [p.hasRoleLine, p.signed],
  ] as const) {
    for (const m of matchesIf(needs, re, text)) {
      const name = m.groups?.name as string;
      const start = m.index + m[0].indexOf(name);
      add(start, start + name.length, name);
    }
  }
  return out;
}
