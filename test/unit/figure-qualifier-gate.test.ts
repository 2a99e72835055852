import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureLexicon } from '../../src/extract/figures/figure-lexicon.js';

const lex = figureLexicon();

describe('mayOpenWithQualifier', () => {
  it('says yes to one to three spaces and then "per" or a qualifier, as written', () => {
    expect(lex.mayOpenWithQualifier(' per jaar')).toBe(true);
    expect(lex.mayOpenWithQualifier('\u00a0\n\tstructureel')).toBe(true);
    expect(lex.mayOpenWithQualifier(' Per jaar')).toBe(false);
    expect(lex.mayOpenWithQualifier('    per jaar')).toBe(false);
    expect(lex.mayOpenWithQualifier('per jaar')).toBe(false);
    expect(lex.mayOpenWithQualifier(' gemeenten')).toBe(false);
  });

  it('never says no where the qualifier pattern matches', () => {
    const parts = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u202f',
      'per',
      'Per',
      'jaar',
      'inwoner',
      'extra',
      'structureel',
      'eenmalig',
      'Jaarlijks',
      'jaarlijks',
      '-',
      'x',
    );
    let matched = 0;
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 7 }), (list) => {
        const text = list.join('');
        if (!lex.qualifierAfter.test(text)) return;
        matched++;
        expect(lex.mayOpenWithQualifier(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(20);
  });
});
