import fc from 'fast-check';
import stemData from 'virtual:verb-stems';
import { describe, expect, it } from 'vitest';
import { inSortedWords } from '../../src/extract/asks/verb-stems.js';

describe('inSortedWords', () => {
  it('finds what a set of the words finds', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'ij', '-'), maxLength: 4 });
    fc.assert(
      fc.property(fc.uniqueArray(word.filter(Boolean), { maxLength: 30 }), word, (words, asked) => {
        const sorted = [...words].sort();
        const set = new Set(sorted);
        for (const w of [asked, ...sorted]) expect(inSortedWords(sorted.join(' '), w)).toBe(set.has(w));
      }),
      { numRuns: 5_000 },
    );
  });

  it("finds each word of the dictionary's lists, which are sorted, and no part or join of two", () => {
    for (const list of [stemData.stems, stemData.ambiguous, stemData.infinitives]) {
      const words = list.split(' ');
      expect(words).toEqual([...words].sort());
      expect(words.every((w) => inSortedWords(list, w))).toBe(true);
      expect(words.slice(1).some((w, i) => inSortedWords(list, `${words[i]} ${w}`))).toBe(false);
      expect(inSortedWords(list, '')).toBe(false);
      expect(inSortedWords(list, 'zzzzzz')).toBe(false);
    }
  });
});
