/**
 * Persons where a role says so: a role word before the name ("staatssecretaris Eric van der Burg", "minister
 * Koolmees", "stikstofminister Anna de Wit", "IPO-voorzitter Jansen"), a plural role or "het lid"/"de leden" before
 * names ("de ministers Smit en De Vries", "het lid Bikker"), or an apposition after the name ("Jantine Kriens,
 * algemeen directeur van de VNG", "Peter Oskam (burgemeester van …)"). A single word after a role and before
 * "en" and another capitalised word is a portfolio, not a name ("minister Stad en Platteland").
 */
import { organisationLexicon } from './organisation-lexicon.js';
import { namePatterns, plausibleName } from './person-name-patterns.js';
import {
  B_END,
  B_START,
  CAP_WORD,
  allMatches,
  anyCaseFirst,
  leadsAt,
  literalAlternation,
  matchesAt,
  mentionsAny,
  type Gate,
} from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { roleLexicon } from './role-lexicon.js';
import { wholeWordGate } from './whole-words.js';
import { L, LU } from '../../text/letter-classes.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';
import { onFirstUse } from '../../text/on-first-use.js';

interface Patterns {
  /** every pattern holds a role word, "lid" or "leden" */
  gate: RegExp;
  /** a role word wherever it stands, also inside a longer word: where `before` may start is found from it */
  roleWord: RegExp;
  /** sticky: tried only where roleStarts says */
  before: () => RegExp;
  /** sticky, at a role word: the role and what must follow it for `before` to match there (a name or a particle) */
  beforeLead: RegExp;
  /** the words `members` cannot match without, as whole words: a plural role, "lid" or "leden" */
  hasMembers: Gate;
  members: () => RegExp;
  /** what `members` cannot match without: a plural role, "het lid" or "de leden" before a name's first letter */
  membersLead: RegExp;
  apposition: () => RegExp;
  /** what may stand between an apposition's comma or bracket and its role word: a modifier's characters */
  modifierChar: ReadonlySet<string>;
  /** sticky, tried only at role words: "de minister van Financiën, Eelco Heinen,", a role, then the name */
  named: () => RegExp;
  /** sticky, at a role word: `named` up to its name's first letter */
  namedLead: RegExp;
  name: () => RegExp;
}

/** A member's party after the name: "Dijkstra (NSC)". */
const PARTY = String.raw`(?:[ \t]*\([^()\n]{1,40}\))?`;
const BRACKETED = /\([^()\n]{1,40}\)/gu;

const personPatterns = deriveFromLexicons((): Patterns => {
  const { roles, modifiers, member, pluralRoles } = roleLexicon();
  const { name, withGiven, withParticle, nameStart } = namePatterns();
  const { first, then } = roleLexicon().surnameParticles.role;
  // "staatssecretaris de Jonge": a surname with its particle in lower case, after a role word only; not an article
  // before a capitalised name that goes on ("de minister de Nederlandse Vechtsportautoriteit")
  const lowerParticle = String.raw`(?:${first})(?:[ \t]+(?:${then}))?[ \t]+${CAP_WORD}(?![ \t]+[${LU}])`;
  const roleWord = anyCaseFirst(roles);
  // a compound ends in the role: "stikstofminister", "IPO-voorzitter", "oud-minister"
  const role = `(?<role>(?:[${L}]{2,30}-|[${L}]{2,30})?(?:${roleWord}))`;
  const modifier = `(?:(?:${literalAlternation(modifiers, false)})[ \\t-]+)?`;
  const plural = `(?:[Hh]et[ \\t]+${member.singular}|[Dd]e[ \\t]+${member.plural}|(?:[Dd]e[ \\t]+)?(?:${anyCaseFirst(pluralRoles)}))`;
  return {
    gate: mentionsAny([...roles, ...pluralRoles, member.singular, member.plural]),
    roleWord: new RegExp(roleWord, 'gu'),
    // the large patterns are made only where their leads let them run (on-first-use.ts)
    before: onFirstUse(
      () => new RegExp(`${B_START}${role}[ \\t]+(?<name>${name}|${lowerParticle})${B_END}`, 'uy'),
    ),
    beforeLead: new RegExp(String.raw`(?:${roleWord})[ \t]+(?:[${nameStart}]|(?:${first})[ \t])`, 'uy'),
    hasMembers: wholeWordGate([...pluralRoles, member.singular, member.plural]),
    members: onFirstUse(
      () =>
        new RegExp(
          // each name may have its party after it: "de leden Dijkstra (NSC) en Tielen (VVD)"
          String.raw`${B_START}(?<role>${plural})[ \t]+(?<names>${name}(?:${PARTY}(?:,[ \t]*|[ \t]+en[ \t]+)${name}){0,5})${B_END}`,
          'gu',
        ),
    ),
    membersLead: new RegExp(String.raw`(?:${plural})[ \t]+[${nameStart}]`, 'u'),
    apposition: onFirstUse(
      () =>
        new RegExp(
          String.raw`${B_START}(?<name>${withGiven}|${withParticle})[ \t]*(?:,[ \t]*|\([ \t]*)(?<role>${modifier}(?:${roleWord}))${B_END}`,
          'gu',
        ),
    ),
    modifierChar: new Set(modifiers.join('').split('')),
    named: onFirstUse(
      () =>
        new RegExp(
          String.raw`${B_START}(?<role>${roleWord})(?:[ \t]+van[ \t]+[^,\n]{1,60})?,[ \t]*(?<name>${withGiven})(?=[ \t]*(?:[,.;:)\n]|$))`,
          'uy',
        ),
    ),
    namedLead: new RegExp(
      String.raw`(?:${roleWord})(?:[ \t]+van[ \t]+[^,\n]{1,60})?,[ \t]*[${nameStart}]`,
      'uy',
    ),
    name: onFirstUse(() => new RegExp(`${name}${B_END}`, 'gu')),
  };
});

/** Not a ministry topic after a role word ("minister Binnenlandse Zaken"). */
const notTopic = (name: string): boolean =>
  !organisationLexicon().committeeTopics.some((t) => name.startsWith(t.split(' ')[0] as string));

const LETTER = new RegExp(`[${L}]`, 'u');

/** Where the run of letters that ends at `end` starts (at most 31 back: a compound's head is 2–30 letters). */
function runStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i <= 30 && LETTER.test(text.charAt(i - 1))) i--;
  return i;
}

/** Every position a role word starts at, overlapping ones too ("staatssecretaris", "secretaris"), ascending. */
function roleWordsAt(re: RegExp, text: string): number[] {
  const at: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    at.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return at;
}

/**
 * Where `before` can start: at a role word, at the head of a compound ending in one ("stikstofminister"), or
 * before a head and a hyphen ("IPO-voorzitter"). Scanning for the role words alone is far cheaper than trying the
 * pattern's compound head at every word.
 */
function roleStarts(text: string, roleWords: readonly number[]): number[] {
  const starts = new Set<number>();
  for (const at of roleWords) {
    starts.add(at).add(runStart(text, at));
    if (text.charAt(at - 1) === '-') starts.add(runStart(text, at - 1));
  }
  return [...starts].sort((a, b) => a - b);
}

const SPACE = /^\s$/u;

/**
 * Whether the role word at `at` may end an apposition ("Jantine Kriens, algemeen directeur"): going back over a
 * modifier's characters, white space and hyphens, the first other character is a comma or an opening bracket.
 * The apposition pattern tries a name at every capital, so it runs only on text where this holds somewhere.
 */
function mayEndApposition(text: string, at: number, modifierChar: ReadonlySet<string>): boolean {
  if (modifierChar.has(',') || modifierChar.has('(')) return true;
  let i = at - 1;
  while (i >= 0 && (modifierChar.has(text.charAt(i)) || text.charAt(i) === '-' || SPACE.test(text.charAt(i))))
    i--;
  return i >= 0 && (text.charAt(i) === ',' || text.charAt(i) === '(');
}

const PORTFOLIO = new RegExp(String.raw`^[ \t]+en[ \t]+[${LU}]`, 'u');

/**
 * "minister Jansen van Sociale Zaken": the surname before "van" and a committee topic, which names the portfolio.
 * Returns the name without it, or the name as found.
 */
function withoutPortfolio(name: string, text: string, start: number): string {
  const cut = /^(\S+)[ \t]+van[ \t]+/u.exec(name);
  if (!cut) return name;
  const rest = text.slice(start + cut[0].length, start + cut[0].length + 80);
  // the topic in full or by its first word ("van Landbouw" for Landbouw, Natuur en Voedselkwaliteit)
  const names = (t: string) => {
    const head = /^[^ ,]+/u.exec(t)?.[0] ?? t;
    return rest.startsWith(t) || (rest.startsWith(head) && !LETTER.test(rest.charAt(head.length)));
  };
  return organisationLexicon().committeeTopics.some(names) ? (cut[1] as string) : name;
}

/** The member role as a reader names it: "lid" for "het lid"/"de leden", else the plural as written. */
function memberRole(written: string): string {
  const { member } = roleLexicon();
  const last = written
    .toLowerCase()
    .split(/[ \t]+/u)
    .pop() as string;
  return last === member.plural || last === member.singular ? member.singular : last;
}

export function findPersons(text: string): FoundReference[] {
  const p = personPatterns();
  const out: FoundReference[] = [];
  if (!p.gate.test(text)) return out;
  const add = (start: number, name: string, role: string) => {
    if (!plausibleName(name) || !notTopic(name)) return;
    out.push(makeRef(text, 'person', start, start + name.length, { name: name.replace(/\s+/gu, ' '), role }));
  };

  const roleWords = roleWordsAt(p.roleWord, text);
  // each large pattern runs (and is compiled) only where its cheap lead holds: most texts name no one
  const before = leadsAt(p.beforeLead, text, roleWords) ? roleStarts(text, roleWords) : [];
  for (const m of matchesAt(p.before, text, before)) {
    const found = m.groups?.name as string;
    const start = m.index + m[0].length - found.length;
    const name = withoutPortfolio(found, text, start);
    const end = start + name.length;
    if (!/\s/u.test(name) && PORTFOLIO.test(text.slice(end, end + 40))) continue;
    add(start, name, (m.groups?.role as string).toLowerCase());
  }
  const members = p.hasMembers.test(text) && p.membersLead.test(text) ? allMatches(p.members(), text) : [];
  for (const m of members) {
    const names = (m.groups?.names as string).replace(BRACKETED, (b) => ' '.repeat(b.length));
    const base = m.index + m[0].length - names.length;
    const role = memberRole(m.groups?.role as string);
    for (const n of allMatches(p.name(), names)) add(base + n.index, n[0], role);
  }
  // a named role starts at a role word
  for (const m of matchesAt(p.named, text, leadsAt(p.namedLead, text, roleWords) ? roleWords : [])) {
    const name = m.groups?.name as string;
    add(m.index + m[0].length - name.length, name, (m.groups?.role as string).toLowerCase());
  }
  if (!roleWords.some((at) => mayEndApposition(text, at, p.modifierChar))) return out;
  for (const m of allMatches(p.apposition(), text)) {
    const name = m.groups?.name as string;
    add(m.index, name, (m.groups?.role as string).replace(/\s+/gu, ' ').toLowerCase());
  }
  return out;
}
