/**
 * Parliamentary committees: "vaste commissie voor Binnenlandse Zaken", "Vaste commissie voor Infrastructuur en
 * Milieu", "vaste Kamercommissie Binnenlandse Zaken". The chamber after it ("… van de Tweede Kamer der
 * Staten-Generaal") is a reference of its own, as the gold of sets 13-22 lists it.
 * A committee named after a person ("commissie-Roemer") is an advisory body: see find-organisations.
 */
import { organisationLexicon } from './organisation-lexicon.js';
import { B_END, B_START, allMatches, literalAlternation } from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';
import { LL, LU } from '../../text/letter-classes.js';
import { wordGate } from '../../text/word-gate.js';
import { deriveFromLexicons } from '../../core/load-lexicon.js';

// a topic not in the list: capitalised words on one line, joined by "en" or commas, or a ministry's short form
// ("vaste commissie voor VROM", "… voor OCW")
const TOPIC_WORD = String.raw`[${LU}](?:[${LL}]+|[${LU}]{1,5})`;
const FREE_TOPIC = String.raw`${TOPIC_WORD}(?:(?:,[ \t]*|[ \t]+en[ \t]+|[ \t]+)${TOPIC_WORD}){0,4}`;

// both patterns name a committee
const HAS_COMMITTEE = /commissie/iu;
// where a known topic may follow: after "commissie" and white space, or after "voor" and white space too
const BEFORE_TOPIC = /commissie\s+(voor\s+)?/giu;

interface Patterns {
  known: RegExp;
  /** whether text may hold a known topic's first word: known runs (and is compiled) only where one follows */
  mayBeTopic: (text: string) => boolean;
  /** the length of the longest first word of a known topic */
  topicWordLength: number;
  free: RegExp;
}

const committeePatterns = deriveFromLexicons((): Patterns => {
  const { committeeTopics } = organisationLexicon();
  const topics = literalAlternation(committeeTopics, true);
  const firstWords = committeeTopics.map((t) => t.trim().split(/\s+/u)[0] as string);
  const head = String.raw`${B_START}(?:(?:[Vv]aste\s+)?(?:[Kk]amer)?[Cc]ommissie|[Kk]amercommissie)\s+(?:voor\s+)?`;
  return {
    known: new RegExp(`${head}(?:${topics})${B_END}`, 'giu'),
    // with no topics the alternation is empty and matches anywhere
    mayBeTopic: firstWords.length > 0 ? wordGate(firstWords) : () => true,
    topicWordLength: Math.max(0, ...firstWords.map((w) => w.length)),
    free: new RegExp(
      String.raw`${B_START}[Vv]aste\s+(?:[Kk]amer)?commissie\s+(?:voor\s+)?${FREE_TOPIC}${B_END}`,
      'gu',
    ),
  };
});

/** Whether the first word of a known topic may follow "commissie" (and "voor") somewhere in the text. */
function mayNameTopic(text: string, { mayBeTopic, topicWordLength }: Patterns): boolean {
  for (const m of text.matchAll(BEFORE_TOPIC)) {
    const end = m.index + m[0].length;
    // a topic may also start with the word "voor" itself
    for (const at of m[1] ? [end - m[1].length, end] : [end])
      if (mayBeTopic(text.slice(at, at + topicWordLength))) return true;
  }
  return false;
}

export function findCommittees(text: string): FoundReference[] {
  const patterns = committeePatterns();
  const out: FoundReference[] = [];
  if (!HAS_COMMITTEE.test(text)) return out;
  const known = mayNameTopic(text, patterns) ? allMatches(patterns.known, text) : [];
  for (const m of [...known, ...allMatches(patterns.free, text)])
    out.push(makeRef(text, 'committee', m.index, m.index + m[0].length));
  return out;
}
