import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metaLexicon } from '../../src/extract/meta/meta-lexicon.js';
import type { Tester } from '../../src/text/word-gate.js';

const lex = metaLexicon();
const space = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '');
const other = fc.constantFrom(
  '(VNG)',
  '’',
  "'",
  ')',
  ',',
  '.',
  'Financiën',
  'Nr. 12',
  'x',
  'ſ',
  '\u212A',
  'É',
);

/** Texts of the given words, in several cases, between spaces and other characters. */
function texts(words: readonly string[]): fc.Arbitrary<string> {
  const cased = fc
    .tuple(fc.constantFrom(...words), fc.constantFrom('lower', 'upper', 'title'))
    .map(([w, c]) =>
      c === 'upper' ? w.toUpperCase() : c === 'title' ? w[0]!.toUpperCase() + w.slice(1) : w,
    );
  const piece = fc.oneof(
    cased,
    cased.map((w) => w.replace('s', 'ſ')),
    other,
  );
  return fc.array(fc.tuple(piece, space), { maxLength: 6 }).map((parts) => parts.flat().join(''));
}

/** The gate never refuses a text its pattern matches. */
function agrees(tester: Tester, words: readonly string[]): void {
  let matched = 0;
  fc.assert(
    fc.property(texts(words), (text) => {
      const expected = tester.pattern.test(text);
      if (expected) matched++;
      expect(tester.test(text)).toBe(expected);
    }),
    { numRuns: 2000 },
  );
  expect(matched).toBeGreaterThan(10);
}

describe('the speech and government patterns behind their gates', () => {
  it('answer as the patterns do', () => {
    expect(lex.speech.test(' vraagt het kabinet')).toBe(true);
    expect(lex.speech.test(' (VNG) WIJST op')).toBe(true);
    expect(lex.speech.test(' en de provincies')).toBe(false);
    expect(lex.governmentTitle.test('Kamerbrief over mensenhandel')).toBe(true);
    expect(lex.governmentTitle.test('Brief aan de Kamer')).toBe(false);
    expect(lex.governmentLine.test('Nr. 12\n  Brief van de minister van BZK')).toBe(true);
    expect(lex.governmentCapitals.test('Nr. 12 BRIEF VAN DE MINISTER VAN BZK')).toBe(true);
    expect(lex.governmentCapitals.test('Nr. 12 Brief van de minister van BZK')).toBe(false);
    expect(lex.governmentSignature.test('Hoogachtend,\nDe minister van Financiën,')).toBe(true);
    expect(lex.governmentSignature.test('De minister van Financiën schreef ons dat.')).toBe(false);
  });

  it('never refuse a text their pattern matches', () => {
    const lines = ['brief van de minister', 'brief van de staatssecretaris', 'brief', 'minister'];
    agrees(lex.speech, ['vraagt', 'roepen', 'is', 'wil', 'stelt']);
    agrees(lex.governmentTitle, ['kamerbrief', 'brief regering', 'brief van de minister', 'brief']);
    agrees(lex.governmentLine, lines);
    agrees(lex.governmentCapitals, lines);
    agrees(lex.governmentSignature, [
      'de minister van',
      'de minister-president',
      'de staatssecretaris',
      'de',
    ]);
  });
});
