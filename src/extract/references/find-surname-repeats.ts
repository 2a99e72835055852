/** Bare surnames of persons the letter names in full elsewhere ("Van der Berg zegt …", "Jansen en De Wit vragen"). */
import { B_END, B_START, allMatches, escapeRegex } from './reference-patterns.js';
import { makeRef, type FoundReference } from './reference-types.js';

export function findSurnameRepeats(text: string, surnames: ReadonlySet<string>): FoundReference[] {
  const out: FoundReference[] = [];
  for (const surname of surnames) {
    if (!text.includes(surname.split(' ')[0] as string)) continue;
    const re = new RegExp(
      `${B_START}${escapeRegex(surname).replace(/ /gu, String.raw`[ \t]+`)}${B_END}(?!-)`,
      'gu',
    );
    for (const m of allMatches(re, text))
      out.push(makeRef(text, 'person', m.index, m.index + m[0].length, { name: surname }));
  }
  return out;
}
