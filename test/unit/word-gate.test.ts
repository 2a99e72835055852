import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordGate } from '../../src/text/word-gate.js';

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
    expect(plain('De \u212Aamer vergadert.')).toBe(true);
    expect(plain('Het µ-deeltje.')).toBe(true);
    expect(wordGate(WORDS)('De gemeente vraagt om meer geld.')).toBe(true);
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
