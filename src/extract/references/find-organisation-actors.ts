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
  matchesAt,
  matchesIf,
  type Gate,
} from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { wholeWordGate } from './whole-words.js';
import { L, LL, LN, LU, N } from '../../text/letter-classes.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';
import { onFirstUse } from '../../text/on-first-use.js';

const BRAND = String.raw`(?:[${LU}][${LU}${N}]{1,7}|[${LU}][${LL}]+[${LU}][${LN}]*)`;

const BRAND_WORD = new RegExp(`${B_START}${BRAND}${B_END}`, 'gu');
// sticky, tried only where headsBeforeVan says
const AUTHOR = new RegExp(
  String.raw`${B_START}(?<head>[${L}]+)[ \t]+van[ \t]+(?:de[ \t]+|het[ \t]+)?(?<first>${BRAND})${B_END}(?!-)`,
  'uy',
);

// "… van het Nibud": after "het" a capitalised word is an institution's name, in any form
const AUTHOR_NEUTER = new RegExp(
  String.raw`${B_START}(?<head>[${L}]+)[ \t]+van[ \t]+het[ \t]+(?<first>${CAP_WORD})${B_END}(?![ \t]*[-${LU}])`,
  'uy',
);

// "… van (de) NAME"
const VAN = /[ \t]van[ \t]/gu;
const LETTER = new RegExp(`[${L}]`, 'u');
const isBlank = (c: string): boolean => c === ' ' || c === '\t';

/**
 * Where AUTHOR and AUTHOR_NEUTER can start: at the letters right before the spaces before each "van" (their head
 * word ends there, and a letter before it would fail the lookbehind). Trying them only there spares a scan that
 * reads a word at every position of most paragraphs.
 */
function headsBeforeVan(text: string): number[] {
  const starts: number[] = [];
  VAN.lastIndex = 0;
  for (let m = VAN.exec(text); m !== null; m = VAN.exec(text)) {
    let end = m.index;
    while (end > 0 && isBlank(text.charAt(end - 1))) end--;
    let start = end;
    while (start > 0 && LETTER.test(text.charAt(start - 1))) start--;
    if (start < end && start !== starts.at(-1)) starts.push(start);
    // the space after one "van" may come before the next ("van van")
    VAN.lastIndex = m.index + 1;
  }
  return starts;
}

/**
 * Whether one of the verbs' first words (`byFirstLetter`: by their first character) stands after spaces or tabs
 * and a run of characters of which two are their own upper case: a name like "VNG" or "WijkNL" before a verb ("VNG
 * stelt", "WijkNL vragen") is such a run (a capital, then a capital or digit), lower-case words and "De" are not.
 * The subject pattern (a name's letter classes six times over, and every verb: 12 K characters) cannot match
 * without one, and most paragraphs with a verb have none. The run is read back to white space, so it may be longer
 * than the name: that only says yes more often. One pass over the text's spaces and tabs.
 */
export function nameBeforeVerb(text: string, byFirstLetter: ReadonlyMap<string, readonly string[]>): boolean {
  for (const blank of [' ', '\t'])
    for (let at = text.indexOf(blank); at !== -1; at = text.indexOf(blank, at + 1)) {
      const next = at + 1;
      const words = byFirstLetter.get(text.charAt(next));
      if (!words || !words.some((w) => text.startsWith(w, next))) continue;
      let end = at;
      while (end > 0 && isBlank(text.charAt(end - 1))) end--;
      let capitals = 0;
      for (let i = end - 1; i >= 0 && capitals < 2 && !/\s/u.test(text.charAt(i)); i--)
        if (text.charAt(i).toUpperCase() === text.charAt(i)) capitals++;
      if (capitals === 2) return true;
    }
  return false;
}

/** Words by their first character. */
export function byFirstLetter(words: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const w of words) {
    const same = map.get(w.charAt(0));
    if (same) same.push(w);
    else map.set(w.charAt(0), [w]);
  }
  return map;
}

interface Patterns {
  hasVerb: Gate;
  /** made only where `hasVerb` holds (on-first-use.ts) */
  subject: () => RegExp;
  hasSpeech: Gate;
  attributed: () => RegExp;
}

/** for the test that the subject's gate never refuses a text the subject pattern matches */
export const actorPatterns = deriveFromLexicons((): Patterns => {
  const { actorVerbs, speechBefore } = organisationForms();
  const verbs = literalAlternation(actorVerbs, false);
  const verbGate = wholeWordGate(actorVerbs);
  const firstWords = byFirstLetter(
    [...new Set(actorVerbs.map((v) => v.trim().split(/\s+/)[0] as string))].filter(Boolean),
  );
  // "aldus", "Aldus": the first letter in either case
  const before = anyCaseFirst(speechBefore);
  return {
    // with no verbs the alternation is empty, and only the name is asked for
    hasVerb: {
      test: (text) => verbGate.test(text) && (!verbs || nameBeforeVerb(text, firstWords)),
    },
    hasSpeech: wholeWordGate(speechBefore),
    // "KNVB stelt", "KNVB en WijkNL vragen", "De NVZ, de NFU en ZKN vragen"
    subject: onFirstUse(
      () =>
        new RegExp(
          String.raw`${B_START}(?<names>${BRAND}(?:(?:,[ \t]*|[ \t]+en[ \t]+)(?:de[ \t]+|het[ \t]+)?${BRAND}){0,5})[ \t]+(?:${verbs})${B_END}`,
          'gu',
        ),
    ),
    attributed: onFirstUse(
      () =>
        new RegExp(
          String.raw`${B_START}(?:${before})[ \t]+(?:de[ \t]+|het[ \t]+)?(?<first>${BRAND})${B_END}(?!-)`,
          'gu',
        ),
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
  const heads = headsBeforeVan(text);
  for (const m of matchesAt(AUTHOR, text, heads)) {
    const first = m.groups?.first as string;
    if (isDocumentHead(m.groups?.head as string)) add(m.index + m[0].length - first.length, first);
  }
  const { notNames } = roleLexicon();
  for (const m of matchesAt(AUTHOR_NEUTER, text, heads)) {
    const first = m.groups?.first as string;
    if (isDocumentHead(m.groups?.head as string) && !notNames.has(first) && !isRoleWord(first))
      add(m.index + m[0].length - first.length, first);
  }
  return out;
}
