import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { webPageWords } from '../../src/text/web-page-words.js';
import { openingGate, phraseGate, wordGate } from '../../src/text/word-gate.js';

const WORDS = ['vandaag', 'morgen', 'Donderdag', 'march', 'ŉu'];
const plain = wordGate(WORDS.slice(0, 4));
/** The pattern such a gate guards: the words as whole words, in any case. */
const pattern = new RegExp(`(?<!\\p{L})(?:${WORDS.slice(0, 4).join('|')})(?!\\p{L})`, 'giu');

describe('wordGate', () => {
  it('says yes where a word stands in any case, also inside a longer word', () => {
    expect(plain('Vandaag debatteert de Kamer.')).toBe(true);
    expect(plain('Het overleg is DONDERDAG.')).toBe(true);
    expect(plain('Op 8 March 2021 schreven wij.')).toBe(true);
    expect(plain('De morgenavond was lang.')).toBe(true);
  });

  it('says no where none of the words stands', () => {
    expect(plain('De gemeente vraagt om meer geld.')).toBe(false);
    expect(plain('Gisteren en eergisteren niet.')).toBe(false);
    expect(plain('')).toBe(false);
    expect(wordGate([])('vandaag')).toBe(false);
  });

  it('says yes where case folding may differ from toLowerCase: in the text or in a word', () => {
    // the Kelvin sign and the long s fold to k and s under the i and u flags
    expect(plain('De \u212Aamer vergadert op do\u212Aderdag.')).toBe(false);
    expect(plain('De \u212Aamer vergadert op donderdag.')).toBe(true);
    expect(wordGate(['maſt'])('Een MAST.')).toBe(true);
    expect(plain('Wij vragen het ſtraks.')).toBe(true);
    expect(wordGate(WORDS)('De gemeente vraagt om meer geld.')).toBe(true);
  });

  it('for words of ASCII only, lets characters beyond Latin-1 that fold to no ASCII letter decide nothing', () => {
    expect(plain('Het µ-deeltje ‘kost’ €\u00a05 – niets.')).toBe(false);
    expect(plain('Het µ-deeltje ‘kost’ € 5 – VANDAAG.')).toBe(true);
    // a word with a letter of Latin-1: any character beyond it, or µ, in the text says yes
    expect(wordGate(['één'])('Het µ-deeltje.')).toBe(true);
    expect(wordGate(['één'])('Twee ‘keer’.')).toBe(true);
    expect(wordGate(['één'])('Twee keer.')).toBe(false);
    expect(wordGate(['ÉÉN'])('één keer.')).toBe(true);
  });

  it('never says no where the pattern it guards finds a word', () => {
    const parts = fc.constantFrom(
      'vandaag',
      'VANDAAG',
      'morgen',
      'donder',
      'dag',
      'march',
      'Mar',
      'ch',
      ' ',
      '-',
      'é',
      'ſ',
      '\u212A',
      'İ',
      'x',
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 12 }), (list) => {
        const text = list.join('');
        pattern.lastIndex = 0;
        if (pattern.test(text)) expect(plain(text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

const PHRASES = ['debatteert', 'behandelt de kamer', 'kamer spreekt', 'staat gepland'];
const phrases = phraseGate(PHRASES);
/** The pattern such a gate guards: a phrase's words as whole words, up to three words between them. */
const phrasePattern = new RegExp(
  `(?<!\\p{L})(?:${PHRASES.map((p) => p.replace(/ /g, '\\s+(?:\\S+\\s+){0,3}?')).join('|')})(?!\\p{L})`,
  'iu',
);

describe('phraseGate', () => {
  it('says yes where every word of a phrase stands, in any case and order, with words between', () => {
    expect(phrases('Op 11 september behandelt de Tweede Kamer de begroting.')).toBe(true);
    expect(phrases('De KAMER SPREEKT donderdag.')).toBe(true);
    expect(phrases('Het debat staat voor 5 juni gepland.')).toBe(true);
    // words apart in the wrong order: the gate says yes, the pattern decides
    expect(phrases('De Kamer, die de wet behandelt.')).toBe(true);
  });

  it('says no where each phrase misses a word', () => {
    expect(phrases('Het kabinet behandelt het wetsvoorstel.')).toBe(false);
    expect(phrases('Het kabinet staat achter het plan.')).toBe(false);
    expect(phrases('')).toBe(false);
    expect(phraseGate([])('debatteert')).toBe(false);
  });

  it('says yes where the long s may stand for an s', () => {
    expect(phrases('De Kamer ſpreekt.')).toBe(true);
    expect(phrases('De \u212Aamer SPREEKT.')).toBe(true);
  });

  it('never says no where the pattern it guards finds a phrase', () => {
    const parts = fc.constantFrom(
      'behandelt',
      'BEHANDELT',
      'de',
      'De',
      'kamer',
      '\u212Aamer',
      'spreekt',
      'ſpreekt',
      'staat',
      'gepland',
      'debatteert',
      'Tweede',
      ' ',
      '\n',
      '-',
      'é',
      '’',
      'İ',
      'x',
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 14 }), (list) => {
        const text = list.join('');
        if (phrasePattern.test(text)) expect(phrases(text)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('openingGate', () => {
  const opens = openingGate(['lees', 'Bekijk', 'fte', 'kamer']);
  const pattern = /^(?:lees|bekijk|fte|kamer)/iu;

  it('says yes where a line opens with a word in any case, no where it opens otherwise', () => {
    expect(opens('Lees de volledige brief')).toBe(true);
    expect(opens('BEKIJK de brief')).toBe(true);
    expect(opens('Kamercommissie')).toBe(true);
    expect(opens('FTE')).toBe(true);
    expect(opens(' lees')).toBe(false);
    expect(opens('Wij lezen')).toBe(false);
    expect(opens('fe')).toBe(false);
    expect(openingGate([])('lees')).toBe(false);
  });

  it('says yes where the long s may stand for an s, and knows the Kelvin sign as a k', () => {
    expect(opens('Leeſ')).toBe(true);
    expect(opens('\u212Aamer')).toBe(true);
    expect(opens('\u212Aamen')).toBe(false);
  });

  it('never says no where the pattern it guards matches', () => {
    const parts = fc.constantFrom(
      'lees',
      'LEES',
      'leeſ',
      'be',
      'kijk',
      'F',
      'te',
      'fte',
      'ka',
      'mer',
      '\u212A',
      'İ',
      ' ',
      'x',
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 6 }), (list) => {
        const text = list.join('');
        if (pattern.test(text)) expect(opens(text)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the read-on pattern behind its gate', () => {
  const { readOn } = webPageWords();
  it('answers as the pattern does', () => {
    const parts = fc.constantFrom(
      'Lees',
      'lees',
      'Bekijk',
      'hier',
      'vindt',
      'u',
      'Hier',
      'zie',
      'ook',
      'ſ',
      ' ',
      '  ',
      'x',
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 6 }), (list) => {
        const text = list.join('');
        expect(readOn.test(text)).toBe(readOn.pattern.test(text));
      }),
      { numRuns: 1000 },
    );
  });
});
