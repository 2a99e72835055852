import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LN } from '../../src/text/letter-classes.js';
import { tokenize } from '../../src/text/tokenize.js';

/** The token pattern tokenize() scanned with before it read character codes: the reference it must equal. */
const REFERENCE = new RegExp(String.raw`[${LN}]+(?:['’-][${LN}]+)*|[^\s${LN}]`, 'gu');
const reference = (text: string) =>
  [...text.matchAll(REFERENCE)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    word: m[0].length > 1 || /[\p{L}\p{N}]/u.test(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));

describe('tokenize', () => {
  it('reads words with inner hyphens and apostrophes, and single marks, with offsets', () => {
    const tokens = tokenize("De commissie-Jansen vraagt: regio's -- en 3,5 mln?");
    expect(tokens.map((t) => t.text)).toEqual([
      'De',
      'commissie-Jansen',
      'vraagt',
      ':',
      "regio's",
      '-',
      '-',
      'en',
      '3',
      ',',
      '5',
      'mln',
      '?',
    ]);
    expect(tokens[1]).toEqual({
      text: 'commissie-Jansen',
      lower: 'commissie-jansen',
      word: true,
      start: 3,
      end: 19,
    });
    expect(tokens[3]!.word).toBe(false);
  });

  it('keeps a trailing joiner out of the word, takes a surrogate pair as one mark, and stops at max', () => {
    expect(tokenize("gemeente- en 's avonds").map((t) => t.text)).toEqual([
      'gemeente',
      '-',
      'en',
      "'",
      's',
      'avonds',
    ]);
    expect(tokenize('ja 😀 nee')).toMatchObject([
      { text: 'ja' },
      { text: '😀', word: true },
      { text: 'nee' },
    ]);
    expect(tokenize('een twee drie', 2).map((t) => t.text)).toEqual(['een', 'twee']);
  });

  it('gives the tokens the reference pattern gives', () => {
    const units = [
      'a',
      'Z',
      'é',
      'ß',
      'Ω',
      'ж',
      'ạ',
      '3',
      '²',
      "'",
      '’',
      '-',
      '–',
      ' ',
      '\n',
      '\u00a0',
      '\ufeff',
      '.',
      ',',
      'ا',
      '😀',
      '\ud800',
      '\udc00',
      '€',
    ];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...units) }), (text) => {
        expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 1000 },
    );
  });
});
