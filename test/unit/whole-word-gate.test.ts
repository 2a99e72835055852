import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeWordGate, wholeWords } from '../../src/extract/references/reference-patterns.js';

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
    expect(wholeWordGate(['Straſse']).test('Een brief zonder dat woord.')).toBe(true);
    expect(wholeWordGate(['&']).test('Een brief.')).toBe(true);
  });

  it('never stops text the pattern matches (random sentences)', () => {
    const words = [...PHRASES, 'de', 'het', 'gemeente', 'vng', 'Gemeenten', 'GHOR', 'Wmo', '2015', 'zorgen'];
    const glue = [' ', '  ', '\n', ', ', '-', '.', '(', ')', "'", 'x', ''];
    const pattern = wholeWords(PHRASES, true);
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
