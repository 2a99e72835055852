import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import snowball from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { dutchStem } from '../../src/text/dutch-stem.js';

const snowballStem = (word: string): string => snowball.newStemmer('dutch').stem(word);

/** Letters and endings where the algorithm's steps part: accents, marked i and y, doubled letters, suffixes. */
const PIECES = fc.constantFrom(
  ..."aeiouyèéëïöüáíóúIYjkdtgmnhsbrlcx-'1".split(''),
  ...[
    'heden',
    'ene',
    'en',
    'se',
    'heid',
    'end',
    'ing',
    'ig',
    'lijk',
    'baar',
    'bar',
    'gem',
    'aa',
    'ee',
    'oo',
    'uu',
  ],
);

describe('dutchStem', () => {
  it("gives snowball-stemmers' stem for every word of the letters and the word lists", () => {
    const words = new Set<string>();
    for (const dir of ['letters', 'test/fixtures/letters', 'src/data'])
      for (const name of readdirSync(dir).filter((f) => /\.(?:txt|md|yaml)$/u.test(f)))
        for (const w of readFileSync(join(dir, name), 'utf8')
          .toLowerCase()
          .match(/\p{L}[\p{L}\d'’-]{1,40}/gu) ?? [])
          words.add(w);
    expect(words.size).toBeGreaterThan(5_000);
    const differ = [...words].filter((w) => dutchStem(w) !== snowballStem(w));
    expect(differ).toEqual([]);
  });

  it('gives the same stem for any string of the letters and endings its steps test', () => {
    fc.assert(
      fc.property(fc.array(PIECES, { maxLength: 8 }), (pieces) => {
        const word = pieces.join('');
        expect(dutchStem(word)).toBe(snowballStem(word));
      }),
      { numRuns: 20_000 },
    );
  });

  it('stems as the examples say', () => {
    expect(['zorg', 'aanvullende', 'financiering', 'maan', 'mogelijkheden'].map(dutchStem)).toEqual([
      'zorg',
      'aanvull',
      'financier',
      'man',
      'mogelijk',
    ]);
  });
});
