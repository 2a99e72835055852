import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATELINE } from '../../src/extract/asks/recognise-ask.js';
import { mayOpenWithDateline } from '../../src/text/may-open-with-dateline.js';

describe('mayOpenWithDateline', () => {
  it('says yes where capitalised words and a dash between white space open the text', () => {
    expect(mayOpenWithDateline('Den Haag - De Kamer debatteert vandaag.')).toBe(true);
    expect(mayOpenWithDateline('UTRECHT (ANP) – Gemeenten willen meer geld.')).toBe(true);
    expect(mayOpenWithDateline('Den Haag (ANP) — De raad stemt in.')).toBe(true);
    expect(mayOpenWithDateline('Den\u00a0Haag\t-\nDe Kamer.')).toBe(true);
  });

  it('says no where a word before the dash opens in lower case, or the dash comes too late or not at all', () => {
    expect(mayOpenWithDateline('Wij vragen – als VNG – om geld.')).toBe(false);
    // the pattern takes no particle either
    expect(mayOpenWithDateline('Bergen op Zoom — De raad stemt in.')).toBe(false);
    expect(mayOpenWithDateline('De Vereniging Van Nederlandse Gemeenten - VNG.')).toBe(false);
    expect(mayOpenWithDateline('Den Haag-De Kamer.')).toBe(false);
    expect(mayOpenWithDateline('Den Haag -De Kamer.')).toBe(false);
    expect(mayOpenWithDateline('Den  Haag - De Kamer.')).toBe(false);
    expect(mayOpenWithDateline(' Den Haag - De Kamer.')).toBe(false);
    expect(mayOpenWithDateline('Den Haag -')).toBe(false);
    expect(mayOpenWithDateline('')).toBe(false);
  });

  it('never says no where the dateline pattern matches', () => {
    const word = fc.constantFrom(
      'Den',
      'Haag',
      'UTRECHT',
      'op',
      "'s-Hertogenbosch",
      'Van-Dam',
      'A.B.',
      '(ANP)',
      '(anp)',
      'É',
      '\u{1D400}',
      'ſ',
      'x',
      '-',
    );
    const space = fc.constantFrom(' ', '\u00a0', '\t', '\n', '\u2028', '  ', '');
    const text = fc
      .tuple(
        fc.array(fc.tuple(word, space), { maxLength: 6 }),
        fc.constantFrom('-', '–', '—', '.', ''),
        space,
        fc.constantFrom('De Kamer', 'de Kamer', '\u{1D400}', ''),
      )
      .map(([words, dash, after, rest]) => words.flat().join('') + dash + after + rest);
    let matched = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (!DATELINE.test(t)) return;
        matched++;
        expect(mayOpenWithDateline(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(20);
  });
});
