/** References through abbreviations the letter expands: the expansion itself and every use of the short form. */
import { abbreviationMeaning } from './abbreviation-kind.js';
import type { AbbreviationSpan } from './collect-abbreviations.js';
import { B_END, B_START, allMatches, escapeRegex } from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';

/** `known` holds every abbreviation to look for, `own` the expansions written in this text. */
export function findAbbreviations(
  text: string,
  known: ReadonlyMap<string, string>,
  own: readonly AbbreviationSpan[],
): FoundReference[] {
  const out: FoundReference[] = [];
  const all = new Map(known);
  for (const s of own) if (!all.has(s.abbreviation)) all.set(s.abbreviation, s.expansion);

  for (const s of own) {
    const meaning = abbreviationMeaning(s.abbreviation, s.expansion);
    if (meaning) out.push(makeRef(text, meaning.kind, s.start, s.end, meaning));
  }
  for (const [abbreviation, expansion] of all) {
    if (!text.includes(abbreviation)) continue;
    const meaning = abbreviationMeaning(abbreviation, expansion);
    if (!meaning) continue;
    const re = new RegExp(`${B_START}${escapeRegex(abbreviation)}${B_END}`, 'gu');
    for (const m of allMatches(re, text)) {
      out.push(makeRef(text, meaning.kind, m.index, m.index + m[0].length, meaning));
    }
  }
  return out;
}
