/**
 * Parliamentary committees: "vaste commissie voor Binnenlandse Zaken", "Vaste commissie voor Infrastructuur en
 * Milieu", "vaste Kamercommissie Binnenlandse Zaken", "commissie Binnenlandse Zaken van de Tweede Kamer".
 * A committee named after a person ("commissie-Roemer") is an advisory body: see find-organisations.
 */
import { organisationLexicon } from './organisation-lexicon.js';
import { B_END, B_START, literalAlternation, matchesIf } from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { LL, LU } from '../../text/letter-classes.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';

const CHAMBER = String.raw`(?:\s+van\s+de\s+(?:Tweede|Eerste)\s+Kamer(?:\s+der\s+Staten-Generaal)?)?`;
// a topic not in the list: capitalised words on one line, joined by "en" or commas
const FREE_TOPIC = String.raw`[${LU}][${LL}]+(?:(?:,[ \t]*|[ \t]+en[ \t]+|[ \t]+)[${LU}][${LL}]+){0,4}`;

// both patterns name a committee
const HAS_COMMITTEE = /commissie/iu;

const committeePatterns = deriveFromLexicons((): { known: RegExp; free: RegExp } => {
  const topics = literalAlternation(organisationLexicon().committeeTopics);
  const head = String.raw`${B_START}(?:(?:[Vv]aste\s+)?(?:[Kk]amer)?[Cc]ommissie|[Kk]amercommissie)\s+(?:voor\s+)?`;
  return {
    known: new RegExp(`${head}(?:${topics})${B_END}${CHAMBER}`, 'giu'),
    free: new RegExp(
      String.raw`${B_START}[Vv]aste\s+(?:[Kk]amer)?commissie\s+(?:voor\s+)?${FREE_TOPIC}${B_END}${CHAMBER}`,
      'gu',
    ),
  };
});

export function findCommittees(text: string): FoundReference[] {
  const { known, free } = committeePatterns();
  const out: FoundReference[] = [];
  for (const re of [known, free]) {
    for (const m of matchesIf(HAS_COMMITTEE, re, text))
      out.push(makeRef(text, 'committee', m.index, m.index + m[0].length));
  }
  return out;
}
