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
  literalAlternation,
  mentionsAny,
} from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { roleLexicon } from './role-lexicon.js';
import { L, LU } from '../../text/letter-classes.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';

interface Patterns {
  /** every pattern holds a role word, "lid" or "leden" */
  gate: RegExp;
  before: RegExp;
  members: RegExp;
  apposition: RegExp;
  name: RegExp;
}

const personPatterns = deriveFromLexicons((): Patterns => {
  const { roles, modifiers, member, pluralRoles } = roleLexicon();
  const { name, withGiven, withParticle } = namePatterns();
  const { first, then } = roleLexicon().surnameParticles.role;
  // "staatssecretaris de Jonge": a surname with its particle in lower case, after a role word only
  const lowerParticle = String.raw`(?:${first})(?:[ \t]+(?:${then}))?[ \t]+${CAP_WORD}`;
  const roleWord = anyCaseFirst(roles);
  // a compound ends in the role: "stikstofminister", "IPO-voorzitter", "oud-minister"
  const role = `(?<role>(?:[${L}]{2,30}-|[${L}]{2,30})?(?:${roleWord}))`;
  const modifier = `(?:(?:${literalAlternation(modifiers)})[ \\t-]+)?`;
  const plural = `(?:[Hh]et[ \\t]+${member.singular}|[Dd]e[ \\t]+${member.plural}|(?:[Dd]e[ \\t]+)?(?:${anyCaseFirst(pluralRoles)}))`;
  return {
    gate: mentionsAny([...roles, ...pluralRoles, member.singular, member.plural]),
    before: new RegExp(`${B_START}${role}[ \\t]+(?<name>${name}|${lowerParticle})${B_END}`, 'gu'),
    members: new RegExp(
      String.raw`${B_START}(?<role>${plural})[ \t]+(?<names>${name}(?:(?:,[ \t]*|[ \t]+en[ \t]+)${name}){0,5})${B_END}`,
      'gu',
    ),
    apposition: new RegExp(
      String.raw`${B_START}(?<name>${withGiven}|${withParticle})[ \t]*(?:,[ \t]*|\([ \t]*)(?<role>${modifier}(?:${roleWord}))${B_END}`,
      'gu',
    ),
    name: new RegExp(`${name}${B_END}`, 'gu'),
  };
});

/** Not a ministry topic after a role word ("minister Binnenlandse Zaken"). */
const notTopic = (name: string): boolean =>
  !organisationLexicon().committeeTopics.some((t) => name.startsWith(t.split(' ')[0] as string));

const PORTFOLIO = new RegExp(String.raw`^[ \t]+en[ \t]+[${LU}]`, 'u');

/**
 * "minister Jansen van Sociale Zaken": the surname before "van" and a committee topic, which names the portfolio.
 * Returns the name without it, or the name as found.
 */
function withoutPortfolio(name: string, text: string, start: number): string {
  const cut = /^(\S+)[ \t]+van[ \t]+/u.exec(name);
  if (!cut) return name;
  const rest = text.slice(start + cut[0].length, start + cut[0].length + 80);
  return organisationLexicon().committeeTopics.some((t) => rest.startsWith(t)) ? (cut[1] as string) : name;
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

  for (const m of allMatches(p.before, text)) {
    const found = m.groups?.name as string;
    const start = m.index + m[0].length - found.length;
    const name = withoutPortfolio(found, text, start);
    const end = start + name.length;
    if (!/\s/u.test(name) && PORTFOLIO.test(text.slice(end, end + 40))) continue;
    add(start, name, (m.groups?.role as string).toLowerCase());
  }
  for (const m of allMatches(p.members, text)) {
    const names = m.groups?.names as string;
    const base = m.index + m[0].length - names.length;
    const role = memberRole(m.groups?.role as string);
    for (const n of allMatches(p.name, names)) add(base + n.index, n[0], role);
  }
  for (const m of allMatches(p.apposition, text)) {
    const name = m.groups?.name as string;
    add(m.index, name, (m.groups?.role as string).replace(/\s+/gu, ' ').toLowerCase());
  }
  return out;
}
