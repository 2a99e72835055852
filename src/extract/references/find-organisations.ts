/**
 * Organisations from organisations.yaml ("VNG", "Vereniging Nederlandse Gemeenten", "Leger des Heils", "OM"
 * only in capitals, "Politie" or "de politie"), ministries ("ministerie van Justitie en Veiligheid", "BZK"), and
 * committees named after a person ("commissie-Roemer"), which are advisory bodies, not parliamentary committees.
 */
import { organisationLexicon, type OrganisationAlias } from './organisation-lexicon.js';
import { B_END, B_START, CAP_WORD, literalAlternation, matchesIf, type Gate } from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { wholeWordGate, wholeWords, type WholeWords } from './whole-words.js';
import { roleLexicon } from './role-lexicon.js';
import { LN } from '../../text/letter-classes.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';

interface Patterns {
  /** any alias: what exact, loose and afterArticle cannot match without */
  hasAlias: Gate;
  exact: WholeWords;
  loose: WholeWords;
  afterArticle: RegExp;
  ministry: RegExp;
  named: RegExp;
  byAlias: Map<string, OrganisationAlias>;
}

const organisationPatterns = deriveFromLexicons((): Patterns => {
  const { aliases, ministryTopics, committeeTopics } = organisationLexicon();
  const oneWord = aliases.filter((a) => !/\s/u.test(a.alias));
  const more = aliases.filter((a) => /\s/u.test(a.alias));
  const lower = aliases.filter((a) => a.afterArticle).map((a) => a.alias.toLowerCase());
  const topics = literalAlternation(committeeTopics, false);
  const { first, then } = roleLexicon().surnameParticles.committee;
  return {
    hasAlias: wholeWordGate(aliases.map((a) => a.alias)),
    exact: wholeWords(
      oneWord.map((a) => a.alias),
      false,
    ),
    loose: wholeWords(
      more.map((a) => a.alias),
      true,
    ),
    afterArticle: new RegExp(
      `${B_START}(?:de|het)\\s+(${literalAlternation(lower, true) || '(?!)'})${B_END}`,
      'giu',
    ),
    ministry: new RegExp(
      `${B_START}ministerie\\s+van\\s+(?:${literalAlternation(ministryTopics, true)})${B_END}`,
      'giu',
    ),
    // "commissie-Roemer", "Commissie Van Rijn"; not "commissie Binnenlandse Zaken" (a topic) nor "vaste commissie"
    named: new RegExp(
      String.raw`(?<![${LN}]|[Vv]aste\s|[Kk]amer)[Cc]ommissie(?:-|\s+)(?!(?:${topics})${B_END})(?<name>(?:(?:${first})\s+(?:(?:${then})\s+)?)?${CAP_WORD})${B_END}`,
      'gu',
    ),
    byAlias: new Map(aliases.map((a) => [a.alias.toLowerCase(), a] as const)),
  };
});

const HAS_MINISTRY = /ministerie/iu;
const HAS_COMMITTEE = /[Cc]ommissie/u;

export function findOrganisations(text: string): FoundReference[] {
  const p = organisationPatterns();
  const { canonical } = organisationLexicon();
  const { notNames } = roleLexicon();
  const out: FoundReference[] = [];
  const add = (start: number, end: number, name: string | null) =>
    out.push(makeRef(text, 'organisation', start, end, { name }));

  for (const re of [p.exact, p.loose]) {
    for (const m of matchesIf(p.hasAlias, re, text)) {
      const alias = p.byAlias.get(m[0].replace(/\s+/gu, ' ').toLowerCase());
      const end = m.index + m[0].length;
      // "Rob Jetten" is a person, not the Rob
      if (alias?.personLike && /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(end))) continue;
      add(m.index, end, alias?.name ?? null);
    }
  }
  for (const m of matchesIf(p.hasAlias, p.afterArticle, text)) {
    const word = m[1] as string;
    const start = m.index + m[0].length - word.length;
    add(start, m.index + m[0].length, p.byAlias.get(word.toLowerCase())?.name ?? null);
  }
  for (const m of matchesIf(HAS_MINISTRY, p.ministry, text)) {
    add(m.index, m.index + m[0].length, canonical.get(m[0].replace(/\s+/gu, ' ').toLowerCase()) ?? null);
  }
  for (const m of matchesIf(HAS_COMMITTEE, p.named, text)) {
    if (notNames.has(m.groups?.name ?? '')) continue;
    add(m.index, m.index + m[0].length, canonical.get(m[0].replace(/\s+/gu, ' ').toLowerCase()) ?? null);
  }
  return out;
}
