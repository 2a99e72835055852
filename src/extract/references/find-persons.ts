/**
 * Persons, only where a role says so: a role word before the name ("staatssecretaris Eric van der Burg",
 * "minister Koolmees", "Wethouder André van der Reest", "het lid Bikker", "de leden Segers en Asscher") or an
 * apposition after it ("Jantine Kriens, algemeen directeur van de VNG", "Peter Oskam (burgemeester van …)").
 * Two capitalised words alone are never taken for a name ("Tweede Kamer", "Leger des Heils").
 */
import { organisationLexicon } from './organisation-lexicon.js';
import {
  B_END,
  B_START,
  CAP_WORD,
  allMatches,
  escapeRegex,
  literalAlternation,
} from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { roleLexicon } from './role-lexicon.js';
import { LU } from '../../text/letter-classes.js';

interface Patterns {
  before: RegExp;
  members: RegExp;
  apposition: RegExp;
  name: RegExp;
}
let patterns: Patterns | undefined;

function personPatterns(): Patterns {
  if (patterns) return patterns;
  const { roles, modifiers, member, particles } = roleLexicon();
  const lowerParticle = `(?:${literalAlternation(particles)})`;
  const capParticle = `(?:${particles.map((p) => escapeRegex(p.charAt(0).toUpperCase() + p.slice(1))).join('|')})`;
  const initials = String.raw`(?:[${LU}]\.){1,4}`;
  // given name(s) or initials, lower-case particles, surname; or a capitalised particle and surname; or a surname
  const withGiven = String.raw`(?:${CAP_WORD}|${initials})(?:[ \t]+${lowerParticle}){0,3}[ \t]+${CAP_WORD}`;
  const withParticle = String.raw`${capParticle}(?:[ \t]+${lowerParticle}){0,2}[ \t]+${CAP_WORD}`;
  const name = String.raw`(?:${withGiven}|${withParticle}|${CAP_WORD})`;
  const roleWord = anyCaseFirst(roles);
  const role = `(?<role>(?:(?:oud|ex|vice)-)?(?:${roleWord}))`;
  const modifier = `(?:(?:${literalAlternation(modifiers)})[ \\t-]+)?`;
  patterns = {
    before: new RegExp(`${B_START}${role}[ \\t]+(?<name>${name})${B_END}`, 'gu'),
    members: new RegExp(
      String.raw`${B_START}(?:[Hh]et[ \t]+${member.singular}|[Dd]e[ \t]+${member.plural})[ \t]+(?<names>${name}(?:(?:,[ \t]*|[ \t]+en[ \t]+)${name}){0,5})${B_END}`,
      'gu',
    ),
    apposition: new RegExp(
      String.raw`${B_START}(?<name>${withGiven}|${withParticle})[ \t]*(?:,[ \t]*|\([ \t]*)(?<role>${modifier}(?:${roleWord}))${B_END}`,
      'gu',
    ),
    name: new RegExp(`${name}${B_END}`, 'gu'),
  };
  return patterns;
}

/** Role words matched with a small or capital first letter ("Staatssecretaris", "staatssecretaris"). */
function anyCaseFirst(words: readonly string[]): string {
  return literalAlternation(words)
    .split('|')
    .map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`)
    .join('|');
}

/** Not a name: listed words, ministry topics ("minister Binnenlandse Zaken"), all-caps tokens. */
function plausibleName(name: string): boolean {
  const { notNames } = roleLexicon();
  const first = name.split(/[ \t]+/u)[0] ?? '';
  if (notNames.has(name) || notNames.has(first)) return false;
  return !organisationLexicon().committeeTopics.some((t) => name.startsWith(t.split(' ')[0] as string));
}

export function findPersons(text: string): FoundReference[] {
  const p = personPatterns();
  const out: FoundReference[] = [];
  const add = (start: number, name: string, role: string) => {
    if (!plausibleName(name)) return;
    out.push(makeRef(text, 'person', start, start + name.length, { name: name.replace(/\s+/gu, ' '), role }));
  };

  for (const m of allMatches(p.before, text)) {
    const name = m.groups?.name as string;
    add(m.index + m[0].length - name.length, name, (m.groups?.role as string).toLowerCase());
  }
  for (const m of allMatches(p.members, text)) {
    const names = m.groups?.names as string;
    const base = m.index + m[0].length - names.length;
    for (const n of allMatches(p.name, names)) {
      add(base + n.index, n[0], roleLexicon().member.singular);
    }
  }
  for (const m of allMatches(p.apposition, text)) {
    const name = m.groups?.name as string;
    add(m.index, name, (m.groups?.role as string).replace(/\s+/gu, ' ').toLowerCase());
  }
  return out;
}
