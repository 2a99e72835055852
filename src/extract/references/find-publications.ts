/**
 * Citations of the official journals: "Staatsblad 2017, 146", "(Stb. 2021, 284)", "Staatscourant 2020, nr.
 * 12345", "Stcrt. 2019, 7". Documents with the id officielebekendmakingen gives them ("stb-2017-146").
 */
import { B_END, B_START, escapeRegex, matchesIf, type Gate } from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';

/** The journals' names as written: the pattern (letter classes under the u flag) cannot match without one. */
const JOURNALS = ['Staatsblad', 'Stb.', 'Staatscourant', 'Stcrt.'];
const NAMES_JOURNAL: Gate = { test: (text) => JOURNALS.some((j) => text.includes(j)) };

const PUBLICATION = new RegExp(
  String.raw`${B_START}(?<journal>${JOURNALS.map(escapeRegex).join('|')})\s{1,3}(?<year>(?:18|19|20)\d{2}),?\s{1,3}(?:nr\.\s{0,2})?(?<nr>\d{1,6})${B_END}`,
  'gu',
);

export function findPublications(text: string): FoundReference[] {
  return matchesIf(NAMES_JOURNAL, PUBLICATION, text).map((m) => {
    const g = m.groups ?? {};
    const journal = /^St(?:aatsblad|b)/u.test(g.journal ?? '') ? 'stb' : 'stcrt';
    return makeRef(text, 'document', m.index, m.index + m[0].length, { id: `${journal}-${g.year}-${g.nr}` });
  });
}
