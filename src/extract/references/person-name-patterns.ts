/**
 * The parts of a Dutch person's name as regex sources, and the checks every person finder applies: given names or
 * initials, lower-case particles ("Anna de Wit", "E.J. van der Berg"), a capitalised particle that starts the
 * surname when no given name precedes ("De Wit", "Van der Berg"), and surnames that are no role, place or word.
 */
import { CAP_WORD, escapeRegex, literalAlternation } from './reference-patterns.js';
import { endsInWord, organisationForms } from './organisation-form-lexicon.js';
import { roleLexicon } from './role-lexicon.js';
import { monthNames } from '../../text/find-dates.js';
import { L, LU } from '../../text/letter-classes.js';
import { isStopWord } from '../../text/stop-words.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';

export interface NamePatterns {
  /** a lower-case particle */
  particle: string;
  /** a capitalised particle */
  capParticle: string;
  /** one to four initials: "E.", "E.J.", "K. H.", "Th.M.", maybe with a name in brackets: "E.J. (Eva)" */
  initials: string;
  /** a surname, maybe double-barrelled with particles after the hyphen: "Wolters-van Haaften" */
  surname: string;
  /** initials, particles (capitalised too), surname: "E.J. Jansen", "W.F. Ten Hoeve-Brink" */
  byInitials: string;
  /** given name or initials, particles, surname: "Anna de Wit", "E.J. Jansen" */
  withGiven: string;
  /** capitalised particle, particles, surname: "Van der Berg" */
  withParticle: string;
  /** any of these, or a surname alone */
  name: string;
  /** particles and a surname after a given name, from the space after it */
  surnameAfterGiven: string;
  /** a class body: every character that name, withGiven and withParticle can start with */
  nameStart: string;
}

/** The first characters of `words` as a class body, each escaped. */
const classChars = (words: readonly string[]): string =>
  [...new Set(words.map((w) => w.codePointAt(0)).filter((c) => c !== undefined))]
    .map((c) => `\\u{${c.toString(16)}}`)
    .join('');

export const namePatterns = deriveFromLexicons((): NamePatterns => {
  const { particles, multiLetterInitials } = roleLexicon();
  const particle = `(?:${literalAlternation(particles, false)})`;
  const initial = `(?:${[...multiLetterInitials.map(escapeRegex), `[${LU}]`].join('|')})\\.`;
  const surname = String.raw`${CAP_WORD}(?:-(?:${particle}[ \t]+){1,3}${CAP_WORD})?`;
  const capParticle = `(?:${particles.map((p) => escapeRegex(p.charAt(0).toUpperCase() + p.slice(1))).join('|')})`;
  // the name a person goes by may follow in brackets: "M.A. (Marleen) de Groot"
  const initials = String.raw`${initial}(?:[ \t]?${initial}){0,3}(?:[ \t]?\([${LU}][${L}-]{1,20}\))?`;
  // after initials a particle may be capitalised: "W.F. Ten Hoeve-Brink"
  const byInitials = String.raw`${initials}[ \t]*(?:(?:${particle}|${capParticle})[ \t]+){0,3}${surname}`;
  const withGiven = String.raw`(?:${CAP_WORD}[ \t]+(?:${particle}[ \t]+){0,3}${surname}|${byInitials})`;
  const withParticle = String.raw`${capParticle}(?:[ \t]+${particle}){0,2}[ \t]+${surname}`;
  return {
    particle,
    capParticle,
    initials,
    surname,
    byInitials,
    withGiven,
    withParticle,
    name: `(?:${withGiven}|${withParticle}|${CAP_WORD})`,
    surnameAfterGiven: String.raw`(?:[ \t]+${particle}){0,3}[ \t]+${surname}`,
    nameStart: LU + classChars([...multiLetterInitials, ...particles.map((p) => p.charAt(0).toUpperCase())]),
  };
});

/** A role word or a compound ending in one ("minister", "Stikstofminister", "IPO-voorzitter"). */
export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase();
  return roleLexicon().roles.some((r) => w === r || (w.endsWith(r) && w.length - r.length >= 2));
}

/**
 * Whether the words of a name can be a person's: none is a listed non-name ("Kamer", "Jeugd"), an organisation
 * head ("Stichting", "Netwerk"), a function word
 * (unless a particle precedes it), a month or a role, and the name is not a listed phrase ("Den Haag"). Particles
 * may be capitalised at the start.
 */
export function plausibleName(name: string): boolean {
  const { notNames, particles } = roleLexicon();
  const words = name.split(/[ \t.]+/u).filter((w) => w !== '');
  if (notNames.has(words.join(' '))) return false;
  // "voorzitter Stichting De Vaart", "voorzitter Zorgaanbieders Netwerk": a body, not a person
  const { heads } = organisationForms();
  if (words.some((w) => endsInWord(w, heads))) return false;
  const surname = words.filter((w) => !particles.includes(w.toLowerCase()));
  if (surname.length === 0 || notNames.has(surname.join(' '))) return false;
  // "I. Het veroorzakersprincipe": a numbered heading's article, no surname; a name ends in its surname
  if (particles.includes(words.at(-1)!.toLowerCase())) return false;
  // after a particle a function word is a surname ("Van der Meer", "Ter Wel")
  const afterParticle = surname.length < words.length;
  return surname.every((w) => {
    const lower = w.toLowerCase();
    if (w.length <= 1) return true;
    return (
      !notNames.has(w) && (afterParticle || !isStopWord(lower)) && !monthNames().has(lower) && !isRoleWord(w)
    );
  });
}
