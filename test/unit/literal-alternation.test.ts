import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lawLexicon } from '../../src/extract/references/law-lexicon.js';
import { organisationForms } from '../../src/extract/references/organisation-form-lexicon.js';
import { organisationLexicon } from '../../src/extract/references/organisation-lexicon.js';
import {
  B_END,
  B_START,
  escapeRegex,
  literalAlternation,
  longestFirst,
} from '../../src/extract/references/reference-patterns.js';
import { roleLexicon } from '../../src/extract/references/role-lexicon.js';
import { monthNames } from '../../src/text/find-dates.js';

/** The flat longest-first list the trie stands for (what literalAlternation returned before it was a trie). */
const flat = (phrases: readonly string[]): string =>
  longestFirst(phrases)
    .map((p) => escapeRegex(p).replace(/\s+/g, String.raw`\s+`))
    .join('|');

// what may follow the alternation: nothing, a word end, a lookahead that forces backtracking into it
const CONTEXTS = [
  (a: string) => a,
  (a: string) => `${B_START}(?:${a})${B_END}`,
  (a: string) => `(?:${a})(?=\\s+b)`,
];

/** Start and end of every match of each context, with the flat list and with the trie. */
function bothWays(phrases: readonly string[], ignoreCase: boolean, text: string): [number[][], number[][]] {
  const flags = ignoreCase ? 'giu' : 'gu';
  const ends = (source: string) =>
    [...text.matchAll(new RegExp(source, flags))].map((m) => [m.index, m.index + m[0].length]);
  const trie = literalAlternation(phrases, ignoreCase);
  const old = flat(phrases);
  if (old === '') return [[], []];
  return [CONTEXTS.flatMap((c) => ends(c(`(?:${old})`))), CONTEXTS.flatMap((c) => ends(c(`(?:${trie})`)))];
}

const SPACE = fc.constantFrom(' ', '  ', '\n', '\t ', '\u00a0');
const WORD = fc.stringMatching(/^[aAbBéÉ.-]{1,4}$/u);
const PHRASE = fc.array(WORD, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));

/** A text made of the phrases' own pieces: whole phrases, their prefixes, any white space, case changed. */
const textOf = (phrases: readonly string[]) =>
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...phrases),
        fc.nat(),
        fc.boolean(),
        SPACE,
        fc.constantFrom('', 'b', 'x', '.'),
      ),
      { maxLength: 8 },
    )
    .map((parts) =>
      parts
        .map(([p, cut, upper, space, tail]) => {
          const piece = p.slice(0, 1 + (cut % p.length)).replace(/ /g, space);
          return (upper ? piece.toUpperCase() : piece) + tail + space;
        })
        .join(''),
    );

describe('literalAlternation', () => {
  it('matches where the flat longest-first list matches, to the same end (random lists)', () => {
    fc.assert(
      fc.property(
        fc
          .array(PHRASE, { minLength: 1, maxLength: 12 })
          .chain((phrases) => fc.tuple(fc.constant(phrases), fc.boolean(), textOf(phrases))),
        ([phrases, ignoreCase, text]) => {
          const [old, trie] = bothWays(phrases, ignoreCase, text);
          expect(trie).toEqual(old);
        },
      ),
      { numRuns: 3000 },
    );
  });

  const lists: [string, readonly string[], boolean][] = [
    ['law names', lawLexicon().laws.flatMap((l) => [l.name, ...l.aliases]), false],
    ['law abbreviations', lawLexicon().laws.flatMap((l) => [...l.articleOnly, ...l.abbreviations]), false],
    ['committee topics', organisationLexicon().committeeTopics, true],
    ['ministry topics', organisationLexicon().ministryTopics, true],
    ['aliases', organisationLexicon().aliases.map((a) => a.alias), true],
    ['collectives', organisationForms().collectives, true],
    ['kinds', organisationForms().kinds, false],
    ['actor verbs', organisationForms().actorVerbs, false],
    ['modifiers', roleLexicon().modifiers, false],
    ['particles', roleLexicon().particles, false],
    ['months', [...monthNames()], true],
  ];
  const letters = ['letters', 'test/fixtures/letters'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(txt|md)$/u.test(f))
      .map((f) => readFileSync(join(dir, f), 'utf8')),
  );

  for (const [name, phrases, ignoreCase] of lists) {
    it(`matches as the flat list does: ${name}, on texts of its phrases and on the letters`, () => {
      fc.assert(
        fc.property(textOf(phrases), (text) => {
          for (const folded of [ignoreCase, !ignoreCase]) {
            const [old, trie] = bothWays(phrases, folded, text);
            expect(trie).toEqual(old);
          }
        }),
        { numRuns: 300 },
      );
      for (const text of letters) {
        const [old, trie] = bothWays(phrases, ignoreCase, text);
        expect(trie).toEqual(old);
      }
      // the flat reference alternation is slow on long lists (the organisation aliases) under a loaded machine
    }, 60_000);
  }
});
