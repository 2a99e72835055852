import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  B_END,
  B_START,
  allMatches,
  literalAlternation,
} from '../../src/extract/references/reference-patterns.js';
import { wholeWordGate, wholeWords } from '../../src/extract/references/whole-words.js';

/** The regular expression wholeWords stands for. */
const asRegex = (phrases: readonly string[], ignoreCase: boolean): RegExp =>
  new RegExp(`${B_START}(?:${literalAlternation(phrases, ignoreCase)})${B_END}`, ignoreCase ? 'giu' : 'gu');

const found = (matches: readonly { index: number; 0: string }[]) => matches.map((m) => [m.index, m[0]]);

const PHRASES = [
  'Vereniging Nederlandse Gemeenten',
  'VNG',
  'GGD-GHOR',
  "'s-Hertogenbosch",
  'Raad voor Volksgezondheid & Samenleving',
  'Wmo 2015',
  'maakt zich zorgen',
];

describe('wholeWordGate', () => {
  const gate = wholeWordGate(PHRASES);

  it('lets through text holding a phrase as whole words, in any case and spacing', () => {
    expect(gate.test('Dit schrijft de Vereniging  Nederlandse\nGemeenten aan de Kamer.')).toBe(true);
    expect(gate.test('De vng vraagt om meer geld.')).toBe(true);
    expect(gate.test('Namens GGD-GHOR Nederland.')).toBe(true);
    expect(gate.test('In de Wmo 2015 staat het anders.')).toBe(true);
    expect(gate.test('De gemeente maakt zich zorgen.')).toBe(true);
  });

  it('stops text holding none of them as a whole word', () => {
    expect(gate.test('De gemeenten vragen om meer geld.')).toBe(false);
    expect(gate.test('De VNGO en de VNGleden stemden.')).toBe(false);
    expect(gate.test('Zie de Wmo van 2014.')).toBe(false);
    expect(gate.test('')).toBe(false);
  });

  it('lets everything through where case folding is more than toLowerCase', () => {
    // "ſ" (long s) equals "s" under the i flag
    expect(gate.test('Een brief over iets anders, met ſ erin.')).toBe(true);
    // the Kelvin sign is no letter of the word classes, but equals "k" under the i flag
    expect(wholeWordGate(['Kamer']).test('De \u212Aamer vraagt.')).toBe(true);
    expect(wholeWordGate(['Straſse']).test('Een brief zonder dat woord.')).toBe(true);
    expect(wholeWordGate(['&']).test('Een brief.')).toBe(true);
  });

  it('never stops text the pattern matches (random sentences)', () => {
    const words = [...PHRASES, 'de', 'het', 'gemeente', 'vng', 'Gemeenten', 'GHOR', 'Wmo', '2015', 'zorgen'];
    const glue = [' ', '  ', '\n', ', ', '-', '.', '(', ')', "'", 'x', ''];
    const pattern = asRegex(PHRASES, true);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 12 }),
        (parts) => {
          const text = parts.map(([w, g]) => w + g).join('');
          pattern.lastIndex = 0;
          if (pattern.test(text)) expect(gate.test(text)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('wholeWords', () => {
  const PHRASES_CASED = [
    ...PHRASES,
    'MvT',
    'Wmo',
    'G40-stedennetwerk',
    'Vereniging',
    'Raad van State',
    // ending in a mark
    'Ieder(in)',
    'NOC*NSF',
    'Raad (RvS)',
  ];

  it('finds phrases as whole words, the longest first, in any spacing', () => {
    const loose = wholeWords(PHRASES_CASED, true);
    expect(found(loose.matchAll('De vereniging  Nederlandse\nGemeenten en de VNG-leden.'))).toEqual([
      [3, 'vereniging  Nederlandse\nGemeenten'],
      [43, 'VNG'],
    ]);
    expect(
      found(wholeWords(PHRASES_CASED, false).matchAll('de mvt, de MvT en de G40-stedennetwerken')),
    ).toEqual([[11, 'MvT']]);
    expect(wholeWords([], true).matchAll('VNG')).toEqual([]);
  });

  it('gives what the regular expression gives (random sentences, both cases)', () => {
    const words = [
      ...PHRASES_CASED,
      'de',
      'Raad',
      'van',
      'state',
      'vereniging',
      'vng',
      'mvt',
      'G40',
      'stedennetwerk',
      '2015',
      '\u212Aamer',
      'Straße',
      'ÉÉN',
      'Ieder',
      'in',
      'NOC',
      'NSF',
      'RvS',
    ];
    const glue = [' ', '  ', '\n', '\u00a0', ', ', '-', '.', '(', ')', '*', "'", 'x', '', '’'];
    for (const ignoreCase of [true, false]) {
      const matcher = wholeWords(PHRASES_CASED, ignoreCase);
      const regex = asRegex(PHRASES_CASED, ignoreCase);
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 12 }),
          (parts) => {
            const text = parts.map(([w, g]) => w + g).join('');
            expect(found(matcher.matchAll(text))).toEqual(found(allMatches(regex, text)));
          },
        ),
        { numRuns: 1500 },
      );
    }
  });

  it('leaves lists it cannot look up by word to the regular expression', () => {
    // a mark first: the phrase starts at no word of the text
    const odd = ['(VNG)', 'µ-chip', 'Κλ'];
    const text = 'Over de (VNG) en een µ-chip.';
    expect(found(wholeWords(odd, true).matchAll(text))).toEqual(found(allMatches(asRegex(odd, true), text)));
  });
});
